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

    [Fact]
    public void Parties_Treaty2001ByName_SignedOnlyBecauseNoRatificationIsRecorded()
    {
        var json = CliRunner.Run("parties", "Foundations of Relations", "--on", "2017-08-05", "--json").Json;
        Assert.Empty(json.GetProperty("bound").EnumerateArray());
        Assert.Equal(["Iran", "Russia"], json.GetProperty("signedOnly").Strings("name"));
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
