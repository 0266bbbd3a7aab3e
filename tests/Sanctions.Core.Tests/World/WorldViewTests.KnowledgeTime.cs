using FsCheck;
using FsCheck.Fluent;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Core.Tests.World;

/// <summary>Record time: a query at a knowledge instant sees exactly the facts recorded then.</summary>
public sealed partial class WorldViewTests
{
    // Every fact any query returns for the probe, over every party, organisation, treaty and authority.
    private static List<object> Seen(WorldProbe p)
    {
        var v = p.View;
        var seen = new List<object>();
        foreach (var party in p.World.Parties)
        {
            seen.AddRange(v.DesignationsOf(party.Id).Select(a => (object)a.Fact));
            seen.AddRange(v.MembersOf(party.Id).Select(a => (object)a.Fact));
            seen.AddRange(v.MeasuresOn(party.Id).Select(a => (object)a.Fact));
            seen.AddRange(v.RelationsOf(party.Id, outgoing: true).Select(a => (object)a.Fact));
            seen.AddRange(v.PositionsOf(party.Id).Select(a => (object)a.Fact));
            foreach (var org in p.World.Memberships.Select(m => m.Organization).Distinct())
            {
                seen.AddRange(v.StatusHistory(party.Id, org));
                if (v.StatusIn(party.Id, org) is { } s)
                {
                    seen.Add(s.Fact);
                }
            }
        }

        foreach (var a in p.World.Authorities)
        {
            seen.AddRange(v.DesignatedBy(a.Id.Value).Select(x => (object)x.Fact));
        }

        return seen;
    }

    private static RecordPeriod RecordOf(object fact) => fact switch
    {
        IDatedFact d => d.Recorded,
        Sanctions.Core.Treaties.TreatyAction a => a.Recorded,
        _ => throw new InvalidOperationException($"Not a fact: {fact}"),
    };

    [SanctionsProperty]
    public Property Queries_BeforeAFactWasRecorded_NeverSeeIt() => Prop.ForAll(Probes.Any, p =>
    {
        foreach (var fact in Seen(p))
        {
            var r = RecordOf(fact);
            Assert.True(p.KnownAt is not { } at || r.From is not { } from || from <= at, $"{fact} recorded {r} is seen at {p.KnownAt}");
            Assert.True(Naive.Visible(r, p.KnownAt), $"{fact} recorded {r} is seen at {p.KnownAt?.ToString() ?? "now"}");
        }

        foreach (var change in p.World.Changes(p.On.PlusDays(-4000), p.On, p.KnownAt))
        {
            var fact = (object?)change.Designation ?? (object?)change.Membership ?? (object?)change.TreatyAction ?? change.CountryMeasure!;
            Assert.True(Naive.Visible(RecordOf(fact), p.KnownAt), $"change {change} of a fact recorded {RecordOf(fact)} is seen at {p.KnownAt}");
        }
    });

    [SanctionsProperty]
    public Property Queries_BeforeAnythingWasRecorded_SeeOnlyFactsRecordedAlways() => Prop.ForAll(Probes.Any, p =>
    {
        var before = p with { KnownAt = SanctionsGen.FirstInstant - NodaTime.Duration.FromDays(365) };
        foreach (var fact in Seen(before))
        {
            Assert.True(RecordOf(fact).From is null, $"{fact} recorded {RecordOf(fact)} is seen before anything was recorded");
        }
    });

    [SanctionsProperty]
    public Property DesignationsOf_AtTheInstantARecordOpens_SeesIt_AndJustBefore_DoesNot() => Prop.ForAll(Probes.Any, p =>
    {
        foreach (var d in p.World.Designations.Where(d => d.Recorded.From is not null && d.Valid.Contains(p.On) != Certainty.No))
        {
            var from = d.Recorded.From!.Value;
            Assert.Contains(d, p.World.AsOf(p.On, from).DesignationsOf(d.Party).Select(a => a.Fact));
            Assert.DoesNotContain(d, p.World.AsOf(p.On, from - NodaTime.Duration.Epsilon).DesignationsOf(d.Party).Select(a => a.Fact));
            if (d.Recorded.To is { } to)
            {
                Assert.DoesNotContain(d, p.World.AsOf(p.On, to).DesignationsOf(d.Party).Select(a => a.Fact));
                Assert.DoesNotContain(d, p.World.AsOf(p.On).DesignationsOf(d.Party).Select(a => a.Fact));
            }
        }
    });
}
