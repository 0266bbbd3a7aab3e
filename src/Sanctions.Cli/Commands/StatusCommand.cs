using System.CommandLine;
using Sanctions.Cli.Output;

namespace Sanctions.Cli.Commands;

/// <summary><c>status PARTY --in ORG [--on DATE]</c>: a party's status in an organisation on a date, and its whole history.</summary>
internal sealed class StatusCommand : CliCommand
{
    private readonly Argument<string> party = new("PARTY") { Description = "The party: id, ISO code or name (e.g. Iran)." };
    private readonly Option<string> organization = new("--in") { Description = "The organisation (e.g. SCO).", Required = true, HelpName = "ORG" };
    private readonly Option<NodaTime.LocalDate?> on = CommonOptions.Date("--on", "The day to ask about (yyyy-MM-dd); without it, the whole history only.");

    public override string Name => "status";

    public override string Description => "A party's status in an organisation on a date; without --on, its whole history.";

    protected override void Configure(Command command)
    {
        command.Add(party);
        command.Add(organization);
        command.Add(on);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var world = context.World;
        var who = Resolve.Party(world, parse.GetRequiredValue(party));
        var org = Resolve.Organization(world, parse.GetRequiredValue(organization));
        var day = parse.GetValue(on);
        var view = world.AsOf(day ?? context.Today, context.KnownAt);
        var history = view.StatusHistory(who.Id, org.Id);
        var now = day is null ? null : view.StatusIn(who.Id, org.Id);

        if (context.Json)
        {
            Json.Write(context, w =>
            {
                w.WriteStartObject();
                w.Party("party", who);
                w.Party("organization", org);
                w.Date("on", day);
                w.StringOrNull("status", now?.Fact.Status.Value);
                if (now is { } n)
                {
                    w.Certainty(n.Certainty);
                }
                else
                {
                    w.WriteNull("certainty");
                }

                w.WriteStartArray("history");
                foreach (var m in history)
                {
                    w.WriteStartObject();
                    w.WriteString("status", m.Status.Value);
                    w.Period(m.Valid);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return ExitCodes.Ok;
        }

        if (day is { } d)
        {
            context.Line(now is { } n
                ? $"{who.Name} in {org.Name} on {Json.Text(d)}: {n.Fact.Status}{(n.Certainty == Core.Temporal.Certainty.Certain ? string.Empty : " (possibly)")}"
                : $"{who.Name} held no status in {org.Name} on {Json.Text(d)}.");
        }

        if (history.IsEmpty)
        {
            context.Line($"{who.Name} has never held a status in {org.Name} in this data.");
            return ExitCodes.Ok;
        }

        context.Line($"{who.Name} in {org.Name}: " + string.Join(", then ", history.Select(m => $"{m.Status} ({Text.Period(m.Valid)})")));
        var table = Text.Table("status", "from", "to", "source");
        foreach (var m in history)
        {
            table.Row(m.Status.Value, Text.Date(m.Valid.Start), Text.Date(m.Valid.End), m.Source.Record ?? m.Source.Source);
        }

        context.Console.Write(table);
        return ExitCodes.Ok;
    }
}
