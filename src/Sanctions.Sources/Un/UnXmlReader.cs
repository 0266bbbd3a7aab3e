using System.Globalization;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Ofac;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Un;

/// <summary>
/// Reads the UN Security Council Consolidated List XML (<c>CONSOLIDATED_LIST</c>, schema
/// <c>sc-sanctions.xsd</c>) one <c>INDIVIDUAL</c> or <c>ENTITY</c> at a time.
/// </summary>
internal static class UnXmlReader
{
    private static readonly HashSet<string> RecordNames = ["INDIVIDUAL", "ENTITY"];

    public static IEnumerable<ListEntry> Read(SourceFile file, ImportDiagnostics diagnostics, PublicationHeader header, CancellationToken cancellationToken = default)
    {
        var addresses = new RecentAddresses();
        foreach (var record in XmlRecordStream.Read(file, RecordNames, root => ReadRoot(root, file, diagnostics, header), cancellationToken))
        {
            diagnostics.CountRead();
            var entry = ReadEntry(record, file, diagnostics, addresses);
            if (entry is not null)
            {
                yield return entry;
            }
        }
    }

    private static void ReadRoot(XmlRoot root, SourceFile file, ImportDiagnostics diagnostics, PublicationHeader header)
    {
        if (root.LocalName != "CONSOLIDATED_LIST")
        {
            throw new ImportException(new SourceLocation(file.Name, null, "/" + root.LocalName), null,
                "the root element is not <CONSOLIDATED_LIST>; this is not a UN Security Council consolidated list");
        }

        var generated = root.Attribute("dateGenerated");
        if (generated is null)
        {
            return;
        }

        if (DateTimeOffset.TryParse(generated, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
        {
            header.Published = instant;
        }
        else
        {
            diagnostics.Warn(new SourceLocation(file.Name, null, "/CONSOLIDATED_LIST/@dateGenerated"), null, $"dateGenerated '{generated}' is not an ISO date-time; publication instant unknown");
        }
    }

    private static ListEntry? ReadEntry(XmlRecord record, SourceFile file, ImportDiagnostics diagnostics, RecentAddresses addresses)
    {
        // The entry's path is made only for an issue (most entries have none).
        var location = record.LazyLocation(file.Name);
        var dataId = record.Value("DATAID");
        if (dataId is null)
        {
            diagnostics.Reject(location.ToLocation(), null, $"<{record.Name}> has no <DATAID>");
            return null;
        }

        var individual = record.Name == "INDIVIDUAL";
        var nameParts = new[] { "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME" }
            .Select(record.Value).OfType<string>().Select(TextValues.Normalize).ToList();
        if (nameParts.Count == 0)
        {
            diagnostics.Reject(location.ToLocation(), dataId, $"<{record.Name}> has no name (FIRST_NAME … FOURTH_NAME are all empty)");
            return null;
        }

        var fullName = string.Join(' ', nameParts);

        // An entity's FIRST_NAME can hold two names separated by ';' (FORMATS.md §9).
        var names = individual ? [fullName] : fullName.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var entry = new ListEntry(dataId, individual ? EntryKind.Individual : EntryKind.Entity, names[0], location);
        foreach (var extra in names.Skip(1))
        {
            entry.Names.Add(new EntryName(extra, EntryNameKind.Alias, "given in the same name field as the primary name"));
        }

        if (record.Value("NAME_ORIGINAL_SCRIPT") is { } original)
        {
            entry.Names.Add(new EntryName(original, EntryNameKind.Alias, "original script"));
        }

        if (record.Value("UN_LIST_TYPE") is { } listType)
        {
            entry.Programs.Add(listType);
        }
        else
        {
            diagnostics.Warn(entry.Location, dataId, "no UN_LIST_TYPE; the designation has no regime");
        }

        entry.ListName = string.Join("; ", record.Values("LIST_TYPE", "VALUE"));
        entry.ReferenceNumber = record.Value("REFERENCE_NUMBER");
        entry.ListedOn = Date(record, "LISTED_ON", file, diagnostics, dataId, required: true);
        entry.EndsOn = Date(record, "DELISTED_ON", file, diagnostics, dataId, required: false);
        entry.Gender = record.Value("GENDER");
        entry.Remarks = record.Value("COMMENTS1");
        entry.Titles.AddRange(record.Values("TITLE", "VALUE"));
        entry.Positions.AddRange(record.Values("DESIGNATION", "VALUE").Select(TextValues.Normalize));
        entry.Nationalities.AddRange(record.Values("NATIONALITY", "VALUE"));
        foreach (var updated in record.All("LAST_DAY_UPDATED").SelectMany(u => u.All("VALUE")))
        {
            if (updated.TrimmedText is { } text)
            {
                if (SourceDate.TryParseIso(text, out var date))
                {
                    entry.LastUpdated.Add(date);
                }
                else
                {
                    diagnostics.Warn(updated.Location(file.Name), dataId, $"LAST_DAY_UPDATED value '{text}' is not a date; ignored");
                }
            }
        }

        foreach (var alias in record.All(individual ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS"))
        {
            ReadAlias(alias, entry, file, diagnostics, dataId);
        }

        foreach (var address in record.All(individual ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS"))
        {
            // An address given again (658 of the 1,286 of the 2026-02-27 list repeat another's values) is the one made before,
            // while it is cached (see RecentAddresses).
            var value = addresses.Get(
                Clean(address.Value("STREET")),
                Clean(address.Value("CITY")),
                Clean(address.Value("STATE_PROVINCE")),
                Clean(address.Value("ZIP_CODE")),
                Clean(address.Value("COUNTRY")),
                Clean(address.Value("NOTE")));
            if (!value.IsEmpty)
            {
                entry.Addresses.Add(value);
            }
        }

        foreach (var birth in record.All("INDIVIDUAL_DATE_OF_BIRTH"))
        {
            ReadBirthDate(birth, entry, file, diagnostics, dataId);
        }

        foreach (var place in record.All("INDIVIDUAL_PLACE_OF_BIRTH"))
        {
            var parts = new[] { place.Value("STREET"), place.Value("CITY"), place.Value("STATE_PROVINCE"), place.Value("COUNTRY") }
                .OfType<string>().Select(TextValues.Normalize).ToList();
            var note = place.Value("NOTE") is { } n ? TextValues.Normalize(n) : null;
            if (parts.Count > 0 || note is not null)
            {
                // A place given only as a NOTE ("possibly Sabratha, Talil neighbourhood") is kept as its text.
                var text = string.Join(", ", parts);
                text = note is null ? text : text.Length == 0 ? note : $"{text} ({note})";
                entry.BirthPlaces.Add(text);
                var street = Clean(place.Value("STREET"));
                var city = Clean(place.Value("CITY"));
                entry.PlacesOfBirth.Add(new EntryPlace(
                    text, street is null ? city : city is null ? street : street + ", " + city, Clean(place.Value("STATE_PROVINCE")), Clean(place.Value("COUNTRY"))));
            }
        }

        foreach (var document in record.All("INDIVIDUAL_DOCUMENT"))
        {
            ReadDocument(document, entry, file, diagnostics, dataId);
        }

        return entry;
    }

    private static string? Clean(string? value) => value is null ? null : TextValues.Normalize(value);

    private static SourceDate? Date(XmlRecord record, string name, SourceFile file, ImportDiagnostics diagnostics, string dataId, bool required)
    {
        var text = record.Value(name);
        if (text is null)
        {
            if (required)
            {
                diagnostics.Warn(record.Location(file.Name), dataId, $"no {name}");
            }

            return null;
        }

        // xs:date, sometimes with a zone offset (2015-07-01-04:00): the calendar date is what counts.
        if (SourceDate.TryParseIso(text, out var date) && date.Day is not null)
        {
            return date;
        }

        diagnostics.RejectValue(record.Child(name)!.Location(file.Name), dataId, $"{name} '{text}' is not a date (expected YYYY-MM-DD)");
        return null;
    }

    private static readonly (string Element, string Words)[] AliasFacts =
        [("DATE_OF_BIRTH", "date of birth"), ("CITY_OF_BIRTH", "city of birth"), ("COUNTRY_OF_BIRTH", "country of birth")];

    private static void ReadAlias(XmlRecord alias, ListEntry entry, SourceFile file, ImportDiagnostics diagnostics, string dataId)
    {
        var quality = alias.Value("QUALITY");
        var name = alias.Value("ALIAS_NAME");
        if (name is null)
        {
            // <QUALITY/><ALIAS_NAME/> means no alias.
            return;
        }

        EntryNameKind kind;
        string? note = null;
        switch (quality)
        {
            case "Good":
            case "a.k.a.":
                kind = EntryNameKind.Alias;
                break;
            case "Low":
                kind = EntryNameKind.WeakAlias;
                break;
            case "f.k.a.":
                kind = EntryNameKind.FormerName;
                break;
            case null:
                kind = EntryNameKind.Alias;
                diagnostics.Warn(alias.Location(file.Name), dataId, $"alias '{name}' has no QUALITY; taken as a strong alias");
                break;
            default:
                kind = EntryNameKind.Alias;
                note = "quality " + quality;
                diagnostics.Warn(alias.Location(file.Name), dataId, $"alias quality '{quality}' is not Good, Low, a.k.a. or f.k.a.; taken as a strong alias");
                break;
        }

        if (alias.Value("NOTE") is { } aliasNote)
        {
            note = note is null ? TextValues.Normalize(aliasNote) : note + "; " + TextValues.Normalize(aliasNote);
        }

        // What the list says of this alias alone (a date or place of birth in a false passport under that name) stays with it.
        foreach (var (element, words) in AliasFacts)
        {
            if (alias.Value(element) is { } fact)
            {
                note = (note is null ? string.Empty : note + "; ") + words + " " + TextValues.Normalize(fact);
            }
        }

        foreach (var part in name.Split("; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            entry.Names.Add(new EntryName(TextValues.Normalize(part), kind, note));
        }
    }

    private static void ReadBirthDate(XmlRecord birth, ListEntry entry, SourceFile file, ImportDiagnostics diagnostics, string dataId)
    {
        var type = birth.Value("TYPE_OF_DATE");
        var dateText = birth.Value("DATE");
        var yearText = birth.Value("YEAR");
        var fromText = birth.Value("FROM_YEAR");
        var toText = birth.Value("TO_YEAR");
        var approximateNote = string.Equals(birth.Value("NOTE"), "Approximately", StringComparison.OrdinalIgnoreCase);
        if (type is null)
        {
            if (dateText is not null || yearText is not null || fromText is not null || birth.Value("NOTE") is not null)
            {
                diagnostics.Warn(birth.Location(file.Name), dataId, "date of birth without TYPE_OF_DATE; read as exact");
                type = fromText is null ? "EXACT" : "BETWEEN";
            }
            else
            {
                return;
            }
        }

        if (type is not ("EXACT" or "APPROXIMATELY" or "BETWEEN"))
        {
            diagnostics.Warn(birth.Location(file.Name), dataId, $"date of birth TYPE_OF_DATE '{type}' is not EXACT, APPROXIMATELY or BETWEEN; read from its payload");
        }

        // A NOTE other than "Approximately" says more than the payload ("Sep." beside YEAR 1958, "from false passport"):
        // it is kept in the date's text. A NOTE alone is the date ("Nov. 1973", "30-35 years old").
        var note = birth.Value("NOTE") is { } n && !approximateNote ? TextValues.Normalize(n) : null;
        var approximate = type == "APPROXIMATELY" || approximateNote;
        SourceDateRange? range = null;
        switch (type)
        {
            case "EXACT":
            case "APPROXIMATELY":
                var single = dateText ?? yearText;
                if (single is not null && SourceDate.TryParseIso(single, out var date))
                {
                    range = new SourceDateRange(date, null, approximate, note is null ? single : $"{single} ({note})", Worded: note is not null);
                }

                break;
            case "BETWEEN":
                if (fromText is not null && toText is not null
                    && SourceDate.TryParseIso(fromText, out var from) && SourceDate.TryParseIso(toText, out var to))
                {
                    range = new SourceDateRange(from, to, approximate, $"{fromText} to {toText}" + (note is null ? string.Empty : $" ({note})"), Worded: note is not null);
                }

                break;
            default:
                break;
        }

        if (range is null && dateText is null && yearText is null && fromText is null && toText is null && note is not null)
        {
            if (UnDateNotes.TryParse(note, out var noted))
            {
                entry.BirthDates.Add(noted with { Approximate = noted.Approximate || approximate });
            }
            else
            {
                entry.BirthDateTexts.Add(new EntryDateText(note, approximate));
            }

            return;
        }

        if (range is null)
        {
            diagnostics.RejectValue(birth.Location(file.Name), dataId,
                $"date of birth of type '{type}' has no usable payload (DATE '{dateText}', YEAR '{yearText}', FROM_YEAR '{fromText}', TO_YEAR '{toText}')");
            return;
        }

        entry.BirthDates.Add(range);
    }

    private static void ReadDocument(XmlRecord document, ListEntry entry, SourceFile file, ImportDiagnostics diagnostics, string dataId)
    {
        var type = document.Value("TYPE_OF_DOCUMENT") ?? document.Value("TYPE_OF_DOCUMENT2");
        var number = document.Value("NUMBER");
        var note = document.Value("NOTE") is { } n ? TextValues.Normalize(n) : null;
        if (document.Value("TYPE_OF_DOCUMENT") is not null && document.Value("TYPE_OF_DOCUMENT2") is { } detail)
        {
            note = note is null ? detail : detail + "; " + note;
        }

        if (document.Value("CITY_OF_ISSUE") is { } city)
        {
            note = (note is null ? string.Empty : note + "; ") + "issued in " + city;
        }

        if (number is null)
        {
            if (type is not null || note is not null)
            {
                entry.Facts.Add(new EntryFact(type ?? "Document", note ?? string.Empty));
            }

            return;
        }

        SourceDateRange? issued = null;
        if (document.Value("DATE_OF_ISSUE") is { } issueText)
        {
            if (SourceDate.TryParseIso(issueText, out var d) || OfacDates.TryParseSingle(issueText, out d))
            {
                issued = SourceDateRange.Single(d, issueText);
            }
            else
            {
                note = (note is null ? string.Empty : note + "; ") + "issued " + issueText;
                diagnostics.Warn(document.Location(file.Name), dataId, $"DATE_OF_ISSUE '{issueText}' is not a date; kept in the note");
            }
        }

        var country = document.Value("ISSUING_COUNTRY") ?? document.Value("COUNTRY_OF_ISSUE");
        entry.Identifiers.Add(new EntryIdentifier(type ?? "Document", TextValues.Normalize(number), country is null ? null : TextValues.Normalize(country), issued, null, note));
    }
}
