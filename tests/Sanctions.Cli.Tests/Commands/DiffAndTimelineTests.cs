using System.Text.Json;
using System.Xml.Linq;

namespace Sanctions.Cli.Tests.Commands;

public sealed class DiffCommandTests
{
    [Fact]
    public void Diff_AroundIranAccession_StatusEndsThenStarts()
    {
        var json = CliRunner.Run("diff", "--from", "2023-07-03", "--to", "2023-07-04", "--json").Json;
        Assert.Equal("2023-07-03", json.GetProperty("from").GetString());
        Assert.Equal("2023-07-04", json.GetProperty("to").GetString());
        var iran = json.GetProperty("changes").EnumerateArray().Where(c => c.GetProperty("party").GetProperty("id").GetString() == "iso:IR").ToList();
        Assert.Equal(["status-end", "status-start", "treaty-action", "treaty-action"], iran.Select(c => c.GetProperty("kind").GetString()));
        Assert.All(iran, c => Assert.Equal("2023-07-04", c.GetProperty("date").GetString()));

        // Iran's accession to the SCO Charter took effect on an unknown day by its admission (I04c): placed on that bound, and said so.
        Assert.All(iran.Skip(2), c => Assert.Contains("(day unknown: ", c.GetProperty("detail").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Diff_Authority_KeepsOnlyThatAuthoritysListings()
    {
        var json = CliRunner.Run("diff", "--from", "2022-01-01", "--to", "2022-12-31", "--authority", "UK", "--json").Json;
        var changes = json.GetProperty("changes").EnumerateArray().ToList();
        var putin = Assert.Single(changes);
        Assert.Equal("listing", putin.GetProperty("kind").GetString());
        Assert.Equal("UK-HMT", putin.GetProperty("authority").GetString());
        Assert.Equal("2022-02-25", putin.GetProperty("date").GetString());
    }

    [Fact]
    public void Diff_Treaty2025_AllItsActionsIn2025()
    {
        var json = CliRunner.Run("diff", "--from", "2024-12-31", "--to", "2025-12-31", "--json").Json;
        var actions = json.GetProperty("changes").EnumerateArray().Where(c => c.GetProperty("kind").GetString() == "treaty-action").ToList();
        Assert.Equal(6, actions.Count);
    }

    [Fact]
    public void Diff_ToBeforeFrom_ExitsTwo()
    {
        var result = CliRunner.Run("diff", "--from", "2020-01-01", "--to", "2019-01-01");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("before --from", result.Error, StringComparison.Ordinal);
    }
}

public sealed class TimelineCommandTests
{
    [Fact]
    public void Timeline_RogozinJson_HoldsBirthDesignationsPositionsAndTheMeeting()
    {
        var json = CliRunner.Run("timeline", "Rogozin", "--json").Json;
        var events = json.GetProperty("events").EnumerateArray().ToList();
        var kinds = events.Select(e => e.GetProperty("kind").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "birth", "designation", "position", "relation" }, kinds);
        Assert.Equal("1963-12-21", events[0].GetProperty("from").GetString());
        var starts = events.Select(e => e.GetProperty("from").GetString()!).ToList();
        Assert.Equal(starts.Order(StringComparer.Ordinal), starts);
        Assert.Contains(events, e => e.GetProperty("record").GetString() == "C09" && e.GetProperty("from").GetString() == "2017-08-05");
    }

    // An end the facts leave unknown (Rogozin as senator, C05) reads unknown, never open ("still in force").
    [Fact]
    public void Timeline_AnEndTheFactsLeaveUnknown_ReadsUnknown_NotOpen()
    {
        var text = CliRunner.Run("timeline", "Rogozin").Out;
        var senator = Assert.Single(text.Split('\n'), l => l.Contains("Senator", StringComparison.Ordinal));
        Assert.Contains("2023-09-23 → unknown (..)", senator, StringComparison.Ordinal);
        Assert.DoesNotContain("…", senator, StringComparison.Ordinal);

        var json = CliRunner.Run("timeline", "Rogozin", "--json").Json;
        var e = Assert.Single(json.GetProperty("events").EnumerateArray(), e => e.GetProperty("record").GetString() == "C05");
        Assert.Equal("..", e.GetProperty("to").GetString());

        var mermaid = CliRunner.Run("timeline", "Rogozin", "--format", "mermaid").Out;
        var line = Assert.Single(mermaid.Split('\n'), l => l.Contains("Senator", StringComparison.Ordinal));
        Assert.DoesNotContain("active", line, StringComparison.Ordinal);
    }

    // A treaty action on an unknown day shows its bounds (Iran's accession to the SCO Charter, I04c).
    [Fact]
    public void Timeline_TreatyActionOnAnUnknownDay_ShowsItsBounds()
    {
        var text = CliRunner.Run("timeline", "Iran").Out;
        Assert.Contains(text.Split('\n'), l => l.StartsWith("unknown (2002-06-07..2023-07-04)", StringComparison.Ordinal) && l.Contains("Charter of the Shanghai", StringComparison.Ordinal));
    }

    [Fact]
    public void Timeline_Mermaid_IsAGanttWithASectionPerKind()
    {
        var result = CliRunner.Run("timeline", "Iran", "--format", "mermaid");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("gantt\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("dateFormat YYYY-MM-DD", result.Out, StringComparison.Ordinal);
        Assert.Contains("section status", result.Out, StringComparison.Ordinal);
        Assert.Contains("section measure", result.Out, StringComparison.Ordinal);
        Assert.Contains("2023-07-04", result.Out, StringComparison.Ordinal);
        // Colons separate a task's name from its data: names must not contain any.
        Assert.All(result.Out.Split('\n').Where(l => l.StartsWith("    ", StringComparison.Ordinal) && l.Contains(" :", StringComparison.Ordinal)),
            l => Assert.Equal(1, l.Count(c => c == ':')));
    }

    [Fact]
    public void Timeline_SvgToFile_IsWellFormedSvg()
    {
        var path = Path.Combine(Path.GetTempPath(), $"timeline-{Guid.NewGuid():N}.svg");
        try
        {
            var result = CliRunner.Run("timeline", "Putin", "--format", "svg", "--out", path);
            Assert.Equal(0, result.ExitCode);
            var svg = XDocument.Load(path);
            Assert.Equal("svg", svg.Root!.Name.LocalName);
            Assert.Equal(3, svg.Descendants().Count(e => e.Name.LocalName == "rect"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Timeline_UnknownFormat_ExitsTwo() => Assert.Equal(2, CliRunner.Run("timeline", "Putin", "--format", "png").ExitCode);

    [Fact]
    public void Timeline_UnwritableOut_ExitsTwo()
    {
        var result = CliRunner.Run("timeline", "Putin", "--out", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "missing-dir", "t.txt"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out", result.Error, StringComparison.Ordinal);
    }
}
