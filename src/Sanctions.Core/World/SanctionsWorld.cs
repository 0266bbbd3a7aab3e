using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.World;

/// <summary>
/// An immutable, validated and indexed world of parties, sanctions, treaties, memberships and relations, built once by
/// <see cref="WorldBuilder"/> and then shared freely.
/// </summary>
/// <remarks>
/// <para>Ask dated questions through <see cref="AsOf(LocalDate, Instant?)"/>: <c>world.AsOf(new LocalDate(2017, 8, 5)).StatusIn(iran, sco)</c>.
/// Without a knowledge instant a query sees what the dataset asserts now (facts whose record is open); with one, what it asserted
/// at that instant.</para>
/// <para>A new publication produces a new world; an old world stays valid for whoever holds it.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads without locks.</threadsafety>
public sealed partial class SanctionsWorld
{
    // Party id text → position in Parties.
    private readonly Dictionary<string, int> partyIndex;
    private readonly FrozenDictionary<AuthorityId, Authority> authorityById;
    private readonly FrozenDictionary<InstrumentId, LegalInstrument> instrumentById;
    private readonly FrozenDictionary<ProgramId, SanctionsProgram> programById;
    private readonly FrozenDictionary<ListId, SanctionsList> listById;
    private readonly FrozenDictionary<TreatyId, Treaty> treatyById;
    private readonly Lazy<WorldCoverage> coverage;

    // The index is built on the first query that needs it, once, thread-safely: a world that is only written (an import,
    // a conversion, a merge) never needs it, and building it took an import's main thread as long as checking the world.
    private readonly PartyReferences references;
    private readonly Lock indexing = new();
    private WorldIndex? index;

    internal SanctionsWorld(WorldContent content, PartyReferences references)
    {
        Dataset = content.Dataset;
        Parties = content.Parties;
        Authorities = content.Authorities;
        Instruments = content.Instruments;
        Programs = content.Programs;
        Lists = content.Lists;
        Designations = content.Designations;
        CountryMeasures = content.CountryMeasures;
        Treaties = content.Treaties;
        TreatyActions = content.TreatyActions;
        Memberships = content.Memberships;
        Relations = content.Relations;
        Positions = content.Positions;

        partyIndex = references.Index;
        authorityById = Authorities.ToFrozenDictionary(a => a.Id);
        instrumentById = Instruments.ToFrozenDictionary(i => i.Id);
        programById = Programs.ToFrozenDictionary(p => p.Id);
        listById = Lists.ToFrozenDictionary(l => l.Id);
        treatyById = Treaties.ToFrozenDictionary(t => t.Id);
        coverage = new Lazy<WorldCoverage>(() => WorldCoverage.Of(this), LazyThreadSafetyMode.ExecutionAndPublication);
        this.references = references;
    }

    /// <summary>What the world's data is.</summary>
    public DatasetInfo Dataset { get; }

    /// <summary>Every party, in the order added.</summary>
    public ImmutableArray<Party> Parties { get; }

    /// <summary>Every authority.</summary>
    public ImmutableArray<Authority> Authorities { get; }

    /// <summary>Every legal instrument.</summary>
    public ImmutableArray<LegalInstrument> Instruments { get; }

    /// <summary>Every program.</summary>
    public ImmutableArray<SanctionsProgram> Programs { get; }

    /// <summary>Every list.</summary>
    public ImmutableArray<SanctionsList> Lists { get; }

    /// <summary>Every designation, current and delisted, of every record.</summary>
    public ImmutableArray<Designation> Designations { get; }

    /// <summary>Every country-level measure.</summary>
    public ImmutableArray<CountryMeasure> CountryMeasures { get; }

    /// <summary>Every treaty.</summary>
    public ImmutableArray<Treaty> Treaties { get; }

    /// <summary>Every treaty action.</summary>
    public ImmutableArray<TreatyAction> TreatyActions { get; }

    /// <summary>Every membership.</summary>
    public ImmutableArray<Membership> Memberships { get; }

    /// <summary>Every relation between parties.</summary>
    public ImmutableArray<Relation> Relations { get; }

    /// <summary>Every position held.</summary>
    public ImmutableArray<Position> Positions { get; }

    internal WorldIndex Index => Volatile.Read(ref index) ?? BuildIndex();

    /// <summary>An empty world.</summary>
    public static SanctionsWorld Empty { get; } = new WorldBuilder().Build();

    /// <summary>A view of the world on a date, with everything known now (or at <paramref name="knownAt"/>).</summary>
    /// <param name="on">The day the questions are about.</param>
    /// <param name="knownAt">The knowledge instant: answer with what the dataset asserted then; null for what it asserts now.</param>
    /// <returns>The view; cheap to create, a value type holding no copies.</returns>
    public WorldView AsOf(LocalDate on, Instant? knownAt = null) => new(this, on, knownAt);

