using System.Text.Json;

namespace Sanctions.Cli.Tests.Commands;

/// <summary><c>check</c> on the seed world: the "done when", the JSON contract, and bad input.</summary>
public sealed class CheckCommandTests
{
    private static JsonElement Check(string on, string jurisdictions = "UN,US,EU", string goods = "arms") =>
        CliRunner.Run("check", "--party", "Rosoboronexport", "--counterparty", "Iran", "--goods", goods, "--on", on, "--jurisdiction", jurisdictions, "--json").Json;

    private static IEnumerable<JsonElement> Findings(JsonElement json) => json.GetProperty("findings").EnumerateArray();

    private static IEnumerable<string> Basis(JsonElement finding) => finding.GetProperty("basis").EnumerateArray().Select(b => b.GetString()!);

    private static IEnumerable<JsonElement> ArmsEmbargoes(JsonElement json, string authority) =>
        Findings(json).Where(f => f.GetProperty("rule").GetString() == "arms-embargo" && f.GetProperty("authority").GetString() == authority);

    [Fact]
    public void Check_RosoboronexportArmsToIranOn20170805_IsNotClearAndCitesUnscr2231AndTheEuArmsEmbargo()
    {
        var json = Check("2017-08-05");

        Assert.NotEqual("clear", json.GetProperty("verdict").GetString());
        Assert.Equal("2017-08-05", json.GetProperty("on").GetString());
        Assert.Contains("UNSCR 2231", ArmsEmbargoes(json, "UN-SC").SelectMany(Basis));
        Assert.Contains("Common Position 2007/246/CFSP", ArmsEmbargoes(json, "EU").SelectMany(Basis));
    }

    // CAATSA §231 in both times (B07, B08): valid from enactment (2017-08-02) for transactions with the sector the List of Specified
    // Persons names, recorded from the List's publication (2017-10-27).
    [Theory]
    [InlineData("2017-08-01", false)]
    [InlineData("2017-08-02", true)]
    [InlineData("2017-08-05", true)]
    [InlineData("2021-01-01", true)]
    public void Check_CaatsaSection231_IsValidFromEnactmentWithTodaysKnowledge(string on, bool cited)
    {
        var json = Check(on);

        var secondary = Findings(json).Where(f => f.GetProperty("rule").GetString() == "secondary-sanctions").ToList();
        Assert.Equal(cited, secondary.SelectMany(Basis).Contains("CAATSA §231"));
        Assert.All(secondary, f => Assert.Equal("review", f.GetProperty("outcome").GetString()));
    }

    [Theory]
    [InlineData("2017-08-06T00:00:00Z", false)]
    [InlineData("2017-10-26T23:59:59Z", false)]
    [InlineData("2017-10-27T00:00:00Z", true)]
    public void Check_CaatsaSection231_IsKnownOnlyFromTheListsPublication(string knownAt, bool cited)
    {
        var json = CliRunner.Run("check", "--party", "Rosoboronexport", "--on", "2017-08-05", "--jurisdiction", "EU", "--known-at", knownAt, "--json").Json;

        Assert.Equal(cited, Findings(json).Any(f => f.GetProperty("rule").GetString() == "secondary-sanctions"));
    }

    // knownAt goes through the library's instant converter, as the world format writes record times: the fraction of a second is
    // kept (Instant.ToString(), which the command used before, dropped it), and a whole second has none.
    [Theory]
    [InlineData("2017-10-27T00:00:00.25Z", "2017-10-27T00:00:00.25Z")]
    [InlineData("2017-10-27T00:00:00Z", "2017-10-27T00:00:00Z")]
    public void Check_KnownAt_IsWrittenAsTheFormatWritesInstants(string knownAt, string written)
    {
        var json = CliRunner.Run("check", "--party", "Rosoboronexport", "--on", "2017-08-05", "--jurisdiction", "EU", "--known-at", knownAt, "--json").Json;

        Assert.Equal(written, json.GetProperty("knownAt").GetString());
    }

