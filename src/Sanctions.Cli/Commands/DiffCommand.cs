using System.CommandLine;
using Sanctions.Cli.Output;
using Sanctions.Core;
using Sanctions.Core.Regimes;
using Sanctions.Core.World;

namespace Sanctions.Cli.Commands;

/// <summary><c>diff --from DATE --to DATE [--authority CODE]</c>: listings, delistings, membership, treaty and measure changes after one date up to another.</summary>
internal sealed class DiffCommand : CliCommand
{
    private readonly Option<NodaTime.LocalDate?> from = CommonOptions.Date("--from", "The day before the first change of interest (yyyy-MM-dd).", required: true);
    private readonly Option<NodaTime.LocalDate?> to = CommonOptions.Date("--to", "The last day of interest (yyyy-MM-dd).", required: true);
    private readonly Option<string?> authority = CommonOptions.Authority();

    public override string Name => "diff";

    public override string Description => "Listings, delistings, membership, treaty and measure changes after --from up to and including --to.";

    protected override void Configure(Command command)
    {
        command.Add(from);
        command.Add(to);
        command.Add(authority);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var world = context.World;
        var start = parse.GetValue(from)!.Value;
        var end = parse.GetValue(to)!.Value;
        if (end < start)
        {
            throw new CliException($"--to {Json.Text(end)} is before --from {Json.Text(start)}.");
        }

        var code = Resolve.AuthorityCode(world, parse.GetValue(authority));
        var changes = world.Changes(start, end, context.KnownAt)
            .Where(c => string.IsNullOrWhiteSpace(code) || (c.Authority is { } a && Covers(world, a, code)))
            .ToList();

        if (context.Json)
        {
            Json.Write(context, w =>
            {
                w.WriteStartObject();
                w.Date("from", start);
                w.Date("to", end);
                w.WriteStartArray("changes");
                foreach (var c in changes)
                {
                    w.WriteStartObject();
                    w.Date("date", c.Date);
                    w.End("when", c.When);
                    w.WriteBoolean("possiblyInSpan", c.PossiblyInSpan);
                    w.WriteString("kind", EnumWords.ChangeKind.Word(c.Kind));
                    w.Party("party", world.GetParty(c.Party));
                    w.StringOrNull("authority", c.Authority?.Value);
                    w.WriteString("detail", c.Detail);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return ExitCodes.Ok;
        }

        context.Line($"{changes.Count} change{(changes.Count == 1 ? string.Empty : "s")} after {Json.Text(start)} up to {Json.Text(end)}" +
            (string.IsNullOrWhiteSpace(code) ? string.Empty : $" by {code}"));
        if (changes.Count > 0)
        {
            var table = Text.Table("date", "kind", "authority", "detail");
            foreach (var c in changes)
            {
                // A change that may have happened in the span but is placed outside it says so, with its unknown day.
                table.Row(c.PossiblyInSpan ? $"possibly ({Text.Date(c.When)})" : c.Date.ToString(), EnumWords.ChangeKind.Word(c.Kind), c.Authority?.Value, c.Detail);
            }

            context.Console.Write(table);
        }

        return ExitCodes.Ok;
    }

    private static bool Covers(SanctionsWorld world, AuthorityId id, string code) =>
        world.FindAuthority(id) is { } a ? a.IsCoveredBy(code) : id.Value.Equals(code, StringComparison.OrdinalIgnoreCase);
}