    /// <summary>The party with <paramref name="id"/>.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The party.</returns>
    /// <exception cref="UnknownReferenceException">No party has that identifier (the nearest ids are suggested).</exception>
    public Party GetParty(PartyId id) => Parties[RequireParty(id)];

    /// <summary>Looks up a party by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="party">The party, when found.</param>
    /// <returns>Whether the party exists.</returns>
    public bool TryGetParty(PartyId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Party? party)
    {
        if (id.Value is { } value && partyIndex.TryGetValue(value, out var i))
        {
            party = Parties[i];
            return true;
        }

        party = null;
        return false;
    }

    /// <summary>Looks up an authority.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The authority, or null.</returns>
    public Authority? FindAuthority(AuthorityId id) => authorityById.GetValueOrDefault(id);

    /// <summary>Looks up a legal instrument.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The instrument, or null.</returns>
    public LegalInstrument? FindInstrument(InstrumentId id) => instrumentById.GetValueOrDefault(id);

    /// <summary>Looks up a program.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The program, or null.</returns>
    public SanctionsProgram? FindProgram(ProgramId id) => programById.GetValueOrDefault(id);

    /// <summary>Looks up a list.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The list, or null.</returns>
    public SanctionsList? FindList(ListId id) => listById.GetValueOrDefault(id);

    /// <summary>Looks up a treaty.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The treaty, or null.</returns>
    public Treaty? FindTreaty(TreatyId id) => treatyById.GetValueOrDefault(id);

    /// <summary>The authority behind a designation: the authority of its list.</summary>
    /// <param name="designation">A designation of this world.</param>
    /// <returns>The authority's identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="designation"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The designation's list is not in this world.</exception>
    public AuthorityId AuthorityOf(Designation designation)
    {
        ArgumentNullException.ThrowIfNull(designation);
        return listById.TryGetValue(designation.List, out var list) ? list.Authority : throw new KeyNotFoundException($"No list has id '{designation.List}'.");
    }

    /// <summary>
    /// Every listing, delisting, status change, treaty action and measure change dated after <paramref name="from"/> up to and including
    /// <paramref name="to"/>, in date order; applying them to the world on <paramref name="from"/> gives the world on <paramref name="to"/>.
    /// </summary>
    /// <remarks>A change dated to a month or a year is placed on its earliest day, but an end never before the start of its
    /// fact: the end of <c>[2006-07, 2006)</c> is placed on 2006-07-01; an unknown start on its upper bound, an unknown end on its lower
    /// bound (<see cref="WorldChange.When"/> keeps the day as the data states it). Applying the changes is exact for the reading of every
    /// period that takes each end on that day; for exact days, that is the certain reading. After them come the changes whose partial or
    /// unknown day may fall in the span though they are placed outside it (or, without the bound they would be placed on, nowhere),
    /// marked <see cref="WorldChange.PossiblyInSpan"/>: an empty answer means that nothing changed in any reading. Replaying applies
    /// only the unmarked changes.</remarks>
    /// <param name="from">The day before the first day of interest.</param>
    /// <param name="to">The last day of interest.</param>
    /// <param name="knownAt">The knowledge instant; null for what is known now.</param>
    /// <returns>The changes, in date order; ends before starts on one day, except that a fact starting and ending on one day ends after it starts.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public ImmutableArray<WorldChange> Changes(LocalDate from, LocalDate to, Instant? knownAt = null)
    {
        if (to < from)
        {
            throw new ArgumentException($"The end ({to:uuuu-MM-dd}) is before the start ({from:uuuu-MM-dd}).", nameof(to));
        }

        return Index.Changes(PeriodBounds.Day(from), PeriodBounds.Day(to), knownAt);
    }

