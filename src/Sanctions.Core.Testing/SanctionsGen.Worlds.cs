using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sanctions.Core.World;

namespace Sanctions.Core.Testing;

public static partial class SanctionsGen
{
    /// <summary>
    /// The facts of consistent worlds, sized by FsCheck's size: at size <c>n</c>, up to about <c>n/2</c> parties and
    /// <c>n</c> designations, with memberships, treaties and ordered treaty actions, country measures, ownership chains,
    /// other relations and positions, partial dates and record-time history. <see cref="Testing.WorldFacts.Build"/> always
    /// succeeds on them. Every world, generated or shrunk by <see cref="SanctionsShrink.WorldFacts"/>, holds at least one party, one
    /// authority and one list, so <c>Gen.Elements(facts.Parties)</c> and <c>facts.Lists[0]</c> are always safe.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<WorldFacts> WorldFacts() => WorldFacts(WorldGenOptions.Default);

    /// <summary>The facts of consistent worlds, with options (for example exact dates only).</summary>
    /// <param name="options">What to generate.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static Gen<WorldFacts> WorldFacts(WorldGenOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Gen.Sized(size => Seed().Select(seed => WorldGenerator.Generate(seed, size, options)));
    }

    /// <summary>Consistent, built worlds (see <see cref="WorldFacts()"/>).</summary>
    /// <returns>The generator.</returns>
    public static Gen<SanctionsWorld> World() => WorldFacts().Select(f => f.Build());

    /// <summary>Consistent, built worlds, with options.</summary>
    /// <param name="options">What to generate.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static Gen<SanctionsWorld> World(WorldGenOptions options) => WorldFacts(options).Select(f => f.Build());

    /// <summary>
    /// Worlds with exactly one deliberate defect of a <see cref="WorldDefect"/> kind, each naming the item it broke,
    /// for negative tests: <see cref="WorldBuilder.Build"/> must reject every one with a <see cref="WorldValidationException"/>.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<InvalidWorld> InvalidWorld() =>
        Gen.Elements(Enum.GetValues<WorldDefect>()).SelectMany(InvalidWorld);

    /// <summary>Worlds with one deliberate defect of the given kind.</summary>
    /// <param name="defect">The kind of defect.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="defect"/> is not a defined value.</exception>
    public static Gen<InvalidWorld> InvalidWorld(WorldDefect defect)
    {
        if (!Enum.IsDefined(defect))
        {
            throw new ArgumentOutOfRangeException(nameof(defect), defect, "Unknown defect.");
        }

        return from facts in WorldFacts()
               from seed in Seed()
               select InvalidWorldGenerator.Break(facts, defect, new Rng(seed));
    }

    /// <summary>
    /// Days worth asking a world about: every day on which one of its periods or treaty actions may start or end, the
    /// day before each, and now and then any day from 1990 to 2030. Boundaries are where indexes go wrong.
    /// </summary>
    /// <param name="world">The world.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="world"/> is null.</exception>
    public static Gen<LocalDate> DateIn(SanctionsWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        var days = WorldBoundaries.Days(world);
        return days.Length == 0 ? Date(FirstDay, LastDay) : Gen.Frequency((4, Gen.Elements(days)), (1, Date(FirstDay, LastDay)));
    }

    /// <summary>
    /// Knowledge instants worth asking a world about: <see langword="null"/> (what is known now), every instant at which a
    /// record opens or closes, the instant just before each, and now and then any instant from 2000 to 2030.
    /// </summary>
    /// <param name="world">The world.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="world"/> is null.</exception>
    public static Gen<Instant?> KnownAtIn(SanctionsWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        var instants = WorldBoundaries.Instants(world);
        var any = Instant().Select(i => (Instant?)i);
        return instants.Length == 0
            ? Gen.Frequency((1, Gen.Constant<Instant?>(null)), (1, any))
            : Gen.Frequency((2, Gen.Constant<Instant?>(null)), (4, Gen.Elements(instants).Select(i => (Instant?)i)), (1, any));
    }
}
