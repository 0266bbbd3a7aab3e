using System.Text.Json;

namespace Sanctions.Cli.Tests.Commands;

public sealed class PartiesCommandTests
{
    [Theory]
    [InlineData("2025-01-16", new string[0], new string[0])]
    [InlineData("2025-06-01", new string[0], new[] { "Iran", "Russia" })]
    [InlineData("2025-10-02", new[] { "Iran", "Russia" }, new string[0])]
    public void Parties_Treaty2025_SignedThenBoundOnEntryIntoForce(string on, string[] bound, string[] signedOnly)
    {
        var json = CliRunner.Run("parties", "treaty:ru-ir-2025", "--on", on, "--json").Json;
        Assert.Equal("treaty:ru-ir-2025", json.GetProperty("treaty").GetProperty("id").GetString());
        Assert.Equal(on, json.GetProperty("on").GetString());
        Assert.Equal(bound, json.GetProperty("bound").Strings("name"));
        Assert.Equal(signedOnly, json.GetProperty("signedOnly").Strings("name"));
        Assert.All(json.GetProperty("bound").EnumerateArray(), p => Assert.Equal("state", p.GetProperty("type").GetString()));
    }

    // The 2001 treaty entered into force on the exchange of ratifications (I01), on a day the fact base does not give (I02 is unverified):
    // unknown, on or after the signature. So both are possibly bound on every day from the signature, never certainly, never "no".
    [Theory]
    [InlineData("2001-03-11", new string[0], new string[0])]
    [InlineData("2001-03-12", new[] { "Iran", "Russia" }, new string[0])]
    [InlineData("2017-08-05", new[] { "Iran", "Russia" }, new string[0])]
    public void Parties_Treaty2001ByName_PossiblyBound_EntryIntoForceUnknownAfterSignature(string on, string[] bound, string[] signedOnly)
    {
        var json = CliRunner.Run("parties", "Foundations of Relations", "--on", on, "--json").Json;
        Assert.Equal(bound, json.GetProperty("bound").Strings("name"));
        Assert.All(json.GetProperty("bound").EnumerateArray(), p => Assert.Equal("possible", p.GetProperty("certainty").GetString()));
        Assert.Equal(signedOnly, json.GetProperty("signedOnly").Strings("name"));
    }

    [Fact]
    public void Parties_Treaty2001_Text_ShowsTheUnknownDaysWithTheirBound()
    {
        var output = CliRunner.Run("parties", "treaty:ru-ir-2001", "--on", "2017-08-05").Out;
        Assert.Contains("Iran [iso:IR] (possibly)", output, StringComparison.Ordinal);
        Assert.Contains("unknown (2001-03-12..)", output, StringComparison.Ordinal);
    }

    // SCO Charter parties (I03a-f, I04a-d): the founders certainly from its entry into force (2003-09-19); India and Pakistan possibly
    // before their admission (2017-06-09, the day their accession took effect is unknown) and certainly from it.
    [Theory]
    [InlineData("2003-09-18", new string[0], new string[0])]
    [InlineData("2017-06-08", new[] { "China", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan", "Uzbekistan" }, new[] { "Belarus", "India", "Iran", "Pakistan" })]
    [InlineData("2017-06-09", new[] { "China", "India", "Kazakhstan", "Kyrgyzstan", "Pakistan", "Russia", "Tajikistan", "Uzbekistan" }, new[] { "Iran", "Belarus" })]
    public void Parties_ScoCharter_FoundersCertainFromEntryIntoForce_LaterMembersPossibleUntilAdmission(string on, string[] certain, string[] possible)
    {
        var json = CliRunner.Run("parties", "treaty:sco-charter", "--on", on, "--json").Json;
        var bound = json.GetProperty("bound").EnumerateArray().ToList();
        Assert.Equal(certain.Order(StringComparer.Ordinal), bound.Where(p => p.GetProperty("certainty").GetString() == "certain").Select(p => p.GetProperty("name").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(possible.Order(StringComparer.Ordinal), bound.Where(p => p.GetProperty("certainty").GetString() == "possible").Select(p => p.GetProperty("name").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parties_UnknownTreaty_ExitsTwo()
    {
        var result = CliRunner.Run("parties", "Treaty of Nowhere");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No treaty matches", result.Error, StringComparison.Ordinal);
    }
}

public sealed class MeasuresCommandTests
{
    private static List<string> Ids(JsonElement json) => json.GetProperty("measures").Strings("id");

    [Fact]
    public void Measures_IranOnArticleDate_Un2231ArmsRestrictionsAndEuEmbargo()
    {
        var json = CliRunner.Run("measures", "Iran", "--on", "2017-08-05", "--json").Json;
        Assert.Equal("iso:IR", json.GetProperty("target").GetProperty("id").GetString());
        Assert.Equal(["seed:I19", "seed:I24", "seed:D11", "seed:D05", "seed:D06"], Ids(json));
        var d05 = json.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "seed:D05");
        Assert.Equal("UN-SC", d05.GetProperty("authority").GetString());
        Assert.Equal("arms-embargo", d05.GetProperty("kind").GetString());
        Assert.Equal("2016-01-16", d05.GetProperty("from").GetString());
        Assert.Equal("2020-10-18", d05.GetProperty("to").GetString());
        Assert.Equal(["un:res-2231"], d05.GetProperty("basis").EnumerateArray().Select(b => b.GetString()));
    }

    [Theory]
    [InlineData("2015-01-01", "UN", new[] { "seed:I06", "seed:I08", "seed:I10" })]
    [InlineData("2008-01-01", "UN", new[] { "seed:I06", "seed:I08" })]
    [InlineData("2020-10-18", "UN", new[] { "seed:D06" })]
    [InlineData("2024-01-01", "UN", new string[0])]
    [InlineData("2025-09-28", "UN", new[] { "seed:D15-arms", "seed:D15-arms-to", "seed:D15" })]
    [InlineData("2017-08-05", "US", new[] { "seed:I24" })]
    [InlineData("2024-01-01", "EU", new[] { "seed:D11", "seed:I19" })]
    public void Measures_IranUnTimeline(string on, string authority, string[] expected)
    {
        var json = CliRunner.Run("measures", "IR", "--on", on, "--authority", authority, "--json").Json;
        Assert.Equal(expected.Order(StringComparer.Ordinal), Ids(json).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Measures_OnAPerson_ExitsTwo()
    {
        var result = CliRunner.Run("measures", "Rogozin");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a state", result.Error, StringComparison.Ordinal);
    }
}
