using System.Globalization;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Ofac;

/// <summary>What the header of a list file says about the publication.</summary>
internal sealed class PublicationHeader
{
    /// <summary>The publication date or instant as the file states it (OFAC <c>Publish_Date</c>, UN <c>dateGenerated</c>).</summary>
    public DateTimeOffset? Published { get; set; }

    /// <summary>The record count the file claims, when it states one.</summary>
    public int? DeclaredCount { get; set; }
}

/// <summary>
/// Reads OFAC's legacy XML in the <c>sdnList</c> schema (<c>sdn.xml</c>, <c>consolidated.xml</c>),
/// matching local names so that both the old and the current namespace work.
/// </summary>
internal static class OfacXmlReader
{
    private static readonly HashSet<string> RecordNames = ["sdnEntry", "publshInformation"];

    public static IEnumerable<ListEntry> Read(SourceFile file, ImportDiagnostics diagnostics, PublicationHeader header, CancellationToken cancellationToken = default)
    {
        var rootChecked = false;
        foreach (var record in XmlRecordStream.Read(file, RecordNames, root => CheckRoot(root.LocalName, file, ref rootChecked), cancellationToken))
        {
            if (record.Name == "publshInformation")
            {
                ReadHeader(record, file, diagnostics, header);
                continue;
            }

            diagnostics.CountRead();
            var entry = ReadEntry(record, file, diagnostics);
            if (entry is not null)
            {
                yield return entry;
            }
        }
    }

    private static void CheckRoot(string name, SourceFile file, ref bool checkedRoot)
    {
        checkedRoot = true;
        if (name != "sdnList")
        {
            throw new ImportException(new SourceLocation(file.Name, 2, "/" + name), null, "the root element is not <sdnList>; this is not an OFAC sdnList XML file");
        }
    }

