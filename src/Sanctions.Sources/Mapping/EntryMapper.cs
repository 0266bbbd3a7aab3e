using System.Collections.Immutable;
using System.Globalization;
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

/// <summary>Where a list entry goes: its list, authority, measures and program mapping.</summary>
internal sealed record ListTarget(
    string Source,
    ListId List,
    AuthorityId Authority,
    ImmutableArray<MeasureKind> Measures,
    Func<string, Action<string>, ProgramId> Program);

/// <summary>
/// What <see cref="EntryMapper.LinkByName"/> needs of an entry that names links (<c>Linked To:</c>): its id,
/// location and linked names, not the whole entry.
/// </summary>
/// <remarks>
/// About half the entries of an OFAC list name a link; keeping each whole entry (names, ids, remarks, facts) until
/// the end of the file made every collection during the import copy them into the older generations.
/// </remarks>
internal readonly record struct LinkSource(string RecordId, SourceLocation Location, IReadOnlyList<string> LinkedTo, string PartyId, string Source)
{
    public static LinkSource Of(ListEntry entry, string partyId, string source) => new(entry.RecordId, entry.Location, entry.LinkedTo, partyId, source);

    /// <summary>
    /// Keeps an entry for <see cref="EntryMapper.LinkByName"/> only when it names links, and of it only what the
    /// linking looks at: holding entries until the end of the file made each garbage collection copy them all.
    /// </summary>
    public static void KeepIfLinking(List<LinkSource> linking, ListEntry entry, string partyId, string source)
    {
        if (entry.LinkedTo.Count > 0)
        {
            linking.Add(Of(entry, partyId, source));
        }
    }
}

/// <summary>
/// Maps <see cref="ListEntry"/> values (OFAC, UN, US CSL) to parties, designation drafts,
/// relations and positions, with provenance (source, record id, publication) on each.
/// </summary>
internal sealed class EntryMapper
{
    private readonly ImportDiagnostics diagnostics;
    private readonly string? publication;
    private readonly Instant? published;

    /// <summary>Warns about the entry being mapped (<see cref="current"/>): one delegate for all entries, not one per program tag.</summary>
    private readonly Action<string> warnCurrent;

    /// <summary>One program as a designation's program list, shared by every designation with only that program.</summary>
    private readonly Dictionary<ProgramId, ImmutableArray<ProgramId>> singlePrograms = [];

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
            tagSpan = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(entry.Programs);
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

