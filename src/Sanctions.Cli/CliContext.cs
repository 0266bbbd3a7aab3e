using System.CommandLine;
using NodaTime;
using Sanctions.Cli.Data;
using Sanctions.Core.World;
using Spectre.Console;

namespace Sanctions.Cli;

/// <summary>
/// What a command runs with: where it writes, the clock that says what "today" is, and the world named by the global options
/// (<c>--data</c>, <c>--known-at</c>, <c>--json</c>), loaded on first use.
/// </summary>
internal sealed class CliContext
{
    private SanctionsWorld? world;

    public CliContext(TextWriter output, TextWriter error, IClock clock, IAnsiConsole console)
    {
        Out = output;
        Error = error;
        Clock = clock;
        Console = console;
    }

    /// <summary>Standard output: JSON documents and plain text.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error: the one line that says what went wrong.</summary>
    public TextWriter Error { get; }

    /// <summary>The clock; only the CLI reads it, and tests fix it.</summary>
    public IClock Clock { get; }

    /// <summary>Human output (tables), writing to <see cref="Out"/>; no colour when redirected.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Today's date in UTC, the default of <c>--on</c>.</summary>
    public LocalDate Today => Clock.GetCurrentInstant().InUtc().Date;

    /// <summary>The world files named by <c>--data</c>, in order; empty for the embedded seed world.</summary>
    public IReadOnlyList<string> DataPaths { get; private set; } = [];

    /// <summary>Whether <c>--merge-sources</c> asks to merge the <c>--data</c> files as sources (<c>WorldMerge</c>).</summary>
    public bool MergeSources { get; private set; }

    /// <summary>The knowledge instant of <c>--known-at</c>, or null for everything known now.</summary>
    public Instant? KnownAt { get; private set; }

    /// <summary>Whether <c>--json</c> asks for the JSON document of the contract.</summary>
    public bool Json { get; private set; }

    /// <summary>The world to answer from: the files of <c>--data</c> merged, or the embedded seed world.</summary>
    /// <exception cref="CliException">A file is unreadable or invalid.</exception>
    public SanctionsWorld World => world ??= WorldLoader.Load(DataPaths, MergeSources);

    /// <summary>Reads the global options of a parsed command line.</summary>
    public void Bind(ParseResult parse)
    {
        DataPaths = parse.GetValue(GlobalOptions.Data) ?? [];
        MergeSources = parse.GetValue(GlobalOptions.MergeSources);
        KnownAt = parse.GetValue(GlobalOptions.KnownAt);
        Json = parse.GetValue(GlobalOptions.Json);
        world = null;
    }
}
