using System.Collections.Immutable;
using NodaTime;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;

namespace Sanctions.Screening.Tests;

/// <summary><see cref="Screener"/> on hand-made worlds: what matches, how strongly, and why.</summary>
public sealed class ScreenerTests
{
    private static readonly Screener Putin = Screener.Build(Worlds.Of(
        new Person(new PartyId("p1"), [new PartyName("PUTIN, Vladimir Vladimirovich"), new PartyName("Путин Владимир Владимирович", NameKind.Alias)],
            birthDates: [new PartialDate(1952, 10, 7)], nationalities: ["Russia"], gender: "Male",
            identifiers: [new Identifier("Passport", "AB 123-456")]),
        Worlds.Person("p2", "ROGOZIN, Dmitry Olegovich"),
        Worlds.Person("p3", "AL-BAGHDADI, Abu Bakr"),
        new Person(new PartyId("p4"), [new PartyName("KIM, Jong Un"), new PartyName("Rocket Man", NameKind.WeakAlias)]),
        Worlds.Organization("o1", "Rosneft Trading S.A."),
        Worlds.Organization("o2", "Stroytransgaz 7 LLC"),
        new Vessel(new PartyId("v1"), [new PartyName("SEA STAR")], imo: "9123456")));

    private static ImmutableArray<ScreeningMatch> Screen(string name, Func<ScreeningQuery, ScreeningQuery>? more = null)
    {
        var q = new ScreeningQuery(name, Worlds.Day);
        return Putin.Screen(more?.Invoke(q) ?? q);
    }

    [Theory]
    [InlineData("Vladimir Putin")]
    [InlineData("PUTIN, Vladimir")]
    [InlineData("Vladimir Vladimirovich Putin")]
    [InlineData("Владимир Путин")]
    [InlineData("V. V. Putin")]
    [InlineData("Wladimir Putin")]
    public void Screen_VariantsOfAListedName_Alert(string name)
    {
        var match = Assert.Single(Screen(name), m => m.Party.Id.Value == "p1");
        Assert.True(match.IsAlert, match.ToString());
    }

    [Theory]
    [InlineData("Putin")]
    [InlineData("Vladimir Smirnov")]
    [InlineData("Olga Putina Ivanova")]
    [InlineData("Rocket Man")]
    [InlineData("Stroytransgaz 8 LLC")]
    public void Screen_PartialOrWeakOrOtherNumber_DoesNotAlert(string name) =>
        Assert.DoesNotContain(Screen(name), m => m.IsAlert);

    // A query of more words than names are compared by (NameScorer.MaxTokens, 24), the last ones joinable with a listed name's
    // words: the filter reads every query word's letters when it asks whether words join (it once read past the first 24), and
    // gives what the scan over every listed name gives.
    [Fact]
    public void Screen_MoreWordsThanCompared_AgreesWithTheScan()
    {
        var name = string.Join(' ', Enumerable.Range(0, 25).Select(k => $"x{(char)('a' + k)}q")) + " Abubakr Baghdadi";
        var query = new ScreeningQuery(name, Worlds.Day) { MinScore = 0.01 };
        var scan = Putin.ScreenExhaustively(query);
        Assert.Equal(scan.Select(m => (m.Party.Id.Value, m.Score)), Putin.Screen(query).Select(m => (m.Party.Id.Value, m.Score)));
    }

    [Fact]
    public void Screen_ExactName_ScoresOneInStrongBand()
    {
        var match = Screen("PUTIN, Vladimir Vladimirovich")[0];
        Assert.Equal(1.0, match.Score);
        Assert.Equal(MatchBand.Strong, match.Band);
        Assert.Equal(NameKind.Primary, match.MatchedName.Kind);
        Assert.All(match.Evidence.Where(e => e.Role == EvidenceRole.Name), e => Assert.Equal("token.literal", e.Feature));
    }

