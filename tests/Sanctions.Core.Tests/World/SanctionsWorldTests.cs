using NodaTime;
using Sanctions.Core.Parties;
using Sanctions.Core.World;
using static Sanctions.Core.Tests.World.SampleWorld;

namespace Sanctions.Core.Tests.World;

public sealed partial class SanctionsWorldTests
{
    private static readonly SanctionsWorld World = Build();

    [Fact]
    public void Changes_OverOneYear_InDateOrder()
    {
        var changes = World.Changes(D(2023, 1, 1), D(2024, 12, 31));
        Assert.Equal(
            [(D(2023, 7, 4), ChangeKind.StatusEnd, Iran), (D(2023, 7, 4), ChangeKind.StatusStart, Iran), (D(2024, 7, 4), ChangeKind.StatusEnd, Belarus), (D(2024, 7, 4), ChangeKind.StatusStart, Belarus)],
            changes.Select(c => (c.Date.Earliest, c.Kind, c.Party)));
        Assert.Equal("Iran becomes member of Shanghai Cooperation Organisation", changes[1].Detail);
    }

    [Fact]
    public void Changes_ExcludeStartDayIncludeEndDay()
    {
        Assert.Empty(World.Changes(D(2022, 2, 25), D(2022, 3, 1)));
        var listing = Assert.Single(World.Changes(D(2022, 2, 24), D(2022, 2, 25)));
        Assert.Equal(ChangeKind.Listing, listing.Kind);
        Assert.Equal(new Sanctions.Core.Regimes.AuthorityId("US-OFAC"), listing.Authority);
        Assert.NotNull(listing.Designation);
    }

    [Fact]
    public void Changes_KnownBeforeRecorded_OmitsFact()
    {
        Assert.Empty(World.Changes(D(2022, 2, 24), D(2022, 2, 25), Instant.FromUtc(2022, 2, 25, 9, 0)));
    }

    [Fact]
    public void Changes_TreatyActions()
    {
        var actions = World.Changes(D(2025, 1, 1), D(2025, 12, 31)).Where(c => c.Kind == ChangeKind.TreatyAction).ToArray();
        Assert.Equal(6, actions.Length);
        Assert.All(actions, a => Assert.NotNull(a.TreatyAction));
    }

    [Fact]
    public void Changes_EndBeforeStart_Throws()
    {
        Assert.Throws<ArgumentException>(() => World.Changes(D(2020, 1, 2), D(2020, 1, 1)));
    }

    [Theory]
    [InlineData("iso:IR", "iso:IR", FindStep.Id)]
    [InlineData("IR", "iso:IR", FindStep.Code)]
    [InlineData("irn", "iso:IR", FindStep.Code)]
    [InlineData("Iran", "iso:IR", FindStep.Name)]
    [InlineData("islamic republic of IRAN", "iso:IR", FindStep.Name)]
    [InlineData("SCO", "org:SCO", FindStep.Name)]
    [InlineData("Rogozin", "person:rogozin", FindStep.Words)]
    [InlineData("ROGOZIN, Dmitry Olegovich", "person:rogozin", FindStep.Name)]
    [InlineData("Рогозин Дмитрий Олегович", "person:rogozin", FindStep.Name)]
    public void Find_ByIdCodeNameOrWords(string text, string expectedId, FindStep step)
    {
        var result = World.Find(text);
        Assert.Equal(FindStatus.Found, result.Status);
        Assert.Equal(new PartyId(expectedId), result.Match!.Id);
        Assert.Equal(step, result.Step);
    }

    [Theory]
    [InlineData("Jose Perez")]
    [InlineData("PEREZ, JOSE")]
    [InlineData("José Pérez")]
    [InlineData("Jose\u0301 Pe\u0301rez")]
    public void Find_AccentsFoldedUnderInvariantGlobalization(string text)
    {
        // The build sets InvariantGlobalization, under which string.Normalize does nothing on Linux; the folding must not need it.
        Assert.True(AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant, "InvariantGlobalization is off in this test run");
        Assert.Equal("jose perez", NameKey.Normalize("José Pérez"));
        var world = Builder().AddParty(new Person(new PartyId("person:perez"), [new PartyName("José Pérez")])).Build();
        var result = world.Find(text);
        Assert.Equal(FindStatus.Found, result.Status);
        Assert.Equal(FindStep.Name, result.Step);
    }

    [Fact]
    public void Find_WeakAlias_DoesNotMatch()
    {
        Assert.Equal(FindStatus.NotFound, World.Find("ROE").Status);
    }

    [Fact]
    public void Find_Ambiguous_ListsCandidates()
    {
        var world = Builder().AddParty(new Person(new PartyId("person:other"), [new PartyName("Ivan Rogozin")])).Build();
        var ambiguous = world.Find("Rogozin");
        Assert.Equal(FindStatus.Ambiguous, ambiguous.Status);
        Assert.Equal(["Dmitry Olegovich Rogozin", "Ivan Rogozin"], ambiguous.Candidates.Select(c => c.Name));
        Assert.Null(ambiguous.Match);
    }

    [Fact]
    public void Find_Typo_SuggestsNearestNames()
    {
        var result = World.Find("Rogzin");
        Assert.Equal(FindStatus.NotFound, result.Status);
        Assert.Contains("Dmitry Olegovich Rogozin", result.Suggestions);
        Assert.Contains("did you mean", result.ToString());
    }

    [Fact]
    public void FindTreaty_ByWords()
    {
        Assert.Equal(Treaty2025, World.FindTreaty("strategic partnership").Match!.Id);
    }

    [Fact]
    public void GetParty_Unknown_Throws()
    {
        var error = Assert.Throws<UnknownReferenceException>(() => World.GetParty(new PartyId("nobody")));
        Assert.Equal(ReferenceKind.Party, error.Kind);
        Assert.IsAssignableFrom<KeyNotFoundException>(error);
        Assert.False(World.TryGetParty(default, out _));
    }

    [Fact]
    public void AuthorityOf_DesignationIsItsListsAuthority()
    {
        Assert.Equal(new Sanctions.Core.Regimes.AuthorityId("EU"), World.AuthorityOf(World.Designations.Single(d => d.Id == "eu:rogozin")));
    }

    [Fact]
    public void Empty_HasNothing()
    {
        Assert.Empty(SanctionsWorld.Empty.Parties);
        Assert.Throws<UnknownReferenceException>(() => SanctionsWorld.Empty.AsOf(D(2020, 1, 1)).IsDesignated(Rogozin));
    }

    [Fact]
    public void ToString_DatasetAndCounts()
    {
        Assert.StartsWith("sample 1: 8 parties, 3 designations", World.ToString());
    }
}
