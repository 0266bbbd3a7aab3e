using System.CommandLine;
using NodaTime;
using NodaTime.Text;

namespace Sanctions.Cli;

/// <summary>The contract's global options: <c>--json</c> (every command), <c>--data</c> and <c>--known-at</c> (accepted before the command,
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

    /// <summary>The knowledge instant: answer with what the data knew then.</summary>
    public static Option<Instant?> KnownAt { get; } = new("--known-at")
    {
        Description = "Answer with what the data knew at this instant (ISO-8601, e.g. 2018-04-05T12:00:00Z).",
        HelpName = "INSTANT",
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : string.Empty;
            var parsed = InstantPattern.ExtendedIso.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }

            var offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
            if (offset.Success)
            {
                return offset.Value.ToInstant();
            }

            r.AddError($"--known-at: '{text}' is not an instant; expected ISO-8601 such as 2018-04-05T12:00:00Z.");
            return null;
        },
    };

    /// <summary>Write the contract's JSON document instead of human output.</summary>
    public static Option<bool> Json { get; } = new("--json")
    {
        Description = "Write one JSON document (the fields of docs/cli.md) instead of human output.",
        Recursive = true,
    };
}