    [Fact]
    public void Screen_Cyrillic_MatchesAsTransliterated()
    {
        var match = Screen("Путин Владимир Владимирович")[0];
        Assert.Equal("p1", match.Party.Id.Value);
        Assert.Contains(match.Evidence, e => e.Feature == "token.transliterated");
    }

    [Fact]
    public void Screen_Typo_IsFuzzy()
    {
        var match = Assert.Single(Screen("Dmitri Rogozine"));
        Assert.Contains(match.Evidence, e => e.Feature == "token.fuzzy" && e.Listed == "rogozin");
        Assert.True(match.IsAlert, match.ToString());
    }

    [Fact]
    public void Screen_ParticlesAndHonorifics_DoNotMatter()
    {
        var a = Screen("Sheikh Abu Bakr Al Baghdadi").Single();
        var b = Screen("Abu Bakr al-Baghdadi").Single();
        // The title is dropped; the honorific is kept as a particle, weighed low: it costs little when the list leaves it out.
        Assert.True(a.IsAlert && b.IsAlert, $"{a} / {b}");
        Assert.InRange(b.Score - a.Score, 0, 0.05);
    }

    [Fact]
    public void Screen_LegalFormDiffers_StillAlerts()
    {
        var match = Screen("Rosneft Trading LLC", q => q with { Kind = PartyKind.Organization }).Single();
        Assert.Contains(match.Evidence, e => e.Feature == "token.legal-form");
        Assert.True(match.IsAlert, match.ToString());
    }

    [Fact]
    public void Screen_WeakAlias_CappedBelowAlert_ButReturnedWhenAsked()
    {
        var match = Screen("Rocket Man", q => q with { MinScore = 0.1 }).Single();
        Assert.False(match.IsAlert);
        Assert.Contains(match.Evidence, e => e.Feature == "cap.weak-alias" && e.Weight > 0);
    }

    [Fact]
    public void Screen_BirthDate_RaisesWhenItAgrees_LowersWhenFarOff()
    {
        var plain = Screen("Vladimir Putin").Single().Score;
        var year = Screen("Wladimir Putin", q => q with { BirthDate = new PartialDate(1952) }).Single();
        var wrong = Screen("Vladimir Putin", q => q with { BirthDate = new PartialDate(1980, 3, 1), MinScore = 0 }).Single();
        var near = Screen("Vladimir Putin", q => q with { BirthDate = new PartialDate(1953), MinScore = 0 }).Single();
        var range = Screen("Vladimir Putin", q => q with { BirthDate = new PartialDate(1950), BirthDateTo = new PartialDate(1955) }).Single();
        Assert.Contains(year.Evidence, e => e.Feature == "birth-date" && e.Score == 1);
        Assert.True(wrong.Score < plain, $"{wrong.Score} !< {plain}");
        Assert.Equal(plain, near.Score);
        Assert.Contains(range.Evidence, e => e.Feature == "birth-date" && e.Score == 1);
    }

    [Fact]
    public void Screen_ListedCitizenship_QualifiesAsANationalityDoes()
    {
        // Imports keep a list's citizenship apart from its nationality: a query's country agreeing with either is support,
        // never a disagreement that lowers the score.
        var citizen = Screener.Build(Worlds.Of(new Person(new PartyId("c1"), [new PartyName("SECHIN, Igor Ivanovich")], nationalities: ["RU"]) { Citizenships = ["CY"] }));
        var plain = citizen.Screen(new ScreeningQuery("Igor Sechin", Worlds.Day)).Single();
        var cyprus = citizen.Screen(new ScreeningQuery("Igor Sechin", Worlds.Day) with { Countries = ["CY"] }).Single();
        Assert.True(cyprus.Score > plain.Score, $"{cyprus.Score} !> {plain.Score}");
    }

