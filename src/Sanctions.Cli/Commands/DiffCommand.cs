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
            .Select(c => new Row(c.Date, EnumWords.ChangeKind.Word(c.Kind), c.Party, c.Authority, c.Detail) { When = c.When, PossiblyInSpan = c.PossiblyInSpan })
            .Concat(ProgramChanges(world, start, end, context.KnownAt))
            .Where(c => string.IsNullOrWhiteSpace(code) || (c.Authority is { } a && Covers(world, a, code)))
            .OrderBy(c => c.PossiblyInSpan) // the changes possibly in the span come after the placed ones, as Changes gives them
            .ThenBy(c => c.Date.Earliest)
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
                    w.WriteString("kind", c.Kind);
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
                table.Row(c.PossiblyInSpan ? $"possibly ({Text.Date(c.When)})" : c.Date.ToString(), c.Kind, c.Authority?.Value, c.Detail);
            }

            context.Console.Write(table);
        }

        return ExitCodes.Ok;
    }

    /// <summary>
    /// Program changes (issue 16): a designation's new version, recorded on a day after <paramref name="start"/> up to and
    /// including <paramref name="end"/> (and, with --known-at, by then), whose programs differ from the version it follows
    /// on the same list. History imports make such versions when a publication changes an entry's programs; the listing
    /// itself is not a change of valid time, so <see cref="SanctionsWorld.Changes"/> does not show it.
    /// </summary>
    private static IEnumerable<Row> ProgramChanges(SanctionsWorld world, NodaTime.LocalDate start, NodaTime.LocalDate end, NodaTime.Instant? knownAt)
    {
        foreach (var versions in world.Designations.Where(d => d.Recorded.From is not null).GroupBy(d => (d.Party, d.List)))
        {
            Designation? before = null;
            foreach (var d in versions.OrderBy(d => d.Recorded.From))
            {
                var at = d.Recorded.From!.Value;
                var day = at.InUtc().Date;
                if (before is not null && !before.Programs.SequenceEqual(d.Programs) && day > start && day <= end && (knownAt is not { } k || at <= k))
                {
                    var list = world.FindList(d.List);
                    yield return new Row(
                        Sanctions.Core.Temporal.PartialDate.FromDate(day),
                        "program-change",
                        d.Party,
                        list?.Authority,
                        $"{world.GetParty(d.Party).Name}: programs on {list?.Name ?? d.List.Value} {Programs(before)} → {Programs(d)} (recorded {NodaTime.Text.InstantPattern.General.Format(at)})");
                }

                before = d;
            }
        }
    }

    private static string Programs(Designation d) => d.Programs.IsEmpty ? "none" : string.Join(", ", d.Programs.Select(p => p.Value));

    private sealed record Row(Sanctions.Core.Temporal.PartialDate Date, string Kind, Sanctions.Core.Parties.PartyId Party, AuthorityId? Authority, string Detail)
    {
        /// <summary>The day as the data states it (a date, or an unknown day with its bounds).</summary>
        public Sanctions.Core.Temporal.PeriodEnd When { get; init; } = Date;

        /// <summary>Whether the change is placed outside the span but may have happened inside it.</summary>
        public bool PossiblyInSpan { get; init; }
    }

    private static bool Covers(SanctionsWorld world, AuthorityId id, string code) =>
        world.FindAuthority(id) is { } a ? a.IsCoveredBy(code) : id.Value.Equals(code, StringComparison.OrdinalIgnoreCase);
}
