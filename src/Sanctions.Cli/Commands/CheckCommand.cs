using System.CommandLine;
using Sanctions.Cli.Output;
using Sanctions.Core;
using Sanctions.Core.Compliance;
using Sanctions.Core.Parties;

namespace Sanctions.Cli.Commands;

/// <summary>
/// <c>check --party P [--counterparty P] [--intermediary P]... [--goods general|arms|dual-use] [--flow F] [--on DATE] --jurisdiction LIST</c>:
/// the compliance verdict for dealing with P (and a counterparty) under the listed jurisdictions, with the findings behind it.
/// </summary>
internal sealed class CheckCommand : CliCommand
{
    private readonly Option<string> party = new("--party") { Description = "The party dealt with: id, ISO code or name.", Required = true };
    private readonly Option<string?> counterparty = new("--counterparty") { Description = "The other side of the transaction: id, ISO code or name." };
    private readonly Option<string[]> intermediaries = new("--intermediary") { Description = "A bank, agent or carrier in between (repeatable).", AllowMultipleArgumentsPerToken = false };
    private readonly Option<string> goods = new("--goods") { Description = "What moves: general, arms or dual-use.", DefaultValueFactory = _ => "general" };
    private readonly Option<string> flow = new("--flow") { Description = "Who supplies whom: unknown, party-to-counterparty or counterparty-to-party.", DefaultValueFactory = _ => "unknown" };
    private readonly Option<NodaTime.LocalDate?> on = CommonOptions.On("the day of the dealing");
    private readonly Option<string> jurisdiction = new("--jurisdiction") { Description = "The jurisdictions that bind you, comma-separated (US,EU,UN,UK).", Required = true };

    public override string Name => "check";

    public override string Description => "The compliance verdict for dealing with a party under the listed jurisdictions.";

    protected override void Configure(Command command)
    {
        goods.AcceptOnlyFromAmong([.. EnumWords.Goods.Words]);
        flow.AcceptOnlyFromAmong([.. EnumWords.GoodsFlow.Words]);
        command.Add(party);
        command.Add(counterparty);
        command.Add(intermediaries);
        command.Add(goods);
        command.Add(flow);
        command.Add(on);
        command.Add(jurisdiction);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var world = context.World;
        var subject = Resolve.Party(world, parse.GetRequiredValue(party));
        var other = parse.GetValue(counterparty) is { } c ? Resolve.Party(world, c, "counterparty") : null;
        var between = (parse.GetValue(intermediaries) ?? []).Select(i => Resolve.Party(world, i, "intermediary").Id).ToArray();
        var codes = parse.GetRequiredValue(jurisdiction).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (codes.Length == 0)
        {
            throw new CliException("--jurisdiction names no jurisdiction; give a comma-separated list such as US,EU,UN.");
        }

        var day = parse.GetValue(on) ?? context.Today;
        ComplianceRequest request;
        try
        {
            request = new ComplianceRequest(subject.Id, day, codes, other?.Id, between, GoodsOf(parse.GetRequiredValue(goods)), context.KnownAt,
                FlowOf(parse.GetRequiredValue(flow)));
        }
        catch (ArgumentException e)
        {
            throw new CliException(e.Message);
        }

        var result = new ComplianceEngine(world).Check(request);
        if (context.Json)
        {
            Json.Write(context, w =>
            {
                w.WriteStartObject();
                w.WriteString("verdict", EnumWords.Verdict.Word(result.Verdict));
                w.Date("on", day);
                w.Strings("jurisdictions", request.Jurisdictions);
                w.Party("party", subject);
                if (other is not null)
                {
                    w.Party("counterparty", other);
                }

                w.WriteString("goods", EnumWords.Goods.Word(request.Goods));
                w.Instant("knownAt", request.KnownAt);
                w.WriteStartArray("findings");
                foreach (var f in result.Findings)
                {
                    w.WriteStartObject();
                    w.WriteString("rule", f.Rule);
                    w.WriteString("authority", f.Authority.Value);
                    w.WriteString("measure", f.Measure);
                    w.Strings("basis", f.Basis);
                    w.WriteStartArray("path");
                    foreach (var id in f.Path)
                    {
                        w.Party(world, id);
                    }

                    w.WriteEndArray();
                    w.Certainty(f.Certainty);
                    w.WriteString("explanation", f.Explanation);
                    w.WriteString("role", EnumWords.ParticipantRole.Word(f.Role));
                    w.WriteString("outcome", EnumWords.Verdict.Word(f.Outcome));
                    w.WriteString("effect", EnumWords.Verdict.Word(f.Effect));
                    w.WriteString("fact", f.Fact);
                    w.WriteBoolean("cleared", f.IsCleared);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartObject("data");
                w.WriteString("dataset", result.Data.Dataset);
                w.StringOrNull("version", result.Data.Version);
                w.WriteString("contentHash", result.Data.ContentHash);
                w.WriteEndObject();
                w.WriteEndObject();
            });
            return ExitCodes.Ok;
        }

        context.Line($"{EnumWords.Verdict.Word(result.Verdict).ToUpperInvariant()}: {subject.Name} [{subject.Id}]" +
            (other is null ? string.Empty : $" with {other.Name} [{other.Id}]") +
            $", {EnumWords.Goods.Word(request.Goods)} goods, on {Json.Text(day)}, under {string.Join(",", request.Jurisdictions)}");
        if (!result.Findings.IsEmpty)
        {
            var table = Text.Table("effect", "rule", "authority", "measure", "basis", "path", "certainty", "explanation");
            foreach (var f in result.Findings)
            {
                table.Row(
                    f.IsCleared ? "cleared" : EnumWords.Verdict.Word(f.Effect),
                    f.Rule,
                    f.Authority.Value,
                    f.Measure,
                    string.Join(", ", f.Basis),
                    string.Join(" ← ", f.Path.Select(id => world.GetParty(id).Name)),
                    Text.Certainty(f.Certainty),
                    f.Explanation);
            }

            context.Console.Write(table);
        }

        context.Line($"Data: {result.Data}");
        return ExitCodes.Ok;
    }

    // The options accept only the table's words (AcceptOnlyFromAmong), so a word not read back cannot reach here.
    private static Goods GoodsOf(string text) => EnumWords.Goods.TryParse(text, out var goods) ? goods : throw new CliException($"check: unknown --goods '{text}'.");

    private static GoodsFlow FlowOf(string text) => EnumWords.GoodsFlow.TryParse(text, out var flow) ? flow : throw new CliException($"check: unknown --flow '{text}'.");
}
