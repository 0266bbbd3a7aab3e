using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sanctions.Core.World;

namespace Sanctions.Core.Tests.World;

/// <summary>A generated world and a question to ask it: a day and a knowledge instant (null: known now).</summary>
public sealed record WorldProbe(WorldFacts Facts, SanctionsWorld World, LocalDate On, Instant? KnownAt)
{
    public WorldView View => World.AsOf(On, KnownAt);

    public override string ToString() => $"as of {On:uuuu-MM-dd}, known at {KnownAt?.ToString() ?? "now"}, in {Facts}";
}

/// <summary>A probe and a later day: the span (Probe.On, Later] of a Changes query.</summary>
public sealed record WorldSpan(WorldProbe Probe, LocalDate Later)
{
    public override string ToString() => $"from {Probe.On:uuuu-MM-dd} to {Later:uuuu-MM-dd}, known at {Probe.KnownAt?.ToString() ?? "now"}, in {Probe.Facts}";
}

/// <summary>Arbitraries of probes: worlds with partial dates, or exact days only; the world shrinks, the question stays.</summary>
public static class Probes
{
    public static Arbitrary<WorldProbe> Any { get; } = Make(WorldGenOptions.Default);

    public static Arbitrary<WorldProbe> Exact { get; } = Make(WorldGenOptions.Default with { ExactDates = true });

    // Two days in order, for Changes.
    public static Arbitrary<WorldSpan> Span(WorldGenOptions options)
    {
        var gen = from probe in Make(options).Generator
                  from later in SanctionsGen.DateIn(probe.World)
                  select later >= probe.On ? new WorldSpan(probe, later) : new WorldSpan(probe with { On = later }, probe.On);
        return Arb.From(gen, s => Shrink(s.Probe).Select(p => s with { Probe = p }));
    }

    private static Arbitrary<WorldProbe> Make(WorldGenOptions options)
    {
        var gen = from facts in SanctionsGen.WorldFacts(options)
                  let world = facts.Build()
                  from day in SanctionsGen.DateIn(world)
                  from knownAt in SanctionsGen.KnownAtIn(world)
                  select new WorldProbe(facts, world, day, knownAt);
        return Arb.From(gen, Shrink);
    }

    private static IEnumerable<WorldProbe> Shrink(WorldProbe probe)
    {
        if (probe.KnownAt is not null)
        {
            yield return probe with { KnownAt = null };
        }

        foreach (var smaller in SanctionsShrink.WorldFacts(probe.Facts))
        {
            yield return probe with { Facts = smaller, World = smaller.Build() };
        }
    }
}
