using Sanctions.Sources.Diagnostics;

namespace Sanctions.Sources.Raw;

/// <summary>What kind of party a list entry describes.</summary>
internal enum EntryKind
{
    Entity,
    Individual,
    Vessel,
    Aircraft,
}

/// <summary>How a list qualifies a name of an entry.</summary>
internal enum EntryNameKind
{
    Primary,
    Alias,
    WeakAlias,
    FormerName,
}

// A struct: held in the entry's list (reused with the entry), not one object per name read.
internal readonly record struct EntryName(string Value, EntryNameKind Kind, string? Note = null);

// Structs, as EntryName: held in the entry's lists (reused with the entry), not one object per identifier, contact or fact read.
internal readonly record struct EntryIdentifier(
    string Type,
    string Number,
    string? Country = null,
    SourceDateRange? Issued = null,
    SourceDateRange? Expires = null,
    string? Note = null);

internal sealed record EntryAddress(
    string? Street,
    string? City,
    string? StateOrProvince,
    string? PostalCode,
    string? Country,
    string? Note = null)
{
    public bool IsEmpty =>
        Street is null && City is null && StateOrProvince is null && PostalCode is null && Country is null && Note is null;
}

/// <summary>A date of birth a list gives only as words (<c>30-35 years old</c>, a Hijri date), perhaps said to be approximate.</summary>
internal sealed record EntryDateText(string Text, bool Approximate);

/// <summary>A place of birth with the parts the list names apart; <see cref="Text"/> is also in <see cref="ListEntry.BirthPlaces"/>.</summary>
internal sealed record EntryPlace(string Text, string? City, string? Region, string? Country);

/// <summary>A telephone or fax number, e-mail address or website, as the list writes it.</summary>
internal readonly record struct EntryContact(Sanctions.Core.Parties.ContactKind Kind, string Value);


internal sealed class VesselDetails
{
    /// <summary>No details: what <see cref="ListEntry.VesselOrEmpty"/> gives an entry without any; never written to.</summary>
    public static readonly VesselDetails None = new();

    public string? CallSign { get; set; }

    public string? VesselType { get; set; }

    public string? Flag { get; set; }

    public string? Owner { get; set; }

    public string? Tonnage { get; set; }

    public string? GrossRegisteredTonnage { get; set; }

    public bool IsEmpty =>
        CallSign is null && VesselType is null && Flag is null && Owner is null && Tonnage is null && GrossRegisteredTonnage is null;

    /// <summary>Empties the details, for the next entry of a reused <see cref="ListEntry"/>.</summary>
    internal void Clear() => (CallSign, VesselType, Flag, Owner, Tonnage, GrossRegisteredTonnage) = (null, null, null, null, null, null);
}

/// <summary>An entry a consumer is done with, which a reader empties and fills for its next record (<see cref="ListEntry.Reuse"/>).</summary>
internal sealed class EntrySpare
{
    /// <summary>The entry the consumer gave back, if any; taken (set to null) when the reader fills it again.</summary>
    public ListEntry? Entry { get; set; }

    /// <summary>The spare, emptied and filled, or a new entry when there is none.</summary>
    public ListEntry Take(string recordId, EntryKind kind, string name, EntryLocation location)
    {
        var entry = ListEntry.Reuse(Entry, recordId, kind, name, location);
        Entry = null;
        return entry;
    }
}

/// <summary>
/// One entry of a list of designated parties (OFAC, UN, US CSL) after reading and before mapping
/// to the model: the values as the list states them, parsed only where the format defines how.
/// </summary>
internal sealed class ListEntry
{
    // Lists most entries leave empty are made on first use (writers use the list property, mapping reads the ...OrEmpty view,
    // which makes nothing): seventeen lists made for every entry were a tenth of what reading a list allocates. The same for
    // birth dates and places, nationalities, identifiers, addresses and vessel details, which most entries of an OFAC list
    // (about two in three) leave empty too.
    private List<string>? titles;
    private List<string>? positions;
    private List<string>? citizenships;
    private List<string>? linkedTo;
    private List<EntryFact>? facts;
    private List<SourceDate>? lastUpdated;
    private List<EntryDateText>? birthDateTexts;
    private List<EntryPlace>? placesOfBirth;
    private List<EntryContact>? contacts;
    private List<SourceDateRange>? birthDates;
    private List<string>? birthPlaces;
    private List<string>? nationalities;
    private List<EntryIdentifier>? identifiers;
    private List<EntryAddress>? addresses;
    private VesselDetails? vessel;

