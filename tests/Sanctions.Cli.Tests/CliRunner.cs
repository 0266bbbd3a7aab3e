using System.Text.Json;
using NodaTime;

namespace Sanctions.Cli.Tests;

/// <summary>What one run of the command line gave.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    /// <summary>Standard output parsed as the one JSON document of the contract.</summary>
    public JsonElement Json
    {
        get
        {
            Assert.True(ExitCode == 0, $"exit {ExitCode}: {Error}");
            using var doc = JsonDocument.Parse(Out);
            return doc.RootElement.Clone();
        }
    }
}

/// <summary>A clock that always says the same instant, so that "today" is fixed.</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}

/// <summary>Runs the <c>sanctions</c> command line in process against the embedded seed world, with "today" fixed.</summary>
internal static class CliRunner
{
    /// <summary>The "today" of the tests.</summary>
    public static readonly LocalDate Today = new(2026, 11, 27);

    public static CliResult Run(params string[] args) => Run(new FixedClock(Today.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().Plus(Duration.FromHours(12))), args);

    public static CliResult Run(IClock clock, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error, clock);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>The values of <paramref name="property"/> in each element of an array.</summary>
    public static List<string> Strings(this JsonElement array, string property) =>
        [.. array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!)];

    /// <summary>The names of the party objects under <paramref name="property"/> in each element of an array.</summary>
    public static List<string> PartyNames(this JsonElement array, string property) =>
        [.. array.EnumerateArray().Select(e => e.GetProperty(property).GetProperty("name").GetString()!)];
}
