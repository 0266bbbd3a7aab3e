using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sanctions.Core.Compliance;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Core.Tests.World;

/// <summary>
/// Unknown is not no: a generated world is one reading of the same world with its period ends blurred into unknown days with bounds
/// around them. Wherever the reading holds a fact, the blurred world must answer at least "possible"; wherever the blurred world is
/// certain, the reading must hold it too; and a check that is not clear on the reading is never clear on the blurred world.
/// </summary>
public sealed class UnknownBoundsTests
{
    private static PeriodEnd Blur(PeriodEnd end, bool isStart, Random rng)
    {
        if (rng.Next(3) == 0)
        {
            return end;
        }

        LocalDate? Widen(LocalDate? day, int sign) => rng.Next(5) == 0 ? null : day?.PlusDays(sign * rng.Next(0, 400));
        return end.Kind switch
        {
            // An open end is one reading of an unknown end without a bound on its open side.
            PeriodEndKind.Open => isStart
                ? PeriodEnd.Between(null, new LocalDate(2000, 1, 1).PlusDays(rng.Next(0, 9000)))
                : PeriodEnd.Between(new LocalDate(2000, 1, 1).PlusDays(rng.Next(0, 9000)), null),
            _ => PeriodEnd.Between(Widen(end.Earliest, -1), Widen(end.Latest, 1)),
        };
    }

    // A treaty action's day blurred into an unknown day around it (never open: an action happens on a day).
    private static PeriodEnd BlurDay(PeriodEnd day, Random rng)
    {
        if (rng.Next(3) == 0)
        {
            return day;
        }

        LocalDate? Widen(LocalDate? d, int sign) => rng.Next(5) == 0 ? null : d?.PlusDays(sign * rng.Next(0, 400));
        return PeriodEnd.Between(Widen(day.Earliest, -1), Widen(day.Latest, 1));
    }

    private static ValidPeriod Blur(ValidPeriod period, Random rng)
    {
        var start = Blur(period.Start, true, rng);
        var end = Blur(period.End, false, rng);
        return ValidPeriod.IsValid(start, end) ? ValidPeriod.Of(start, end) : period;
    }

    // The same world with every period's ends blurred: the original is one of its readings.
    private static SanctionsWorld Blurred(WorldFacts facts, int seed)
    {
        var rng = new Random(seed);
        return facts.With(
            designations: [.. facts.Designations.Select(d => d with { Valid = Blur(d.Valid, rng) })],
            measures: [.. facts.CountryMeasures.Select(m => m with { Valid = Blur(m.Valid, rng) })],
            memberships: [.. facts.Memberships.Select(m => m with { Valid = Blur(m.Valid, rng) })],
            relations: [.. facts.Relations.Select(r => r with { Valid = Blur(r.Valid, rng) })],
            positions: [.. facts.Positions.Select(p => p with { Valid = Blur(p.Valid, rng) })],
            actions: [.. facts.TreatyActions.Select(a => a with { When = BlurDay(a.When, rng) })]).Build();
    }

    private static IEnumerable<LocalDate> Days(SanctionsWorld world)
    {
        var days = new SortedSet<LocalDate> { new(2017, 8, 5) };
        foreach (var d in world.Designations.Take(20))
        {
            foreach (var day in new[] { d.Valid.Start.Earliest, d.Valid.Start.Latest, d.Valid.End.Earliest, d.Valid.End.Latest })
            {
                if (day is { } x)
                {
                    days.Add(x.PlusDays(-1));
                    days.Add(x);
                }
            }
        }

        return days.Take(12);
    }

