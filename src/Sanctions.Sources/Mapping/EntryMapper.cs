using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using NodaTime;
using Sanctions.Core;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Ofac;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Mapping;

/// <summary>
/// Maps <see cref="ListEntry"/> values (OFAC, UN, US CSL) to parties, designation drafts,
/// relations and positions, with provenance (source, record id, publication) on each.
/// </summary>
internal sealed partial class EntryMapper
{
    private readonly ImportDiagnostics diagnostics;
    private readonly string? publication;
    private readonly Instant? published;

    /// <summary>Warns about the entry being mapped (<see cref="current"/>): one delegate for all entries, not one per program tag.</summary>
    private readonly Action<string> warnCurrent;

    /// <summary>One program as a designation's program list, with its basis, shared by every designation with only that program.</summary>
    private readonly Dictionary<ProgramId, (ImmutableArray<ProgramId> Programs, ImmutableArray<InstrumentId> Basis)> singlePrograms = [];

    /// <summary>Program lists of several programs, with their basis, shared by every designation with the same programs in the same order.</summary>
    private readonly Dictionary<ImmutableArray<ProgramId>, (ImmutableArray<ProgramId> Programs, ImmutableArray<InstrumentId> Basis)> programLists =
        new(ProgramListComparer.Instance);

    /// <summary>One country as a party's country list, shared by every party with only that country.</summary>
    private readonly Dictionary<string, ImmutableArray<string>> singleCountries = new(StringComparer.Ordinal);

    /// <summary>
    /// Values a list repeats from entry to entry (cities, regions, places of birth, gender, vessel types, aircraft models,
    /// titles): one string each, kept by the world, instead of one per entry. Names, streets, remarks and numbers are not
    /// looked up: they rarely repeat.
    /// </summary>
    private readonly SharedStrings strings = new();

    /// <summary>Addresses by value, each as a list of one (see <see cref="SharedAddress(Address)"/>).</summary>
    private readonly Dictionary<Address, ImmutableArray<Address>> sharedAddresses = [];

    /// <summary>The address lists of addresses read lately, by the object read (see <see cref="SharedAddress(EntryAddress)"/>): a fixed table, keeping no more.</summary>
    private readonly (EntryAddress? Read, ImmutableArray<Address> Mapped)[] mappedAddresses = new (EntryAddress?, ImmutableArray<Address>)[1024];

    /// <summary>
    /// The address lists of addresses read, by their values: a reader that makes a new object for each address (the XML
    /// lists) finds the list of an address read before without making its <see cref="Address"/> again only to find it
    /// in <see cref="sharedAddresses"/>.
    /// </summary>
    private readonly Dictionary<EntryAddress, ImmutableArray<Address>> addressesRead = [];

    /// <summary>The programs of the entry being mapped, resolved: one array for all entries.</summary>
    private ProgramId[] resolving = new ProgramId[8];

    private ListEntry? current;

    public EntryMapper(Catalog catalog, ImportDiagnostics diagnostics, string? publication, Instant? published)
    {
        Catalog = catalog;
        this.diagnostics = diagnostics;
        this.publication = publication;
        this.published = published;
        warnCurrent = message => diagnostics.Warn(current!.Location, current.RecordId, message);
    }

    public Catalog Catalog { get; }

    public Provenance ProvenanceOf(string source, string record) => new(source, record, publication, published);