    [Fact]
    public void Screen_CountryAndGender_Qualify()
    {
        var plain = Screen("Wladimir Putin").Single().Score;
        Assert.True(Screen("Wladimir Putin", q => q with { Countries = ["RU"] }).Single().Score > plain);
        Assert.True(Screen("Wladimir Putin", q => q with { Countries = ["France"], MinScore = 0 }).Single().Score < plain);
        Assert.True(Screen("Wladimir Putin", q => q with { Gender = "female", MinScore = 0 }).Single().Score < plain);
    }

    [Fact]
    public void Screen_Identifier_IsStrongEvidence()
    {
        var match = Screen("Putin", q => q with { Identifiers = ["AB123456"] }).Single();
        Assert.Contains(match.Evidence, e => e.Feature == "identifier");
        Assert.True(match.IsAlert);
        Assert.Contains(Screen("Sea Star", q => q with { Identifiers = ["IMO 9123456"] }).Single().Evidence, e => e.Feature == "identifier");
    }

    [Fact]
    public void Screen_Time_OnlyDesignationsInForce_DelistedOnRequest()
    {
        var screener = Screener.Build(Worlds.Of(
            (Worlds.Person("a", "Ivan Petrov"), ValidPeriod.Between(new LocalDate(2015, 1, 1), new LocalDate(2018, 1, 1))),
            (Worlds.Person("b", "Ivan Petrov"), ValidPeriod.Since(new PartialDate(2016)))));
        var on2017 = screener.Screen(new ScreeningQuery("Ivan Petrov", new LocalDate(2017, 6, 1)));
        Assert.Equal(["a", "b"], on2017.Select(m => m.Party.Id.Value));
        var on2020 = screener.Screen(new ScreeningQuery("Ivan Petrov", new LocalDate(2020, 6, 1)));
        Assert.Equal(["b"], on2020.Select(m => m.Party.Id.Value));
        var delisted = screener.Screen(new ScreeningQuery("Ivan Petrov", new LocalDate(2020, 6, 1)) { IncludeDelisted = true });
        Assert.Equal([("a", true), ("b", false)], delisted.Select(m => (m.Party.Id.Value, m.IsDelisted)));
        Assert.Empty(screener.Screen(new ScreeningQuery("Ivan Petrov", new LocalDate(2014, 6, 1))));

        // Designated from some day in 2016: on 2016-03-01 it is possibly in force, and a possible designation alerts (unknown is not no).
        var possible = screener.Screen(new ScreeningQuery("Ivan Petrov", new LocalDate(2016, 3, 1))).Single(m => m.Party.Id.Value == "b");
        Assert.Equal(Certainty.Possible, possible.Designations.Single().Certainty);
    }

    [Fact]
    public void Screen_KindGiven_OnlyThatKind()
    {
        Assert.Empty(Screen("Sea Star", q => q with { Kind = PartyKind.Person }));
        Assert.Single(Screen("Sea Star", q => q with { Kind = PartyKind.Vessel }));
    }

    [Fact]
    public void Compare_NoSharedWord_IsZero()
    {
        var (score, evidence) = Screener.Compare("Angela Merkel", "Olaf Scholz");
        Assert.Equal(0, score);
        Assert.Empty(evidence);
    }

    [Theory]
    [InlineData("习近平", "Xi Jinping")]
    [InlineData("Ξανθή Παπαδοπούλου", "Xanthi Papadopoulou")]
    [InlineData("Հովհաննես Սարգսյան", "Hovhannes Sargsyan")]
    [InlineData("გიორგი ბერიძე", "Giorgi Beridze")]
    [InlineData("משה כהן", "Msh Khhn")] // Hebrew is written without most vowels: see docs/screening.md, known limits
    [InlineData("김정은", "Gim Jeongeun")]
    [InlineData("김정은", "Gim Jeong Eun")]
    [InlineData("プーチン", "Puchin")]
    [InlineData("Иванов Сергей", "Sergei Ivanov")]
    public void Compare_OtherScripts_AgainstTheirTransliteration_Alert(string written, string latin)
    {
        var (score, evidence) = Screener.Compare(written, latin);
        Assert.True(score >= ScreeningOptions.Default.AlertThreshold, $"{score}: {string.Join("; ", evidence)}");
    }

