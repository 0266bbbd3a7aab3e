using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;
using static Sanctions.Core.Tests.World.SampleWorld;

namespace Sanctions.Core.Tests.World;

public sealed partial class WorldViewTests
{
    private static readonly SanctionsWorld World = Build();

    [Fact]
    public void StatusIn_IranInScoOnArticleDate_IsObserver()
    {
        var status = World.AsOf(D(2017, 8, 5)).StatusIn(Iran, Sco);
        Assert.NotNull(status);
        Assert.Equal(MembershipStatus.Observer, status.Value.Fact.Status);
        Assert.Equal(Certainty.Certain, status.Value.Certainty);
    }

    [Theory]
    [InlineData(2023, 7, 3, "observer")]
    [InlineData(2023, 7, 4, "member")]
    [InlineData(2005, 7, 15, "observer")]
    public void StatusIn_AroundStatusChange_ReturnsStatusOfThatDay(int y, int m, int d, string expected)
    {
        Assert.Equal(expected, World.AsOf(D(y, m, d)).StatusIn(Iran, Sco)?.Fact.Status.Value);
    }

    [Fact]
    public void StatusIn_BeforeFirstStatus_IsNull()
    {
        Assert.Null(World.AsOf(D(2005, 6, 30)).StatusIn(Iran, Sco));
    }

    [Fact]
    public void StatusIn_PartialMonthStart_IsPossible()
    {
        Assert.Equal(Certainty.Possible, World.AsOf(D(2005, 7, 15)).StatusIn(Iran, Sco)!.Value.Certainty);
    }

    [Fact]
    public void StatusIn_YearOfPartialChange_PicksLaterPossibleStatus()
    {
        var status = World.AsOf(D(2015, 6, 1)).StatusIn(Belarus, Sco)!.Value;
        Assert.Equal(MembershipStatus.Observer, status.Fact.Status);
        Assert.Equal(Certainty.Possible, status.Certainty);
    }

    [Fact]
    public void StatusIn_TwoPossibleStatusesStartingTogether_PrefersTheOneEndingLater()
    {
        // Found by the property suite: [2021, …) and [2021, 2021) are both possible on 2021-05-31.
        var pakistanLike = Builder()
            .AddParty(new Sanctions.Core.Parties.State(new Sanctions.Core.Parties.PartyId("iso:PK"), [new Sanctions.Core.Parties.PartyName("Pakistan")], "PK"))
            .AddMembership(new Membership(new Sanctions.Core.Parties.PartyId("iso:PK"), Sco, MembershipStatus.Suspended, new ValidPeriod(new PartialDate(2021), new PartialDate(2021))))
            .AddMembership(new Membership(new Sanctions.Core.Parties.PartyId("iso:PK"), Sco, MembershipStatus.Partner, ValidPeriod.Since(new PartialDate(2021))))
            .Build();
        var status = pakistanLike.AsOf(D(2021, 5, 31)).StatusIn(new Sanctions.Core.Parties.PartyId("iso:PK"), Sco)!.Value;
        Assert.Equal(MembershipStatus.Partner, status.Fact.Status);
        Assert.Equal(Certainty.Possible, status.Certainty);
    }

    [Fact]
    public void StatusHistory_InOrderOfStart()
    {
        Assert.Equal(["observer", "member"], World.AsOf(D(2000, 1, 1)).StatusHistory(Iran, Sco).Select(m => m.Status.Value));
    }

    [Fact]
    public void MembersOf_OnArticleDate_ByStatus()
    {
        var view = World.AsOf(D(2017, 8, 5));
        Assert.Equal(["India", "Russia"], view.MembersOf(Sco, MembershipStatus.Member).Select(a => World.GetParty(a.Fact.Member).Name));
        Assert.Equal(["Belarus", "Iran"], view.MembersOf(Sco, MembershipStatus.Observer).Select(a => World.GetParty(a.Fact.Member).Name));
        Assert.Equal(4, view.MembersOf(Sco).Length);
    }

