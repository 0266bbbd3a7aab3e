using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.World;

/// <summary>
/// Collects the facts of a world and checks them all at once: <see cref="Build"/> gives an immutable, indexed
/// <see cref="SanctionsWorld"/> or throws one <see cref="WorldValidationException"/> that lists every problem.
/// </summary>
/// <remarks>
/// <para>Items may be added in any order; references are resolved at <see cref="Build"/>. Adding an item equal to one already
/// added with the same id (a state present in two merged files) keeps one; a different item with the same id is a problem.</para>
/// <para>What <see cref="Build"/> checks: duplicate ids; references to unknown parties, authorities, instruments, programs, lists
/// and treaties, and references to parties of the wrong kind (a membership in something that is not an international
/// organisation, a country measure on something that is not a state); periods that end before they start; two statuses of one
/// party in one organisation that certainly overlap; owners of one company whose stakes certainly add up to more than 100% at
/// one time; a party's treaty actions out of order. Facts recorded over disjoint record periods (successive publications) are
/// checked only against facts recorded at the same time.</para>
/// </remarks>
/// <threadsafety>A builder is mutable and not thread-safe; the world it builds is immutable and thread-safe.</threadsafety>
public sealed class WorldBuilder
{
    private readonly List<Party> parties = [];
    private readonly List<Authority> authorities = [];
    private readonly List<LegalInstrument> instruments = [];
    private readonly List<SanctionsProgram> programs = [];
    private readonly List<SanctionsList> lists = [];
    private readonly List<Designation> designations = [];
    private readonly List<CountryMeasure> measures = [];
    private readonly List<Treaty> treaties = [];
    private readonly List<TreatyAction> treatyActions = [];
    private readonly List<Membership> memberships = [];
    private readonly List<Relation> relations = [];
    private readonly List<Position> positions = [];

    /// <summary>Creates an empty builder.</summary>
    public WorldBuilder()
    {
    }

    /// <summary>Creates a builder holding every fact of <paramref name="world"/>, to extend or merge it.</summary>
    /// <param name="world">The world to start from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="world"/> is null.</exception>
    public WorldBuilder(SanctionsWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        Dataset = world.Dataset;
        AddWorld(world);
    }

    /// <summary>What the world's data is; <see cref="DatasetInfo.Unnamed"/> unless set.</summary>
    public DatasetInfo Dataset { get; set; } = DatasetInfo.Unnamed;

    /// <summary>The parties added so far, in order.</summary>
    public IReadOnlyList<Party> Parties => parties;

    /// <summary>The designations added so far, in order.</summary>
    public IReadOnlyList<Designation> Designations => designations;

    /// <summary>Adds a party.</summary>
    /// <param name="party">The party.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public WorldBuilder AddParty(Party party) => Add(parties, party);

    /// <summary>Adds an authority.</summary>
    /// <param name="authority">The authority.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="authority"/> is null.</exception>
    public WorldBuilder AddAuthority(Authority authority) => Add(authorities, authority);

    /// <summary>Adds a legal instrument.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> is null.</exception>
    public WorldBuilder AddInstrument(LegalInstrument instrument) => Add(instruments, instrument);

    /// <summary>Adds a program.</summary>
    /// <param name="program">The program.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="program"/> is null.</exception>
    public WorldBuilder AddProgram(SanctionsProgram program) => Add(programs, program);

    /// <summary>Adds a list.</summary>
    /// <param name="list">The list.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="list"/> is null.</exception>
    public WorldBuilder AddList(SanctionsList list) => Add(lists, list);

    /// <summary>Adds a designation.</summary>
    /// <param name="designation">The designation.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="designation"/> is null.</exception>
    public WorldBuilder AddDesignation(Designation designation) => Add(designations, designation);

    /// <summary>Adds a country-level measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    public WorldBuilder AddCountryMeasure(CountryMeasure measure) => Add(measures, measure);

    /// <summary>Adds a treaty.</summary>
    /// <param name="treaty">The treaty.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="treaty"/> is null.</exception>
    public WorldBuilder AddTreaty(Treaty treaty) => Add(treaties, treaty);

    /// <summary>Adds a party's action on a treaty.</summary>
    /// <param name="action">The action.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is null.</exception>
    public WorldBuilder AddTreatyAction(TreatyAction action) => Add(treatyActions, action);

