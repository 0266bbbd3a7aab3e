using FsCheck;
using FsCheck.Fluent;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.World;

namespace Sanctions.Core.Tests.World;

/// <summary>Every indexed query of <see cref="WorldView"/> equals a linear scan over the same facts, at boundary days and knowledge instants.</summary>
public sealed partial class WorldViewTests
{
    [SanctionsProperty]
    public Property DesignationsOf_EqualsLinearScan() => Prop.ForAll(Probes.Any, p =>
    {
        foreach (var party in p.World.Parties)
        {
            var actual = p.View.DesignationsOf(party.Id).ToImmutableArray();
            var expected = Naive.DesignationsOf(p.World, party.Id, p.On, p.KnownAt);
            Assert.True(Answers.Same(actual, expected), $"{party.Id}: index {Answers.Show(actual)} but scan {Answers.Show(expected)}");
            Assert.True(Answers.IsSortedBy(actual, a => a.Fact.Valid.From?.Earliest ?? NodaTime.LocalDate.MinIsoValue), $"{party.Id}: not in order of start: {Answers.Show(actual)}");
            Assert.Equal(expected.Length, p.View.DesignationsOf(party.Id).Count);
        }
    });

    [SanctionsProperty]
    public Property DesignationsOf_WithFilter_EqualsLinearScan() => Prop.ForAll(Probes.Any, p =>
    {
        var filters = new List<DesignationFilter>();
        foreach (var a in p.World.Authorities)
        {
            filters.Add(new DesignationFilter(Authority: a.Id.Value));
            filters.Add(new DesignationFilter(Authority: a.Jurisdiction.ToLowerInvariant()));
        }

        filters.AddRange(p.World.Lists.Select(l => new DesignationFilter(List: l.Id)));
        filters.AddRange(p.World.Programs.Select(x => new DesignationFilter(Program: x.Id)));
        filters.AddRange(Enum.GetValues<MeasureKind>().Select(m => new DesignationFilter(Measure: m)));
        foreach (var party in p.World.Designations.Select(d => d.Party).Distinct())
        {
            foreach (var filter in filters)
            {
                var actual = p.View.DesignationsOf(party, filter).ToImmutableArray();
                var expected = Naive.DesignationsOf(p.World, party, p.On, p.KnownAt, filter);
                Assert.True(Answers.Same(actual, expected), $"{party} {filter}: index {Answers.Show(actual)} but scan {Answers.Show(expected)}");
                Assert.Equal(Naive.IsDesignated(p.World, party, p.On, p.KnownAt, filter), p.View.IsDesignated(party, filter));
            }
        }
    });

    [SanctionsProperty]
    public Property IsDesignated_EqualsLinearScan() => Prop.ForAll(Probes.Any, p =>
    {
        foreach (var party in p.World.Parties)
        {
            Assert.Equal(Naive.IsDesignated(p.World, party.Id, p.On, p.KnownAt), p.View.IsDesignated(party.Id));
            Assert.Equal(p.View.IsDesignated(party.Id), p.View.DesignationsOf(party.Id).Certainty);
        }
    });

    [SanctionsProperty]
    public Property DesignatedBy_EqualsLinearScan() => Prop.ForAll(Probes.Any, p =>
    {
        foreach (var code in p.World.Authorities.SelectMany(a => new[] { a.Id.Value, a.Jurisdiction }).Distinct())
        {
            var actual = p.View.DesignatedBy(code);
            var expected = Naive.DesignatedBy(p.World, code, p.On, p.KnownAt);
            Assert.True(Answers.Same(actual, expected), $"{code}: index {Answers.Show(actual)} but scan {Answers.Show(expected)}");
            Assert.True(Answers.IsSortedBy(actual, a => p.World.GetParty(a.Fact.Party).Name, StringComparer.Ordinal), $"{code}: not ordered by party name");
        }
    });

    [SanctionsProperty]
    public Property MembersOf_EqualsLinearScan() => Prop.ForAll(Probes.Any, p =>
    {
        var statuses = p.World.Memberships.Select(m => (MembershipStatus?)m.Status).Distinct().Append(null).ToList();
        foreach (var org in p.World.Parties.OfType<InternationalOrganization>())
        {
            foreach (var status in statuses)
            {
                var actual = p.View.MembersOf(org.Id, status);
                var expected = Naive.MembersOf(p.World, org.Id, status, p.On, p.KnownAt);
                Assert.True(Answers.Same(actual, expected), $"{org.Id} {status}: index {Answers.Show(actual)} but scan {Answers.Show(expected)}");
                Assert.True(Answers.IsSortedBy(actual, a => p.World.GetParty(a.Fact.Member).Name, StringComparer.Ordinal), $"{org.Id}: not ordered by member name");
            }
        }
    });

