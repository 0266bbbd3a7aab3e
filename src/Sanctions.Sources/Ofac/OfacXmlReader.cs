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

    /// <param name="file">The file.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="header">Receives what the publication header says.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <param name="spare">
    /// An entry the caller is done with, filled again for the next record instead of a new one (see <see cref="ListEntry.Reuse"/>); none when omitted.
    /// Given, it also says that the caller is done with each entry before asking for the next: the entries' remarks are then lent
    /// (<see cref="ListEntry.LendRemarks"/>).
    /// </param>
    /// <param name="pool">
    /// Entries to fill again for new records, given back by a caller on another thread once done with them (<see cref="EntryPool"/>),
    /// when no <paramref name="spare"/> is given: the remarks are then not lent, the caller being a few entries behind.
    /// </param>
    public static IEnumerable<ListEntry> Read(
        SourceFile file, ImportDiagnostics diagnostics, PublicationHeader header, CancellationToken cancellationToken = default, EntrySpare? spare = null,
        EntryPool? pool = null)
    {
        var rootChecked = false;
        var warnings = new RemarksWarnings(diagnostics, file.Name);
        var addresses = new RecentAddresses();
        foreach (var record in XmlRecordStream.Read(file, RecordNames, root => CheckRoot(root.LocalName, file, ref rootChecked), cancellationToken))
        {
            if (record.Name == "publshInformation")
            {
                ReadHeader(record, file, diagnostics, header);
                continue;
            }

            diagnostics.CountRead();
            var entry = ReadEntry(record, file, diagnostics, warnings, spare, pool, addresses);
            if (entry is not null)
            {
                yield return entry;
            }
        }
    }

    /// <summary>Warns about the remarks being read: one delegate for the whole file, not a closure and a delegate per entry.</summary>
    private sealed class RemarksWarnings
    {
        private readonly Action<string> warn;
        private XmlRecord? element;
        private string? uid;

        public RemarksWarnings(ImportDiagnostics diagnostics, string file)
        {
            // The location is worked out only for a warning: Apply calls back before the next record is read.
            warn = message => diagnostics.Warn(element!.Location(file), uid, message);
        }

        public Action<string> For(XmlRecord remarks, string recordId)
        {
            (element, uid) = (remarks, recordId);
            return warn;
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
        else if (record.Child("Record_Count") is { TrimmedText: { } text } element)
        {
            diagnostics.Warn(element.Location(file.Name), null, $"Record_Count '{text}' is not a whole number; the count of entries is not checked");
        }
    }

    private static ListEntry? ReadEntry(
        XmlRecord record, SourceFile file, ImportDiagnostics diagnostics, RemarksWarnings warnings, EntrySpare? spare, EntryPool? pool, RecentAddresses addresses)
    {
        // The entry's path is made only for an issue (most entries have none).
        var location = record.LazyLocation(file.Name);
        var uid = record.Value("uid");
        if (uid is null || !int.TryParse(uid, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            diagnostics.Reject(location.ToLocation(), null, $"sdnEntry has no whole-number <uid> (found '{uid}')");
            return null;
        }

        var lastName = record.Value("lastName");
        if (lastName is null)
        {
            diagnostics.Reject(location.ToLocation(), uid, "sdnEntry has no <lastName>");
            return null;
        }

        var typeText = record.Value("sdnType");
        if (!EntryKinds.TryParse(typeText, StringComparison.Ordinal, out var kind))
        {
            diagnostics.Reject(location.ToLocation(), uid, $"<sdnType> '{typeText}' is not Individual, Entity, Vessel or Aircraft");
            return null;
        }

        var name = JoinName(lastName, record.Value("firstName"), kind);
        var entry = spare is null ? ListEntry.Reuse(pool?.Take(), uid, kind, name, location) : spare.Take(uid, kind, name, location);

        // Loops over Child/Next rather than All/Values: no enumerator per list, on the hot path of every entry.
        for (var programs = record.Child("programList"); programs is not null; programs = programs.Next("programList"))
        {
            for (var program = programs.Child("program"); program is not null; program = program.Next("program"))
            {
                if (program.TrimmedText is { } tag)
                {
                    entry.Programs.Add(tag);
                }
            }
        }

        if (record.Value("title") is { } title)
        {
            entry.Titles.Add(title);
        }

        for (var aka = record.Child("akaList")?.Child("aka"); aka is not null; aka = aka.Next("aka"))
        {
            ReadAlias(aka, entry, file, diagnostics, uid);
        }

        for (var id = record.Child("idList")?.Child("id"); id is not null; id = id.Next("id"))
        {
            ReadId(id, entry, file, diagnostics, uid);
        }

        for (var address = record.Child("addressList")?.Child("address"); address is not null; address = address.Next("address"))
        {
            var street = Street(address.Value("address1"), address.Value("address2"), address.Value("address3"));
            // An address the list repeats (6,374 of the 13,837 address rows of the 2021 SDN repeat another's values) is the one
            // made before, while it is cached: the mapper finds its mapped list by the object, and no address is made per entry.
            var value = addresses.Get(
                street,
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

        // OFAC marks the main nationality, citizenship and date of birth (<mainEntry>true</mainEntry>); the main ones are kept first, in
        // the list's order, so the order says which is main (issue 16).
        var mains = 0;
        for (var nationality = record.Child("nationalityList")?.Child("nationality"); nationality is not null; nationality = nationality.Next("nationality"))
        {
            if (nationality.Value("country") is { } country)
            {
                entry.Nationalities.Insert(IsMain(nationality, file, diagnostics, uid) ? mains++ : entry.Nationalities.Count, country);
            }
        }

        mains = 0;
        for (var citizenship = record.Child("citizenshipList")?.Child("citizenship"); citizenship is not null; citizenship = citizenship.Next("citizenship"))
        {
            if (citizenship.Value("country") is { } country)
            {
                entry.Citizenships.Insert(IsMain(citizenship, file, diagnostics, uid) ? mains++ : entry.Citizenships.Count, country);
            }
        }

        mains = 0;
        var mainTexts = 0;
        for (var item = record.Child("dateOfBirthList")?.Child("dateOfBirthItem"); item is not null; item = item.Next("dateOfBirthItem"))
        {
            if (item.Value("dateOfBirth") is not { } text)
            {
                IsMain(item, file, diagnostics, uid);
                continue;
            }

            var main = IsMain(item, file, diagnostics, uid);
            if (OfacDates.TryParse(text, out var date))
            {
                entry.BirthDates.Insert(main ? mains++ : entry.BirthDates.Count, date);
            }
            else
            {
                entry.BirthDateTexts.Insert(main ? mainTexts++ : entry.BirthDateTexts.Count, new EntryDateText(text, text.StartsWith("circa", StringComparison.OrdinalIgnoreCase)));
                diagnostics.Warn(item.Location(file.Name), uid, $"dateOfBirth '{text}' is not in a known OFAC date form; kept as the list's text");
            }
        }

        for (var item = record.Child("placeOfBirthList")?.Child("placeOfBirthItem"); item is not null; item = item.Next("placeOfBirthItem"))
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

        if (record.Child("remarks") is { } remarksElement)
        {
            // Lent to an entry the consumer is done with before the next record (it gave a spare): no string of the text read.
            if (spare is not null && remarksElement.LentText is { IsEmpty: false } lent)
            {
                entry.LendRemarks(lent);
                OfacRemarks.Apply(lent, entry, warnings.For(remarksElement, uid));
            }
            else if (pool is not null && remarksElement.LentText is { IsEmpty: false } copied)
            {
                // A consumer on another thread maps the entry while this one reads on: the entry keeps a copy in a buffer of its
                // own, filled again when the entry comes back from the pool, rather than a string per entry.
                var kept = entry.KeepRemarks(copied.Span);
                OfacRemarks.Apply(kept, entry, warnings.For(remarksElement, uid));
            }
            else if (spare is null && remarksElement.TrimmedText is { } remarks)
            {
                entry.Remarks = remarks;
                OfacRemarks.Apply(remarks, entry, warnings.For(remarksElement, uid));
            }
        }

        return entry;
    }

    /// <summary>Whether an item is the main one of its list: <c>&lt;mainEntry&gt;</c> <c>true</c> (or <c>1</c>); <c>false</c>, <c>0</c> or none is not. Any other
    /// value is said in a warning that quotes it, and the item is kept as not the main one.</summary>
    private static bool IsMain(XmlRecord item, SourceFile file, ImportDiagnostics diagnostics, string uid)
    {
        if (item.Child("mainEntry") is not { } element || element.TrimmedText is not { } text)
        {
            return false;
        }

        if (text is "true" or "1")
        {
            return true;
        }

        if (text is not ("false" or "0"))
        {
            diagnostics.Warn(element.Location(file.Name), uid, $"<mainEntry> '{text}' is not true or false; the item is kept, not as the main one");
        }

        return false;
    }

    /// <summary>The address lines that are present, joined with <c>", "</c>; null when none is.</summary>
    private static string? Street(string? line1, string? line2, string? line3)
    {
        if (line2 is null && line3 is null)
        {
            return line1;
        }

        if (line1 is null)
        {
            return line3 is null ? line2 : line2 is null ? line3 : line2 + ", " + line3;
        }

        return line3 is null ? line1 + ", " + line2 : line2 is null ? line1 + ", " + line3 : line1 + ", " + line2 + ", " + line3;
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
        var category = aka.Value("category");
        var weak = string.Equals(category, "weak", StringComparison.OrdinalIgnoreCase);
        if (category is not null && !weak && !string.Equals(category, "strong", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Warn(aka.Location(file.Name), uid, $"aka '{name}' has category '{category}', not strong or weak; taken as strong");
        }

        var type = aka.Value("type");
        var kind = weak ? EntryNameKind.WeakAlias : type == "f.k.a." ? EntryNameKind.FormerName : EntryNameKind.Alias;

        // A type outside the schema's words (a.k.a., f.k.a., n.k.a.) is kept as the name's note, and said.
        var note = type is "f.k.a." or "n.k.a." or null or "a.k.a." ? (type is "a.k.a." ? null : type) : type;
        if (type is not (null or "a.k.a." or "f.k.a." or "n.k.a."))
        {
            diagnostics.Warn(aka.Location(file.Name), uid, $"aka '{name}' has type '{type}', not a.k.a., f.k.a. or n.k.a.; taken as an alias, the type kept in its note");
        }
        entry.Names.Add(new EntryName(name, kind, weak && note is null ? null : note));
    }

    private static void ReadId(XmlRecord id, ListEntry entry, SourceFile file, ImportDiagnostics diagnostics, string uid)
    {
        var type = id.Child("idType")?.TrimmedTextWithoutEnd(OfacFactTypes.TypeEnd);
        var number = id.Child("idNumber")?.RepeatedText;
        if (type is null || number is null)
        {
            if (type is not null || number is not null)
            {
                entry.Facts.Add(new EntryFact(type ?? "id", number ?? string.Empty));
            }

            return;
        }

        if (Contacts.TryKind(type, out var contact))
        {
            entry.Contacts.Add(new EntryContact(contact, number));
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

    /// <summary>The characters an id type can end in that are not part of it (<c>Website -</c>, <c>Gender:</c>).</summary>
    public const string TypeEnd = " -:";

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanTypes = Types.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether an id type (without a trailing <c>-</c> or <c>:</c>) is a fact rather than an identifier.</summary>
    public static bool IsFact(string type) => SpanTypes.Contains(type.AsSpan().TrimEnd(TypeEnd));
}