    /// <summary>Adds a membership.</summary>
    /// <param name="membership">The membership.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="membership"/> is null.</exception>
    public WorldBuilder AddMembership(Membership membership) => Add(memberships, membership);

    /// <summary>Adds a relation between parties.</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="relation"/> is null.</exception>
    public WorldBuilder AddRelation(Relation relation) => Add(relations, relation);

    /// <summary>Adds a position held.</summary>
    /// <param name="position">The position.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="position"/> is null.</exception>
    public WorldBuilder AddPosition(Position position) => Add(positions, position);

    /// <summary>Adds every fact of another world (its dataset information is not taken).</summary>
    /// <param name="world">The world.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="world"/> is null.</exception>
    public WorldBuilder AddWorld(SanctionsWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        parties.AddRange(world.Parties);
        authorities.AddRange(world.Authorities);
        instruments.AddRange(world.Instruments);
        programs.AddRange(world.Programs);
        lists.AddRange(world.Lists);
        designations.AddRange(world.Designations);
        measures.AddRange(world.CountryMeasures);
        treaties.AddRange(world.Treaties);
        treatyActions.AddRange(world.TreatyActions);
        memberships.AddRange(world.Memberships);
        relations.AddRange(world.Relations);
        positions.AddRange(world.Positions);
        return this;
    }

    // Appends everything another builder holds (not its dataset), in its order: used by readers that read parts of one
    // input side by side and then put them together in input order.
    internal void AddFrom(WorldBuilder other)
    {
        parties.AddRange(other.parties);
        authorities.AddRange(other.authorities);
        instruments.AddRange(other.instruments);
        programs.AddRange(other.programs);
        lists.AddRange(other.lists);
        designations.AddRange(other.designations);
        measures.AddRange(other.measures);
        treaties.AddRange(other.treaties);
        treatyActions.AddRange(other.treatyActions);
        memberships.AddRange(other.memberships);
        relations.AddRange(other.relations);
        positions.AddRange(other.positions);
    }

