using System.Text;
using nietras.SeparatedValues;
using Sanctions.Core;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Ofac;

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

    /// <param name="files">The files of one list.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <param name="reuse">
    /// Whether each entry is emptied and given again for the next row (<see cref="ListEntry.Reuse"/>): for a caller that is
    /// done with an entry before asking for the next, as the importer is; not for one that keeps them.
    /// </param>
    /// <param name="takenOver">
    /// Asked, for a primary row of twelve fields whose <c>ent_num</c> is a whole number not seen before in the file, whether
    /// the caller takes the entry over from elsewhere (<see cref="Mapping.UnchangedRecords"/>); when it does, the row is
    /// counted and its <c>ent_num</c> noted, but the entry is neither read nor given.
    /// </param>
    /// <param name="pool">
    /// Entries to fill again for new rows, given back by a caller on another thread once done with them (<see cref="EntryPool"/>);
    /// for a caller that is not done with an entry when it asks for the next, so not with <paramref name="reuse"/>.
    /// </param>
    public static IEnumerable<ListEntry> Read(
        OfacCsvFiles files, ImportDiagnostics diagnostics, CancellationToken cancellationToken = default, bool reuse = false, Func<int, SourceLocation, bool>? takenOver = null,
        EntryPool? pool = null)
    {
        var addresses = OfacCsvSideRows.Read(files.Addresses, 6, diagnostics, null, cancellationToken);
        var aliases = OfacCsvSideRows.Read(files.Aliases, 5, diagnostics, CheckAlias, cancellationToken);
        var comments = OfacCsvSideRows.Read(files.Comments, 2, diagnostics, null, cancellationToken);
        var seen = new EntNumSet();
        var columns = new Range[6];
        var warnings = new EntryWarnings(diagnostics);
        var knownAddresses = new Dictionary<string, EntryAddress>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        ListEntry? spare = null;

        using (var stream = files.Primary.Open())
        using (var reader = Csv.OpenHeaderless(stream))
        {
            foreach (var row in reader)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Csv.IsBlankOrEndOfFile(row))
                {
                    continue;
                }

                diagnostics.CountRead();
                var location = new SourceLocation(files.Primary.Name, Csv.LineOf(row));
                if (Csv.EndsInsideQuotes(row.Span))
                {
                    diagnostics.Reject(location, null, Csv.Unterminated);
                    continue;
                }

                if (takenOver is not null && row.ColCount == 12
                    && int.TryParse(FieldSpan(row[0].Span), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var known)
                    && !seen.Contains(known) && takenOver(known, location))
                {
                    seen.Add(known);
                    continue;
                }

                var entry = ParsePrimary(row, location, diagnostics, spare ??= pool?.Take());
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
                    OfacRemarks.Apply(entry.Remarks, entry, warnings.For(entry));
                }

                for (var side = aliases.First(entNum); side >= 0; side = aliases.Next(side))
                {
                    entry.Names.Add(ParseAlias(aliases.Text(side), columns));
                }

                for (var side = addresses.First(entNum); side >= 0; side = addresses.Next(side))
                {
                    var address = ParseAddress(addresses.Text(side), columns, knownAddresses);
                    if (!address.IsEmpty)
                    {
                        entry.Addresses.Add(address);
                    }
                }

                yield return entry;
                spare = reuse ? entry : null;
            }
        }

        WarnOrphans(addresses, seen, "address", diagnostics);
        WarnOrphans(aliases, seen, "alias", diagnostics);
        WarnOrphans(comments, seen, "remarks continuation", diagnostics);
    }

    /// <summary>Warns about the entry being read: one delegate for the whole file, not a closure per entry.</summary>
    private sealed class EntryWarnings
    {
        private readonly Action<string> warn;
        private ListEntry? entry;

        public EntryWarnings(ImportDiagnostics diagnostics)
        {
            warn = message => diagnostics.Warn(entry!.Location, entry.RecordId, message);
        }

        public Action<string> For(ListEntry current)
        {
            entry = current;
            return warn;
        }
    }

    private static void WarnOrphans(OfacCsvSideRows rows, EntNumSet seen, string what, ImportDiagnostics diagnostics)
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

    private static ListEntry? ParsePrimary(SepReader.Row row, SourceLocation location, ImportDiagnostics diagnostics, ListEntry? spare)
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

        // The CSV leaves the type null for an entity and writes no "entity" word. Compared on its characters: no string.
        var typeText = row[2].Span;
        var kind = EntryKind.Entity;
        if (!IsNullField(typeText) && (!EntryKinds.TryParse(FieldSpan(typeText), StringComparison.OrdinalIgnoreCase, out kind) || kind == EntryKind.Entity))
        {
            diagnostics.Reject(location, entNumText, $"SDN_Type '{Field(typeText)}' is not individual, vessel, aircraft or -0-");
            return null;
        }

        var entry = ListEntry.Reuse(spare, entNumText, kind, name, location);
        if (!IsNullField(row[3].Span))
        {
            // Program tags repeat from entry to entry: read on the field's characters, one string per tag while it is cached;
            // doubled quotes to undo (never in a real list) are read as the field's string.
            var packed = FieldSpan(row[3].Span);
            if (packed.Contains('"'))
            {
                AddPrograms(Field(row[3].Span)!, entry.Programs);
            }
            else
            {
                AddPrograms(packed, entry.Programs, ProgramTags);
            }
        }

        if (Field(row[4].Span) is { } title)
        {
            entry.Titles.Add(title);
        }

        // The vessel columns are -0- for most entries: their details are made only when one is given.
        var callSign = Field(row[5].Span);
        var vesselType = Field(row[6].Span);
        var tonnage = Field(row[7].Span);
        var grossRegisteredTonnage = Field(row[8].Span);
        var flag = Field(row[9].Span);
        var owner = Field(row[10].Span);
        if ((callSign ?? vesselType ?? tonnage ?? grossRegisteredTonnage ?? flag ?? owner) is not null)
        {
            var vessel = entry.Vessel;
            vessel.CallSign = callSign;
            vessel.VesselType = vesselType;
            vessel.Tonnage = tonnage;
            vessel.GrossRegisteredTonnage = grossRegisteredTonnage;
            vessel.Flag = flag;
            vessel.Owner = owner;
        }

        entry.Remarks = Field(row[11].Span);
        return entry;
    }

    /// <summary>Adds the tags of <c>NPWMD] [IFSR] [IRAN-CON-ARMS-EO</c> (the outer brackets removed), trimmed, empty ones left out.</summary>
    /// <remarks>On the characters, with no array of parts; the one tag most entries have is the field's own string.</remarks>
    internal static void AddPrograms(string packed, List<string> tags)
    {
        var text = packed.AsSpan().Trim().TrimStart('[').TrimEnd(']');
        foreach (var range in text.Split("] ["))
        {
            var tag = text[range].Trim();
            if (!tag.IsEmpty)
            {
                tags.Add(tag.Length == packed.Length ? packed : tag.ToString());
            }
        }
    }

    /// <summary>The same as <see cref="AddPrograms(string, List{string})"/> on a field's characters, each tag's string from <paramref name="strings"/>.</summary>
    internal static void AddPrograms(ReadOnlySpan<char> packed, List<string> tags, SharedStrings strings)
    {
        var text = packed.Trim().TrimStart('[').TrimEnd(']');
        foreach (var range in text.Split("] ["))
        {
            var tag = text[range].Trim();
            if (!tag.IsEmpty)
            {
                tags.Add(strings.Get(tag));
            }
        }
    }

    /// <summary>Program tags, which every entry names and few differ (per thread: the reader's table, bounded).</summary>
    [ThreadStatic]
    private static SharedStrings? programTags;

    private static SharedStrings ProgramTags => programTags ??= new SharedStrings(256);

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
    internal static ReadOnlySpan<char> FieldSpan(ReadOnlySpan<char> raw)
    {
        var span = raw.Trim();
        return span.Length >= 2 && span[0] == '"' && span[^1] == '"' ? span[1..^1].Trim() : span;
    }

    private static EntryNameKind? AliasKind(ReadOnlySpan<char> type) =>
        type.Equals("AKA", StringComparison.OrdinalIgnoreCase) ? EntryNameKind.Alias
        : type.Equals("FKA", StringComparison.OrdinalIgnoreCase) ? EntryNameKind.FormerName
        : type.Equals("NKA", StringComparison.OrdinalIgnoreCase) ? EntryNameKind.Alias
        : null;

    /// <summary>
    /// An <c>add.csv</c> row: ent_num, add_num, address, city/state/postal code, country, remarks. A row whose address
    /// columns are the text of an earlier row's gives that row's address (immutable), read once: a third of a real SDN
    /// publication's address rows repeat another.
    /// </summary>
    private static EntryAddress ParseAddress(ReadOnlySpan<char> row, Span<Range> columns, Dictionary<string, EntryAddress>.AlternateLookup<ReadOnlySpan<char>> known)
    {
        OfacCsvSideRows.Split(row, columns);

        // The columns after add_num split alone as they do in the row when the two numbers hold no quote.
        var start = columns[2].Start.GetOffset(row.Length);
        if (row[..start].Contains('"'))
        {
            return ParseAddress(row, columns);
        }

        var text = row[start..];
        if (!known.TryGetValue(text, out var address))
        {
            address = ParseAddress(row, columns);
            known[text] = address;
        }

        return address;
    }

    /// <summary>An <c>add.csv</c> row already split into <paramref name="columns"/>.</summary>
    private static EntryAddress ParseAddress(ReadOnlySpan<char> row, ReadOnlySpan<Range> columns)
    {
        var cityLine = Field(row[columns[3]]);
        return new EntryAddress(Field(row[columns[2]]), cityLine, null, null, Field(row[columns[4]]), Field(row[columns[5]]));
    }

    /// <summary>An <c>alt.csv</c> row (ent_num, alt_num, alt_type, alt_name, alt_remarks) that <see cref="CheckAlias"/> accepted.</summary>
    private static EntryName ParseAlias(ReadOnlySpan<char> row, Span<Range> columns)
    {
        OfacCsvSideRows.Split(row, columns);
        var type = FieldSpan(row[columns[2]]);
        var name = Field(row[columns[3]])!;
        var remarks = Field(row[columns[4]]);
        var kind = AliasKind(type)!.Value;
        if (type.Equals("NKA", StringComparison.OrdinalIgnoreCase))
        {
            // "now known as": a current name, listed as a strong alias.
            remarks = remarks is null ? "n.k.a." : "n.k.a.; " + remarks;
        }

        return new EntryName(name, kind, remarks);
    }

    /// <summary>A <c>sdn_comments.csv</c> row: ent_num and the remarks continuation.</summary>
    private static string ParseComment(ReadOnlySpan<char> row, Span<Range> columns)
    {
        OfacCsvSideRows.Split(row, columns);

        // Keep the text exactly: the continuation may start mid-token.
        var raw = row[columns[1]];
        if (raw.Length >= 2 && raw[0] == '"' && raw[^1] == '"')
        {
            raw = raw[1..^1];
        }

        var text = raw.ToString().Replace("\"\"", "\"", StringComparison.Ordinal);
        return text.Trim() == Null ? string.Empty : text;
    }
}
