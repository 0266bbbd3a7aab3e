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
    private readonly Func<IAnsiConsole> createConsole;
    private SanctionsWorld? world;
    private IAnsiConsole? console;

    public CliContext(TextWriter output, TextWriter error, IClock clock, IAnsiConsole console)
        : this(output, error, clock, () => console, mayBeInteractive: true)
    {
    }

    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="createConsole">Makes the human output's console when a command first writes to it (see <see cref="Console"/>).</param>
    /// <param name="mayBeInteractive">False when the console will not be interactive (output redirected): then no command needs to make it to ask.</param>
    public CliContext(TextWriter output, TextWriter error, IClock clock, Func<IAnsiConsole> createConsole, bool mayBeInteractive)
    {
        Out = output;
        Error = error;
        Clock = clock;
        this.createConsole = createConsole;
        MayBeInteractive = mayBeInteractive;
    }

    /// <summary>Standard output: JSON documents and plain text.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error: the one line that says what went wrong.</summary>
    public TextWriter Error { get; }

    /// <summary>The clock; only the CLI reads it, and tests fix it.</summary>
    public IClock Clock { get; }

    /// <summary>Human output (tables), writing to <see cref="Out"/>; no colour when redirected.</summary>
    /// <remarks>
    /// Made on first use (start-up, issue 16): making a Spectre.Console console (its profile, its pipeline) was about
    /// 20 ms of a cold process, and commands that write only lines or JSON (<c>import</c> redirected, every
    /// <c>--json</c>) never use it.
    /// </remarks>
    public IAnsiConsole Console => console ??= createConsole();

    /// <summary>
    /// False when <see cref="Console"/> is known not to be interactive (output redirected, or a plain console): a command
    /// that would show progress on an interactive console then need not make the console to ask.
    /// </summary>
    public bool MayBeInteractive { get; }

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