    private WorldBuilder Add<T>(List<T> items, T item)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(item);
        items.Add(item);
        return this;
    }

    /// <summary>Checks every fact and builds the world.</summary>
    /// <returns>The immutable, indexed world.</returns>
    /// <exception cref="WorldValidationException">Anything is invalid; the exception lists every problem, and no world is built.</exception>
    public SanctionsWorld Build()
    {
        var problems = new List<WorldProblem>();
        var origins = new int[WorldCollections.Count][];
        var partyIndex = new Dictionary<string, int>(parties.Count, StringComparer.Ordinal);

        // A big world's designations are checked for duplicates on the thread pool while the parties are checked here; their
        // problems are put in their place among the others afterwards.
        var dedupingDesignations = designations.Count >= ParallelFrom
            ? Task.Run(() =>
            {
                var designationProblems = new List<WorldProblem>();
                var designationOrigins = new int[WorldCollections.Count][];
                var kept = Dedupe(designations, static d => d.Id, WorldOrder.Designation, WorldCollection.Designations, designationProblems, designationOrigins);
                return (kept, designationProblems, designationOrigins);
            })
            : null;
        var keptParties = Dedupe(parties, static p => p.Id.Value, WorldOrder.Party, WorldCollection.Parties, problems, origins, partyIndex);
        var keptAuthorities = Dedupe(authorities, static a => a.Id.Value, WorldOrder.Authority, WorldCollection.Authorities, problems, origins);
        var keptInstruments = Dedupe(instruments, static i => i.Id.Value, WorldOrder.Instrument, WorldCollection.Instruments, problems, origins);
        var keptPrograms = Dedupe(programs, static p => p.Id.Value, WorldOrder.Program, WorldCollection.Programs, problems, origins);
        var keptLists = Dedupe(lists, static l => l.Id.Value, WorldOrder.List, WorldCollection.Lists, problems, origins);
        ImmutableArray<Designation> keptDesignations;
        if (dedupingDesignations is null)
        {
            keptDesignations = Dedupe(designations, static d => d.Id, WorldOrder.Designation, WorldCollection.Designations, problems, origins);
        }
        else
        {
            (keptDesignations, var designationProblems, var designationOrigins) = dedupingDesignations.GetAwaiter().GetResult();
            problems.AddRange(designationProblems);
            origins[(int)WorldCollection.Designations] = designationOrigins[(int)WorldCollection.Designations];
        }

        var content = new WorldContent(
            Dataset,
            keptParties,
            keptAuthorities,
            keptInstruments,
            keptPrograms,
            keptLists,
            keptDesignations,
            Dedupe(measures, static m => m.Id, WorldOrder.CountryMeasure, WorldCollection.CountryMeasures, problems, origins),
            Dedupe(treaties, static t => t.Id.Value, WorldOrder.Treaty, WorldCollection.Treaties, problems, origins),
            Dedupe(treatyActions, null, WorldOrder.TreatyAction, WorldCollection.TreatyActions, problems, origins),
            Dedupe(memberships, null, WorldOrder.Membership, WorldCollection.Memberships, problems, origins),
            Dedupe(relations, null, WorldOrder.Relation, WorldCollection.Relations, problems, origins),
            Dedupe(positions, null, WorldOrder.Position, WorldCollection.Positions, problems, origins));
        var references = PartyReferences.For(content, partyIndex);

        // The world is indexed on its first query, not here (see SanctionsWorld.Index).
        WorldValidator.Validate(content, references, origins, problems);
        if (problems.Count > 0)
        {
            throw new WorldValidationException(problems);
        }

        return new SanctionsWorld(content, references);
    }

    // Below this many parties and designations (or designations alone), doing two parts of the work side by side gains less
    // than it costs. PartyReferences and WorldIndex use the same threshold.
    internal const int ParallelFrom = 20_000;

    /// <summary>Checks every fact and builds the world, without throwing for invalid data.</summary>
    /// <param name="world">The world, when valid.</param>
    /// <param name="problems">Every problem found; empty when valid.</param>
    /// <returns>Whether the world was built.</returns>
    public bool TryBuild(out SanctionsWorld? world, out ImmutableArray<WorldProblem> problems)
    {
        try
        {
            world = Build();
            problems = [];
            return true;
        }
        catch (WorldValidationException e)
        {
            world = null;
            problems = e.Problems;
            return false;
        }
    }

    // Keeps the first of equal items (by id where the type has one); reports items that share an id but differ.
    // Records, per collection, the position each kept item had in the order of addition, for locators, and fills
    // keptIndex (when given) with each kept item's id and position among the kept items.
    // Items in strictly ascending canonical order (as a world read from a file is) are all distinct: that is checked
    // pair by pair first, and only items out of order pay for a dictionary or a set.
    private static ImmutableArray<T> Dedupe<T>(
        List<T> items, Func<T, string>? id, Comparison<T> order, WorldCollection collection, List<WorldProblem> problems, int[][] origins, Dictionary<string, int>? keptIndex = null)
        where T : class
    {
        if (Ascending(items, order))
        {
            var all = new int[items.Count];
            for (var i = 0; i < all.Length; i++)
            {
                all[i] = i;
                keptIndex?.Add(id!(items[i]), i);
            }

            origins[(int)collection] = all;
            return [.. items];
        }

        var byId = keptIndex ?? new Dictionary<string, int>(id is null ? 0 : items.Count, StringComparer.Ordinal);
        var byValue = new HashSet<T>(id is null ? items.Count : 0);
        var result = ImmutableArray.CreateBuilder<T>(items.Count);
        var origin = new List<int>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (id is null)
            {
                if (!byValue.Add(item))
                {
                    continue;
                }
            }
            else
            {
                // One hash per item: the slot is looked up, or added, at once.
                var key = id(item);
                ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(byId, key, out var seen);
                if (seen)
                {
                    var kept = slot;
                    if (!result[kept].Equals(item))
                    {
                        problems.Add(new WorldProblem(
                            collection, i, key, null,
                            $"Duplicate id '{key}': {FactDifference.Describe(item, result[kept], WorldProblem.Name(collection, origin[kept]))}. Keep one of the two (add only the facts the other world lacks) or give yours an id of its own.")
                        { Related = origin[kept] });
                    }

                    continue;
                }

                slot = result.Count;
            }

            result.Add(item);
            origin.Add(i);
        }

        origins[(int)collection] = [.. origin];
        return result.DrainToImmutable();
    }

    private static bool Ascending<T>(List<T> items, Comparison<T> order)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (order(items[i - 1], items[i]) >= 0)
            {
                return false;
            }
        }

        return true;
    }
}
