using System.CommandLine;
using Sanctions.Cli.Output;
using Sanctions.Core;

namespace Sanctions.Cli.Commands;

/// <summary><c>measures STATE [--on DATE] [--authority CODE]</c>: country-level measures on a state in effect on a date.</summary>
internal sealed class MeasuresCommand : CliCommand
{
    private readonly Argument<string> target = new("STATE") { Description = "The state or region: id, ISO code or name (e.g. Iran, IR)." };
    private readonly Option<NodaTime.LocalDate?> on = CommonOptions.On();
    private readonly Option<string?> authority = CommonOptions.Authority();

    public override string Name => "measures";

    public override string Description => "Country-level measures on a state in effect on a date (embargoes, arms embargoes, sectoral).";

    protected override void Configure(Command command)
    {
        command.Add(target);
        command.Add(on);
        command.Add(authority);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var world = context.World;
        var state = Resolve.State(world, parse.GetRequiredValue(target));
        var day = parse.GetValue(on) ?? context.Today;
        var code = Resolve.AuthorityCode(world, parse.GetValue(authority));
        var measures = world.AsOf(day, context.KnownAt).MeasuresOn(state.Id, string.IsNullOrWhiteSpace(code) ? null : code);

        if (context.Json)
        {
            Json.Write(context, w =>
            {
                w.WriteStartObject();
                w.Party("target", state);
                w.Date("on", day);
                w.WriteStartArray("measures");
                foreach (var (m, c) in measures)
                {
                    w.WriteStartObject();
                    w.WriteString("id", m.Id);
                    w.WriteString("authority", m.Authority.Value);
                    w.WriteString("kind", EnumWords.CountryMeasureKind.Word(m.Kind));
                    w.StringOrNull("direction", m.Direction is { } dir ? EnumWords.ArmsDirection.Word(dir) : null);
                    w.Period(m.Valid);
                    w.Certainty(c);
                    w.Strings("basis", m.Basis.Select(b => b.Value));
                    w.Strings("basisCitations", m.Basis.Select(b => world.FindInstrument(b)?.Citation ?? b.Value));
                    w.StringOrNull("description", m.Description);
                    DesignationsCommand.Source(w, m.Source);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return ExitCodes.Ok;
        }

        context.Line($"{state.Name} [{state.Id}] on {Json.Text(day)}: {measures.Length} measure{(measures.Length == 1 ? string.Empty : "s")} in effect");
        if (!measures.IsEmpty)
        {
            var table = Text.Table("authority", "kind", "from", "to", "basis", "certainty", "description");
            foreach (var (m, c) in measures)
            {
                table.Row(
                    m.Authority.Value,
                    EnumWords.CountryMeasureKind.Word(m.Kind) + (m.Direction is { } dir ? $" ({EnumWords.ArmsDirection.Word(dir)})" : string.Empty),
                    Text.Date(m.Valid.Start),
                    Text.Date(m.Valid.End),
                    string.Join(", ", m.Basis.Select(b => world.FindInstrument(b)?.Citation ?? b.Value)),
                    Text.Certainty(c),
                    m.Description);
            }

            context.Console.Write(table);
        }

        return ExitCodes.Ok;
    }
}
