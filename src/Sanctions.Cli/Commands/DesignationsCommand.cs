using System.CommandLine;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Sanctions.Cli.Output;
using Sanctions.Core;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Cli.Commands;

/// <summary><c>designations PARTY [--on DATE] [--authority CODE]</c>: a party's designations in effect on a date, or all of them.</summary>
internal sealed class DesignationsCommand : CliCommand
{
    private readonly Argument<string> party = new("PARTY") { Description = "The party: id, code or name (e.g. Rogozin)." };
    private readonly Option<NodaTime.LocalDate?> on = CommonOptions.Date("--on", "Only designations in effect on this day (yyyy-MM-dd); without it, all of them, delisted ones included.");
    private readonly Option<string?> authority = CommonOptions.Authority();

    public override string Name => "designations";

    public override string Description => "A party's designations in effect on a date; without --on, all of them, delisted ones included.";

    protected override void Configure(Command command)
    {
        command.Add(party);
        command.Add(on);
        command.Add(authority);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var world = context.World;
        var who = Resolve.Party(world, parse.GetRequiredValue(party));
        var day = parse.GetValue(on);
        var code = Resolve.AuthorityCode(world, parse.GetValue(authority));
        var filter = new DesignationFilter(Authority: string.IsNullOrWhiteSpace(code) ? null : code);

        // Without a date every designation counts, delisted ones included; each is a recorded fact, so it is certain.
        var answers = day is { } d
            ? world.AsOf(d, context.KnownAt).DesignationsOf(who.Id, filter).ToImmutableArray().ToList()
            : world.Designations
                .Where(x => x.Party == who.Id && x.Recorded.IsVisibleAt(context.KnownAt) && (filter.Authority is null || Covered(world, x, filter.Authority)))
                .OrderBy(x => x.Valid.From?.Earliest ?? NodaTime.LocalDate.MinIsoValue)
                .Select(x => new DatedAnswer<Designation>(x, Certainty.Certain))
                .ToList();

        if (context.Json)
        {
            Json.Write(context, w =>
            {
                w.WriteStartObject();
                w.Party("party", who);
                w.Date("on", day);
                w.WriteStartArray("designations");
                foreach (var a in answers)
                {
                    WriteDesignation(w, world, a);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return ExitCodes.Ok;
        }

        var when = day is { } dd ? $"in effect on {Json.Text(dd)}" : "all, delisted ones included";
        if (context.KnownAt is { } known)
        {
            // With --known-at, "0 designations" is what the records said then, not that there were none: say so.
            when += $", as recorded by {NodaTime.Text.InstantPattern.ExtendedIso.Format(known)}";
        }

        context.Line($"{Text.NameOf(who, context.KnownAt)} [{who.Id}]: {answers.Count} designation{(answers.Count == 1 ? string.Empty : "s")} ({when})");
        if (answers.Count > 0)
        {
            var table = Text.Table("authority", "list", "programs", "measures", "from", "to", "basis", "certainty", "source");
            foreach (var (x, c) in answers)
            {
                table.Row(
                    world.AuthorityOf(x).Value,
                    world.FindList(x.List)?.Name ?? x.List.Value,
                    string.Join(", ", x.Programs),
                    string.Join(", ", x.Measures.Select(EnumWords.MeasureKind.Word)),
                    Text.Date(x.Valid.Start),
                    Text.Date(x.Valid.End),
                    string.Join(", ", x.Basis.Select(b => world.FindInstrument(b)?.Citation ?? b.Value)),
                    Text.Certainty(c),
                    x.Source.Record ?? x.Source.Source);
            }

            context.Console.Write(table);
        }

        return ExitCodes.Ok;
    }

    private static bool Covered(SanctionsWorld world, Designation d, string code) =>
        world.FindAuthority(world.AuthorityOf(d)) is { } a ? a.IsCoveredBy(code) : world.AuthorityOf(d).Value.Equals(code, StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes one designation object of the contract (<c>authority</c>, <c>list</c>, <c>programs</c>, <c>measures</c>, <c>from</c>, <c>to</c>, <c>certainty</c>, <c>basis</c>) with its id, citations and source.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void WriteDesignation(Utf8JsonWriter w, SanctionsWorld world, DatedAnswer<Designation> answer)
    {
        var (x, certainty) = answer;
        w.WriteStartObject();
        w.WriteString("id", x.Id);
        w.WriteString("authority", world.AuthorityOf(x).Value);
        w.WriteString("list", x.List.Value);
        w.WriteString("listName", world.FindList(x.List)?.Name ?? x.List.Value);
        w.Strings("programs", x.Programs.Select(p => p.Value));
        w.Strings("measures", x.Measures.Select(EnumWords.MeasureKind.Word));
        w.Period(x.Valid);
        w.Certainty(certainty);
        w.Strings("basis", x.Basis.Select(b => b.Value));
        w.Strings("basisCitations", x.Basis.Select(b => world.FindInstrument(b)?.Citation ?? b.Value));
        w.StringOrNull("remarks", x.Remarks);
        Source(w, x.Source);
        w.WriteEndObject();
    }

    /// <summary>Writes a provenance as <c>source</c>: <c>{"source", "record", "verified", "note"}</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Source(Utf8JsonWriter w, Core.Provenance p)
    {
        w.WriteStartObject("source");
        w.WriteString("source", p.Source);
        w.StringOrNull("record", p.Record);
        w.WriteBoolean("verified", p.IsVerified);
        w.StringOrNull("note", p.Note);
        w.WriteEndObject();
    }
}