    [SanctionsProperty]
    public Property StatusIn_EqualsLinearScan() => Prop.ForAll(Probes.Any, p =>
    {
        foreach (var (member, org) in p.World.Memberships.Select(m => (m.Member, m.Organization)).Distinct())
        {
            var actual = p.View.StatusIn(member, org);
            var expected = Naive.StatusIn(p.World, member, org, p.On, p.KnownAt);
            Assert.True(
                actual?.Certainty == expected?.Certainty && ReferenceEquals(actual?.Fact, expected?.Fact),
                $"{member} in {org}: index {actual} but scan {expected}");
            var history = p.View.StatusHistory(member, org);
            Assert.Equal(p.World.Memberships.Where(m => m.Member == member && m.Organization == org && Naive.Visible(m.Recorded, p.KnownAt)).ToHashSet(), history.ToHashSet());
            Assert.True(Answers.IsSortedBy(history, m => m.Valid.From?.Earliest ?? NodaTime.LocalDate.MinIsoValue), "history not in order of start");
        }
    });

    [SanctionsProperty]
    public Property PartiesTo_EqualsLinearScan() => Prop.ForAll(Probes.Any, p =>
    {
        foreach (var treaty in p.World.Treaties)
        {
            var actual = p.View.PartiesTo(treaty.Id);
            var (bound, signedOnly) = Naive.PartiesTo(p.World, treaty.Id, p.On, p.KnownAt);
            Assert.True(actual.Bound.ToHashSet().SetEquals(bound), $"{treaty.Id} bound: index [{string.Join(", ", actual.Bound)}] but scan [{string.Join(", ", bound)}]");
            Assert.True(actual.SignedOnly.ToHashSet().SetEquals(signedOnly), $"{treaty.Id} signed only: index [{string.Join(", ", actual.SignedOnly)}] but scan [{string.Join(", ", signedOnly)}]");
            Assert.True(Answers.IsSortedBy(actual.Bound, a => p.World.GetParty(a.Fact).Name, StringComparer.Ordinal), "bound parties not ordered by name");
        }
    });

    [SanctionsProperty]
    public Property MeasuresOn_EqualsLinearScan() => Prop.ForAll(Probes.Any, p =>
    {
        var codes = p.World.Authorities.SelectMany(a => new[] { a.Id.Value, a.Jurisdiction }).Distinct().Append(null).ToList();
        foreach (var state in p.World.Parties.OfType<State>())
        {
            foreach (var code in codes)
            {
                var actual = p.View.MeasuresOn(state.Id, code);
                var expected = Naive.MeasuresOn(p.World, state.Id, code, p.On, p.KnownAt);
                Assert.True(Answers.Same(actual, expected), $"{state.Id} by {code}: index {Answers.Show(actual)} but scan {Answers.Show(expected)}");
                Assert.True(Answers.IsSortedBy(actual, a => a.Fact.Valid.From?.Earliest ?? NodaTime.LocalDate.MinIsoValue), "measures not in order of start");
            }
        }
    });

    [SanctionsProperty]
    public Property OwnersOfAndHoldingsOf_EqualLinearScan() => Prop.ForAll(Probes.Any, p =>
    {
        foreach (var party in p.World.Parties)
        {
            var owners = p.View.OwnersOf(party.Id);
            var expectedOwners = Naive.RelationsOf(p.World, party.Id, outgoing: false, RelationKind.Ownership, p.On, p.KnownAt);
            Assert.True(Answers.Same(owners, expectedOwners), $"owners of {party.Id}: index {Answers.Show(owners)} but scan {Answers.Show(expectedOwners)}");
            var holdings = p.View.HoldingsOf(party.Id);
            var expectedHoldings = Naive.RelationsOf(p.World, party.Id, outgoing: true, RelationKind.Ownership, p.On, p.KnownAt);
            Assert.True(Answers.Same(holdings, expectedHoldings), $"holdings of {party.Id}: index {Answers.Show(holdings)} but scan {Answers.Show(expectedHoldings)}");
            foreach (var kind in Enum.GetValues<RelationKind>().Select(k => (RelationKind?)k).Append(null))
            {
                foreach (var outgoing in new[] { true, false })
                {
                    Assert.True(Answers.Same(p.View.RelationsOf(party.Id, outgoing, kind), Naive.RelationsOf(p.World, party.Id, outgoing, kind, p.On, p.KnownAt)), $"relations of {party.Id} {kind} {outgoing}");
                }
            }

            Assert.True(Answers.Same(p.View.PositionsOf(party.Id), Naive.PositionsOf(p.World, party.Id, p.On, p.KnownAt)), $"positions of {party.Id}");
        }
    });

    [SanctionsProperty]
    public Property OwnersOf_CertainStakesNeverExceed100Percent() => Prop.ForAll(Probes.Any, p =>
    {
        foreach (var party in p.World.Parties)
        {
            var total = p.View.OwnersOf(party.Id).Where(a => a.Certainty == Sanctions.Core.Temporal.Certainty.Certain).Sum(a => a.Fact.Percent ?? 0m);
            Assert.True(total <= 100m, $"{party.Id} is owned {total}%");
        }
    });
}