    [Theory]
    [InlineData("فرناندو بيريز", "Fernando Pérez")]
    [InlineData("משה כהן", "Moshe Cohen")]
    public void Compare_AbjadScript_AgainstLatin_BySkeleton_Alerts(string written, string latin)
    {
        var (score, evidence) = Screener.Compare(written, latin);
        Assert.True(score >= ScreeningOptions.Default.AlertThreshold, $"{score}: {string.Join("; ", evidence)}");
        Assert.All(evidence.Where(e => e.Role == EvidenceRole.Name), e => Assert.Equal("token.skeleton", e.Feature));
    }

    [Theory]
    [InlineData("فرناندو", "Fernando Pérez")]
    [InlineData("فرناندو بيريز", "Fernando Pérez Gómez")]
    [InlineData("فرناندو بيريز", "Fernando Pirozhkov")]
    public void Compare_SkeletonPairs_NeverAlertAlone(string written, string latin)
    {
        // One word, or a name whose other words do not all agree: support, capped under the alert threshold.
        var (score, evidence) = Screener.Compare(written, latin);
        Assert.True(score < ScreeningOptions.Default.AlertThreshold, $"{score}: {string.Join("; ", evidence)}");
    }

    [Theory]
    [InlineData("Sergey Viktorovich Lavrov", "Sergey Ivanovich Lavrov")]
    [InlineData("Malik Magomedovich Barkhanoev", "Malik Ruslanovich Barkhanoev")]
    [InlineData("Anna Sergeyevna Petrova", "Anna Ivanovna Petrova")]
    public void Compare_DifferentPatronymics_AreDifferentNames_NoAlert(string a, string b)
    {
        var (score, evidence) = Screener.Compare(a, b, PartyKind.Person);
        Assert.True(score < ScreeningOptions.Default.AlertThreshold, $"{score}: {string.Join("; ", evidence)}");
        Assert.Contains(evidence, e => e.Feature == "token.mismatch");
    }

    [Theory]
    [InlineData("Sergey Viktorovich Lavrov", "Sergey Viktorovitch Lavrov")]
    [InlineData("Sergey Viktorovich Lavrov", "Sergey Vyktorovich Lavrov")]
    public void Compare_SamePatronymicSpelledOtherwise_Alerts(string a, string b)
    {
        var (score, evidence) = Screener.Compare(a, b, PartyKind.Person);
        Assert.True(score >= ScreeningOptions.Default.AlertThreshold, $"{score}: {string.Join("; ", evidence)}");
    }

    [Theory]
    [InlineData("Ig0r Sech1n", "Igor Sechin")]
    [InlineData("I9or Sech1n", "Igor Sechin")]
    public void Compare_DigitsForLettersInAPersonsName_ReadAsLetters(string written, string listed)
    {
        var (score, evidence) = Screener.Compare(written, listed, PartyKind.Person);
        Assert.True(score >= ScreeningOptions.Default.StrongThreshold, $"{score}: {string.Join("; ", evidence)}");

        // Not in an organisation's name, where digits are numbers that must agree.
        Assert.Equal("ar16", NameAnalyzer.Analyze("Trust 2005-AR16", PartyKind.Organization)[^1].Text);
    }

    [Theory]
    [InlineData("Zorblat Quenfrith")]
    [InlineData("Mohammad Quenfrith Zorblat")]
    public void Screen_NoCandidate_AllocatesNothing(string name)
    {
        var query = new ScreeningQuery(name, Worlds.Day);
        for (var i = 0; i < 3; i++)
        {
            Assert.Empty(Putin.Screen(query));
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var matches = Putin.Screen(query);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Empty(matches);
        Assert.Equal(0, allocated);
    }
}
