using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Treaties;
using Sanctions.Core.World;

namespace Sanctions.Core.Testing;

/// <summary>
/// The facts of a world before it is built: one immutable array per collection, in order of addition.
/// </summary>
/// <remarks>
/// <para>Generators produce <see cref="WorldFacts"/> rather than a <see cref="SanctionsWorld"/> so that a
/// failing property can print every fact (see <see cref="ToString"/>), shrinkers can drop facts, and invalid
/// input can exist at all (a <see cref="SanctionsWorld"/> is always valid). <see cref="Build"/> turns the facts
/// into a world through <see cref="WorldBuilder"/>, which validates them.</para>
/// <para>Positions in these arrays are the positions <see cref="WorldProblem.Locator"/> names: <c>designations[3]</c>
/// is <c>Designations[3]</c>. Equality is by reference; compare the built worlds' collections instead.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class WorldFacts
{
    /// <summary>A world with no facts.</summary>
    public static WorldFacts Empty { get; } = new();

    /// <summary>The dataset the built world describes.</summary>
    public DatasetInfo Dataset { get; init; } = DatasetInfo.Unnamed;

    /// <summary>The parties.</summary>
    public ImmutableArray<Party> Parties { get; init; } = [];

    /// <summary>The authorities.</summary>
    public ImmutableArray<Authority> Authorities { get; init; } = [];

    /// <summary>The legal instruments.</summary>
    public ImmutableArray<LegalInstrument> Instruments { get; init; } = [];

    /// <summary>The sanctions programs.</summary>
    public ImmutableArray<SanctionsProgram> Programs { get; init; } = [];

    /// <summary>The sanctions lists.</summary>
    public ImmutableArray<SanctionsList> Lists { get; init; } = [];

    /// <summary>The designations.</summary>
    public ImmutableArray<Designation> Designations { get; init; } = [];

    /// <summary>The country measures.</summary>
    public ImmutableArray<CountryMeasure> CountryMeasures { get; init; } = [];

    /// <summary>The treaties.</summary>
    public ImmutableArray<Treaty> Treaties { get; init; } = [];

    /// <summary>The treaty actions.</summary>
    public ImmutableArray<TreatyAction> TreatyActions { get; init; } = [];

    /// <summary>The memberships.</summary>
    public ImmutableArray<Membership> Memberships { get; init; } = [];

    /// <summary>The relations.</summary>
    public ImmutableArray<Relation> Relations { get; init; } = [];

    /// <summary>The positions.</summary>
    public ImmutableArray<Position> Positions { get; init; } = [];

    /// <summary>The number of facts of every kind together.</summary>
    public int Count =>
        Parties.Length + Authorities.Length + Instruments.Length + Programs.Length + Lists.Length + Designations.Length + CountryMeasures.Length +
        Treaties.Length + TreatyActions.Length + Memberships.Length + Relations.Length + Positions.Length;

    /// <summary>The facts of a built world, in its order.</summary>
    /// <param name="world">The world.</param>
    /// <returns>Its facts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="world"/> is null.</exception>
    public static WorldFacts From(SanctionsWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        return new WorldFacts
        {
            Dataset = world.Dataset,
            Parties = world.Parties,
            Authorities = world.Authorities,
            Instruments = world.Instruments,
            Programs = world.Programs,
            Lists = world.Lists,
            Designations = world.Designations,
            CountryMeasures = world.CountryMeasures,
            Treaties = world.Treaties,
            TreatyActions = world.TreatyActions,
            Memberships = world.Memberships,
            Relations = world.Relations,
            Positions = world.Positions,
        };
    }

    /// <summary>A new builder holding every fact, in order.</summary>
    /// <returns>The builder; add more facts to it or call <see cref="WorldBuilder.Build"/>.</returns>
    public WorldBuilder ToBuilder()
    {
        var builder = new WorldBuilder { Dataset = Dataset };
        foreach (var x in Parties)
        {
            builder.AddParty(x);
        }

        foreach (var x in Authorities)
        {
            builder.AddAuthority(x);
        }

        foreach (var x in Instruments)
        {
            builder.AddInstrument(x);
        }

        foreach (var x in Programs)
        {
            builder.AddProgram(x);
        }

        foreach (var x in Lists)
        {
            builder.AddList(x);
        }

        foreach (var x in Designations)
        {
            builder.AddDesignation(x);
        }

        foreach (var x in CountryMeasures)
        {
            builder.AddCountryMeasure(x);
        }

        foreach (var x in Treaties)
        {
            builder.AddTreaty(x);
        }

        foreach (var x in TreatyActions)
        {
            builder.AddTreatyAction(x);
        }

        foreach (var x in Memberships)
        {
            builder.AddMembership(x);
        }

        foreach (var x in Relations)
        {
            builder.AddRelation(x);
        }

        foreach (var x in Positions)
        {
            builder.AddPosition(x);
        }

        return builder;
    }

    /// <summary>Builds and validates the world.</summary>
    /// <returns>The world.</returns>
    /// <exception cref="WorldValidationException">The facts do not make a valid world.</exception>
    public SanctionsWorld Build() => ToBuilder().Build();

    // A copy with some collections replaced.
    internal WorldFacts With(
        ImmutableArray<Party>? parties = null,
        ImmutableArray<Authority>? authorities = null,
        ImmutableArray<LegalInstrument>? instruments = null,
        ImmutableArray<SanctionsProgram>? programs = null,
        ImmutableArray<SanctionsList>? lists = null,
        ImmutableArray<Designation>? designations = null,
        ImmutableArray<CountryMeasure>? measures = null,
        ImmutableArray<Treaty>? treaties = null,
        ImmutableArray<TreatyAction>? actions = null,
        ImmutableArray<Membership>? memberships = null,
        ImmutableArray<Relation>? relations = null,
        ImmutableArray<Position>? positions = null) => new()
        {
            Dataset = Dataset,
            Parties = parties ?? Parties,
            Authorities = authorities ?? Authorities,
            Instruments = instruments ?? Instruments,
            Programs = programs ?? Programs,
            Lists = lists ?? Lists,
            Designations = designations ?? Designations,
            CountryMeasures = measures ?? CountryMeasures,
            Treaties = treaties ?? Treaties,
            TreatyActions = actions ?? TreatyActions,
            Memberships = memberships ?? Memberships,
            Relations = relations ?? Relations,
            Positions = positions ?? Positions,
        };

    /// <summary>Every fact, one per line, with its collection and position: what a failing property prints.</summary>
    /// <returns>The facts as text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"WorldFacts ({Count} facts)");
        Append(text, "parties", Parties, p => p switch
        {
            State s => $"{p} alpha2={s.Alpha2} region={s.IsRegion} parent={s.ParentState}",
            Person x => $"{p} born={string.Join('|', x.BirthDates)}",
            _ => p.ToString(),
        });
        Append(text, "authorities", Authorities, a => a.ToString());
        Append(text, "instruments", Instruments, i => $"{i.Id} ({i.Authority}) {i.Citation}");
        Append(text, "programs", Programs, p => $"{p.Id} ({p.Authority})");
        Append(text, "lists", Lists, l => $"{l.Id} ({l.Authority}) {l.Name}");
        Append(text, "designations", Designations, d => $"{d} programs=[{string.Join(',', d.Programs)}] measures=[{string.Join(',', d.Measures)}] recorded={d.Recorded}");
        Append(text, "countryMeasures", CountryMeasures, m => $"{m} recorded={m.Recorded}");
        Append(text, "treaties", Treaties, t => $"{t.Id} {t.Name}");
        Append(text, "treatyActions", TreatyActions, a => $"{a} recorded={a.Recorded}");
        Append(text, "memberships", Memberships, m => $"{m} recorded={m.Recorded}");
        Append(text, "relations", Relations, r => $"{r} recorded={r.Recorded}");
        Append(text, "positions", Positions, p => $"{p} org={p.Organization} recorded={p.Recorded}");
        return text.ToString();
    }

    private static void Append<T>(StringBuilder text, string name, ImmutableArray<T> items, Func<T, string> describe)
    {
        for (var i = 0; i < items.Length; i++)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"  {name}[{i}] {describe(items[i])}");
        }
    }
}