    // The article's scenario: an arms deal with Iran's serving defence minister while UNSCR 2231 restricted arms to Iran.
    [Fact]
    public void Check_RogozinWithDehghanArmsOn20170805_IsProhibitedBecauseDehghanActsForIran()
    {
        var json = CliRunner.Run("check", "--party", "Rogozin", "--counterparty", "Dehghan", "--goods", "arms", "--on", "2017-08-05", "--jurisdiction", "UN", "--json").Json;

        Assert.Equal("prohibited", json.GetProperty("verdict").GetString());
        var finding = Assert.Single(ArmsEmbargoes(json, "UN-SC"));
        Assert.Contains("UNSCR 2231", Basis(finding));
        Assert.Contains("acting for Iran as Minister of Defence of Iran", finding.GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DehghanUnderUsOn20170805_IsProhibitedByTheUsEmbargoOnIran()
    {
        var json = CliRunner.Run("check", "--party", "Dehghan", "--on", "2017-08-05", "--jurisdiction", "UN,US,EU", "--json").Json;

        Assert.Equal("prohibited", json.GetProperty("verdict").GetString());
        Assert.Contains(Findings(json), f => f.GetProperty("fact").GetString() == "seed:I24");
    }

    [Fact]
    public void Check_PutinUnderTheUn_IsAReviewBecauseTheSeedHoldsNoUnList()
    {
        var json = CliRunner.Run("check", "--party", "Putin", "--on", "2023-01-01", "--jurisdiction", "UN", "--json").Json;

        Assert.Equal("review", json.GetProperty("verdict").GetString());
        Assert.Contains(Findings(json), f => f.GetProperty("fact").GetString() == "coverage:lists:UN");
    }

    // The UN arms restrictions of UNSCR 2231 Annex B ended on 2020-10-18 (D05); the EU's own embargo continues (D11).
    [Fact]
    public void Check_On20210101_NoLongerCitesTheUnButStillTheEuArmsEmbargo()
    {
        var json = Check("2021-01-01");

        Assert.DoesNotContain(Findings(json), f => f.GetProperty("rule").GetString() != "coverage" && f.GetProperty("authority").GetString()!.StartsWith("UN", StringComparison.Ordinal));
        Assert.DoesNotContain("UNSCR 2231", Findings(json).SelectMany(Basis));
        Assert.NotEmpty(ArmsEmbargoes(json, "EU"));
        Assert.Equal("prohibited", json.GetProperty("verdict").GetString());
    }

    // The UNSCR 2231 missile-related restrictions (D06) are an export control in force until 2023-10-18: a dual-use deal still meets them.
    [Theory]
    [InlineData("2021-01-01", true)]
    [InlineData("2023-10-17", true)]
    [InlineData("2023-10-18", false)]
    public void Check_DualUseGoods_CitesTheUnscr2231MissileRestrictionsUntilTransitionDay(string on, bool cited)
    {
        var json = Check(on, goods: "dual-use");

        var un = Findings(json).Where(f => f.GetProperty("authority").GetString() == "UN-SC").ToList();
        Assert.Equal(cited, un.Any(f => f.GetProperty("fact").GetString() == "seed:D06"));
        Assert.All(un, f => Assert.Equal("review", f.GetProperty("effect").GetString()));
        Assert.Empty(ArmsEmbargoes(json, "UN-SC"));
    }

    [Fact]
    public void Check_EuCallerOnly_SeesCaatsaAsAReviewNotAUsProhibition()
    {
        var json = Check("2017-10-27", "EU");

        Assert.Equal(["EU"], json.GetProperty("jurisdictions").EnumerateArray().Select(j => j.GetString()));
        Assert.Contains(Findings(json), f => f.GetProperty("rule").GetString() == "secondary-sanctions" && f.GetProperty("authority").GetString()!.StartsWith("US", StringComparison.Ordinal));
        Assert.DoesNotContain(Findings(json), f => f.GetProperty("rule").GetString() == "direct-designation" && f.GetProperty("authority").GetString()!.StartsWith("US", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_Json_HasTheContractFieldsOnEveryFinding()
    {
        var json = Check("2017-10-27");

        Assert.Contains(json.GetProperty("verdict").GetString(), new[] { "clear", "review", "blocked", "prohibited" });
        Assert.NotEmpty(Findings(json));
        foreach (var f in Findings(json))
        {
            foreach (var name in new[] { "rule", "authority", "measure", "explanation" })
            {
                Assert.False(string.IsNullOrWhiteSpace(f.GetProperty(name).GetString()), name);
            }

            Assert.Equal(JsonValueKind.Array, f.GetProperty("basis").ValueKind);
            Assert.Contains(f.GetProperty("certainty").GetString(), new[] { "certain", "possible" });
            var path = f.GetProperty("path").EnumerateArray().ToList();
            Assert.NotEmpty(path);
            Assert.All(path, p =>
            {
                Assert.False(string.IsNullOrEmpty(p.GetProperty("id").GetString()));
                Assert.False(string.IsNullOrEmpty(p.GetProperty("name").GetString()));
                Assert.False(string.IsNullOrEmpty(p.GetProperty("type").GetString()));
            });
        }

        Assert.False(string.IsNullOrEmpty(json.GetProperty("data").GetProperty("contentHash").GetString()));
    }

    [Fact]
    public void Check_UnknownParty_ExitsTwoWithSuggestions()
    {
        var result = CliRunner.Run("check", "--party", "Rosoboronexpor", "--jurisdiction", "US");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Did you mean", result.Error, StringComparison.Ordinal);
        Assert.Contains("Rosoboronexport", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--party", "Rosoboronexport")]
    [InlineData("--party", "Rosoboronexport", "--jurisdiction", "US", "--goods", "tanks")]
    [InlineData("--party", "Rosoboronexport", "--jurisdiction", "US", "--on", "2017-13-01")]
    public void Check_BadUsage_ExitsTwo(params string[] args)
    {
        var result = CliRunner.Run(["check", .. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Fact]
    public void Check_Text_StartsWithTheVerdict()
    {
        var result = CliRunner.Run("check", "--party", "Rosoboronexport", "--counterparty", "Iran", "--goods", "arms", "--on", "2017-08-05", "--jurisdiction", "UN,US,EU");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("UNSCR 2231", result.Out, StringComparison.Ordinal);
        Assert.DoesNotMatch("^CLEAR", result.Out);
    }
}
