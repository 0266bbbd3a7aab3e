using System.Text;
using nietras.SeparatedValues;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Ofac;

/// <summary>Which OFAC list a set of legacy CSV files holds; only the file names tell.</summary>
internal enum OfacList
{
    Sdn,
    Consolidated,
}

/// <summary>The files of one OFAC legacy CSV publication, told apart by name.</summary>
internal sealed record OfacCsvFiles(OfacList List, SourceFile Primary, SourceFile? Addresses, SourceFile? Aliases, SourceFile? Comments)
{
    /// <summary>
    /// Groups files by name (any case): <c>sdn.csv</c>/<c>cons_prim.csv</c>, <c>add.csv</c>/<c>cons_add.csv</c>,
    /// <c>alt.csv</c>/<c>cons_alt.csv</c>, <c>sdn_comments.csv</c>/<c>cons_comments.csv</c>. A file with another name (an
    /// archive copy such as <c>sdn-2024-05-01.csv</c>) is told apart by the number of fields of its first row; it belongs
    /// to the consolidated list when its name contains <c>cons</c>, to the SDN list otherwise.
    /// </summary>
    /// <exception cref="ImportException">A file cannot be told apart, a kind is given twice, or no primary file is given.</exception>
    public static IReadOnlyList<OfacCsvFiles> Group(IEnumerable<SourceFile> files)
    {
        var byName = new Dictionary<string, SourceFile>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            var name = file.FileName;
            if (name is null || !Known.Contains(name.ToUpperInvariant()))
            {
                name = ByContent(file);
            }

            if (!byName.TryAdd(name, file))
            {
                throw new ImportException(new SourceLocation(file.Name), null,
                    string.Equals(name, file.FileName, StringComparison.OrdinalIgnoreCase)
                        ? $"{name} given twice; import one publication at a time"
                        : $"this file has the shape of {name}, which is given already; import one publication at a time");
            }
        }

        var result = new List<OfacCsvFiles>();
        Add(OfacList.Sdn, "sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv");
        Add(OfacList.Consolidated, "cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv");
        if (result.Count == 0)
        {
            throw new ImportException("No primary OFAC CSV file (sdn.csv or cons_prim.csv) among the files given.");
        }

        return result;

        void Add(OfacList list, string primary, string add, string alt, string comments)
        {
            if (!byName.TryGetValue(primary, out var p))
            {
                foreach (var side in new[] { add, alt, comments })
                {
                    if (byName.TryGetValue(side, out var orphan))
                    {
                        throw new ImportException(new SourceLocation(orphan.Name), null, $"{side} needs its primary file {primary}");
                    }
                }

                return;
            }

            result.Add(new OfacCsvFiles(list, p, byName.GetValueOrDefault(add), byName.GetValueOrDefault(alt), byName.GetValueOrDefault(comments)));
        }
    }

    /// <summary>The file name this file stands for, told by the fields of its first row.</summary>
    private static string ByContent(SourceFile file)
    {
        int fields;
        using (var stream = file.Open())
        using (var reader = OfacCsvReader.OpenCsv(stream))
        {
            fields = 0;
            foreach (var row in reader)
            {
                if (!OfacCsvReader.IsBlankOrEndOfFile(row))
                {
                    fields = row.ColCount;
                    break;
                }
            }
        }

        var consolidated = file.FileName.Contains("cons", StringComparison.OrdinalIgnoreCase);
        return fields switch
        {
            12 => consolidated ? "cons_prim.csv" : "sdn.csv",
            6 => consolidated ? "cons_add.csv" : "add.csv",
            5 => consolidated ? "cons_alt.csv" : "alt.csv",
            2 => consolidated ? "cons_comments.csv" : "sdn_comments.csv",
            _ => throw new ImportException(new SourceLocation(file.Name, fields == 0 ? null : 1), null,
                "cannot tell which OFAC legacy CSV file this is: its name is none of sdn.csv, add.csv, alt.csv, sdn_comments.csv, "
                + "cons_prim.csv, cons_add.csv, cons_alt.csv, cons_comments.csv, and "
                + (fields == 0
                    ? "it is empty"
                    : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"its first row has {fields} fields")
                        + " (a primary file has 12, an address file 6, an alias file 5, a remarks file 2)")),
        };
    }

    private static readonly HashSet<string> Known =
    [
        "SDN.CSV", "ADD.CSV", "ALT.CSV", "SDN_COMMENTS.CSV", "CONS_PRIM.CSV", "CONS_ADD.CSV", "CONS_ALT.CSV", "CONS_COMMENTS.CSV",
    ];
}