    /// <summary>Maps one entry into <paramref name="snapshot"/>; returns false when it could not be mapped (lenient skip).</summary>
    public bool Map(ListEntry entry, ListTarget target, string partyId, Snapshot snapshot, IReadOnlyList<string>? extraProgramTags = null)
    {
        var source = ProvenanceOf(target.Source, entry.RecordId);
        Party party;
        try
        {
            party = ToParty(entry, new PartyId(partyId), source);
        }
        catch (ArgumentException e)
        {
            diagnostics.Reject(entry.Location, entry.RecordId, "cannot be mapped: " + e.Message);
            return false;
        }

        // Most entries name one program and nothing to add: their tag list is the entry's own, with no repeat to drop.
        ReadOnlySpan<string> tagSpan;
        if (extraProgramTags is null && entry.Programs.Count <= 1)
        {
            tagSpan = CollectionsMarshal.AsSpan(entry.Programs);
        }
        else
        {
            var tags = new DistinctArray<string>(entry.Programs.Count + (extraProgramTags?.Count ?? 0));
            tags.AddRange(entry.Programs);
            if (extraProgramTags is not null)
            {
                tags.AddRange(extraProgramTags);
            }

            tagSpan = tags.ToImmutable().AsSpan();
        }

        var (programs, basis) = Programs(tagSpan, entry, target);

        var from = entry.ListedOn is { } l ? ToPartialDate(l) : (PartialDate?)null;
        var to = entry.EndsOn is { } e2 ? ToPartialDate(e2) : (PartialDate?)null;
        if (!ValidPeriod.IsValid(from, to))
        {
            diagnostics.RejectValue(entry.Location, entry.RecordId, $"designation ends ({to}) before it starts ({from}); the end is left out");
            to = null;
        }

        // One hash of the id, whether the record is new or not (a look-up, then an add, was two).
        var record = snapshot.Records.GetOrAdd(partyId, party, out var known);
        if (known)
        {
            // One party on several lists of one file (CSL) or in several files of one publication: merge names.
            record.Party = MergeNames(record.Party, party);
            linkNamesStale = true;
        }
        else
        {
            NoteLinkNames(record);
        }

        var key = target.List.Value + "/" + entry.RecordId;
        foreach (var existing in record.Designations)
        {
            if (existing.Key == key)
            {
                diagnostics.Reject(entry.Location, entry.RecordId, $"appears twice on list {target.List}; the later row is skipped");
                return false;
            }
        }

        record.Designations.Add(new DesignationDraft(
            key, party.Id, target.List, programs, target.Measures, basis, from, to, entry.ReferenceNumber, null, source));

        Provenance? stable = null;
        foreach (var title in entry.PositionsOrEmpty)
        {
            record.Positions.Add(new Position(party.Id, title, ValidPeriod.Always, null, default, stable ??= new Provenance(target.Source, entry.RecordId)));
        }

        if (entry.Kind == EntryKind.Individual && entry.ReferenceNumber is null)
        {
            foreach (var title in entry.TitlesOrEmpty)
            {
                record.Positions.Add(new Position(party.Id, title, ValidPeriod.Always, null, default, stable ??= new Provenance(target.Source, entry.RecordId)));
            }
        }

        return true;
    }

    /// <summary>The programs of the tags, in order, and their legal basis without repeats.</summary>
    /// <remarks>
    /// A designation with one program whose basis is one instrument (most OFAC entries) shares the program list and
    /// the catalog's basis with every other such designation: the same values as arrays of its own, without an array
    /// pair per entry kept in the world.
    /// </remarks>
    private (ImmutableArray<ProgramId> Programs, ImmutableArray<InstrumentId> Basis) Programs(ReadOnlySpan<string> tags, ListEntry entry, ListTarget target)
    {
        current = entry;
        try
        {
            if (tags.Length == 1)
            {
                // The program is resolved for every entry (resolving warns about an unknown tag); its basis once.
                var program = target.Program(tags[0], warnCurrent);
                if (!singlePrograms.TryGetValue(program, out var single))
                {
                    var programBasis = Catalog.BasisOf(program);
                    if (programBasis.Length > 1)
                    {
                        var distinct = new DistinctArray<InstrumentId>();
                        distinct.AddRange(programBasis);
                        programBasis = distinct.ToImmutable();
                    }

                    single = ([program], programBasis);
                    singlePrograms.Add(program, single);
                }

                return single;
            }

            var resolved = resolving.Length >= tags.Length ? resolving.AsSpan(0, tags.Length) : (resolving = new ProgramId[tags.Length]).AsSpan();
            for (var i = 0; i < tags.Length; i++)
            {
                resolved[i] = target.Program(tags[i], warnCurrent);
            }

            // Looked up by the programs' values, without an array: most combinations recur (SDGT with IRGC, IRAN with IFSR).
            var lookup = programLists.GetAlternateLookup<ReadOnlySpan<ProgramId>>();
            if (!lookup.TryGetValue(resolved, out var shared))
            {
                ImmutableArray<ProgramId> programs = [.. resolved];
                var basis = new DistinctArray<InstrumentId>();
                foreach (var program in programs)
                {
                    basis.AddRange(Catalog.BasisOf(program));
                }

                shared = (programs, basis.ToImmutable());
                programLists.Add(programs, shared);
            }

            return shared;
        }
        finally
        {
            current = null;
        }
    }

    private static Party MergeNames(Party existing, Party added)
    {
        var names = existing.Names.Concat(added.Names.Where(n => n.Kind != NameKind.Primary || n.Value != existing.Name)
            .Select(n => n.Kind == NameKind.Primary ? new PartyName(n.Value, NameKind.Alias) : n))
            .Distinct().ToList();
        var identifiers = existing.Identifiers.Concat(added.Identifiers).Distinct().ToList();
        return existing with { Names = [.. names], Identifiers = [.. identifiers] };
    }

    public static PartialDate ToPartialDate(SourceDate date) => date switch
    {
        { Month: null } => new PartialDate(date.Year),
        { Day: null } => new PartialDate(date.Year, date.Month.Value),
        _ => new PartialDate(date.Year, date.Month!.Value, date.Day!.Value),
    };

