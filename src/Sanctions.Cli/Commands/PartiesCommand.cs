using System.CommandLine;
using Sanctions.Cli.Output;
using Sanctions.Core;

namespace Sanctions.Cli.Commands;

/// <summary><c>parties TREATY [--on DATE]</c>: the states bound by a treaty on a date, and those that had only signed.</summary>
internal sealed class PartiesCommand : CliCommand
{
    private readonly Argument<string> treaty = new("TREATY") { Description = "The treaty: id or name." };
    private readonly Option<NodaTime.LocalDate?> on = CommonOptions.On();

    public override string Name => "parties";

    public override string Description => "The states bound by a treaty on a date, and those that had only signed.";

    protected override void Configure(Command command)
    {
        command.Add(treaty);
        command.Add(on);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var world = context.World;
        var t = Resolve.Treaty(world, parse.GetRequiredValue(treaty));
        var day = parse.GetValue(on) ?? context.Today;
        var parties = world.AsOf(day, context.KnownAt).PartiesTo(t.Id);

        if (context.Json)
        {
            Json.Write(context, w =>
            {
                w.WriteStartObject();
                w.WriteStartObject("treaty");
                w.WriteString("id", t.Id.Value);
                w.WriteString("name", t.Name);
                w.WriteEndObject();
                w.Date("on", day);
                w.WriteStartArray("bound");
                foreach (var (id, c) in parties.Bound)
                {
                    w.Party(world, id, x => x.Certainty(c));
                }

                w.WriteEndArray();
                w.WriteStartArray("signedOnly");
                foreach (var (id, c) in parties.SignedOnly)
                {
                    w.Party(world, id, x => x.Certainty(c));
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return ExitCodes.Ok;
        }

        context.Line($"{t.Name} [{t.Id}] on {Json.Text(day)}");
        context.Line("  bound:       " + List(parties.Bound));
        context.Line("  signed only: " + List(parties.SignedOnly));
        var actions = world.TreatyActions.Where(a => a.Treaty == t.Id && a.Recorded.IsVisibleAt(context.KnownAt)).OrderBy(a => a.When.Earliest ?? NodaTime.LocalDate.MinIsoValue).ThenBy(a => a.When.Latest ?? NodaTime.LocalDate.MaxIsoValue).ToList();
        if (actions.Count > 0)
        {
            var table = Text.Table("date", "party", "action", "source");
            foreach (var a in actions)
            {
                table.Row(Text.Date(a.When), world.GetParty(a.Party).Name, EnumWords.TreatyActionKind.Word(a.Kind), a.Source.Record ?? a.Source.Source);
            }

            context.Console.Write(table);
        }

        return ExitCodes.Ok;

        string List(System.Collections.Immutable.ImmutableArray<Core.Temporal.DatedAnswer<Core.Parties.PartyId>> items) =>
            items.IsEmpty ? "none" : string.Join(", ", items.Select(a => Text.Named(world, a.Fact) + (a.Certainty == Core.Temporal.Certainty.Certain ? string.Empty : " (possibly)")));
    }
}
