using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sanctions.Core.Compliance;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;
using Xunit;
using static Sanctions.Core.Tests.Compliance.ComplianceWorld;

namespace Sanctions.Core.Tests.Compliance;

public sealed class ComplianceEngineTests
{
    private static readonly Instant Morning = Instant.FromUtc(2020, 6, 2, 9, 0);

    private static (Sanctions.Core.World.SanctionsWorld World, PartyId Company, PartyId State) EmbargoedCompanyOfBlockedOwner()
    {
        var w = new ComplianceWorld();
        var x = w.Country("XA");
        var owner = w.Person("owner");
        var company = w.Company("company", "XA");
        w.Designate(owner, Sdn);
        w.Owns(owner, company, 60m);
        w.Measure(x, Ofac, CountryMeasureKind.ComprehensiveEmbargo);
        return (w.Build(), company, x);
    }

    [Fact]
    public void Check_SeveralFindings_VerdictIsTheMostSevere()
    {
        var (world, company, _) = EmbargoedCompanyOfBlockedOwner();

        var result = Check(world, Request(company, "US"));

        Assert.Equal(2, result.Findings.Length);
        Assert.Equal(Verdict.Prohibited, result.Verdict);
        Assert.Equal([OwnershipAggregationRule.RuleName, CountryMeasureRule.RuleName], result.Findings.Select(f => f.Rule));
    }

    [Fact]
    public void Check_NothingFound_IsClear()
    {
        var w = new ComplianceWorld();
        var a = w.Company("a");

        var result = Check(w.Build(), Request(a, "US", "EU", "UN", "UK"));

        Assert.Empty(result.Findings);
        Assert.Equal(Verdict.Clear, result.Verdict);
    }