/// <summary>
/// Reads OFAC's legacy CSV files (no header; <c>-0-</c> for null; CRLF or LF; a trailing 0x1A
/// line) into list entries, joining addresses, aliases and remarks overflow by <c>ent_num</c>.
/// </summary>
/// <remarks>
/// The side files are read first and held by <c>ent_num</c> (they are a fraction of the
/// primary file); the primary file is then streamed row by row. Side rows whose <c>ent_num</c>
/// is not in the primary file are reported as warnings, never attached elsewhere.
/// </remarks>
internal static class OfacCsvReader
{
    private const string Null = "-0-";

    public static IEnumerable<ListEntry> Read(OfacCsvFiles files, ImportDiagnostics diagnostics, CancellationToken cancellationToken = default)
    {
        var addresses = SideRows.Read(files.Addresses, 6, diagnostics, null, cancellationToken);
        var aliases = SideRows.Read(files.Aliases, 5, diagnostics, CheckAlias, cancellationToken);
        var comments = SideRows.Read(files.Comments, 2, diagnostics, null, cancellationToken);
        var seen = new HashSet<int>();
        var columns = new Range[6];

        using (var stream = files.Primary.Open())
        using (var reader = OpenCsv(stream))
        {
            foreach (var row in reader)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (IsBlankOrEndOfFile(row))
                {
                    continue;
                }

                diagnostics.CountRead();
                var location = new SourceLocation(files.Primary.Name, LineOf(row));
                if (CsvHeader.EndsInsideQuotes(row.Span))
                {
                    diagnostics.Reject(location, null, CsvHeader.Unterminated);
                    continue;
                }

                var entry = ParsePrimary(row, location, diagnostics);
                if (entry is null)
                {
                    continue;
                }

                var entNum = int.Parse(entry.RecordId, System.Globalization.CultureInfo.InvariantCulture);
                if (!seen.Add(entNum))
                {
                    diagnostics.Reject(location, entry.RecordId, "ent_num appears twice in the primary file");
                    continue;
                }

                if (comments.Has(entNum))
                {
                    // The cut can fall mid-token: append with no separator.
                    var overflow = new StringBuilder(entry.Remarks);
                    for (var side = comments.First(entNum); side >= 0; side = comments.Next(side))
                    {
                        overflow.Append(ParseComment(comments.Text(side), columns));
                    }

                    entry.Remarks = overflow.ToString();
                }

                if (entry.Remarks is not null)
                {
                    OfacRemarks.Apply(entry.Remarks, entry, message => diagnostics.Warn(location, entry.RecordId, message));
                }

                for (var side = aliases.First(entNum); side >= 0; side = aliases.Next(side))
                {
                    entry.Names.Add(ParseAlias(aliases.Text(side), columns));
                }

                for (var side = addresses.First(entNum); side >= 0; side = addresses.Next(side))
                {
                    var address = ParseAddress(addresses.Text(side), columns);
                    if (!address.IsEmpty)
                    {
                        entry.Addresses.Add(address);
                    }
                }

                yield return entry;
            }
        }