    [Fact]
    public void MembersOf_OnTheDayStatusChanges_ReturnsNewStatus()
    {
        var members = World.AsOf(D(2017, 6, 9)).MembersOf(Sco, MembershipStatus.Member).Select(a => a.Fact.Member);
        Assert.Contains(India, members);
        Assert.DoesNotContain(India, World.AsOf(D(2017, 6, 8)).MembersOf(Sco, MembershipStatus.Member).Select(a => a.Fact.Member));
    }

    [Fact]
    public void DesignationsOf_RogozinOnArticleDate_UsAndEu()
    {
        var answers = World.AsOf(D(2017, 8, 5)).DesignationsOf(Rogozin).ToImmutableArray();
        Assert.Equal(["us:rogozin", "eu:rogozin"], answers.Select(a => a.Fact.Id));
        Assert.All(answers, a => Assert.Equal(Certainty.Certain, a.Certainty));
    }

    [Theory]
    [InlineData(2014, 3, 16, 0)]
    [InlineData(2014, 3, 17, 1)]
    [InlineData(2014, 3, 20, 1)]
    [InlineData(2014, 3, 21, 2)]
    public void DesignationsOf_BoundaryDays(int y, int m, int d, int expected)
    {
        Assert.Equal(expected, World.AsOf(D(y, m, d)).DesignationsOf(Rogozin).Count);
    }

    [Fact]
    public void DesignationsOf_FilterByAuthority_CoarseCodeIncludesFinerOnes()
    {
        var view = World.AsOf(D(2017, 8, 5));
        Assert.Equal(["us:rogozin"], view.DesignationsOf(Rogozin, new DesignationFilter(Authority: "US")).ToImmutableArray().Select(a => a.Fact.Id));
        Assert.Equal(["eu:rogozin"], view.DesignationsOf(Rogozin, new DesignationFilter(List: EuList)).ToImmutableArray().Select(a => a.Fact.Id));
        Assert.Equal(1, view.DesignationsOf(Rogozin, new DesignationFilter(Program: new ProgramId("UKRAINE-EO13661"))).Count);
        var error = Assert.Throws<UnknownReferenceException>(() => view.DesignationsOf(Rogozin, new DesignationFilter(Authority: "UK")));
        Assert.Equal(ReferenceKind.Authority, error.Kind);
    }

    [Fact]
    public void MembersOf_UnknownStatus_SuggestsTheKnownOne()
    {
        var error = Assert.Throws<UnknownReferenceException>(() => World.AsOf(D(2017, 8, 5)).MembersOf(Sco, new MembershipStatus("observers")));

        Assert.Equal(ReferenceKind.Status, error.Kind);
        Assert.Equal(["observer"], error.Suggestions);
    }

    [Theory]
    [InlineData("OFAC", "US-OFAC")]
    [InlineData("us-ofca", "US-OFAC")]
    [InlineData("UE", "EU")]
    public void DesignationsOf_UnknownAuthorityCode_ThrowsWithTheNearestCodes(string code, string suggested)
    {
        var view = World.AsOf(D(2017, 8, 5));

        var error = Assert.Throws<UnknownReferenceException>(() => view.IsDesignated(Rogozin, new DesignationFilter(Authority: code)));

        Assert.Contains(suggested, error.Suggestions);
    }

    [Fact]
    public void Queries_UnknownIdsAndCodes_ThrowRatherThanAnswerNo()
    {
        var view = World.AsOf(D(2017, 8, 5));
        var typo = new Sanctions.Core.Parties.PartyId("person:typo");

        Assert.All(
            new Action[]
            {
                () => view.IsDesignated(typo),
                () => view.DesignationsOf(typo),
                () => view.IsDesignated(Rogozin, new DesignationFilter(List: new ListId("no-such-list"))),
                () => view.IsDesignated(Rogozin, new DesignationFilter(Program: new ProgramId("NO-SUCH"))),
                () => view.DesignatedBy("XX"),
                () => view.MeasuresOn(typo),
                () => view.OwnersOf(typo),
                () => view.PositionsOf(typo),
                () => view.StatusIn(typo, typo),
                () => view.PartiesTo(new Sanctions.Core.Treaties.TreatyId("no-such-treaty")),
                () => view.MembersOf(Sco, new MembershipStatus("observers")),
            },
            query => Assert.Throws<UnknownReferenceException>(query));
    }

