using NodaTime;

namespace Sanctions.Cli.Tests;

/// <summary>Every exit code of the contract, and one clear line on stderr (never a stack trace) for each failure.</summary>
public sealed class ExitCodeTests
{
    private static void AssertOneLine(CliResult result)
    {
        var lines = result.Error.Trim().Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("sanctions: ", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ran_ExitsZero()
    {
        var result = CliRunner.Run("members", "SCO");
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Help_ExitsZero()
    {
        var result = CliRunner.Run("--help");
        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "members", "status", "designations", "parties", "measures", "diff", "timeline", "validate", "demo", "screen", "check", "import" })
        {
            Assert.Contains(command, result.Out, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("members")]
    [InlineData("members SCO --bogus")]
    [InlineData("no-such-command")]
    [InlineData("members SCO --on 2017-02-30")]
    [InlineData("members SCO --on yesterday")]
    [InlineData("diff --from 2017-01-01")]
    [InlineData("members SCO --known-at noon")]
    public void BadUsage_ExitsTwo(string commandLine)
    {
        var result = CliRunner.Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, result.ExitCode);
        AssertOneLine(result);
    }

    [Theory]
    [InlineData("members", "Shanghai Cooperation Organsation")]
    [InlineData("designations", "Dmitri Rogosin")]
    [InlineData("measures", "Irann")]
    public void UnknownName_ExitsTwoWithSuggestions(string command, string name)
    {
        var result = CliRunner.Run(command, name);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Did you mean", result.Error, StringComparison.Ordinal);
        AssertOneLine(result);
    }

    // Nothing unknown reads as "no": an unknown code or status stops with the nearest known values instead of an empty answer.
    [Theory]
    [InlineData("US", "check", "--party", "Putin", "--on", "2023-01-01", "--jurisdiction", "USA")]
    [InlineData("EU", "check", "--party", "Putin", "--on", "2023-01-01", "--jurisdiction", "UE")]
    [InlineData("observer", "members", "SCO", "--status", "observers")]
    [InlineData("US-OFAC", "designations", "Putin", "--authority", "OFAC")]
    [InlineData("US-OFAC", "measures", "Iran", "--authority", "US-OFCA")]
    [InlineData("US-OFAC", "diff", "--from", "2022-01-01", "--to", "2022-12-31", "--authority", "OFAC")]
    public void UnknownCodeOrStatus_ExitsTwoSuggestingTheNearest(string suggested, params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Did you mean", result.Error, StringComparison.Ordinal);
        Assert.Contains(suggested, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
        AssertOneLine(result);
    }

    [Fact]
    public void AmbiguousName_ExitsTwo()
    {
        var result = CliRunner.Run("timeline", "Service");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("[org:fsb]", result.Error, StringComparison.Ordinal);
        Assert.Contains("[org:svr]", result.Error, StringComparison.Ordinal);
        AssertOneLine(result);
    }

    [Fact]
    public void MissingDataFile_ExitsTwoNamingTheFile()
    {
        var result = CliRunner.Run("members", "SCO", "--data", "/no/such/world.json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/no/such/world.json", result.Error, StringComparison.Ordinal);
        AssertOneLine(result);
    }

    [Fact]
    public void Bug_ExitsOneWithAMessageAndNoStackTrace()
    {
        // A clock that fails stands for any bug: the command reads "today" and the failure is not the user's.
        var result = CliRunner.Run(new BrokenClock(), "members", "SCO");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("internal error", result.Error, StringComparison.Ordinal);
        AssertOneLine(result);
    }

    [Fact]
    public void KnownAt_AValidInstant_Runs()
    {
        var json = CliRunner.Run("members", "SCO", "--on", "2017-08-05", "--known-at", "2018-04-05T12:00:00Z", "--json").Json;
        Assert.Equal(18, json.GetProperty("members").GetArrayLength());
    }

    private sealed class BrokenClock : IClock
    {
        public Instant GetCurrentInstant() => throw new InvalidOperationException("the clock is broken");
    }
}
