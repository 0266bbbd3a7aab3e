namespace Sanctions.Cli.Tests.Commands;

public sealed class DemoCommandTests
{
    [Fact]
    public void Demo_TheArticleDay_FromTheData()
    {
        var json = CliRunner.Run("demo", "--json").Json;
        Assert.Equal("2017-08-05", json.GetProperty("on").GetString());
        var then = json.GetProperty("then");
        var rogozin = then.GetProperty("rogozinDesignations").EnumerateArray().Select(d => (d.GetProperty("jurisdiction").GetString(), d.GetProperty("from").GetString())).ToList();
        Assert.Equal([("US", "2014-03-17"), ("EU", "2014-03-21")], rogozin);
        Assert.Equal("observer", then.GetProperty("iranStatusInSco").GetString());
        Assert.Equal(8, then.GetProperty("scoMembers").GetInt32());
        Assert.Equal("2017-08-02", then.GetProperty("caatsaSigned").GetString());
        Assert.Equal(3, then.GetProperty("daysSinceCaatsa").GetInt32());
        var un = Assert.Single(then.GetProperty("unArmsMeasures").EnumerateArray());
        Assert.Equal(["un:res-2231"], un.GetProperty("basis").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal("2020-10-18", un.GetProperty("to").GetString());
        Assert.False(then.GetProperty("putinDesignated").GetBoolean());
        Assert.Contains("Deputy Prime Minister of Russia", then.GetProperty("rogozinPositions").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("Minister of Defence of Iran", then.GetProperty("dehghanPositions").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public void Demo_WhatChangedByToday_FromTheData()
    {
        var now = CliRunner.Run("demo", "--json").Json.GetProperty("now");
        Assert.Equal("member", now.GetProperty("iranStatusInSco").GetString());
        Assert.Equal("2023-07-04", now.GetProperty("iranStatusSince").GetString());
        var putin = now.GetProperty("putinDesignations").EnumerateArray().Select(d => (d.GetProperty("jurisdiction").GetString(), d.GetProperty("from").GetString())).ToList();
        Assert.Equal([("US", "2022-02-25"), ("EU", "2022-02-25"), ("UK", "2022-02-25")], putin);
        Assert.Equal("2025-10-02", now.GetProperty("treatyInForce").GetString());
        Assert.Equal(["Iran", "Russia"], now.GetProperty("treatyBound").EnumerateArray().Select(p => p.GetString()));
        var snapback = now.GetProperty("unArmsMeasures").EnumerateArray().ToList();
        Assert.Equal(2, snapback.Count); // arms from Iran (UNSCR 1747) and major arms to it (UNSCR 1929)
        Assert.All(snapback, m => Assert.Equal("2025-09-28", m.GetProperty("from").GetString()));
        Assert.Equal(10, now.GetProperty("scoStatuses").GetProperty("member").GetInt32());
        Assert.True(now.GetProperty("changesSince").GetInt32() > 0);
    }

    [Fact]
    public void Demo_BeforeTheSnapback_TellsNoSnapback()
    {
        var clock = new FixedClock(NodaTime.Instant.FromUtc(2025, 9, 27, 12, 0));
        var now = CliRunner.Run(clock, "demo", "--json").Json.GetProperty("now");
        Assert.Empty(now.GetProperty("unArmsMeasures").EnumerateArray());
        Assert.Empty(now.GetProperty("treatyBound").EnumerateArray());
    }

    [Fact]
    public void Demo_HumanText_SaysTheKeyFacts()
    {
        var result = CliRunner.Run("demo");
        Assert.Equal(0, result.ExitCode);
        foreach (var text in new[]
        {
            "On 2017-08-05", "Rogozin", "Dehghan", "by the US since 2014-03-17", "by the EU since 2014-03-21", "SCO observer", "not one of its 8 members",
            "signed 3 days earlier, on 2017-08-02", "UNSCR 2231", "SCO member since 2023-07-04", "since 2022-02-25", "in force since 2025-10-02", "since 2025-09-28",
        })
        {
            Assert.Contains(text, result.Out, StringComparison.Ordinal);
        }
    }

    // The §231 List is valid from the enactment (2017-08-02) but was published on 2017-10-27 (its record time): the demo says when it
    // followed, and at a knowledge instant before its publication says nothing of it.
    [Fact]
    public void Demo_Section231List_FollowsOnItsPublication_NotTheEnactment()
    {
        var then = CliRunner.Run("demo", "--json").Json.GetProperty("then");
        Assert.Equal("2017-10-27", then.GetProperty("specifiedPersonsListed").GetString());
        Assert.Contains("naming Rosoboronexport, follows on 2017-10-27.", CliRunner.Run("demo").Out, StringComparison.Ordinal);

        var before = CliRunner.Run("demo", "--known-at", "2017-08-06T00:00:00Z");
        Assert.DoesNotContain("List of Specified Persons", before.Out, StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, CliRunner.Run("demo", "--json", "--known-at", "2017-08-06T00:00:00Z").Json.GetProperty("then").GetProperty("specifiedPersonsListed").ValueKind);
    }

    // The seed world holds no UN list: "not designated by anyone" would claim more than the data knows.
    [Fact]
    public void Demo_PutinNotDesignated_OnlyByTheAuthoritiesWhoseListsTheDataHolds()
    {
        var output = CliRunner.Run("demo").Out;
        Assert.DoesNotContain("by anyone", output, StringComparison.Ordinal);
        Assert.Contains("Vladimir Putin is not designated by any authority whose lists the data holds (US, EU, UK); UN lists not held.", output, StringComparison.Ordinal);

        var then = CliRunner.Run("demo", "--json").Json.GetProperty("then");
        Assert.Equal(["US", "EU", "UK"], then.GetProperty("listsHeld").EnumerateArray().Select(j => j.GetString()));
        Assert.Equal(["UN"], then.GetProperty("listsNotHeld").EnumerateArray().Select(j => j.GetString()));
    }

    [Fact]
    public void Demo_SentencesInJson_AreTheHumanLines()
    {
        var json = CliRunner.Run("demo", "--json").Json;
        var human = CliRunner.Run("demo").Out;
        var sentences = json.GetProperty("sentences").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.True(sentences.Count >= 10);
        Assert.Equal(sentences, human.TrimEnd('\n').Split('\n'));
    }
}