    [SanctionsProperty]
    public Property Queries_NeverAnswerADefiniteNegative_WhereSomeReadingHoldsTheFact() => Prop.ForAll(SanctionsArbitraries.WorldFacts(), ArbMap.Default.ArbFor<int>(), (facts, seed) =>
    {
        var reading = facts.Build();
        var blurred = Blurred(facts, seed);
        foreach (var day in Days(reading))
        {
            var r = reading.AsOf(day);
            var b = blurred.AsOf(day);
            foreach (var party in reading.Parties)
            {
                var id = party.Id;
                var held = r.IsDesignated(id);
                var answer = b.IsDesignated(id);
                Assert.True(held == Certainty.No || answer != Certainty.No, $"{id} on {day}: designated ({held}) in a reading, but 'no' with unknown bounds");
                Assert.True(answer != Certainty.Certain || held == Certainty.Certain, $"{id} on {day}: certain with unknown bounds, but {held} in a reading");
                Assert.Subset(b.DesignationsOf(id).ToImmutableArray().Select(a => a.Fact.Id).ToHashSet(), r.DesignationsOf(id).ToImmutableArray().Select(a => a.Fact.Id).ToHashSet());
                Assert.Subset(b.MembersOf(id).Select(a => (a.Fact.Member, a.Fact.Status)).ToHashSet(), r.MembersOf(id).Select(a => (a.Fact.Member, a.Fact.Status)).ToHashSet());
                Assert.Subset(b.MeasuresOn(id).Select(a => a.Fact.Id).ToHashSet(), r.MeasuresOn(id).Select(a => a.Fact.Id).ToHashSet());
                Assert.Subset(b.OwnersOf(id).Select(a => a.Fact).ToHashSet(new PeriodBlind()), r.OwnersOf(id).Select(a => a.Fact).ToHashSet(new PeriodBlind()));
                Assert.Subset(b.PositionsOf(id).Select(a => a.Fact.Title).ToHashSet(), r.PositionsOf(id).Select(a => a.Fact.Title).ToHashSet());
                foreach (var org in reading.Memberships.Select(m => m.Organization).Distinct())
                {
                    Assert.True(r.StatusIn(id, org) is null || b.StatusIn(id, org) is not null, $"{id} in {org} on {day}: a status in a reading, none with unknown bounds");
                }
            }

            // Parties to: bound or signed only in a reading is at least possibly so with unknown days; certain only where the reading is.
            foreach (var treaty in reading.Treaties)
            {
                var rp = r.PartiesTo(treaty.Id);
                var bp = b.PartiesTo(treaty.Id);
                Assert.Subset(bp.Bound.Select(a => a.Fact).ToHashSet(), rp.Bound.Select(a => a.Fact).ToHashSet());
                Assert.Subset(bp.SignedOnly.Select(a => a.Fact).ToHashSet(), rp.SignedOnly.Select(a => a.Fact).ToHashSet());
                Assert.All(bp.Bound.Where(a => a.Certainty == Certainty.Certain), a => Assert.Contains(rp.Bound, x => x.Fact == a.Fact && x.Certainty == Certainty.Certain));
                Assert.All(bp.SignedOnly.Where(a => a.Certainty == Certainty.Certain), a => Assert.Contains(rp.SignedOnly, x => x.Fact == a.Fact && x.Certainty == Certainty.Certain));
            }
        }
    });

    // What a change is about, without its day (the blurred world changes only days).
    private static (ChangeKind Kind, string Fact) Key(WorldChange c) => (c.Kind, c switch
    {
        { Designation: { } d } => d.Id,
        { Membership: { } m } => $"{m.Member}|{m.Organization}|{m.Status}|{m.Recorded}",
        { TreatyAction: { } a } => $"{a.Treaty}|{a.Party}|{a.Kind}|{a.Recorded}",
        { CountryMeasure: { } m } => m.Id,
        _ => throw new InvalidOperationException(c.ToString()),
    });