    /// <summary>
    /// The model keeps birth dates as alternative partial dates. A range becomes each year it
    /// spans (at most 10; beyond that, its two ends); "circa" is kept in the remarks.
    /// </summary>
    internal static IEnumerable<PartialDate> BirthDates(SourceDateRange range)
    {
        if (range.To is not { } to)
        {
            yield return ToPartialDate(range.From);
            yield break;
        }

        if (to.Year - range.From.Year is >= 0 and <= 10)
        {
            for (var year = range.From.Year; year <= to.Year; year++)
            {
                yield return new PartialDate(year);
            }
        }
        else
        {
            yield return ToPartialDate(range.From);
            yield return ToPartialDate(to);
        }
    }

    private Party ToParty(ListEntry entry, PartyId id, Provenance source)
    {
        // Shared in the entry itself: the birth places are read twice (as text and as facts), and both keep the one string.
        if (entry.BirthPlacesOrEmpty.Count > 0)
        {
            Share(entry.BirthPlaces);
        }
        if (entry.PositionsOrEmpty.Count > 0)
        {
            Share(entry.Positions);
        }

        if (entry.TitlesOrEmpty.Count > 0)
        {
            Share(entry.Titles);
        }

        var names = new DistinctArray<PartyName>(entry.Names.Count);
        foreach (var name in entry.Names)
        {
            var partyName = new PartyName(name.Value, name.Kind switch
            {
                EntryNameKind.Primary => NameKind.Primary,
                EntryNameKind.WeakAlias => NameKind.WeakAlias,
                EntryNameKind.FormerName => NameKind.FormerName,
                _ => NameKind.Alias,
            });
            names.Add(name.Note is null ? partyName : partyName with { Note = name.Note });
        }

        var identifiers = new DistinctArray<Identifier>(entry.IdentifiersOrEmpty.Count);
        foreach (var identifier in entry.IdentifiersOrEmpty)
        {
            identifiers.Add(ToIdentifier(identifier));
        }

        var remarks = EntryRemarks.Of(entry);
        switch (entry.Kind)
        {
            case EntryKind.Individual:
                var birthDates = new DistinctArray<PartialDate>(entry.BirthDatesOrEmpty.Count);
                foreach (var range in entry.BirthDatesOrEmpty)
                {
                    // A single date (most) without the iterator.
                    if (range.To is null)
                    {
                        birthDates.Add(ToPartialDate(range.From));
                    }
                    else
                    {
                        birthDates.AddRange(BirthDates(range));
                    }
                }

                var birthPlaces = new DistinctArray<string>(entry.BirthPlacesOrEmpty.Count);
                birthPlaces.AddRange(entry.BirthPlacesOrEmpty);
                // The arrays are given as properties, not as the constructor's sequences, which boxed each (six boxes a person).
                return new Person(id, names.ToImmutable(), gender: Share(entry.Gender), source: source, remarks: remarks)
                {
                    BirthDates = birthDates.ToImmutable(),
                    BirthPlaces = birthPlaces.ToImmutable(),
                    Nationalities = CountryList(entry.NationalitiesOrEmpty),
                    Identifiers = identifiers.ToImmutable(),
                    Addresses = Addresses(entry),
                    BirthDateFacts = PartyFacts.BirthDates(entry),
                    BirthPlaceFacts = PartyFacts.BirthPlaces(entry),
                    Citizenships = CountryList(entry.CitizenshipsOrEmpty),
                    Contacts = PartyFacts.Contacts(entry),
                };
            case EntryKind.Vessel:
                return new Vessel(
                    id, names.ToImmutable(), FirstNumber(entry.IdentifiersOrEmpty, "IMO", exact: true), CountryNames.CodeOrText(entry.VesselOrEmpty.Flag), Share(entry.VesselOrEmpty.VesselType),
                    entry.VesselOrEmpty.CallSign, entry.VesselOrEmpty.Tonnage ?? entry.VesselOrEmpty.GrossRegisteredTonnage, identifiers.ToImmutable(), source, remarks)
                {
                    Contacts = PartyFacts.Contacts(entry),
                };
            case EntryKind.Aircraft:
                return new Aircraft(
                    id, names.ToImmutable(), null, Share(FirstFact(entry.FactsOrEmpty, "Aircraft Model")),
                    FirstNumber(entry.IdentifiersOrEmpty, "(MSN)", exact: false), identifiers.ToImmutable(), source, remarks)
                {
                    Contacts = PartyFacts.Contacts(entry),
                };
            default:
                return new Organization(id, names.ToImmutable(), source: source, remarks: remarks)
                {
                    Identifiers = identifiers.ToImmutable(),
                    Addresses = Addresses(entry),
                    Countries = Countries(entry),
                    Contacts = PartyFacts.Contacts(entry),
                    Incorporated = PartyFacts.Established(entry),
                };
        }
    }
}