    // The vessel details of an entry reused, emptied, for the next entry that has some (see Reuse).
    private VesselDetails? spareVessel;

    private EntryLocation location;
    private SourceLocation? madeLocation;
    private string? remarks;
    private ReadOnlyMemory<char> remarksText;
    private bool lentRemarks;
    private char[]? remarksBuffer;

    public ListEntry(string recordId, EntryKind kind, string name, EntryLocation location)
    {
        RecordId = recordId;
        Kind = kind;
        Names.Add(new EntryName(name, EntryNameKind.Primary));
        this.location = location;
    }

    /// <summary>The list's own id (OFAC ent_num/uid, UN DATAID, CSL _id).</summary>
    public string RecordId { get; private set; }

    public EntryKind Kind { get; set; }

    public string PrimaryName => Names[0].Value;

    /// <summary>
    /// An entry for the next record: <paramref name="spare"/>, emptied, when a reader streams entries to a mapper that is
    /// done with each before asking for the next (the importers), else a new one. Its lists keep their arrays: an entry
    /// and its lists per record were a tenth of what an OFAC import allocated, all of it garbage once the entry is mapped.
    /// </summary>
    /// <remarks>
    /// Nothing of an entry outlives its mapping but what linking copies of it (<see cref="Mapping.LinkSource"/>: its
    /// <c>Linked To</c> names as an array of their own); every value in it (strings, names, identifiers) is immutable and
    /// is let go, not changed.
    /// </remarks>
    public static ListEntry Reuse(ListEntry? spare, string recordId, EntryKind kind, string name, EntryLocation location)
    {
        if (spare is null)
        {
            return new ListEntry(recordId, kind, name, location);
        }

        spare.RecordId = recordId;
        spare.Kind = kind;
        spare.location = location;
        spare.madeLocation = null;
        spare.Names.Clear();
        spare.Names.Add(new EntryName(name, EntryNameKind.Primary));
        ClearUsed(spare.Programs);
        spare.ListName = null;
        spare.Gender = null;
        spare.Remarks = null;
        spare.ReferenceNumber = null;
        spare.ListedOn = null;
        spare.EndsOn = null;
        ClearUsed(spare.linkedTo);
        if (spare.vessel is { } vessel)
        {
            vessel.Clear();
            spare.spareVessel = vessel;
            spare.vessel = null;
        }

        ClearUsed(spare.titles);
        ClearUsed(spare.positions);
        ClearUsed(spare.citizenships);
        ClearUsed(spare.facts);
        ClearUsed(spare.lastUpdated);
        ClearUsed(spare.birthDateTexts);
        ClearUsed(spare.placesOfBirth);
        ClearUsed(spare.contacts);
        ClearUsed(spare.birthDates);
        ClearUsed(spare.birthPlaces);
        ClearUsed(spare.nationalities);
        ClearUsed(spare.identifiers);
        ClearUsed(spare.addresses);
        return spare;
    }

    /// <summary>
    /// Empties a list the entry made for an earlier record, writing to it only when it holds something: most entries leave most
    /// of their lists empty, and <see cref="List{T}.Clear"/> writes to the list even then. Its lines were last read by the mapper
    /// on the other thread (<see cref="EntryPool"/>): reading them keeps them shared, writing takes them back, one wait each.
    /// </summary>
    private static void ClearUsed<T>(List<T>? list)
    {
        if (list is { Count: > 0 })
        {
            list.Clear();
        }
    }

    /// <summary>Where the entry was read (its element path made on first use, see <see cref="EntryLocation"/>).</summary>
    public SourceLocation Location => madeLocation ??= location.ToLocation();

