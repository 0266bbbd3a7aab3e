using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Text;
using NodaTime;
using Sanctions.Cli.Output;
using Sanctions.Core;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Cli.Commands;

/// <summary>One dated thing about a party, for <c>timeline</c>: a period (open end = still in effect; an unknown end stays unknown, with its
/// bounds) or a single day (which may be unknown, with bounds).</summary>
internal sealed record TimelineItem(PeriodEnd From, PeriodEnd To, string Kind, string Label, string? Record, bool IsPoint = false)
{
    /// <summary>The first day to draw from: a date's earliest day, an unknown start's lower bound; null when open or unbounded.</summary>
    public LocalDate? DrawFrom => From.Earliest;

    /// <summary>The day to draw to: a date's earliest day, an unknown end's first possible day; null when open (drawn to today).</summary>
    public LocalDate? DrawTo => To.Earliest;
}

/// <summary><c>timeline PARTY [--format text|svg|mermaid] [--out FILE]</c>: everything dated about a party, as text or a picture.</summary>
internal sealed class TimelineCommand : CliCommand
{
    private readonly Argument<string> party = new("PARTY") { Description = "The party: id, code or name." };
    private readonly Option<string> format = new("--format") { Description = "text, mermaid (a Gantt chart) or svg.", DefaultValueFactory = _ => "text", HelpName = "FORMAT" };
    private readonly Option<string?> output = new("--out") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };

    public override string Name => "timeline";

    public override string Description => "Everything dated about a party: designations, statuses, positions, treaty actions, measures.";

    protected override void Configure(Command command)
    {
        format.AcceptOnlyFromAmong("text", "mermaid", "svg");
        command.Add(party);
        command.Add(format);
        command.Add(output);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var world = context.World;
        var who = Resolve.Party(world, parse.GetRequiredValue(party));
        var items = Collect(world, who, context.KnownAt);
        var file = parse.GetValue(output);

        if (context.Json)
        {
            Json.Write(context, w =>
            {
                w.WriteStartObject();
                w.Party("party", who);
                w.WriteStartArray("events");
                foreach (var i in items)
                {
                    w.WriteStartObject();
                    w.End("from", i.From);
                    w.End("to", i.IsPoint ? i.From : i.To);
                    w.WriteString("kind", i.Kind);
                    w.WriteString("label", i.Label);
                    w.StringOrNull("record", i.Record);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return ExitCodes.Ok;
        }

        var text = parse.GetValue(format) switch
        {
            "mermaid" => Mermaid(who, items, context.Today),
            "svg" => Svg(who, items, context.Today),
            _ => Plain(who, items, context.KnownAt),
        };

        if (string.IsNullOrWhiteSpace(file))
        {
            context.Out.Write(text);
            return ExitCodes.Ok;
        }

        try
        {
            Sanctions.Core.IO.AtomicFile.WriteAllText(file, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"--out {file}: cannot write the file: {e.Message}", e);
        }

        context.Line($"Timeline of {who.Name} ({items.Count} events) written to {file}");
        return ExitCodes.Ok;
    }

    /// <summary>The party's history (<see cref="SanctionsWorld.History"/>) as lines to draw: the library collects, this labels.</summary>
    internal static List<TimelineItem> Collect(SanctionsWorld world, Party who, Instant? knownAt)
    {
        var id = who.Id;
        string N(PartyId p) => world.GetParty(p).Name;
        TimelineItem Item(PartyEvent e, string kind, string label) => new(e.Start, e.End, kind, label, e.Source.Record, e.IsPoint);

        var items = world.History(id, knownAt).Select(e => e switch
        {
            { Kind: PartyEventKind.Birth } => Item(e, "birth", "born" + (who is Person { BirthPlaces.IsEmpty: false } person ? " in " + string.Join(", ", person.BirthPlaces) : string.Empty)),
            { Kind: PartyEventKind.Founding } => Item(e, "founded", "founded"),
            { Designation: { } d } => Item(e, "designation", $"{world.AuthorityOf(d)}: {world.FindList(d.List)?.Name ?? d.List.Value} ({string.Join(", ", d.Measures.Select(EnumWords.MeasureKind.Word))})"),
            { Kind: PartyEventKind.Status, Membership: { } m } => Item(e, "status", $"{m.Status} of {N(m.Organization)}"),
            { Kind: PartyEventKind.Member, Membership: { } m } => Item(e, "member", $"{N(m.Member)}: {m.Status}"),
            { Position: { } p } => Item(e, "position", p.Title),
            { Relation: { } r } => Item(e, "relation", $"{EnumWords.RelationKind.Word(r.Kind)} {(r.From == id ? "of" : "from")} {N(r.From == id ? r.To : r.From)}{(r.Role is null ? string.Empty : ": " + r.Role)}"),
            { TreatyAction: { } a } => Item(e, "treaty", $"{EnumWords.TreatyActionKind.Word(a.Kind)}: {world.FindTreaty(a.Treaty)?.Name ?? a.Treaty.Value}"),
            { CountryMeasure: { } m } => Item(e, "measure", $"{m.Authority}: {EnumWords.CountryMeasureKind.Word(m.Kind)}{(m.Direction is { } d ? $" ({EnumWords.ArmsDirection.Word(d)})" : string.Empty)} ({string.Join(", ", m.Basis.Select(b => world.FindInstrument(b)?.Citation ?? b.Value))})"),
            _ => throw new InvalidOperationException($"Unexpected history event {e}."),
        });

        // The library orders by start and kind; the output has always ordered by start, kind word and label.
        return [.. items.OrderBy(i => i.From.Earliest ?? LocalDate.MinIsoValue).ThenBy(i => i.Kind, StringComparer.Ordinal).ThenBy(i => i.Label, StringComparer.Ordinal)];
    }

    private static string Plain(Party who, List<TimelineItem> items, Instant? knownAt)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{Text.NameOf(who, knownAt)} [{who.Id}]: {items.Count} dated facts\n");
        foreach (var i in items)
        {
            var when = i.IsPoint ? Text.Date(i.From) : $"{Text.Date(i.From)} → {Text.Date(i.To)}";
            sb.Append(CultureInfo.InvariantCulture, $"{when,-25} {i.Kind,-12} {i.Label}{(i.Record is null ? string.Empty : $" [{i.Record}]")}\n");
        }

        return sb.ToString();
    }

    private static string Mermaid(Party who, List<TimelineItem> items, LocalDate today)
    {
        static string Clean(string s) => new([.. s.Select(c => c is ':' or ';' or '#' or '\n' or '\r' ? ' ' : c)]);
        var sb = new StringBuilder();
        sb.Append("gantt\n");
        sb.Append(CultureInfo.InvariantCulture, $"    title {Clean(who.Name)} ({Clean(who.Id.Value)}); open ends drawn to {Json.Text(today)}, unknown ends to their first possible day (crit)\n");
        sb.Append("    dateFormat YYYY-MM-DD\n    axisFormat %Y\n");
        var n = 0;
        foreach (var group in items.Where(i => i.DrawFrom is not null).GroupBy(i => i.Kind))
        {
            sb.Append(CultureInfo.InvariantCulture, $"    section {Clean(group.Key)}\n");
            foreach (var i in group)
            {
                var from = i.DrawFrom!.Value;
                var start = Json.Text(from);
                var label = Clean(i.Label);
                if (i.IsPoint)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"    {label} :milestone, e{n++}, {start}, 0d\n");
                }
                else
                {
                    // An open end runs to today (active); an unknown end is drawn to its first possible day and marked crit, never active.
                    var end = i.DrawTo is { } t && t > from ? t : i.To.IsOpen && today > from ? today : from.PlusDays(1);
                    var tag = i.To.Kind switch { PeriodEndKind.Open => "active, ", PeriodEndKind.Unknown => "crit, ", _ => string.Empty };
                    sb.Append(CultureInfo.InvariantCulture, $"    {label} :{tag}e{n++}, {start}, {Json.Text(end)}\n");
                }
            }
        }

        return sb.ToString();
    }

    private static string Svg(Party who, List<TimelineItem> items, LocalDate today)
    {
        const int LabelWidth = 520, ChartWidth = 560, Row = 22, Top = 50;
        var dated = items.Where(i => i.DrawFrom is not null).ToList();
        var first = dated.Count == 0 ? today.Year : dated.Min(i => i.DrawFrom!.Value.Year);
        var last = today.Year + 1;
        double X(LocalDate d) => LabelWidth + ((d.Year - first + ((d.DayOfYear - 1) / 366.0)) / Math.Max(1, last - first) * ChartWidth);
        static string E(string s) => WebUtility.HtmlEncode(s);
        var height = Top + (dated.Count * Row) + 30;
        var sb = new StringBuilder();
        var ic = CultureInfo.InvariantCulture;
        sb.Append(ic, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{LabelWidth + ChartWidth + 20}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"11\">\n");
        sb.Append(ic, $"  <text x=\"10\" y=\"20\" font-size=\"14\" font-weight=\"bold\">{E(who.Name)} ({E(who.Id.Value)})</text>\n");
        sb.Append(ic, $"  <text x=\"10\" y=\"36\" fill=\"#666\">open ends drawn to {Json.Text(today)}; partial dates drawn from their earliest day; unknown ends (grey) to their first possible day</text>\n");
        for (var y = first; y <= last; y += Math.Max(1, (last - first) / 10))
        {
            var x = X(new LocalDate(y, 1, 1));
            sb.Append(ic, $"  <line x1=\"{x:F1}\" y1=\"{Top - 6}\" x2=\"{x:F1}\" y2=\"{height - 24}\" stroke=\"#ddd\"/><text x=\"{x:F1}\" y=\"{height - 10}\" text-anchor=\"middle\" fill=\"#666\">{y}</text>\n");
        }

        for (var k = 0; k < dated.Count; k++)
        {
            var i = dated[k];
            var y = Top + (k * Row);
            var x1 = X(i.DrawFrom!.Value);
            sb.Append(ic, $"  <text x=\"10\" y=\"{y + 14}\">{E($"{i.Kind}: {i.Label}")}</text>\n");
            if (i.IsPoint)
            {
                sb.Append(ic, $"  <circle cx=\"{x1:F1}\" cy=\"{y + 10}\" r=\"5\" fill=\"#c0392b\"><title>{E($"{Text.Date(i.From)} {i.Label}")}</title></circle>\n");
            }
            else
            {
                var x2 = Math.Max(x1 + 2, X(i.DrawTo ?? (i.To.IsOpen ? today : i.DrawFrom!.Value)));
                var fill = i.To.Kind switch { PeriodEndKind.Open => "#2e86c1", PeriodEndKind.Unknown => "#aab7b8", _ => "#85c1e9" };
                sb.Append(ic, $"  <rect x=\"{x1:F1}\" y=\"{y + 3}\" width=\"{x2 - x1:F1}\" height=\"14\" fill=\"{fill}\"><title>{E($"{Text.Date(i.From)} → {Text.Date(i.To)} {i.Label}")}</title></rect>\n");
            }
        }

        sb.Append("</svg>\n");
        return sb.ToString();
    }
}