    [Theory]
    [InlineData("JP")]
    [InlineData("CH")]
    public void Check_JurisdictionWhoseListsTheWorldLacks_IsAReviewSayingWhatWasNotEvaluated(string jurisdiction)
    {
        var w = new ComplianceWorld();
        var a = w.Company("a");

        var result = Check(w.Build(), Request(a, jurisdiction));

        Assert.Equal(Verdict.Review, result.Verdict);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(CoverageRule.RuleName, finding.Rule);
        Assert.Equal($"coverage:lists:{jurisdiction}", finding.Fact);
        Assert.Contains("was not evaluated", finding.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("USA", "US")]
    [InlineData("UE", "EU")]
    [InlineData("E U", "EU")]
    public void Check_UnknownJurisdiction_ThrowsWithTheNearestCodes(string code, string suggested)
    {
        var w = new ComplianceWorld();
        var a = w.Company("a");
        var engine = new ComplianceEngine(w.Build());

        var error = Assert.Throws<UnknownReferenceException>(() => engine.Check(Request(a, code)));

        Assert.Equal(ReferenceKind.Jurisdiction, error.Kind);
        Assert.Contains(suggested, error.Suggestions);
    }

    [Fact]
    public void Check_PersonActingForAState_BringsThatStatesArmsEmbargo()
    {
        var w = new ComplianceWorld();
        var x = w.Country("XA");
        var minister = w.Person("minister");
        w.Holds(minister, "Minister of Defence of XA", x, Between("2013-08-15", "2017-08-20"));
        w.Measure(x, Un, CountryMeasureKind.ArmsEmbargo, ArmsDirection.Both);
        var world = w.Build();
        var arms = Request(minister, "UN") with { Goods = Goods.Arms };

        var inOffice = Check(world, arms with { On = new LocalDate(2017, 8, 5) });
        var after = Check(world, arms with { On = new LocalDate(2017, 8, 21) });

        var finding = Assert.Single(By(inOffice, ArmsEmbargoRule.RuleName));
        Assert.Equal(Verdict.Prohibited, inOffice.Verdict);
        Assert.Equal([minister, x], finding.Path);
        Assert.Contains("acting for State XA as Minister of Defence of XA", finding.Explanation, StringComparison.Ordinal);
        Assert.Empty(By(after, ArmsEmbargoRule.RuleName));
    }

    [Fact]
    public void Check_PersonInAnOfficeWhoseEndIsUnknown_IsPossiblyActingForTheState()
    {
        var w = new ComplianceWorld();
        var x = w.Country("XA");
        var minister = w.Person("minister");
        w.Holds(minister, "Minister of Defence of XA", x, Between("2017-08-20", "2021"));
        w.Measure(x, Un, CountryMeasureKind.ArmsEmbargo, ArmsDirection.Both);

        var result = Check(w.Build(), Request(minister, "UN") with { Goods = Goods.Arms, On = new LocalDate(2021, 6, 1) });

        Assert.Equal(Certainty.Possible, Assert.Single(By(result, ArmsEmbargoRule.RuleName)).Certainty);
        Assert.Equal(Verdict.Review, result.Verdict);
    }

    [Fact]
    public void Check_NeverCitesAnInstrumentAdoptedAfterTheDay()
    {
        var w = new ComplianceWorld();
        var x = w.Country("XA");
        w.Measure(x, Un, CountryMeasureKind.ArmsEmbargo, ArmsDirection.Both, basis: [new("un-res"), new("un-late")]);
        var world = w.Build();

        var before = Assert.Single(By(Check(world, Request(x, "UN") with { Goods = Goods.Arms }), ArmsEmbargoRule.RuleName));
        var after = Assert.Single(By(Check(world, Request(x, "UN") with { Goods = Goods.Arms, On = new LocalDate(2021, 1, 1) }), ArmsEmbargoRule.RuleName));

        Assert.Equal(["Test Resolution 1"], before.Basis);
        Assert.Equal(["Test Resolution 1", "Test Resolution 2"], after.Basis);
    }

    [Fact]
    public void Check_Explanations_ReadAsSentences()
    {
        var w = new ComplianceWorld();
        var x = w.Country("XA");
        var person = w.Person("p");
        var company = w.Company("c", "XA");
        w.Designate(person, Sdn);
        w.Owns(person, company, null);
        w.Measure(x, Eu, CountryMeasureKind.Sectoral);
        var world = w.Build();

        var onPerson = Assert.Single(By(Check(world, Request(person, "US")), DirectDesignationRule.RuleName)).Explanation;
        var onCompany = Check(world, Request(company, "US", "EU")).Findings.Select(f => f.Explanation).ToList();

        Assert.Contains("Person p's property is blocked and dealings with them are prohibited", onPerson, StringComparison.Ordinal);
        Assert.DoesNotContain("its property", onPerson, StringComparison.Ordinal);
        Assert.Contains(onCompany, e => e.Contains("the EU's sectoral measures on State XA", StringComparison.Ordinal));
        Assert.Contains(onCompany, e => e.Contains("blocked persons hold a stake of unknown size in it", StringComparison.Ordinal));
        Assert.DoesNotContain(onCompany, e => e.Contains("at least 0%", StringComparison.Ordinal) || e.Contains("EU's sectoral on", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_KnowledgeInstantBeforeTheData_IsAReview()
    {
        var w = new ComplianceWorld();
        var a = w.Company("a");
        var b = w.Company("b");
        w.Owns(b, a, 10m, recorded: RecordPeriod.Since(Instant.FromUtc(2020, 1, 1, 0, 0)));
        var world = w.Build();

        var before = Check(world, Request(a, "US") with { KnownAt = Instant.FromUtc(2019, 1, 1, 0, 0) });
        var after = Check(world, Request(a, "US") with { KnownAt = Instant.FromUtc(2021, 1, 1, 0, 0) });

        Assert.Equal("coverage:record-time", Assert.Single(before.Findings).Fact);
        Assert.Equal(Verdict.Clear, after.Verdict);
    }

    [Fact]
    public void Check_OwnerListedUnderAJurisdictionWithoutAnOwnershipRule_IsAReview()
    {
        var w = new ComplianceWorld();
        var company = w.Company("company");
        var owner = w.Person("owner");
        w.Designate(owner, UnList);
        w.Owns(owner, company, 60m);

        var result = Check(w.Build(), Request(company, "UN"));

        var finding = Assert.Single(result.Findings, f => f.Rule == CoverageRule.RuleName);
        Assert.Equal("coverage:ownership:UN", finding.Fact);
        Assert.Equal(Verdict.Review, result.Verdict);
    }

    [Fact]
    public void Check_ClearedFinding_StaysInTheResultButNoLongerDrivesTheVerdict()
    {
        var (world, company, _) = EmbargoedCompanyOfBlockedOwner();
        var engine = new ComplianceEngine(world);
        var first = engine.Check(Request(company, "US"));
        var embargo = first.Findings.Single(f => f.Rule == CountryMeasureRule.RuleName);

        var clearance = new FindingClearance(embargo.Key, "desk-7", Morning, "Licence TEST-1 covers this dealing.");
        var second = engine.Check(Request(company, "US").WithClearance(clearance));

        Assert.Equal(first.Findings.Length, second.Findings.Length);
        var cleared = Assert.Single(second.ClearedFindings);
        Assert.Equal(clearance, cleared.Clearance);
        Assert.Equal(Verdict.Clear, cleared.Effect);
        Assert.Equal(Verdict.Blocked, second.Verdict);
    }

    [Fact]
    public void Check_EveryFindingCleared_IsClearWithFindingsKept()
    {
        var (world, company, _) = EmbargoedCompanyOfBlockedOwner();
        var engine = new ComplianceEngine(world);
        var request = Request(company, "US");
        foreach (var f in engine.Check(request).Findings)
        {
            request = request.WithClearance(new FindingClearance(f.Key, "desk-7", Morning, "Reviewed."));
        }

        var result = engine.Check(request);

        Assert.Equal(Verdict.Clear, result.Verdict);
        Assert.Equal(2, result.Findings.Length);
        Assert.All(result.Findings, f => Assert.True(f.IsCleared));
    }

    [Fact]
    public void Check_ClearanceMadeAfterTheKnowledgeInstant_IsNotApplied()
    {
        var (world, company, _) = EmbargoedCompanyOfBlockedOwner();
        var engine = new ComplianceEngine(world);
        var key = engine.Check(Request(company, "US")).Findings[0].Key;
        var request = Request(company, "US").WithClearance(new FindingClearance(key, "desk-7", Morning, "Reviewed."));

        var before = engine.Check(request with { KnownAt = Morning - Duration.FromHours(1) });
        var after = engine.Check(request with { KnownAt = Morning + Duration.FromHours(1) });

        Assert.Empty(before.ClearedFindings);
        Assert.Single(after.ClearedFindings);
    }

    [Fact]
    public void Check_ClearanceOfAnotherParty_DoesNotApply()
    {
        var (world, company, x) = EmbargoedCompanyOfBlockedOwner();
        var engine = new ComplianceEngine(world);
        var finding = engine.Check(Request(company, "US")).Findings[0];
        var other = new FindingKey(finding.Rule, x, finding.Fact);

        var result = engine.Check(Request(company, "US").WithClearance(new FindingClearance(other, "desk-7", Morning, "Reviewed.")));

        Assert.Empty(result.ClearedFindings);
    }

    [Fact]
    public void Check_UnknownParticipant_ThrowsNamingIt()
    {
        var w = new ComplianceWorld();
        var a = w.Company("a");
        var engine = new ComplianceEngine(w.Build());

        var error = Assert.Throws<UnknownReferenceException>(() => engine.Check(Request(a, "US") with { Counterparty = new PartyId("nobody") }));

        Assert.Equal(ReferenceKind.Party, error.Kind);
        Assert.Equal("nobody", error.Value);
        Assert.Contains("(the counterparty)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Result_NamesTheDataUsed()
    {
        var (world, company, _) = EmbargoedCompanyOfBlockedOwner();

        var data = Check(world, Request(company, "US")).Data;

        Assert.Equal("compliance-test", data.Dataset);
        Assert.Equal("1", data.Version);
        Assert.Equal(Sanctions.Core.Serialization.WorldJson.ComputeContentHash(world), data.ContentHash);
    }

    [Fact]
    public void Data_WorldsThatDiffer_HaveDifferentHashes_EqualWorldsEqualHashes()
    {
        var (one, _, _) = EmbargoedCompanyOfBlockedOwner();
        var (same, _, _) = EmbargoedCompanyOfBlockedOwner();
        var w = new ComplianceWorld();
        w.Company("a");
        var other = w.Build();

        Assert.Equal(new ComplianceEngine(one).Data, new ComplianceEngine(same).Data);
        Assert.NotEqual(new ComplianceEngine(one).Data.ContentHash, new ComplianceEngine(other).Data.ContentHash);
    }

    [Fact]
    public void Construction_DuplicateRuleNames_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ComplianceEngine(new ComplianceWorld().Build(), [new DirectDesignationRule(), new DirectDesignationRule()]));
    }

    [Fact]
    public void Check_CustomJurisdictionMap_DecidesWhatBinds()
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        w.Designate(a, UnList);
        var world = w.Build();
        var usOnly = new JurisdictionMap([new JurisdictionBinding("US", [], "a firm's own reading")]);

        Assert.Equal(Verdict.Blocked, new ComplianceEngine(world).Check(Request(a, "US")).Verdict);
        Assert.Equal(Verdict.Clear, new ComplianceEngine(world, jurisdictions: usOnly).Check(Request(a, "US")).Verdict);
    }

    // Whatever the certainty of the facts, a possible finding never leaves the verdict clear, and never makes it more than a review alone.
    [FsCheck.Xunit.Property]
    public Property Check_DesignationWithAnyPeriod_PossibleMeansReviewCertainMeansBlocked() =>
        Prop.ForAll(Gen.Elements("2019", "2020", "2020-05", "2020-06", "2020-06-01", "2020-07", "2021").ToArbitrary(), from =>
        {
            var w = new ComplianceWorld();
            var a = w.Person("a");
            var period = Between(from, null);
            w.Designate(a, Sdn, period);
            var verdict = Check(w.Build(), Request(a, "US")).Verdict;
            var expected = period.Contains(Day) switch
            {
                Certainty.Certain => Verdict.Blocked,
                Certainty.Possible => Verdict.Review,
                _ => Verdict.Clear,
            };
            return verdict == expected;
        });
}
