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
    /// <c>alt.csv</c>/<c>cons_alt.csv</c>, <c>sdn_comments.csv</c>/<c>cons_comments.csv</c>.
    /// </summary>
    public static IReadOnlyList<OfacCsvFiles> Group(IEnumerable<SourceFile> files)
    {
        var byName = new Dictionary<string, SourceFile>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            var name = file.FileName;
            if (name is null || !Known.Contains(name.ToUpperInvariant()))
            {
                throw new ImportException(new SourceLocation(file.Name), null,
                    "not an OFAC legacy CSV file name; expected sdn.csv, add.csv, alt.csv, sdn_comments.csv or cons_prim.csv, cons_add.csv, cons_alt.csv, cons_comments.csv");
            }

            if (!byName.TryAdd(name, file))
            {
                throw new ImportException(new SourceLocation(file.Name), null, $"{name} given twice; import one publication at a time");
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
        var addresses = files.Addresses is null ? [] : ReadSide<EntryAddress>(files.Addresses, 6, diagnostics, ParseAddress, cancellationToken);
        var aliases = files.Aliases is null ? [] : ReadSide<EntryName>(files.Aliases, 5, diagnostics, ParseAlias, cancellationToken);
        var comments = files.Comments is null ? [] : ReadSide<string>(files.Comments, 2, diagnostics, ParseComment, cancellationToken);
        var seen = new HashSet<int>();

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

                if (comments.TryGetValue(entNum, out var overflow))
                {
                    // The cut can fall mid-token: append with no separator.
                    entry.Remarks = (entry.Remarks ?? string.Empty) + string.Concat(overflow.Select(c => c.Value));
                }

                if (entry.Remarks is not null)
                {
                    OfacRemarks.Apply(entry.Remarks, entry, message => diagnostics.Warn(location, entry.RecordId, message));
                }

                if (aliases.TryGetValue(entNum, out var alts))
                {
                    foreach (var alt in alts)
                    {
                        entry.Names.Add(alt.Value);
                    }
                }

                if (addresses.TryGetValue(entNum, out var adds))
                {
                    foreach (var add in adds)
                    {
                        if (!add.Value.IsEmpty)
                        {
                            entry.Addresses.Add(add.Value);
                        }
                    }
                }

                yield return entry;
            }
        }

        WarnOrphans(addresses, seen, "address", diagnostics);
        WarnOrphans(aliases, seen, "alias", diagnostics);
        WarnOrphans(comments, seen, "remarks continuation", diagnostics);
    }

    private static void WarnOrphans<T>(Dictionary<int, List<SideRow<T>>> rows, HashSet<int> seen, string what, ImportDiagnostics diagnostics)
    {
        foreach (var (entNum, list) in rows)
        {
            if (!seen.Contains(entNum))
            {
                foreach (var row in list)
                {
                    diagnostics.Warn(row.Location, entNum.ToString(System.Globalization.CultureInfo.InvariantCulture),
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

    private static bool IsBlankOrEndOfFile(SepReader.Row row)
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

    private readonly record struct SideRow<T>(T Value, SourceLocation Location);

    private delegate bool SideParser<T>(SepReader.Row row, int entNum, out T value, out string? error);

    private static Dictionary<int, List<SideRow<T>>> ReadSide<T>(
        SourceFile file, int columns, ImportDiagnostics diagnostics, SideParser<T> parse, CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, List<SideRow<T>>>();
        using var stream = file.Open();
        using var reader = OpenCsv(stream);
        foreach (var row in reader)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsBlankOrEndOfFile(row))
            {
                continue;
            }

            var location = new SourceLocation(file.Name, LineOf(row));
            if (row.ColCount != columns)
            {
                diagnostics.Reject(location, null, $"expected {columns} fields, found {row.ColCount}");
                continue;
            }

            var entText = Field(row[0].Span);
            if (!int.TryParse(entText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var entNum))
            {
                diagnostics.Reject(location, null, $"ent_num '{entText}' is not a whole number");
                continue;
            }

            if (!parse(row, entNum, out var value, out var error))
            {
                diagnostics.Reject(location, entText, error!);
                continue;
            }

            if (!result.TryGetValue(entNum, out var list))
            {
                result[entNum] = list = [];
            }

            list.Add(new SideRow<T>(value, location));
        }

        return result;
    }

    private static bool ParseAddress(SepReader.Row row, int entNum, out EntryAddress value, out string? error)
    {
        error = null;
        var cityLine = Field(row[3].Span);
        value = new EntryAddress(Field(row[2].Span), cityLine, null, null, Field(row[4].Span), Field(row[5].Span));
        return true;
    }

    private static bool ParseAlias(SepReader.Row row, int entNum, out EntryName value, out string? error)
    {
        var type = Field(row[2].Span);
        var name = Field(row[3].Span);
        var remarks = Field(row[4].Span);
        value = null!;
        error = null;
        if (name is null)
        {
            error = "alt_name is empty";
            return false;
        }

        EntryNameKind kind;
        if (string.Equals(type, "AKA", StringComparison.OrdinalIgnoreCase))
        {
            kind = EntryNameKind.Alias;
        }
        else if (string.Equals(type, "FKA", StringComparison.OrdinalIgnoreCase))
        {
            kind = EntryNameKind.FormerName;
        }
        else if (string.Equals(type, "NKA", StringComparison.OrdinalIgnoreCase))
        {
            // "now known as": a current name, listed as a strong alias.
            kind = EntryNameKind.Alias;
            remarks = remarks is null ? "n.k.a." : "n.k.a.; " + remarks;
        }
        else
        {
            error = $"alt_type '{type}' is not aka, fka or nka";
            return false;
        }

        value = new EntryName(name, kind, remarks);
        return true;
    }

    private static bool ParseComment(SepReader.Row row, int entNum, out string value, out string? error)
    {
        error = null;

        // Keep the text exactly: the continuation may start mid-token.
        var raw = row[1].Span;
        if (raw.Length >= 2 && raw[0] == '"' && raw[^1] == '"')
        {
            raw = raw[1..^1];
        }

        var text = raw.ToString().Replace("\"\"", "\"", StringComparison.Ordinal);
        value = text.Trim() == Null ? string.Empty : text;
        return true;
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
