using System.Text.Json;

namespace Sanctions.Cli.Tests.Commands;

/// <summary><c>screen</c> and <c>screen --batch</c> on the seed world: the JSON contract, evidence, qualifiers, batch order, and bad input.</summary>
public sealed class ScreenCommandTests
{
    private static JsonElement Screen(params string[] args) => CliRunner.Run(["screen", .. args, "--json"]).Json;

    [Fact]
    public void Screen_RogozinAsOfacWritesIt_MatchesWithEvidence()
    {
        var json = Screen("ROGOZIN, Dmitrii", "--on", "2018-01-01");
        Assert.Equal("ROGOZIN, Dmitrii", json.GetProperty("query").GetString());
        Assert.Equal("2018-01-01", json.GetProperty("on").GetString());
        Assert.StartsWith("sanctions-screening/1 (", json.GetProperty("algorithm").GetString(), StringComparison.Ordinal);
        var match = json.GetProperty("matches")[0];
        Assert.Equal("person:dmitry-rogozin", match.GetProperty("party").GetProperty("id").GetString());
        Assert.Contains(match.GetProperty("band").GetString(), new[] { "strong", "review" });
        Assert.Contains(match.GetProperty("nameKind").GetString(), new[] { "primary", "alias", "weak-alias", "former" });
        Assert.Contains("US-OFAC", match.GetProperty("designations").EnumerateArray().Select(d => d.GetProperty("authority").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(match.GetProperty("explanation").GetString()));
        Assert.Equal(match.GetProperty("score").GetDouble(), Recompute(match.GetProperty("evidence")));
    }

    // Unknown is not no: a name the analysis keeps no word of cannot be screened, so it is bad input (exit 2), not "0 matches"; a
    // name screened with no match still answers 0 matches.
    [Theory]
    [InlineData("---")]
    [InlineData("'-' . '-'")]
    [InlineData("(?) / .")]
    public void Screen_ANameWithNoWord_IsBadInput_NotNoMatch(string name)
    {
        foreach (var json in new[] { false, true })
        {
            var run = CliRunner.Run(json ? ["screen", "--json", "--", name] : ["screen", "--", name]);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains($"'{name}' has no word to screen", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("0 matches", run.Out, StringComparison.Ordinal);
        }

        Assert.Equal(0, Screen("Nobody At All").GetProperty("matches").GetArrayLength());
    }

    [Fact]
    public void Screen_BeforeAnyDesignation_NoMatch_UnlessDelistedAsked()
    {
        Assert.Equal(0, Screen("Dmitry Rogozin", "--on", "2010-01-01").GetProperty("matches").GetArrayLength());
        var marked = Screen("Dmitry Rogozin", "--on", "2010-01-01", "--include-delisted").GetProperty("matches")[0];
        Assert.True(marked.GetProperty("delisted").GetBoolean());
    }

    [Fact]
    public void Screen_MinScoreLimitAndType_Apply()
    {
        var low = Screen("Rogozin Sergey", "--on", "2018-01-01", "--min-score", "0.1").GetProperty("matches");
        Assert.All(low.EnumerateArray(), m => Assert.True(m.GetProperty("score").GetDouble() >= 0.1));
        Assert.Contains(low.EnumerateArray(), m => !m.GetProperty("alert").GetBoolean());
        Assert.Equal(1, Screen("Rogozin Sergey", "--on", "2018-01-01", "--min-score", "0.1", "--limit", "1").GetProperty("matches").GetArrayLength());
        Assert.Equal(0, Screen("ROGOZIN, Dmitrii", "--on", "2018-01-01", "--type", "organization").GetProperty("matches").GetArrayLength());
    }

    [Fact]
    public void Screen_BirthDateThatDiffers_LowersTheScore()
    {
        var plain = Screen("Dmitri Rogozin", "--on", "2018-01-01").GetProperty("matches")[0].GetProperty("score").GetDouble();
        var other = Screen("Dmitri Rogozin", "--on", "2018-01-01", "--birth-date", "1990", "--min-score", "0").GetProperty("matches")[0];
        Assert.True(other.GetProperty("score").GetDouble() < plain);
        Assert.Contains("birth-date", other.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("feature").GetString()));
    }

    // Unknown is not no: a --country the screener does not know would take no part in the match, so it is bad input that names the
    // value (exit 2), never a qualifier silently dropped or scored as "differs"; a batch row's own unknown country is the data's: that
    // row's country is not evaluated and the batch goes on.
    [Theory]
    [InlineData("Atlantis")]
    [InlineData("XX")]
    [InlineData("Afghanstan")]
    public void Screen_UnknownCountry_IsBadInput_ButOnlyNotEvaluatedInABatchRow(string country)
    {
        var run = CliRunner.Run("screen", "Dmitri Rogozin", "--on", "2018-01-01", "--country", country);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--country '{country}' is not a country known here", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
        Assert.Equal(0, CliRunner.Run("screen", "Dmitri Rogozin", "--on", "2018-01-01", "--country", "Russia").ExitCode);
        var alpha3 = CliRunner.Run("screen", "Dmitri Rogozin", "--on", "2018-01-01", "--country", "RUS");
        Assert.Equal(0, alpha3.ExitCode);
        Assert.Empty(alpha3.Error);

        var dir = Directory.CreateTempSubdirectory("screen-country");
        try
        {
            var csv = Path.Combine(dir.FullName, "people.csv");
            File.WriteAllLines(csv, ["name,nationality", $"Dmitri Rogozin,{country}", "Dmitri Rogozin,"]);
            var batch = CliRunner.Run("screen", "--batch", csv, "--on", "2018-01-01");
            Assert.Equal(0, batch.ExitCode);
            var rows = batch.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
            Assert.Equal(2, rows.Length);
            var scores = rows.Select(r => r.GetProperty("matches")[0].GetProperty("score").GetDouble()).ToArray();
            Assert.Equal(scores[1], scores[0]);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Screen_Text_ShowsATable()
    {
        var result = CliRunner.Run("screen", "Dmitri Rogozin", "--on", "2018-01-01");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("person:dmitry-rogozin", result.Out, StringComparison.Ordinal);
        Assert.Contains("fuzzy", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_JsonLinesInInputOrder_WithQualifierColumns()
    {
        var dir = Directory.CreateTempSubdirectory("screen-batch");
        try
        {
            var csv = Path.Combine(dir.FullName, "people.csv");
            var rows = Enumerable.Range(0, 300).Select(i => i % 3 == 0 ? "\"ROGOZIN, Dmitrii\",1963,Russia" : $"Nobody Number{i},1980-01-02,France").ToArray();
            File.WriteAllLines(csv, ["full_name,date_of_birth,nationality", .. rows]);
            var output = Path.Combine(dir.FullName, "out.jsonl");
            var result = CliRunner.Run("screen", "--batch", csv, "--on", "2018-01-01", "--out", output);
            Assert.Equal(0, result.ExitCode);
            var lines = File.ReadAllLines(output);
            Assert.Equal(300, lines.Length);
            for (var i = 0; i < lines.Length; i++)
            {
                using var doc = JsonDocument.Parse(lines[i]);
                var line = doc.RootElement;
                Assert.Equal(i + 1, line.GetProperty("row").GetInt32());
                var matches = line.GetProperty("matches");
                if (i % 3 == 0)
                {
                    Assert.Equal("ROGOZIN, Dmitrii", line.GetProperty("query").GetString());
                    Assert.Equal("person:dmitry-rogozin", matches[0].GetProperty("party").GetProperty("id").GetString());
                    Assert.Equal(matches[0].GetProperty("score").GetDouble(), Recompute(matches[0].GetProperty("evidence")));
                }
                else
                {
                    Assert.Equal(0, matches.GetArrayLength());
                }
            }

            // Without --out, the lines go to standard output.
            var stdout = CliRunner.Run("screen", "--batch", csv, "--on", "2018-01-01");
            Assert.Equal(lines, stdout.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Batch_Out_ReplacesTheFileWhole_AndAFailedWriteLeavesNothing()
    {
        var dir = Directory.CreateTempSubdirectory("screen-batch");
        try
        {
            var csv = Path.Combine(dir.FullName, "people.csv");
            File.WriteAllLines(csv, ["full_name", "Dmitry Rogozin", "Nobody At All"]);
            var output = Path.Combine(dir.FullName, "out.jsonl");
            File.WriteAllText(output, "old content that is longer than nothing\nsecond old line\nthird old line\n");
            Assert.Equal(0, CliRunner.Run("screen", "--batch", csv, "--on", "2018-01-01", "--out", output).ExitCode);
            var lines = File.ReadAllLines(output);
            Assert.Equal(2, lines.Length);
            Assert.All(lines, l => Assert.StartsWith("{", l, StringComparison.Ordinal));

            // The temporary file of the atomic write is gone; only the input and the output are left.
            Assert.Equal(["out.jsonl", "people.csv"], dir.GetFiles().Select(f => f.Name).Order(StringComparer.Ordinal));

            // A directory that does not exist: an error naming the file, and no file anywhere.
            var nowhere = Path.Combine(dir.FullName, "missing", "out.jsonl");
            var failed = CliRunner.Run("screen", "--batch", csv, "--on", "2018-01-01", "--out", nowhere);
            Assert.NotEqual(0, failed.ExitCode);
            Assert.Contains(nowhere, failed.Error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(dir.FullName, "missing")));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Batch_NamedColumns_AreUsed_AndAMissingOneIsBadInput()
    {
        var dir = Directory.CreateTempSubdirectory("screen-batch");
        try
        {
            var csv = Path.Combine(dir.FullName, "people.csv");
            File.WriteAllLines(csv, ["customer,born", "Dmitry Rogozin,1963-12-21"]);
            var ok = CliRunner.Run("screen", "--batch", csv, "--column", "customer", "--birth-date-column", "born", "--on", "2018-01-01");
            Assert.Equal(0, ok.ExitCode);
            Assert.Contains("person:dmitry-rogozin", ok.Out, StringComparison.Ordinal);
            var missing = CliRunner.Run("screen", "--batch", csv, "--on", "2018-01-01");
            Assert.Equal(2, missing.ExitCode);
            Assert.Contains("no name column", missing.Error, StringComparison.Ordinal);
            File.WriteAllLines(csv, ["name,date_of_birth", "Dmitry Rogozin,21/12/1963"]);
            var badDate = CliRunner.Run("screen", "--batch", csv, "--on", "2018-01-01");
            Assert.Equal(2, badDate.ExitCode);
            Assert.Contains("line 2", badDate.Error, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Theory]
    [InlineData("screen")]
    [InlineData("screen Rogozin --batch x.csv")]
    [InlineData("screen Rogozin --min-score 1.5")]
    [InlineData("screen Rogozin --limit 0")]
    [InlineData("screen Rogozin --type spaceship")]
    [InlineData("screen Rogozin --birth-date 1963/12/21")]
    [InlineData("screen Rogozin --country Atlantis")]
    [InlineData("screen --batch /no/such/file.csv")]
    public void BadInput_ExitsTwoWithOneLine(string commandLine)
    {
        var result = CliRunner.Run(commandLine.Split(' '));
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(result.Out);
    }

    // The contract's recomputation: weighted mean of the name features, plus weight × score of each adjustment, clamped to [0, 1].
    private static double Recompute(JsonElement evidence)
    {
        double sum = 0, weights = 0;
        foreach (var e in evidence.EnumerateArray().Where(e => e.GetProperty("role").GetString() == "name"))
        {
            sum += e.GetProperty("weight").GetDouble() * e.GetProperty("score").GetDouble();
            weights += e.GetProperty("weight").GetDouble();
        }

        var score = weights > 0 ? sum / weights : 0;
        foreach (var e in evidence.EnumerateArray().Where(e => e.GetProperty("role").GetString() == "adjustment"))
        {
            score += e.GetProperty("weight").GetDouble() * e.GetProperty("score").GetDouble();
        }

        return Math.Clamp(score, 0, 1);
    }
}
