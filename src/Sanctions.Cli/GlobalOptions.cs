using System.CommandLine;
using NodaTime;

namespace Sanctions.Cli;

/// <summary>The contract's global options: <c>--json</c> (every command), <c>--data</c>, <c>--merge-sources</c> and <c>--known-at</c> (accepted before the command,
/// and on every command that answers from a world; see <see cref="CliApp.CreateRoot"/>).</summary>
internal static class GlobalOptions
{
    /// <summary>A world file (<c>.json</c>) or JSON Lines world (<c>.jsonl</c>); repeatable, merged in order.</summary>
    public static Option<string[]> Data { get; } = new("--data")
    {
        Description = "A world file (.json) or JSON Lines world (.jsonl) in the project's format; repeat to merge several. Default: the embedded seed world.",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
        HelpName = "PATH",
    };

    /// <summary>Merge the <c>--data</c> files as sources (issue 16): a party two files state otherwise is kept once per file, tied by same-as.</summary>
    public static Option<bool> MergeSources { get; } = new("--merge-sources")
    {
        Description = "Merge the --data files as imports of different sources (OFAC CSV, OFAC XML, the CSL): where two state one party or designation id otherwise, keep each, tied by a same-as relation, instead of refusing the merge.",
    };

    /// <summary>The knowledge instant: answer with what the data knew then.</summary>
    public static Option<Instant?> KnownAt { get; } = Commands.CommonOptions.Instant(
        "--known-at", "Answer with what the data knew at this instant (ISO-8601, e.g. 2018-04-05T12:00:00Z).", "2018-04-05T12:00:00Z");

    /// <summary>Write the contract's JSON document instead of human output.</summary>
    public static Option<bool> Json { get; } = new("--json")
    {
        Description = "Write one JSON document (the fields of docs/cli.md) instead of human output.",
        Recursive = true,
    };
}