    /// <summary>
    /// Finds a party by id, by ISO 3166 code (states), by primary name or strong alias after normalisation (case, accents, punctuation;
    /// word order for persons), and only if nothing matched so far, by names containing every word of <paramref name="text"/>. The first
    /// step with hits decides. When none has any, the name steps are tried once more without the text's titles (<see cref="NameFolding.Titles"/>:
    /// <c>Mr</c>, <c>Dr</c>, <c>General</c>… before the first other word, <c>Jr</c> or <c>Sr</c> anywhere), the words screening drops from a
    /// person's name. Ambiguity is reported with the candidates, never guessed; no match comes with the nearest names.
    /// </summary>
    /// <param name="text">An id, code or name.</param>
    /// <returns>One party, several candidates, or none with suggestions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public FindResult<Party> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Index.FindParty(text);
    }

    /// <summary>Finds a treaty by id or by name, as <see cref="Find"/> does for parties.</summary>
    /// <param name="text">An id or name.</param>
    /// <returns>One treaty, several candidates, or none with suggestions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public FindResult<Treaty> FindTreaty(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Index.FindTreaty(text);
    }

    /// <summary>What the world's data covers: whose lists it holds and the span of record time it knows.</summary>
    public WorldCoverage Coverage => coverage.Value;

    /// <summary>The authority with <paramref name="id"/>.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The authority.</returns>
    /// <exception cref="UnknownReferenceException">The world holds no such authority.</exception>
    public Authority GetAuthority(AuthorityId id) =>
        FindAuthority(id) ?? throw Unknown(ReferenceKind.Authority, id.Value, Authorities.Select(a => a.Id.Value));

    /// <summary>The list with <paramref name="id"/>.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The list.</returns>
    /// <exception cref="UnknownReferenceException">The world holds no such list.</exception>
    public SanctionsList GetList(ListId id) => FindList(id) ?? throw Unknown(ReferenceKind.List, id.Value, Lists.Select(l => l.Id.Value));

    /// <summary>The program with <paramref name="id"/>.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The program.</returns>
    /// <exception cref="UnknownReferenceException">The world holds no such program.</exception>
    public SanctionsProgram GetProgram(ProgramId id) => FindProgram(id) ?? throw Unknown(ReferenceKind.Program, id.Value, Programs.Select(p => p.Id.Value));

    /// <summary>The treaty with <paramref name="id"/>.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The treaty.</returns>
    /// <exception cref="UnknownReferenceException">The world holds no such treaty.</exception>
    public Treaty GetTreaty(TreatyId id) => FindTreaty(id) ?? throw Unknown(ReferenceKind.Treaty, id.Value, Treaties.Select(t => t.Id.Value));

    /// <summary>Whether some authority of the world answers to <paramref name="code"/>, coarse (<c>US</c>) or fine (<c>US-OFAC</c>).</summary>
    /// <param name="code">The code, any case.</param>
    /// <returns>Whether a query filtered by it can find anything.</returns>
    public bool IsKnownAuthorityCode(string? code)
    {
        // A loop, not LINQ: queries with an authority filter check their code on every call and must not allocate.
        if (code is null)
        {
            return false;
        }

        var trimmed = code.AsSpan().Trim().Length == code.Length ? code : code.Trim();
        foreach (var a in Authorities)
        {
            if (Authority.Covers(trimmed, a.Id))
            {
                return true;
            }
        }

        return false;
    }

    // The position of a party, or UnknownReferenceException with the nearest ids.
    internal int RequireParty(PartyId id)
    {
        var i = PartyIndexOf(id);
        return i >= 0 ? i : throw Unknown(ReferenceKind.Party, id.Value ?? "(default)", Parties.Select(p => p.Id.Value));
    }

    /// <summary>Refuses an authority code no authority of the world answers to: the check every query that takes a code applies.</summary>
    /// <param name="code">A code such as <c>US</c> or <c>US-OFAC</c>, any case.</param>
    /// <exception cref="UnknownReferenceException">No authority answers to it (the nearest codes are suggested: <c>OFAC</c> → <c>US-OFAC</c>).</exception>
    public void RequireAuthorityCode(string code)
    {
        if (!IsKnownAuthorityCode(code))
        {
            throw Unknown(ReferenceKind.Authority, code, AuthorityCodes());
        }
    }

    internal void Require(DesignationFilter filter)
    {
        if (filter.IsEmpty)
        {
            return;
        }

        if (filter.Authority is { } code)
        {
            RequireAuthorityCode(code);
        }

        if (filter.List is { } list)
        {
            _ = GetList(list);
        }

        if (filter.Program is { } program)
        {
            _ = GetProgram(program);
        }
    }

    internal void RequireStatus(MembershipStatus status)
    {
        if (status.IsDefault || !coverage.Value.Statuses.Contains(status.Value))
        {
            throw Unknown(ReferenceKind.Status, status.Value ?? "(default)", coverage.Value.Statuses);
        }
    }

    internal void RequireTreaty(TreatyId treaty) => _ = GetTreaty(treaty);

    // Every code a user may filter authorities by: ids, their '-'-prefixes and the jurisdictions.
    internal IEnumerable<string> AuthorityCodes()
    {
        foreach (var a in Authorities)
        {
            yield return a.Id.Value;
            yield return a.Jurisdiction.ToUpperInvariant();
            var dash = a.Id.Value.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                yield return a.Id.Value[..dash];
            }
        }
    }

    internal UnknownReferenceException Unknown(ReferenceKind kind, string value, IEnumerable<string> known) =>
        new(kind, value, Nearest.To(value, known), Dataset.Name);

    private WorldIndex BuildIndex()
    {
        lock (indexing)
        {
            if (index is null)
            {
                Volatile.Write(ref index, new WorldIndex(this, references));
            }

            return index;
        }
    }

    internal int PartyIndexOf(PartyId id) => id.Value is { } value && partyIndex.TryGetValue(value, out var i) ? i : -1;

    /// <summary>Text naming the dataset and counting its facts.</summary>
    /// <returns>E.g. <c>sanctions-core-seed: 80 parties, 30 designations</c>.</returns>
    public override string ToString() => $"{Dataset}: {Parties.Length} parties, {Designations.Length} designations, {Memberships.Length} memberships";
}