    private static void ReadHeader(XmlRecord record, SourceFile file, ImportDiagnostics diagnostics, PublicationHeader header)
    {
        if (record.Value("Publish_Date") is { } date)
        {
            if (DateTime.TryParseExact(date, "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                header.Published = new DateTimeOffset(parsed, TimeSpan.Zero);
            }
            else
            {
                diagnostics.Warn(record.Child("Publish_Date")!.Location(file.Name), null, $"Publish_Date '{date}' is not MM/DD/YYYY; publication date unknown");
            }
        }

        if (int.TryParse(record.Value("Record_Count"), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            header.DeclaredCount = count;
        }
    }

    private static ListEntry? ReadEntry(XmlRecord record, SourceFile file, ImportDiagnostics diagnostics)
    {
        var location = record.Location(file.Name);
        var uid = record.Value("uid");
        if (uid is null || !int.TryParse(uid, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            diagnostics.Reject(location, null, $"sdnEntry has no whole-number <uid> (found '{uid}')");
            return null;
        }

        var lastName = record.Value("lastName");
        if (lastName is null)
        {
            diagnostics.Reject(location, uid, "sdnEntry has no <lastName>");
            return null;
        }

        var typeText = record.Value("sdnType");
        EntryKind kind;
        switch (typeText)
        {
            case "Individual":
                kind = EntryKind.Individual;
                break;
            case "Entity":
                kind = EntryKind.Entity;
                break;
            case "Vessel":
                kind = EntryKind.Vessel;
                break;
            case "Aircraft":
                kind = EntryKind.Aircraft;
                break;
            default:
                diagnostics.Reject(location, uid, $"<sdnType> '{typeText}' is not Individual, Entity, Vessel or Aircraft");
                return null;
        }

        var entry = new ListEntry(uid, kind, JoinName(lastName, record.Value("firstName"), kind), location);
        entry.Programs.AddRange(record.Values("programList", "program"));
        if (record.Value("title") is { } title)
        {
            entry.Titles.Add(title);
        }

        foreach (var aka in record.Child("akaList")?.All("aka") ?? [])
        {
            ReadAlias(aka, entry, file, diagnostics, uid);
        }

        foreach (var id in record.Child("idList")?.All("id") ?? [])
        {
            ReadId(id, entry, file, diagnostics, uid);
        }

        foreach (var address in record.Child("addressList")?.All("address") ?? [])
        {
            var street = string.Join(", ", new[] { address.Value("address1"), address.Value("address2"), address.Value("address3") }.OfType<string>());
            var value = new EntryAddress(
                street.Length == 0 ? null : street,
                address.Value("city"),
                address.Value("stateOrProvince"),
                address.Value("postalCode"),
                address.Value("country"),
                address.Value("region"));
            if (!value.IsEmpty)
            {
                entry.Addresses.Add(value);
            }
        }

        foreach (var nationality in record.Child("nationalityList")?.All("nationality") ?? [])
        {
            if (nationality.Value("country") is { } country)
            {
                entry.Nationalities.Add(country);
            }
        }

        foreach (var citizenship in record.Child("citizenshipList")?.All("citizenship") ?? [])
        {
            if (citizenship.Value("country") is { } country)
            {
                entry.Citizenships.Add(country);
            }
        }

        foreach (var item in record.Child("dateOfBirthList")?.All("dateOfBirthItem") ?? [])
        {
            if (item.Value("dateOfBirth") is not { } text)
            {
                continue;
            }

            if (OfacDates.TryParse(text, out var date))
            {
                entry.BirthDates.Add(date);
            }
            else
            {
                entry.Facts.Add(new EntryFact("DOB", text));
                diagnostics.Warn(item.Location(file.Name), uid, $"dateOfBirth '{text}' is not in a known OFAC date form; kept as text");
            }
        }

        foreach (var item in record.Child("placeOfBirthList")?.All("placeOfBirthItem") ?? [])
        {
            if (item.Value("placeOfBirth") is { } place)
            {
                entry.BirthPlaces.Add(place);
            }
        }

        if (record.Child("vesselInfo") is { } vessel)
        {
            entry.Vessel.CallSign = vessel.Value("callSign");
            entry.Vessel.VesselType = vessel.Value("vesselType");
            entry.Vessel.Flag = vessel.Value("vesselFlag");
            entry.Vessel.Owner = vessel.Value("vesselOwner");
            entry.Vessel.Tonnage = vessel.Value("tonnage");
            entry.Vessel.GrossRegisteredTonnage = vessel.Value("grossRegisteredTonnage");
        }

        if (record.Value("remarks") is { } remarks)
        {
            entry.Remarks = remarks;
            var remarksLocation = record.Child("remarks")!.Location(file.Name);
            OfacRemarks.Apply(remarks, entry, message => diagnostics.Warn(remarksLocation, uid, message));
        }

        return entry;
    }

    /// <summary>OFAC's CSV writes individuals as <c>LAST, First</c>; the XML splits them. Join the same way so both forms agree.</summary>
    internal static string JoinName(string lastName, string? firstName, EntryKind kind) =>
        firstName is null ? lastName : kind == EntryKind.Individual ? $"{lastName}, {firstName}" : $"{firstName} {lastName}";

    private static void ReadAlias(XmlRecord aka, ListEntry entry, SourceFile file, ImportDiagnostics diagnostics, string uid)
    {
        var last = aka.Value("lastName");
        var first = aka.Value("firstName");
        if (last is null && first is null)
        {
            diagnostics.Warn(aka.Location(file.Name), uid, "aka has no name; ignored");
            return;
        }

        var name = last is null ? first! : JoinName(last, first, entry.Kind);
        var weak = string.Equals(aka.Value("category"), "weak", StringComparison.OrdinalIgnoreCase);
        var type = aka.Value("type");
        var kind = weak ? EntryNameKind.WeakAlias : type == "f.k.a." ? EntryNameKind.FormerName : EntryNameKind.Alias;
        var note = type is "f.k.a." or "n.k.a." ? type : null;
        entry.Names.Add(new EntryName(name, kind, weak && note is null ? null : note));
    }

    private static void ReadId(XmlRecord id, ListEntry entry, SourceFile file, ImportDiagnostics diagnostics, string uid)
    {
        var type = id.Value("idType")?.TrimEnd(' ', '-', ':');
        var number = id.Value("idNumber");
        if (type is null || number is null)
        {
            if (type is not null || number is not null)
            {
                entry.Facts.Add(new EntryFact(type ?? "id", number ?? string.Empty));
            }

            return;
        }

        if (OfacFactTypes.IsFact(type))
        {
            entry.Facts.Add(new EntryFact(type, number));
            if (type == "Gender")
            {
                entry.Gender ??= number;
            }

            return;
        }

        switch (type)
        {
            case "Vessel Registration Identification":
                entry.Identifiers.Add(new EntryIdentifier("IMO", number.StartsWith("IMO ", StringComparison.Ordinal) ? number[4..].Trim() : number));
                return;
            default:
                break;
        }

        SourceDateRange? issued = null;
        SourceDateRange? expires = null;
        string? note = null;
        if (id.Value("issueDate") is { } issueText)
        {
            if (OfacDates.TryParse(issueText, out var d))
            {
                issued = d;
            }
            else
            {
                note = "issued " + issueText;
                diagnostics.Warn(id.Location(file.Name), uid, $"issueDate '{issueText}' is not a known date form; kept as a note");
            }
        }

        if (id.Value("expirationDate") is { } expiryText)
        {
            if (OfacDates.TryParse(expiryText, out var d))
            {
                expires = d;
            }
            else
            {
                note = (note is null ? string.Empty : note + "; ") + "expires " + expiryText;
                diagnostics.Warn(id.Location(file.Name), uid, $"expirationDate '{expiryText}' is not a known date form; kept as a note");
            }
        }

        entry.Identifiers.Add(new EntryIdentifier(type, number, id.Value("idCountry"), issued, expires, note));
    }
}

/// <summary>Keys OFAC files under ids (XML <c>idList</c>, CSL <c>ids</c>) that are facts, not identifiers.</summary>
internal static class OfacFactTypes
{
    private static readonly HashSet<string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        "Additional Sanctions Information",
        "Executive Order 13662 Directive Determination",
        "Executive Order 13846 information",
        "Website",
        "Email Address",
        "Telephone",
        "Fax",
        "Former Vessel Flag",
        "Other Vessel Flag",
        "Vessel Year of Build",
        "Organization Established Date",
        "Organization Type",
        "Gender",
        "Secondary sanctions risk",
        "Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions",
        "For more information, please see",
        "Aircraft Operator",
        "Aircraft Model",
        "Aircraft Manufacture Date",
    };

    /// <summary>Whether an id type (without a trailing <c>-</c> or <c>:</c>) is a fact rather than an identifier.</summary>
    public static bool IsFact(string type) => Types.Contains(type.TrimEnd(' ', '-', ':'));
}