    // Changes: a change a reading places in a span is reported for that span with unknown days too (placed there or possibly there):
    // an empty answer never hides one. Spans run between the days where answers change.
    [SanctionsProperty]
    public Property Changes_NeverOmitAChange_ThatSomeReadingPlacesInTheSpan() => Prop.ForAll(SanctionsArbitraries.WorldFacts(), ArbMap.Default.ArbFor<int>(), (facts, seed) =>
    {
        var reading = facts.Build();
        var blurred = Blurred(facts, seed);
        var days = Days(reading).ToList();
        foreach (var (from, to) in days.Zip(days.Skip(1)).Append((days[0].PlusDays(-3000), days[^1].PlusDays(3000))))
        {
            var expected = reading.Changes(from, to).Where(c => !c.PossiblyInSpan).Select(Key).ToHashSet();
            var answered = blurred.Changes(from, to).Select(Key).ToHashSet();
            Assert.True(expected.IsSubsetOf(answered), $"({from}, {to}]: a reading changes {string.Join("; ", expected.Except(answered))}, not reported with unknown days");
        }
    });

    // A check never says clear when a rule was not evaluated: under a jurisdiction whose lists the world does not hold, or with a
    // knowledge instant before anything the data records, the verdict is at least review and names what was not evaluated.
    [SanctionsProperty]
    public Property Check_IsNeverClear_WhenARuleWasNotEvaluated() => Prop.ForAll(SanctionsArbitraries.WorldFacts(), ArbMap.Default.ArbFor<int>(), (facts, seed) =>
    {
        var engine = new ComplianceEngine(Blurred(facts, seed));
        var world = engine.World;
        var missing = new[] { "UN", "US", "EU", "UK" }.Where(j => !world.Coverage.HoldsListsOf(j)).ToArray();
        foreach (var day in Days(world).Take(3))
        {
            foreach (var party in world.Parties.Take(10))
            {
                foreach (var jurisdiction in missing)
                {
                    var result = engine.Check(new ComplianceRequest(party.Id, day, [jurisdiction]));
                    Assert.NotEqual(Verdict.Clear, result.Verdict);
                    Assert.Contains(result.Findings, f => f.Fact == $"coverage:lists:{jurisdiction}" && f.Explanation.Contains("not evaluated", StringComparison.Ordinal));
                }

                if (world.Coverage.RecordedFrom is { } first)
                {
                    var jurisdictions = world.Authorities.Select(a => a.Jurisdiction.ToUpperInvariant()).Distinct().Take(1).ToArray();
                    if (jurisdictions.Length > 0)
                    {
                        var early = engine.Check(new ComplianceRequest(party.Id, day, jurisdictions) { KnownAt = first - Duration.FromDays(1) });
                        Assert.NotEqual(Verdict.Clear, early.Verdict);
                    }
                }
            }
        }
    });

    [SanctionsProperty]
    public Property Check_IsNeverClear_WhereSomeReadingIsNot() => Prop.ForAll(SanctionsArbitraries.WorldFacts(), ArbMap.Default.ArbFor<int>(), (facts, seed) =>
    {
        var reading = new ComplianceEngine(facts.Build());
        var blurred = new ComplianceEngine(Blurred(facts, seed));
        var jurisdictions = reading.World.Authorities.Select(a => a.Jurisdiction.ToUpperInvariant()).Distinct().ToArray();
        if (jurisdictions.Length == 0)
        {
            return;
        }

        foreach (var day in Days(reading.World).Take(4))
        {
            foreach (var party in reading.World.Parties.Take(15))
            {
                var request = new ComplianceRequest(party.Id, day, jurisdictions, goods: Goods.Arms);
                var r = reading.Check(request).Verdict;
                var b = blurred.Check(request).Verdict;
                Assert.True(r == Verdict.Clear || b != Verdict.Clear, $"{party.Id} on {day}: {r} in a reading, clear with unknown bounds");
            }
        }
    });

    // Relations compared without their periods (the blurred world changes only periods).
    private sealed class PeriodBlind : IEqualityComparer<Sanctions.Core.Relations.Relation>
    {
        public bool Equals(Sanctions.Core.Relations.Relation? x, Sanctions.Core.Relations.Relation? y) =>
            x is not null && y is not null && x.Kind == y.Kind && x.From == y.From && x.To == y.To && x.Percent == y.Percent;

        public int GetHashCode(Sanctions.Core.Relations.Relation obj) => HashCode.Combine(obj.Kind, obj.From, obj.To, obj.Percent);
    }
}
