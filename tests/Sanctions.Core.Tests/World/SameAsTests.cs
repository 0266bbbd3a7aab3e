using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sanctions.Core.Parties;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Core.Tests.World;

// WorldView.SameAs against its definition: the closure over the same-as ties in effect on the day as known at the instant, either
// way, each party reached with the best over paths of the weakest tie on the path. The oracle is a fixpoint over every relation of the
// world, sharing nothing with the index (no search, no shortcut for a party without ties). The worlds are small graphs of same-as,
// ownership and associate relations, dated exactly, by month (possibly on the day) or not in effect, some recorded later or corrected.
public sealed class SameAsTests
{
    private static readonly LocalDate On = new(2020, 6, 15);

    private static readonly ValidPeriod[] Periods =
    [
        ValidPeriod.Always,
        ValidPeriod.Since(new PartialDate(2020, 6)),
        ValidPeriod.Since(new PartialDate(2019, 1, 1)),
        new ValidPeriod(new PartialDate(2018), new PartialDate(2020, 6)),
        ValidPeriod.Since(new PartialDate(2021, 1, 1)),
    ];

    private static readonly Instant Corrected = Instant.FromUtc(2020, 1, 1, 0, 0);

    private static readonly RecordPeriod[] Records = [default, new RecordPeriod(Corrected, null), new RecordPeriod(null, Corrected)];

    private static readonly Instant?[] KnownAts = [null, Instant.FromUtc(2019, 1, 1, 0, 0), Instant.FromUtc(2021, 1, 1, 0, 0)];

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property SameAs_EqualsClosureOverTies() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 1_000_000), 25).ToArbitrary(), seeds =>
        {
            var (world, knownAt) = Graph(seeds);
            var view = world.AsOf(On, knownAt);
            var ties = world.Relations.Where(r => r.Kind == RelationKind.SameAs && Naive.Visible(r.Recorded, knownAt))
                .Select(r => (r.From, r.To, Certainty: r.Valid.Contains(On))).Where(t => t.Certainty != Certainty.No).ToList();
            foreach (var party in world.Parties.Select(p => p.Id))
            {
                var best = new Dictionary<PartyId, Certainty> { [party] = Certainty.Certain };
                for (var changed = true; changed;)
                {
                    changed = false;
                    foreach (var (from, to, certainty) in ties.SelectMany(t => new[] { t, (From: t.To, To: t.From, t.Certainty) }))
                    {
                        if (to != party && best.TryGetValue(from, out var reach))
                        {
                            var c = certainty < reach ? certainty : reach;
                            if (!best.TryGetValue(to, out var known) || c > known)
                            {
                                best[to] = c;
                                changed = true;
                            }
                        }
                    }
                }

                var expected = best.Where(b => b.Key != party).Select(b => $"{b.Key}:{b.Value}").Order(StringComparer.Ordinal);
                var actual = view.SameAs(party).Select(a => $"{a.Fact}:{a.Certainty}").Order(StringComparer.Ordinal);
                Assert.Equal(expected, actual);
            }
        });

    // Up to eight persons and up to eight relations between them; each seed picks a relation's kind, ends, period and record.
    private static (SanctionsWorld World, Instant? KnownAt) Graph(int[] seeds)
    {
        var parties = 2 + (seeds[0] % 7);
        var builder = new WorldBuilder();
        for (var p = 0; p < parties; p++)
        {
            builder.AddParty(new Person(new PartyId("p" + p), [new PartyName("Person " + p)]));
        }

        var relations = seeds[1] % 9;
        for (var r = 0; r < relations; r++)
        {
            var seed = seeds[2 + r];
            var from = seed % parties;
            var to = (from + 1 + (seed / 7 % (parties - 1))) % parties;
            var kind = (seed / 100 % 4) switch { 0 => RelationKind.Ownership, 1 => RelationKind.Associate, _ => RelationKind.SameAs };
            builder.AddRelation(new Relation(kind, new PartyId("p" + from), new PartyId("p" + to), Periods[seed / 1000 % Periods.Length],
                kind == RelationKind.Ownership ? 10m : null, recorded: Records[seed / 10_000 % Records.Length]));
        }

        return (builder.Build(), KnownAts[seeds[24] % KnownAts.Length]);
    }
}