        if (snapshot.Records.TryGetValue(partyId, out var record))
        {
            // One party on several lists of one file (CSL) or in several files of one publication: merge names.
            record.Party = MergeNames(record.Party, party);
        }
        else
        {
            record = new MappedRecord(partyId, party);
            snapshot.Records.Add(partyId, record);
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
        foreach (var title in entry.Positions)
        {
            record.Positions.Add(new Position(party.Id, title, ValidPeriod.Always, null, default, stable ??= new Provenance(target.Source, entry.RecordId)));
        }

        if (entry.Kind == EntryKind.Individual && entry.ReferenceNumber is null)
        {
            foreach (var title in entry.Titles)
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
                var program = target.Program(tags[0], warnCurrent);
                var programBasis = Catalog.BasisOf(program);
                if (programBasis.Length <= 1)
                {
                    if (!singlePrograms.TryGetValue(program, out var single))
                    {
                        single = [program];
                        singlePrograms.Add(program, single);
                    }

                    return (single, programBasis);
                }

                // The program is resolved once (resolving warns about an unknown tag).
                var distinct = new DistinctArray<InstrumentId>();
                distinct.AddRange(programBasis);
                return ([program], distinct.ToImmutable());
            }

            var programs = ImmutableArray.CreateBuilder<ProgramId>(tags.Length);
            var basis = new DistinctArray<InstrumentId>();
            foreach (var tag in tags)
            {
                var program = target.Program(tag, warnCurrent);
                programs.Add(program);
                basis.AddRange(Catalog.BasisOf(program));
            }

            return (programs.MoveToImmutable(), basis.ToImmutable());
        }
        finally
        {
            current = null;
        }
    }

    /// <summary>
    /// Resolves <c>Linked To:</c> names, adding associate relations: by primary name first, then, when no entry has that
    /// primary name, by an alias only one entry has. (138 OFAC vessels link to the National Iranian Tanker Company, a
    /// name that is also another entry's alias: the primary name decides.)
    /// </summary>
    public void LinkByName(IReadOnlyList<LinkSource> entries, Snapshot snapshot)
    {
        // Only the names some entry links to are indexed: indexing every name of every record (a list per name)
        // cost more than the rest of the linking, for the few names that are looked up.
        // Each linked name is made a key once: the keys are used again below.
        var byName = new Dictionary<string, (List<string> Primary, List<string> Alias)>(entries.Count, StringComparer.OrdinalIgnoreCase);
        var keys = new List<string>(entries.Count);
        foreach (var entry in entries)
        {
            foreach (var linked in entry.LinkedTo)
            {
                var key = NameKey(linked);
                keys.Add(key);
                byName.TryAdd(key, ([], []));
            }
        }

        if (byName.Count > 0)
        {
            foreach (var record in snapshot.Records.Values)
            {
                foreach (var name in record.Party.Names)
                {
                    if (name.Kind != NameKind.WeakAlias && byName.TryGetValue(NameKey(name.Value), out var ids))
                    {
                        var list = name.Kind == NameKind.Primary ? ids.Primary : ids.Alias;
                        if (!list.Contains(record.Key))
                        {
                            list.Add(record.Key);
                        }
                    }
                }
            }
        }

        var k = 0;
        foreach (var (recordId, location, linkedTo, partyId, source) in entries)
        {
            foreach (var linked in linkedTo)
            {
                var found = byName.TryGetValue(keys[k++], out var ids);
                var matches = !found ? [] : ids.Primary.Count > 0 ? ids.Primary : ids.Alias;
                if (matches.Count == 1 && matches[0] != partyId)
                {
                    snapshot.Records[partyId].Relations.Add(new Relation(
                        RelationKind.Associate, new PartyId(partyId), new PartyId(matches[0]), ValidPeriod.Always, null, "Linked To", default, new Provenance(source, recordId)));
                }
                else
                {
                    diagnostics.Warn(location, recordId, matches.Count > 1
                        ? $"Linked To: '{linked}' matches several entries by {(ids.Primary.Count > 0 ? "primary name" : "alias")}; kept in remarks only"
                        : matches.Count == 1
                            ? $"Linked To: '{linked}' names the entry itself; kept in remarks only"
                            : $"Linked To: '{linked}' names no entry of this publication; kept in remarks only");
                }
            }
        }
    }

    private static string NameKey(string name) => TextValues.Normalize(name).TrimEnd('.');

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

    private static Party ToParty(ListEntry entry, PartyId id, Provenance source)
    {
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

        var identifiers = new DistinctArray<Identifier>(entry.Identifiers.Count);
        foreach (var identifier in entry.Identifiers)
        {
            identifiers.Add(ToIdentifier(identifier));
        }

        var remarks = EntryRemarks.Of(entry);
        switch (entry.Kind)
        {
            case EntryKind.Individual:
                var birthDates = new DistinctArray<PartialDate>(entry.BirthDates.Count);
                foreach (var range in entry.BirthDates)
                {
                    birthDates.AddRange(BirthDates(range));
                }

                var birthPlaces = new DistinctArray<string>(entry.BirthPlaces.Count);
                birthPlaces.AddRange(entry.BirthPlaces);
                return new Person(
                    id, names.ToImmutable(), birthDates.ToImmutable(), birthPlaces.ToImmutable(), CountryList(entry.Nationalities), entry.Gender,
                    identifiers.ToImmutable(), Addresses(entry), null, source, remarks)
                {
                    BirthDateFacts = PartyFacts.BirthDates(entry),
                    BirthPlaceFacts = PartyFacts.BirthPlaces(entry),
                    Citizenships = CountryList(entry.Citizenships),
                    Contacts = PartyFacts.Contacts(entry),
                };
            case EntryKind.Vessel:
                return new Vessel(
                    id, names.ToImmutable(), entry.Identifiers.FirstOrDefault(i => i.Type == "IMO")?.Number, CountryNames.CodeOrText(entry.Vessel.Flag), entry.Vessel.VesselType,
                    entry.Vessel.CallSign, entry.Vessel.Tonnage ?? entry.Vessel.GrossRegisteredTonnage, identifiers.ToImmutable(), source, remarks)
                {
                    Contacts = PartyFacts.Contacts(entry),
                };
            case EntryKind.Aircraft:
                return new Aircraft(
                    id, names.ToImmutable(), null, entry.Facts.FirstOrDefault(f => f.Key == "Aircraft Model")?.Value,
                    entry.Identifiers.FirstOrDefault(i => i.Type.Contains("(MSN)", StringComparison.Ordinal))?.Number, identifiers.ToImmutable(), source, remarks)
                {
                    Contacts = PartyFacts.Contacts(entry),
                };
            default:
                return new Organization(id, names.ToImmutable(), null, identifiers.ToImmutable(), Addresses(entry), Countries(entry), source, remarks)
                {
                    Contacts = PartyFacts.Contacts(entry),
                    Incorporated = PartyFacts.Established(entry),
                };
        }
    }

    /// <summary>An organisation's nationalities, then citizenships (the lists use both words for where it is registered), without repeats, as ISO codes where one fits.</summary>
    private static ImmutableArray<string> Countries(ListEntry entry)
    {
        var countries = new DistinctArray<string>(entry.Nationalities.Count + entry.Citizenships.Count);
        foreach (var country in entry.Nationalities.Concat(entry.Citizenships))
        {
            countries.Add(CountryNames.CodeOrText(country)!);
        }

        return countries.ToImmutable();
    }

    /// <summary>Countries as ISO codes where one fits, else the list's text, without repeats.</summary>
    private static ImmutableArray<string> CountryList(List<string> listed)
    {
        if (listed.Count == 0)
        {
            return [];
        }

        var countries = new DistinctArray<string>(listed.Count);
        foreach (var country in listed)
        {
            countries.Add(CountryNames.CodeOrText(country)!);
        }

        return countries.ToImmutable();
    }

    private static ImmutableArray<Address> Addresses(ListEntry entry)
    {
        var addresses = new DistinctArray<Address>(entry.Addresses.Count);
        foreach (var a in entry.Addresses)
        {
            addresses.Add(new Address(
                a.Street, a.City, a.StateOrProvince, a.PostalCode, CountryNames.CodeOrText(a.Country),
                a.Note is null ? null : string.Join(", ", new[] { a.Street, a.City, a.StateOrProvince, a.PostalCode, a.Country }.OfType<string>()) + $" ({a.Note})"));
        }

        return addresses.ToImmutable();
    }

    private static Identifier ToIdentifier(EntryIdentifier id)
    {
        // The note, issue and expiry joined with "; ", those present only.
        var note = id.Note;
        if (id.Issued is { } issued)
        {
            note = (note is null ? "issued " : note + "; issued ") + issued.From;
        }

        if (id.Expires is { } expires)
        {
            note = (note is null ? "expires " : note + "; expires ") + expires.From;
        }

        return new Identifier(id.Type, id.Number, CountryNames.CodeOrText(id.Country), note);
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
