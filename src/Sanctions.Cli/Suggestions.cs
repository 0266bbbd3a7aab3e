using System.CommandLine;
using System.CommandLine.Parsing;

namespace Sanctions.Cli;

/// <summary>"Did you mean …?" for a mistyped command or option: the nearest names the command in scope takes.</summary>
internal static class Suggestions
{
    /// <summary>A sentence naming the nearest commands or options to each token the parser did not recognise, or empty.</summary>
    public static string For(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var options = Ancestry(parse.CommandResult).SelectMany(c => c.Options.Where(o => c == command || o.Recursive))
            .Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Distinct(StringComparer.Ordinal).ToList();
        var commands = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        var text = new List<string>();
        // Unmatched tokens, and option-like values a variadic argument took in (import's FILE... swallows a mistyped --outt).
        var tokens = parse.UnmatchedTokens
            .Concat(parse.Tokens.Where(t => t.Type == TokenType.Argument && t.Value.StartsWith("--", StringComparison.Ordinal)).Select(t => t.Value))
            .Where(t => !options.Contains(t.Split('=', 2)[0], StringComparer.Ordinal));
        foreach (var token in tokens.Distinct(StringComparer.Ordinal))
        {
            var isOption = token.StartsWith('-');
            var nearest = Nearest(isOption ? token.Split('=', 2)[0] : token, isOption ? options : commands);
            if (nearest.Count > 0)
            {
                text.Add($"'{token}': did you mean {string.Join(" or ", nearest.Select(n => $"'{n}'"))}?");
            }
            else if (isOption && options.Count > 0)
            {
                text.Add($"'{token}': {command.Name} takes {string.Join(", ", options.Where(o => o.StartsWith("--", StringComparison.Ordinal)).Order(StringComparer.Ordinal))}.");
            }
        }

        return text.Count == 0 ? string.Empty : " " + string.Join(" ", text);
    }

    /// <summary>The names at the least edit distance from <paramref name="typed"/> (at most a third of its length, at least 2), or those it
    /// begins.</summary>
    public static IReadOnlyList<string> Nearest(string typed, IEnumerable<string> names)
    {
        var limit = Math.Max(2, typed.Length / 3);
        var scored = names.Select(n => (Name: n, Distance: n.StartsWith(typed, StringComparison.OrdinalIgnoreCase) && typed.TrimStart('-').Length >= 2 ? 1 : Distance(typed, n)))
            .Where(n => n.Distance <= limit).ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored.Min(n => n.Distance);
        return [.. scored.Where(n => n.Distance == best).Select(n => n.Name).Take(3)];
    }

    private static IEnumerable<Command> Ancestry(SymbolResult? result)
    {
        for (var r = result; r is not null; r = r.Parent)
        {
            if (r is CommandResult c)
            {
                yield return c.Command;
            }
        }
    }

    // Edit distance with adjacent transpositions (membres → members), ignoring case: the one the library suggests known values by.
    private static int Distance(string a, string b) => Sanctions.Core.World.Nearest.Distance(a.ToLowerInvariant(), b.ToLowerInvariant());
}
