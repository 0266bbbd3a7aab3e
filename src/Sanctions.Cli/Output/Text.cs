using Sanctions.Core;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;
using Spectre.Console;

namespace Sanctions.Cli.Output;

/// <summary>Small helpers for human output.</summary>
internal static class Text
{
    /// <summary>
    /// A party's name as known at <paramref name="knownAt"/> (issue 16, names are versioned): the primary name the list gave
    /// then, followed by <c>(now …)</c> when the list has renamed the party since; the current name without an instant.
    /// </summary>
    public static string NameOf(Sanctions.Core.Parties.Party party, NodaTime.Instant? knownAt)
    {
        var then = party.NameKnownAt(knownAt);
        return knownAt is null || then == party.Name ? then : $"{then} (now {party.Name})";
    }

    /// <summary>A period as <c>2014-03-17 → …</c>.</summary>
    public static string Period(ValidPeriod period) => $"{Date(period.Start)} → {Date(period.End)}";

    /// <summary>A date or an ellipsis.</summary>
    public static string Date(PartialDate? date) => date?.ToString() ?? "…";

    /// <summary>A period end: its date, an ellipsis when open, <c>unknown (..2024-05-01)</c> when unknown.</summary>
    public static string Date(PeriodEnd end) => end.Kind switch
    {
        PeriodEndKind.Open => "…",
        PeriodEndKind.Unknown => $"unknown ({end})",
        _ => end.ToString(),
    };

    /// <summary><c>certain</c>, <c>possible</c> (or <c>no</c>): always said, never left blank.</summary>
    public static string Certainty(Certainty certainty) => EnumWords.Certainty.Word(certainty);

    /// <summary>A table with a header row and the given columns.</summary>
    public static Table Table(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var c in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(c)));
        }

        return table;
    }

    /// <summary>Adds a row of plain (escaped) text.</summary>
    public static void Row(this Table table, params string?[] cells) => table.AddRow(cells.Select(c => new Markup(Markup.Escape(c ?? string.Empty))).ToArray());

    /// <summary>Writes one line of plain text.</summary>
    public static void Line(this CliContext context, string text) => context.Out.WriteLine(text);

    /// <summary>The world's party name with its id, as in <c>Iran [iso:IR]</c>.</summary>
    public static string Named(SanctionsWorld world, Core.Parties.PartyId id) => $"{world.GetParty(id).Name} [{id}]";
}