    [Fact]
    public void IsDesignated_BeforeAndAfter()
    {
        Assert.Equal(Certainty.No, World.AsOf(D(2017, 8, 5)).IsDesignated(Putin));
        Assert.Equal(Certainty.Certain, World.AsOf(D(2022, 2, 25)).IsDesignated(Putin));
        Assert.Throws<UnknownReferenceException>(() => World.AsOf(D(2022, 2, 25)).IsDesignated(new Sanctions.Core.Parties.PartyId("unknown")));
    }

    [Fact]
    public void IsDesignated_KnownBeforeRecorded_IsInvisible()
    {
        // Putin's designation was recorded on 2022-02-25 20:00 UTC: the morning's data did not know it.
        var morning = Instant.FromUtc(2022, 2, 25, 9, 0);
        Assert.Equal(Certainty.No, World.AsOf(D(2022, 2, 25), morning).IsDesignated(Putin));
        Assert.Equal(Certainty.Certain, World.AsOf(D(2022, 2, 25), Published2).IsDesignated(Putin));
    }

    [Fact]
    public void DesignatedBy_Authority_ListsEveryParty()
    {
        var us = World.AsOf(D(2023, 1, 1)).DesignatedBy("US");
        Assert.Equal(["us:rogozin", "us:putin"], us.Select(a => a.Fact.Id));
    }

    [Fact]
    public void PartiesTo_BeforeAndAfterEntryIntoForce()
    {
        var signedOnly = World.AsOf(D(2025, 5, 1)).PartiesTo(Treaty2025);
        Assert.Empty(signedOnly.Bound);
        Assert.Equal([Iran, Russia], signedOnly.SignedOnly.Select(a => a.Fact));
        var bound = World.AsOf(D(2025, 10, 2)).PartiesTo(Treaty2025);
        Assert.Equal([Iran, Russia], bound.Bound.Select(a => a.Fact));
        Assert.Empty(bound.SignedOnly);
        Assert.Empty(World.AsOf(D(2025, 1, 16)).PartiesTo(Treaty2025).SignedOnly);
    }

    [Fact]
    public void MeasuresOn_Iran_ByDateAndAuthority()
    {
        Assert.Equal(2, World.AsOf(D(2017, 8, 5)).MeasuresOn(Iran).Length);
        Assert.Equal(["eu:iran-arms"], World.AsOf(D(2021, 1, 1)).MeasuresOn(Iran).Select(a => a.Fact.Id));
        Assert.Equal(["un:iran-arms-2231"], World.AsOf(D(2017, 8, 5)).MeasuresOn(Iran, "UN").Select(a => a.Fact.Id));
        Assert.Equal(Certainty.Possible, World.AsOf(D(2007, 4, 10)).MeasuresOn(Iran).Single().Certainty);
    }

    [Fact]
    public void PositionsOf_Rogozin()
    {
        Assert.Single(World.AsOf(D(2017, 8, 5)).PositionsOf(Rogozin));
        Assert.Empty(World.AsOf(D(2018, 5, 18)).PositionsOf(Rogozin));
    }

    [Fact]
    public void RelationsOf_ControlIsNotOwnership()
    {
        var view = World.AsOf(D(2017, 8, 5));
        Assert.Empty(view.OwnersOf(Roe));
        Assert.Single(view.RelationsOf(Roe, outgoing: false));
        Assert.Single(view.RelationsOf(Russia, outgoing: true, Sanctions.Core.Relations.RelationKind.Control));
    }

    [Fact]
    public void DefaultView_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => default(WorldView).IsDesignated(Rogozin));
    }

    [Fact]
    public void ToString_DateAndKnowledge()
    {
        Assert.Equal("as of 2017-08-05 (known now)", World.AsOf(D(2017, 8, 5)).ToString());
        Assert.Equal(World.AsOf(D(2017, 8, 5)), World.AsOf(D(2017, 8, 5)));
    }
}