        WarnOrphans(addresses, seen, "address", diagnostics);
        WarnOrphans(aliases, seen, "alias", diagnostics);
        WarnOrphans(comments, seen, "remarks continuation", diagnostics);
    }

    private static void WarnOrphans(SideRows rows, HashSet<int> seen, string what, ImportDiagnostics diagnostics)
    {
        foreach (var entNum in rows.EntNums)
        {
            if (!seen.Contains(entNum))
            {
                for (var row = rows.First(entNum); row >= 0; row = rows.Next(row))
                {
                    diagnostics.Warn(rows.Location(row), entNum.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        $"{what} row refers to ent_num {entNum}, which is not in the primary file; not attached to any entry");
                }
            }
        }
    }

    internal static SepReader OpenCsv(Stream stream) =>
        Sep.New(',').Reader(o => o with
        {
            HasHeader = false,
            Unescape = false,
            DisableColCountCheck = true,
            DisableFastFloat = true,
        }).From(stream);

    /// <summary>
    /// The first line of a row. Sep 0.17.1 reports the first row of a header-less file as
    /// starting on its end line, so that row is fixed to line 1.
    /// </summary>
    internal static int LineOf(SepReader.Row row) => row.RowIndex == 0 ? 1 : row.LineNumberFrom;

    internal static bool IsBlankOrEndOfFile(SepReader.Row row)
    {
        if (row.ColCount != 1)
        {
            return false;
        }

        var span = row[0].Span.Trim();
        return span.IsEmpty || span.SequenceEqual("\x1A");
    }

    /// <summary>A field's value: quotes removed and doubled quotes undone; null for <c>-0-</c> (unquoted) or empty.</summary>
    internal static string? Field(ReadOnlySpan<char> raw)
    {
        var span = raw.Trim();
        if (span.Length >= 2 && span[0] == '"' && span[^1] == '"')
        {
            var inner = span[1..^1];
            var text = inner.Contains('"') ? inner.ToString().Replace("\"\"", "\"", StringComparison.Ordinal) : inner.ToString();
            return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        }

        if (span.IsEmpty || span.SequenceEqual(Null))
        {
            return null;
        }

        return span.ToString();
    }

    private static ListEntry? ParsePrimary(SepReader.Row row, SourceLocation location, ImportDiagnostics diagnostics)
    {
        if (row.ColCount != 12)
        {
            diagnostics.Reject(location, null, $"expected 12 fields (ent_num … Remarks), found {row.ColCount}");
            return null;
        }

        var entNumText = Field(row[0].Span);
        if (entNumText is null || !int.TryParse(entNumText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            diagnostics.Reject(location, null, $"ent_num '{entNumText}' is not a whole number");
            return null;
        }

        var name = Field(row[1].Span);
        if (name is null)
        {
            diagnostics.Reject(location, entNumText, "SDN_Name is empty");
            return null;
        }

        var typeText = Field(row[2].Span);
        EntryKind kind;
        if (typeText is null)
        {
            kind = EntryKind.Entity;
        }
        else if (typeText.Equals("INDIVIDUAL", StringComparison.OrdinalIgnoreCase))
        {
            kind = EntryKind.Individual;
        }
        else if (typeText.Equals("VESSEL", StringComparison.OrdinalIgnoreCase))
        {
            kind = EntryKind.Vessel;
        }
        else if (typeText.Equals("AIRCRAFT", StringComparison.OrdinalIgnoreCase))
        {
            kind = EntryKind.Aircraft;
        }
        else
        {
            diagnostics.Reject(location, entNumText, $"SDN_Type '{typeText}' is not individual, vessel, aircraft or -0-");
            return null;
        }

        var entry = new ListEntry(entNumText, kind, name, location);
        if (Field(row[3].Span) is { } programs)
        {
            entry.Programs.AddRange(SplitPrograms(programs));
        }

        if (Field(row[4].Span) is { } title)
        {
            entry.Titles.Add(title);
        }

        entry.Vessel.CallSign = Field(row[5].Span);
        entry.Vessel.VesselType = Field(row[6].Span);
        entry.Vessel.Tonnage = Field(row[7].Span);
        entry.Vessel.GrossRegisteredTonnage = Field(row[8].Span);
        entry.Vessel.Flag = Field(row[9].Span);
        entry.Vessel.Owner = Field(row[10].Span);
        entry.Remarks = Field(row[11].Span);
        return entry;
    }

    /// <summary>Splits <c>NPWMD] [IFSR] [IRAN-CON-ARMS-EO</c> (the outer brackets removed) into tags.</summary>
    internal static IEnumerable<string> SplitPrograms(string packed) =>
        packed.Trim().TrimStart('[').TrimEnd(']')
            .Split("] [", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Checks an <c>alt.csv</c> row as <see cref="ParseAlias"/> will read it; returns the reason it is malformed, or null.</summary>
    /// <remarks>On the spans, so that a good row allocates nothing until it is parsed for its entry.</remarks>
    private static string? CheckAlias(SepReader.Row row)
    {
        if (IsNullField(row[3].Span))
        {
            return "alt_name is empty";
        }

        var type = row[2].Span;
        if (!IsNullField(type))
        {
            var text = FieldSpan(type);
            if (text.Equals("AKA", StringComparison.OrdinalIgnoreCase) || text.Equals("FKA", StringComparison.OrdinalIgnoreCase)
                || text.Equals("NKA", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        return $"alt_type '{Field(type)}' is not aka, fka or nka";
    }

    /// <summary>Whether <see cref="Field"/> gives null for this field, without making the string.</summary>
    private static bool IsNullField(ReadOnlySpan<char> raw)
    {
        var span = raw.Trim();
        return span.Length >= 2 && span[0] == '"' && span[^1] == '"' ? span[1..^1].IsWhiteSpace() : span.IsEmpty || span.SequenceEqual(Null);
    }

    /// <summary>
    /// A field's text as <see cref="Field"/> gives it, without making the string, for fields compared or parsed
    /// as numbers: doubled quotes are left as they are, which no such comparison or number can contain.
    /// </summary>
    private static ReadOnlySpan<char> FieldSpan(ReadOnlySpan<char> raw)
    {
        var span = raw.Trim();
        return span.Length >= 2 && span[0] == '"' && span[^1] == '"' ? span[1..^1].Trim() : span;
    }

    private static EntryNameKind? AliasKind(string? type) =>
        string.Equals(type, "AKA", StringComparison.OrdinalIgnoreCase) ? EntryNameKind.Alias
        : string.Equals(type, "FKA", StringComparison.OrdinalIgnoreCase) ? EntryNameKind.FormerName
        : string.Equals(type, "NKA", StringComparison.OrdinalIgnoreCase) ? EntryNameKind.Alias
        : null;

    /// <summary>An <c>add.csv</c> row: ent_num, add_num, address, city/state/postal code, country, remarks.</summary>
    private static EntryAddress ParseAddress(ReadOnlySpan<char> row, Span<Range> columns)
    {
        SideRows.Split(row, columns);
        var cityLine = Field(row[columns[3]]);
        return new EntryAddress(Field(row[columns[2]]), cityLine, null, null, Field(row[columns[4]]), Field(row[columns[5]]));
    }

    /// <summary>An <c>alt.csv</c> row (ent_num, alt_num, alt_type, alt_name, alt_remarks) that <see cref="CheckAlias"/> accepted.</summary>
    private static EntryName ParseAlias(ReadOnlySpan<char> row, Span<Range> columns)
    {
        SideRows.Split(row, columns);
        var type = Field(row[columns[2]]);
        var name = Field(row[columns[3]])!;
        var remarks = Field(row[columns[4]]);
        var kind = AliasKind(type)!.Value;
        if (string.Equals(type, "NKA", StringComparison.OrdinalIgnoreCase))
        {
            // "now known as": a current name, listed as a strong alias.
            remarks = remarks is null ? "n.k.a." : "n.k.a.; " + remarks;
        }

        return new EntryName(name, kind, remarks);
    }

    /// <summary>A <c>sdn_comments.csv</c> row: ent_num and the remarks continuation.</summary>
    private static string ParseComment(ReadOnlySpan<char> row, Span<Range> columns)
    {
        SideRows.Split(row, columns);

        // Keep the text exactly: the continuation may start mid-token.
        var raw = row[columns[1]];
        if (raw.Length >= 2 && raw[0] == '"' && raw[^1] == '"')
        {
            raw = raw[1..^1];
        }

        var text = raw.ToString().Replace("\"\"", "\"", StringComparison.Ordinal);
        return text.Trim() == Null ? string.Empty : text;
    }

    /// <summary>
    /// The rows of a side file (<c>add.csv</c>, <c>alt.csv</c>, <c>sdn_comments.csv</c>), checked and grouped by
    /// <c>ent_num</c>, waiting for their primary row.
    /// </summary>
    /// <remarks>
    /// A side file is read whole before the primary file, so its rows live until the end of the import. Held as
    /// objects (a name or address, its strings and a list per ent_num) they made every garbage collection copy
    /// and mark several objects per row: on a 100 MB input that was about half the reading time. So each row is
    /// checked when read (same order, same messages) but kept as its raw text in large character buffers, with
    /// an index of value-type entries; it is split and parsed again when its entry is read. The split is the one
    /// Sep makes with unescaping off: a comma ends a column unless inside quotes, and every quote toggles.
    /// </remarks>
    private sealed class SideRows
    {
        private const int ChunkSize = 1 << 20;
        private static readonly SideRows Empty = new(string.Empty);

        private readonly string file;
        private readonly List<char[]> chunks = [];
        private readonly Dictionary<int, (int First, int Last)> byEntNum = [];
        private Row[] rows = [];
        private int count;
        private int used = ChunkSize;

        private SideRows(string file)
        {
            this.file = file;
        }

        /// <summary>The ent_nums in order of first appearance.</summary>
        public IEnumerable<int> EntNums => byEntNum.Keys;

        /// <summary>Reads, checks and indexes a side file; <paramref name="check"/> returns why a row is malformed, or null.</summary>
        public static SideRows Read(
            SourceFile? file, int columns, ImportDiagnostics diagnostics, Func<SepReader.Row, string?>? check, CancellationToken cancellationToken)
        {
            if (file is null)
            {
                return Empty;
            }

            var result = new SideRows(file.Name);
            Span<Range> split = stackalloc Range[columns + 1];
            using var stream = file.Open();
            using var reader = OpenCsv(stream);
            foreach (var row in reader)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (IsBlankOrEndOfFile(row))
                {
                    continue;
                }

                var line = LineOf(row);
                if (CsvHeader.EndsInsideQuotes(row.Span))
                {
                    diagnostics.Reject(new SourceLocation(file.Name, line), null, CsvHeader.Unterminated);
                    continue;
                }

                if (row.ColCount != columns)
                {
                    diagnostics.Reject(new SourceLocation(file.Name, line), null, $"expected {columns} fields, found {row.ColCount}");
                    continue;
                }

                if (!int.TryParse(FieldSpan(row[0].Span), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var entNum))
                {
                    diagnostics.Reject(new SourceLocation(file.Name, line), null, $"ent_num '{Field(row[0].Span)}' is not a whole number");
                    continue;
                }

                if (check?.Invoke(row) is { } error)
                {
                    diagnostics.Reject(new SourceLocation(file.Name, line), Field(row[0].Span), error);
                    continue;
                }

                System.Diagnostics.Debug.Assert(Split(row.Span, split) == columns, "the side row splits as Sep split it");
                result.Add(entNum, row.Span, line);
            }

            return result;
        }

        /// <summary>Splits a row into at most <c>columns.Length</c> columns; returns how many it found.</summary>
        public static int Split(ReadOnlySpan<char> row, Span<Range> columns)
        {
            var found = 0;
            var start = 0;
            var quoted = false;
            for (var i = 0; i < row.Length && found < columns.Length - 1; i++)
            {
                if (row[i] == '"')
                {
                    quoted = !quoted;
                }
                else if (row[i] == ',' && !quoted)
                {
                    columns[found++] = start..i;
                    start = i + 1;
                }
            }

            columns[found++] = start..row.Length;
            return found;
        }

        public bool Has(int entNum) => byEntNum.ContainsKey(entNum);

        /// <summary>The first row of <paramref name="entNum"/>, or -1; <see cref="Next"/> gives the others in file order.</summary>
        public int First(int entNum) => byEntNum.TryGetValue(entNum, out var span) ? span.First : -1;

        /// <summary>The row after <paramref name="row"/> with the same ent_num, or -1.</summary>
        public int Next(int row) => rows[row].Next;

        public ReadOnlySpan<char> Text(int row)
        {
            ref readonly var r = ref rows[row];
            return chunks[r.Chunk].AsSpan(r.Start, r.Length);
        }

        public SourceLocation Location(int row) => new(file, rows[row].Line);

        private void Add(int entNum, ReadOnlySpan<char> text, int line)
        {
            if (used + text.Length > ChunkSize || chunks.Count == 0)
            {
                chunks.Add(new char[Math.Max(ChunkSize, text.Length)]);
                used = 0;
            }

            text.CopyTo(chunks[^1].AsSpan(used));
            if (count == rows.Length)
            {
                Array.Resize(ref rows, Math.Max(1024, rows.Length * 2));
            }

            rows[count] = new Row(chunks.Count - 1, used, text.Length, line, -1);
            used += text.Length;
            if (byEntNum.TryGetValue(entNum, out var span))
            {
                rows[span.Last] = rows[span.Last] with { Next = count };
                byEntNum[entNum] = (span.First, count);
            }
            else
            {
                byEntNum.Add(entNum, (count, count));
            }

            count++;
        }

        private readonly record struct Row(int Chunk, int Start, int Length, int Line, int Next);
    }

}

/// <summary>Helpers shared by the text formats.</summary>
internal static class TextValues
{
    public static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static string Normalize(string value)
    {
        if (IsNormalized(value))
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && text.Length > 0)
            {
                text.Append(' ');
            }

            space = false;
            text.Append(c);
        }

        return text.ToString();
    }

    /// <summary>
    /// Whether <see cref="Normalize"/> would return the same text: trimmed, and every whitespace a single space.
    /// Most names already are, and this check spares rebuilding each of them.
    /// </summary>
    private static bool IsNormalized(string value)
    {
        if (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
        {
            return false;
        }

        var space = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                if (c != ' ' || space)
                {
                    return false;
                }

                space = true;
            }
            else
            {
                space = false;
            }
        }

        return true;
    }
}
