using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;
using static Sanctions.Core.Tests.World.SampleWorld;

namespace Sanctions.Core.Tests.World;

public sealed class PartyHistoryTests
{
    private static readonly SanctionsWorld World = Build();

    [Fact]
    public void History_Rogozin_BirthPositionAndBothDesignationsInOrderOfStart()
    {
        var events = World.History(Rogozin);

        Assert.Equal(
            [PartyEventKind.Birth, PartyEventKind.Position, PartyEventKind.Designation, PartyEventKind.Designation],
            events.Select(e => e.Kind));
        Assert.Equal(new PartialDate(1963, 12, 21), events[0].From);
        Assert.True(events[0].IsPoint);
        Assert.Equal("Deputy Prime Minister of Russia", events[1].Position?.Title);
        Assert.Equal(new PartialDate(2018, 5, 18), events[1].To);
        Assert.Equal(["us:rogozin", "eu:rogozin"], events.Skip(2).Select(e => e.Designation!.Id));
        Assert.All(events, e => Assert.Equal(Rogozin, e.Party));
    }

    // An end the data leaves unknown is unknown in the history, never open: From/To are null for it as for an open end, Start/End say which.
    [Fact]
    public void History_AnUnknownEnd_IsUnknown_NotOpen()
    {
        var position = new Relations.Position(Rogozin, "Senator", ValidPeriod.Of(new PartialDate(2023, 9, 23), PeriodEnd.Unknown));
        var world = new WorldBuilder(World).AddPosition(position).Build();

        var e = Assert.Single(world.History(Rogozin), e => e.Position == position);

        Assert.Null(e.To);
        Assert.Equal(PeriodEndKind.Unknown, e.End.Kind);
        Assert.Equal(new PartialDate(2023, 9, 23), e.Start.Date);
        Assert.Equal("2023-09-23 → unknown (..) Position", e.ToString());
        Assert.Equal(PeriodEndKind.Open, Assert.Single(world.History(Rogozin), x => x.Designation?.Id == "us:rogozin").End.Kind);
    }

    [Fact]
    public void History_BeforeTheRecordOfTheUsDesignation_LeavesItOut()
    {
        var events = World.History(Rogozin, Published1 - Duration.FromSeconds(1));

        Assert.Equal(["eu:rogozin"], events.Where(e => e.Kind == PartyEventKind.Designation).Select(e => e.Designation!.Id));
    }

    [Fact]
    public void History_Organization_FoundingAndEveryMemberStatus()
    {
        var events = World.History(Sco);

        Assert.Equal(PartyEventKind.Founding, events[0].Kind);
        Assert.Equal(new PartialDate(2001, 6, 15), events[0].From);
        Assert.Equal(World.Memberships.Length, events.Count(e => e.Kind == PartyEventKind.Member));
    }

    [Fact]
    public void History_UnknownParty_Throws()
    {
        Assert.Throws<UnknownReferenceException>(() => World.History(new PartyId("person:nobody")));
    }

    // Every fact the dataset asserted at the instant that names the party appears once, with its own dates, in order of start.
    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property History_HoldsEveryVisibleFactOfTheParty_OnceInOrderOfStart() =>
        Prop.ForAll(
            Gen.Elements(World.Parties.Select(p => p.Id).ToArray()).ToArbitrary(),
            Gen.Elements<Instant?>(null, Published1 - Duration.FromDays(1), Published1, Published2 - Duration.FromDays(1), Published2).ToArbitrary(),
            (party, knownAt) =>
            {
                var events = World.History(party, knownAt);
                IEnumerable<IDatedFact> expected = World.Designations.Where(d => d.Party == party).Cast<IDatedFact>()
                    .Concat(World.Memberships.Where(m => m.Member == party || m.Organization == party))
                    .Concat(World.Positions.Where(p => p.Holder == party))
                    .Concat(World.Relations.Where(r => r.From == party || r.To == party))
                    .Concat(World.CountryMeasures.Where(m => m.Target == party))
                    .Where(f => f.Recorded.IsVisibleAt(knownAt));
                var facts = events.Select(e => (IDatedFact?)e.Designation ?? (IDatedFact?)e.Membership ?? (IDatedFact?)e.Position ?? (IDatedFact?)e.Relation ?? e.CountryMeasure)
                    .OfType<IDatedFact>().ToList();
                var actions = World.TreatyActions.Where(a => a.Party == party && a.Recorded.IsVisibleAt(knownAt)).ToList();
                var starts = events.Select(e => e.Start.Earliest ?? LocalDate.MinIsoValue).ToList();
                return facts.Count == expected.Count() && expected.All(f => facts.Contains(f))
                    && events.Where(e => e.TreatyAction is not null).Select(e => e.TreatyAction).SequenceEqual(actions)
                    && events.Where(e => !e.IsPoint && e.Kind != PartyEventKind.Birth).All(e => e.From == Facts(e).Valid.From && e.To == Facts(e).Valid.To && e.Start == Facts(e).Valid.Start && e.End == Facts(e).Valid.End)
                    && starts.Zip(starts.Skip(1)).All(p => p.First <= p.Second);
            });

    [Fact]
    public void StatusTimeline_Belarus_AnswersByDayAndListsTheChanges()
    {
        var timeline = World.StatusTimeline(Belarus, Sco);

        Assert.Equal(3, timeline.Entries.Length);
        Assert.Equal(new DatedAnswer<MembershipStatus>(MembershipStatus.Observer, Certainty.Certain), timeline.At(D(2020, 1, 1)));
        Assert.Equal(MembershipStatus.Member, timeline.At(D(2024, 7, 4))?.Fact);
        Assert.Null(timeline.At(D(2009, 12, 31)));
        var change = Assert.Single(timeline.Changes(D(2024, 1, 1), D(2024, 12, 31)), c => c.Kind == TimelineChangeKind.Start);
        Assert.Equal(MembershipStatus.Member, change.Value);
    }

    [Fact]
    public void StatusTimeline_NoStatus_IsEmpty()
    {
        Assert.Empty(World.StatusTimeline(Rogozin, Sco).Entries);
    }

    private static IDatedFact Facts(PartyEvent e) =>
        (IDatedFact?)e.Designation ?? (IDatedFact?)e.Membership ?? (IDatedFact?)e.Position ?? (IDatedFact?)e.Relation ?? e.CountryMeasure!;
}