    /// <summary>Where the entry was read, its path not made yet: what linking keeps of it.</summary>
    public EntryLocation LazyLocation => location;

    /// <summary>The list the entry is on, where the file tells (CSL <c>source</c>, UN list type).</summary>
    public string? ListName { get; set; }

    public List<EntryName> Names { get; } = [];

    public List<string> Programs { get; } = [];

    public List<string> Titles => titles ??= [];

    /// <summary>Titles to enumerate without making the list (an empty one shared by all entries when there are none; never added to).</summary>
    public List<string> TitlesOrEmpty => titles ?? Empty<string>.List;

    public List<string> Positions => positions ??= [];

    /// <summary>Positions to enumerate without making the list (an empty one shared by all entries when there are none; never added to).</summary>
    public List<string> PositionsOrEmpty => positions ?? Empty<string>.List;

    public string? Gender { get; set; }

    public List<SourceDateRange> BirthDates => birthDates ??= [];

    /// <summary>BirthDates to enumerate without making the list (an empty one shared by all entries when there are none; never added to).</summary>
    public List<SourceDateRange> BirthDatesOrEmpty => birthDates ?? Empty<SourceDateRange>.List;

    public List<string> BirthPlaces => birthPlaces ??= [];

    /// <summary>BirthPlaces to enumerate without making the list (an empty one shared by all entries when there are none; never added to).</summary>
    public List<string> BirthPlacesOrEmpty => birthPlaces ?? Empty<string>.List;

    public List<string> Nationalities => nationalities ??= [];

    /// <summary>Nationalities to enumerate without making the list (an empty one shared by all entries when there are none; never added to).</summary>
    public List<string> NationalitiesOrEmpty => nationalities ?? Empty<string>.List;

    public List<string> Citizenships => citizenships ??= [];

    /// <summary>Citizenships to enumerate without making the list (an empty one shared by all entries when there are none; never added to).</summary>
    public List<string> CitizenshipsOrEmpty => citizenships ?? Empty<string>.List;

    public List<EntryIdentifier> Identifiers => identifiers ??= [];

    /// <summary>Identifiers to enumerate without making the list (an empty one shared by all entries when there are none; never added to).</summary>
    public List<EntryIdentifier> IdentifiersOrEmpty => identifiers ?? Empty<EntryIdentifier>.List;

    public List<EntryAddress> Addresses => addresses ??= [];

    /// <summary>Addresses to enumerate without making the list (an empty one shared by all entries when there are none; never added to).</summary>
    public List<EntryAddress> AddressesOrEmpty => addresses ?? Empty<EntryAddress>.List;

    public VesselDetails Vessel => vessel ??= spareVessel ?? new();

    /// <summary>The vessel details to read without making them (an empty instance shared by all entries when there are none; never written to).</summary>
    public VesselDetails VesselOrEmpty => vessel ?? VesselDetails.None;

    /// <summary>Names of related parties as <c>Linked To:</c> states them.</summary>
    public List<string> LinkedTo => linkedTo ??= [];

    /// <summary>LinkedTo to enumerate without making the list (an empty one shared by all entries when there are none; never added to).</summary>
    public List<string> LinkedToOrEmpty => linkedTo ?? Empty<string>.List;

    /// <summary>Facts with no structured place, in list order.</summary>
    public List<EntryFact> Facts => facts ??= [];

    /// <summary>Facts to enumerate without making the list (an empty one shared by all entries when there are none; never added to).</summary>
    public List<EntryFact> FactsOrEmpty => facts ?? Empty<EntryFact>.List;

    /// <summary>The complete remarks or comments text, unparsed.</summary>
    /// <remarks>Made a string on first use when the reader lent the text (<see cref="LendRemarks"/>).</remarks>
    public string? Remarks
    {
        get
        {
            if (remarks is null && lentRemarks)
            {
                remarks = remarksText.ToString();
                remarksText = remarks.AsMemory();
                lentRemarks = false;
            }

            return remarks;
        }

        set
        {
            remarks = value;
            remarksText = value.AsMemory();
            lentRemarks = false;
        }
    }

