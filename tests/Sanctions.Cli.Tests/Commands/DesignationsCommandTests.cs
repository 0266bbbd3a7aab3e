using System.Text.Json;

namespace Sanctions.Cli.Tests.Commands;

public sealed class DesignationsCommandTests
{
    [Fact]
    public void Designations_RogozinOnArticleDate_ShowsUsAndEuWithDatesAndBases()
    {
        var json = CliRunner.Run("designations", "Rogozin", "--on", "2017-08-05", "--json").Json;
        Assert.Equal("person:dmitry-rogozin", json.GetProperty("party").GetProperty("id").GetString());
        Assert.Equal("person", json.GetProperty("party").GetProperty("type").GetString());
        Assert.Equal("2017-08-05", json.GetProperty("on").GetString());
        var ds = json.GetProperty("designations").EnumerateArray().ToList();
        Assert.Equal(2, ds.Count);

        var us = ds.Single(d => d.GetProperty("authority").GetString() == "US-OFAC");
        Assert.Equal("2014-03-17", us.GetProperty("from").GetString());
        Assert.Equal(JsonValueKind.Null, us.GetProperty("to").ValueKind);
        Assert.Equal("us-ofac-sdn", us.GetProperty("list").GetString());
        Assert.Equal(["us:eo-13661"], us.GetProperty("basis").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(["asset-freeze"], us.GetProperty("measures").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal("certain", us.GetProperty("certainty").GetString());
        Assert.Equal("C06", us.GetProperty("source").GetProperty("record").GetString());

        var eu = ds.Single(d => d.GetProperty("authority").GetString() == "EU");
        Assert.Equal("2014-03-21", eu.GetProperty("from").GetString());
        Assert.Contains("eu:reg-269/2014", eu.GetProperty("basis").EnumerateArray().Select(b => b.GetString()));
        Assert.Contains("travel-ban", eu.GetProperty("measures").EnumerateArray().Select(b => b.GetString()));
    }

    [Fact]
    public void Designations_RogozinHuman_ShowsDatesAndCitations()
    {
        var result = CliRunner.Run("designations", "Rogozin", "--on", "2017-08-05");
        Assert.Equal(0, result.ExitCode);
        foreach (var text in new[] { "US-OFAC", "EU", "2014-03-17", "2014-03-21", "EO 13661", "269/2014" })
        {
            Assert.Contains(text, result.Out, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(null, 3)]
    [InlineData("2017-08-05", 0)]
    [InlineData("2022-02-25", 3)]
    public void Designations_Putin_ByDate(string? on, int expected)
    {
        string[] args = on is null ? ["designations", "Putin", "--json"] : ["designations", "Putin", "--on", on, "--json"];
        var json = CliRunner.Run(args).Json;
        Assert.Equal(expected, json.GetProperty("designations").GetArrayLength());
        Assert.All(json.GetProperty("designations").EnumerateArray(), d => Assert.Equal("2022-02-25", d.GetProperty("from").GetString()));
    }

    [Theory]
    [InlineData("UK", new[] { "UK-HMT" })]
    [InlineData("US", new[] { "US-OFAC" })]
    [InlineData("eu", new[] { "EU" })]
    [InlineData("UN", new string[0])]
    public void Designations_Authority_CoarseCodeIncludesFinerOnes(string code, string[] expected)
    {
        var json = CliRunner.Run("designations", "Putin", "--authority", code, "--json").Json;
        Assert.Equal(expected, json.GetProperty("designations").Strings("authority"));
    }

    [Fact]
    public void Designations_Rosoboronexport_OnTheSpecifiedPersonsListWithSecondaryExposure()
    {
        var json = CliRunner.Run("designations", "Rosoboronexport", "--on", "2018-05-01", "--authority", "US-STATE", "--json").Json;
        var lsp = json.GetProperty("designations").EnumerateArray().Single(d => d.GetProperty("list").GetString() == "us-state-caatsa-231-lsp");
        Assert.Equal(["secondary-sanctions-exposure"], lsp.GetProperty("measures").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("2017-08-02", lsp.GetProperty("from").GetString());
        Assert.Equal(["us:pl-115-44:s231"], lsp.GetProperty("basis").EnumerateArray().Select(m => m.GetString()));
    }

    // The "done when": the seed world no longer answers with hindsight.
    [Fact]
    public void Designations_PutinKnownIn2017_ShowsNothing()
    {
        var json = CliRunner.Run("designations", "Putin", "--on", "2022-02-25", "--known-at", "2017-08-05T00:00:00Z", "--json").Json;
        Assert.Empty(json.GetProperty("designations").EnumerateArray());
        var now = CliRunner.Run("designations", "Putin", "--on", "2022-02-25", "--json").Json;
        Assert.NotEmpty(now.GetProperty("designations").EnumerateArray());
    }

    [Fact]
    public void Designations_KnownAt_TextSaysWhatTheRecordsSaidThen()
    {
        // "0 designations" under --known-at is the records of that instant, not "none": the line says which instant.
        var result = CliRunner.Run("designations", "Putin", "--on", "2022-02-25", "--known-at", "2017-08-05T00:00:00Z");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 designations (in effect on 2022-02-25, as recorded by 2017-08-05T00:00:00Z)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Designations_TypoedName_ExitsTwoWithSuggestions()
    {
        var result = CliRunner.Run("designations", "Rogozni");
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("No party matches 'Rogozni'", result.Error, StringComparison.Ordinal);
        Assert.Contains("Did you mean", result.Error, StringComparison.Ordinal);
        Assert.Contains("Rogozin", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public void Designations_AmbiguousName_ExitsTwoListingCandidatesWithIds()
    {
        var result = CliRunner.Run("designations", "Intelligence");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("ambiguous", result.Error, StringComparison.Ordinal);
        Assert.Contains("[org:svr]", result.Error, StringComparison.Ordinal);
        Assert.Contains("[org:gru]", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }
}
