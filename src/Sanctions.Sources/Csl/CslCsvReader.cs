using nietras.SeparatedValues;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Ofac;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Csl;

/// <summary>
/// Reads the US Consolidated Screening List CSV from trade.gov, current layout (29 columns,
/// first header cell <c>_id</c>) or the older one (28 columns, first header cell <c>source</c>).
/// </summary>
internal static class CslCsvReader
{
    private static readonly string[] Required = ["source", "name", "type", "programs", "start_date", "end_date", "alt_names", "ids"];

    public static IEnumerable<ListEntry> Read(SourceFile file, ImportDiagnostics diagnostics, CancellationToken cancellationToken = default)
    {
        using var stream = file.Open();
        using var reader = Csv.OpenWithHeader(file, stream, ',');

        var header = reader.Header;
        if (header.ColNames.Count == 0)
        {
            yield break;
        }

        var oldLayout = header.ColNames[0] switch
        {
            "_id" => false,
            "source" => true,
            _ => throw new ImportException(new SourceLocation(file.Name, 1), null,
                $"header starts with '{header.ColNames[0]}'; a trade.gov consolidated screening list starts with _id (current layout) or source (older layout)"),
        };
        foreach (var name in Required)
        {
            if (!header.ColNames.Contains(name))
            {
                throw new ImportException(new SourceLocation(file.Name, 1), null,
                    $"header has no '{name}' column; a consolidated screening list needs the columns {string.Join(", ", Required)}");
            }
        }

        var columns = header.ColNames.ToArray();
        var index = columns.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        foreach (var row in reader)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (row.ColCount == 1 && row[0].Span.Trim().IsEmpty)
            {
                continue;
            }

            diagnostics.CountRead();
            var location = new SourceLocation(file.Name, row.LineNumberFrom);
            if (Csv.EndsInsideQuotes(row.Span))
            {
                diagnostics.Reject(location, null, Csv.Unterminated);
                continue;
            }

            if (row.ColCount != columns.Length)
            {
                diagnostics.Reject(location, null, $"expected {columns.Length} fields as in the header, found {row.ColCount}");
                continue;
            }

            var entry = ReadRow(row, index, oldLayout, location, diagnostics);
            if (entry is not null)
            {
                yield return entry;
            }
        }
    }

    private static ListEntry? ReadRow(SepReader.Row row, Dictionary<string, int> index, bool oldLayout, SourceLocation location, ImportDiagnostics diagnostics)
    {
        var values = new string?[row.ColCount];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = TextValues.NullIfEmpty(row[i].ToString());
        }

        string? Get(string column) => index.TryGetValue(column, out var i) ? values[i] : null;

        var entityNumber = Get("entity_number");
        var id = oldLayout ? entityNumber : Get("_id");
        var source = Get("source");
        var name = Get("name");
        if (id is null)
        {
            // The older layout has no id column; rows outside OFAC have no entity number.
            id = "line-" + location.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            diagnostics.Warn(location, null, $"row has no id; using '{id}', which is not stable across publications");
        }

        if (source is null)
        {
            diagnostics.Reject(location, id, "source is empty; every row must name its list");
            return null;
        }

        if (name is null)
        {
            diagnostics.Reject(location, id, "name is empty");
            return null;
        }

        var typeText = Get("type");
        var kind = EntryKind.Entity;
        if (typeText is not null && !EntryKinds.TryParse(typeText, StringComparison.Ordinal, out kind))
        {
            diagnostics.Reject(location, id, $"type '{typeText}' is not Individual, Entity, Vessel, Aircraft or empty");
            return null;
        }

        var entry = new ListEntry(id, kind, name, location) { ListName = source };
        if (entityNumber is not null && entityNumber != id)
        {
            entry.Identifiers.Add(new EntryIdentifier("OFAC entity number", entityNumber));
        }

        entry.Programs.AddRange(SplitValues(Get("programs")));
        if (Get("title") is { } title)
        {
            entry.Titles.Add(title);
        }

        foreach (var alias in SplitValues(Get("alt_names")))
        {
            entry.Names.Add(new EntryName(alias, EntryNameKind.Alias));
        }

        foreach (var address in SplitValues(Get("addresses")))
        {
            entry.Addresses.Add(ParseAddress(address));
        }

        entry.ListedOn = Date(Get("start_date"), "start_date", location, id, diagnostics);
        entry.EndsOn = Date(Get("end_date"), "end_date", location, id, diagnostics);
        entry.Vessel.CallSign = Get("call_sign");
        entry.Vessel.VesselType = Get("vessel_type");
        entry.Vessel.Tonnage = Get("gross_tonnage");
        entry.Vessel.GrossRegisteredTonnage = Get("gross_registered_tonnage");
        entry.Vessel.Flag = Get("vessel_flag");
        entry.Vessel.Owner = Get("vessel_owner");
        entry.Remarks = Get("remarks");
        entry.Citizenships.AddRange(SplitValues(Get("citizenships")));
        entry.Nationalities.AddRange(SplitValues(Get("nationalities")));
        entry.BirthPlaces.AddRange(SplitValues(Get("places_of_birth")));
        foreach (var text in SplitValues(Get("dates_of_birth")))
        {
            if (SourceDate.TryParseIso(text, out var date) || OfacDates.TryParseSingle(text, out date))
            {
                entry.BirthDates.Add(SourceDateRange.Single(date, text));
            }
            else if (OfacDates.TryParse(text, out var range))
            {
                entry.BirthDates.Add(range);
            }
            else
            {
                entry.Facts.Add(new EntryFact("date of birth", text));
                diagnostics.Warn(location, id, $"date of birth '{text}' is not a known date form; kept as text");
            }
        }

        foreach (var item in SplitValues(Get("ids")))
        {
            ReadId(item, entry, oldLayout);
        }

        foreach (var column in new[] { "federal_register_notice", "standard_order", "license_requirement", "license_policy", "source_list_url", "source_information_url" })
        {
            if (Get(column) is { } value)
            {
                entry.Facts.Add(new EntryFact(column, value));
            }
        }

        return entry;
    }

    private static SourceDate? Date(string? text, string column, SourceLocation location, string id, ImportDiagnostics diagnostics)
    {
        if (text is null)
        {
            return null;
        }

        if (SourceDate.TryParseIso(text, out var date) && date.Day is not null)
        {
            return date;
        }

        diagnostics.RejectValue(location.WithPath(column), id, $"{column} '{text}' is not a date (expected YYYY-MM-DD)");
        return null;
    }

    /// <summary>
    /// Splits a multi-valued field on <c>; </c>, except before <c>and </c>: values such as
    /// <c>…; and any successor, sub-unit, or subsidiary thereof</c> contain the separator.
    /// </summary>
    internal static IEnumerable<string> SplitValues(string? text)
    {
        if (text is null)
        {
            yield break;
        }

        var start = 0;
        var search = 0;
        while (true)
        {
            var at = text.IndexOf("; ", search, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            if (string.CompareOrdinal(text, at + 2, "and ", 0, 4) == 0)
            {
                search = at + 2;
                continue;
            }

            var part = text[start..at].Trim();
            if (part.Length > 0)
            {
                yield return part;
            }

            start = search = at + 2;
        }

        var last = text[start..].Trim();
        if (last.Length > 0)
        {
            yield return last;
        }
    }

    /// <summary>Splits <c>street, city, state, postal, CC</c>: the ISO-2 code at the end becomes the country, the rest stays as one line.</summary>
    internal static EntryAddress ParseAddress(string text)
    {
        var comma = text.LastIndexOf(", ", StringComparison.Ordinal);
        var tail = comma >= 0 ? text[(comma + 2)..].Trim() : text.Trim();
        if (tail.Length == 2 && char.IsAsciiLetterUpper(tail[0]) && char.IsAsciiLetterUpper(tail[1]))
        {
            return new EntryAddress(comma >= 0 ? text[..comma].Trim() : null, null, null, null, tail);
        }

        return new EntryAddress(text.Trim(), null, null, null, null);
    }

    private static void ReadId(string item, ListEntry entry, bool oldLayout)
    {
        var parts = item.Split(", ", StringSplitOptions.TrimEntries);
        if (oldLayout)
        {
            // Older layout: "CC, Number, Type".
            if (parts.Length >= 3)
            {
                entry.Identifiers.Add(new EntryIdentifier(string.Join(", ", parts[2..]), parts[1], parts[0].Length == 0 ? null : parts[0]));
            }
            else
            {
                entry.Facts.Add(new EntryFact("id", item));
            }

            return;
        }

        if (parts.Length < 2)
        {
            entry.Facts.Add(new EntryFact("id", item));
            return;
        }

        var type = parts[0];
        if (type.EndsWith(':') || OfacFactTypes.IsFact(type))
        {
            var key = type.TrimEnd(':', ' ', '-');
            var value = string.Join(", ", parts[1..]);
            entry.Facts.Add(new EntryFact(key, value));
            if (key == "Gender")
            {
                entry.Gender ??= value;
            }

            return;
        }

        string? country = null;
        var end = parts.Length;
        if (parts.Length >= 3 && parts[^1].Length == 2 && parts[^1].All(char.IsAsciiLetterUpper))
        {
            country = parts[^1];
            end--;
        }

        var number = string.Join(", ", parts[1..end]);
        if (type.StartsWith("Vessel Registration Identification", StringComparison.Ordinal) && number.StartsWith("IMO ", StringComparison.Ordinal))
        {
            entry.Identifiers.Add(new EntryIdentifier("IMO", number[4..].Trim(), country));
            return;
        }

        entry.Identifiers.Add(new EntryIdentifier(type, number, country));
    }
}