    /// <summary>The characters of <see cref="Remarks"/> (empty when none), without making a string of text the reader lent.</summary>
    public ReadOnlyMemory<char> RemarksText => remarksText;

    /// <summary>Whether the entry has remarks (<see cref="Remarks"/> is not null), without making a string of them.</summary>
    public bool HasRemarks => remarks is not null || lentRemarks;

    /// <summary>
    /// Gives the entry remarks that are characters the reader holds, valid only until it reads the next record: for a
    /// consumer done with each entry before asking for the next (one that gives a <see cref="EntrySpare"/>). Mapping
    /// then makes one string of them, or none when they go into a longer remarks text; a string per entry for the text
    /// read was garbage for most entries of an OFAC XML list.
    /// </summary>
    public void LendRemarks(ReadOnlyMemory<char> text)
    {
        remarks = null;
        remarksText = text;
        lentRemarks = true;
    }

    /// <summary>
    /// Gives the entry remarks copied into a buffer of its own (kept when the entry is filled again, see <see cref="Reuse"/>),
    /// valid until the entry is reused: for a consumer mapping entries on another thread a few records behind the reader
    /// (<see cref="EntryPool"/>), where text the reader holds would be overwritten first.
    /// </summary>
    /// <returns>The remarks' characters, in the entry's buffer.</returns>
    public ReadOnlyMemory<char> KeepRemarks(ReadOnlySpan<char> text)
    {
        if (remarksBuffer is null || remarksBuffer.Length < text.Length)
        {
            remarksBuffer = new char[Math.Max(text.Length, 512)];
        }

        text.CopyTo(remarksBuffer);
        var kept = remarksBuffer.AsMemory(0, text.Length);
        LendRemarks(kept);
        return kept;
    }

    public string? ReferenceNumber { get; set; }

    /// <summary>When the designation started (UN <c>LISTED_ON</c>, CSL <c>start_date</c>).</summary>
    public SourceDate? ListedOn { get; set; }

    /// <summary>When the designation ends (CSL <c>end_date</c>, UN <c>DELISTED_ON</c>).</summary>
    public SourceDate? EndsOn { get; set; }

    public List<SourceDate> LastUpdated => lastUpdated ??= [];

    /// <summary>LastUpdated to enumerate without making the list (an empty one shared by all entries when there are none; never added to).</summary>
    public List<SourceDate> LastUpdatedOrEmpty => lastUpdated ?? Empty<SourceDate>.List;

    /// <summary>Dates of birth the list gives only as words.</summary>
    public List<EntryDateText> BirthDateTexts => birthDateTexts ??= [];

    /// <summary>BirthDateTexts to enumerate without making the list (an empty one shared by all entries when there are none; never added to).</summary>
    public List<EntryDateText> BirthDateTextsOrEmpty => birthDateTexts ?? Empty<EntryDateText>.List;

    /// <summary>Places of birth with their parts, where the list names them apart (UN); in the order of <see cref="BirthPlaces"/>.</summary>
    public List<EntryPlace> PlacesOfBirth => placesOfBirth ??= [];

    /// <summary>PlacesOfBirth to enumerate without making the list (an empty one shared by all entries when there are none; never added to).</summary>
    public List<EntryPlace> PlacesOfBirthOrEmpty => placesOfBirth ?? Empty<EntryPlace>.List;

    /// <summary>Telephone and fax numbers, e-mail addresses and websites.</summary>
    public List<EntryContact> Contacts => contacts ??= [];

    /// <summary>Contacts to enumerate without making the list (an empty one shared by all entries when there are none; never added to).</summary>
    public List<EntryContact> ContactsOrEmpty => contacts ?? Empty<EntryContact>.List;

    /// <summary>The empty list <c>...OrEmpty</c> gives: enumerated, never added to.</summary>
    private static class Empty<T>
    {
        public static readonly List<T> List = [];
    }
}
