namespace Sanctions.Cli.Tests;

/// <summary>A command line that behaves: suggestions for typos, plain text when redirected, options only where they apply, certainty
/// always said.</summary>
public sealed class CliBehaviourTests
{
    [Theory]
    [InlineData("membrs SCO", "'membrs': did you mean 'members'?")]
    [InlineData("desginations Rogozin", "'desginations': did you mean 'designations'?")]
    [InlineData("members SCO --onn 2017-08-05", "'--onn': did you mean '--on'?")]
    [InlineData("members SCO --stauts member", "'--stauts': did you mean '--status'?")]
    [InlineData("import ofac-sdn-csv sdn.csv --outt x.json", "'--outt': did you mean '--out'?")]
    public void Mistyped_CommandOrOption_SuggestsTheNearest(string commandLine, string suggestion)
    {
        var result = CliRunner.Run(commandLine.Split(' '));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(suggestion, result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public void UnknownOption_NothingNear_ListsWhatTheCommandTakes()
    {
        var result = CliRunner.Run("members", "SCO", "--xyzzy");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("members takes --data, --help, --json, --known-at, --merge-sources, --on, --status", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, null, true)]
    [InlineData(false, "1", true)]
    [InlineData(false, "", false)]
    [InlineData(false, null, false)]
    public void PlainOutput_WhenRedirectedOrNoColor(bool redirected, string? noColor, bool plain) =>
        Assert.Equal(plain, CliApp.WantsPlainOutput(redirected, noColor));

    [Theory]
    [InlineData("designations Rogozin --on 2017-08-05")]
    [InlineData("members SCO --on 2017-08-05")]
    [InlineData("check --party Rosoboronexport --counterparty Iran --goods arms --on 2017-08-05 --jurisdiction UN,US,EU")]
    public void PlainConsole_TablesWithoutBoxesOrColour(string commandLine)
    {
        var result = CliRunner.Run(commandLine.Split(' '));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("|", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Out, c => c is >= '\u2500' and <= '\u257F');
        Assert.DoesNotContain("\u001b[", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Designations_CertainFacts_SayCertain()
    {
        var result = CliRunner.Run("designations", "Rogozin", "--on", "2017-08-05");

        var rows = result.Out.Split('\n').Where(l => l.StartsWith("| US-OFAC", StringComparison.Ordinal) || l.StartsWith("| EU ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Contains("| certain ", r, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("import")]
    [InlineData("validate")]
    public void Help_CommandsWithoutAWorld_DoNotListDataOrKnownAt(string command)
    {
        var result = CliRunner.Run(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("--known-at", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("--data", result.Out, StringComparison.Ordinal);
        Assert.Contains("--json", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("members")]
    [InlineData("designations")]
    [InlineData("check")]
    [InlineData("demo")]
    public void Help_CommandsThatAnswerFromAWorld_ListDataAndKnownAt(string command)
    {
        var result = CliRunner.Run(command, "--help");

        Assert.Contains("--known-at", result.Out, StringComparison.Ordinal);
        Assert.Contains("--data", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void KnownAt_BeforeACommandWithoutAWorld_IsBadUsage()
    {
        var result = CliRunner.Run("--known-at", "2018-01-01T00:00:00Z", "validate", "world.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("validate does not take --known-at", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void GlobalOptions_BeforeTheCommand_StillWork()
    {
        var result = CliRunner.Run("--known-at", "2018-01-01T00:00:00Z", "--json", "members", "SCO", "--on", "2017-08-05");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(18, result.Json.GetProperty("members").GetArrayLength());
    }
}
