using System.CommandLine;
using NodaTime;
using Sanctions.Cli.Output;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;
using Sanctions.Core.World;

namespace Sanctions.Cli.Commands;

/// <summary>The facts of the demo's story, each the answer of a query on the world.</summary>
internal sealed record DemoStory(
    LocalDate Day,
    LocalDate Today,
    Party Rogozin,
    Party Dehghan,
    Party Putin,
    string Meeting,
    IReadOnlyList<string> RogozinPositions,
    IReadOnlyList<string> DehghanPositions,
    IReadOnlyList<(string Jurisdiction, Designation Designation)> RogozinDesignations,
    MembershipStatus? IranStatus,
    int ScoMembers,
    LegalInstrument Caatsa,
    int DaysSinceCaatsa,
    PartialDate? SpecifiedPersonsListed,
    IReadOnlyList<CountryMeasure> UnArmsMeasures,
    IReadOnlyList<CountryMeasure> EuArmsMeasures,
    Membership? IranStatusToday,
    IReadOnlyList<(string Jurisdiction, Designation Designation)> PutinDesignations,
    Certainty PutinDesignatedOnDay,
    IReadOnlyList<(string Jurisdiction, Designation Designation)> DehghanDesignations,
    Treaty Treaty2025,
    IReadOnlyList<Party> Treaty2025Bound,
    PartialDate? Treaty2025InForce,
    IReadOnlyList<CountryMeasure> UnArmsMeasuresToday,
    IReadOnlyDictionary<string, int> ScoToday,
    int ChangesSince);

/// <summary><c>demo</c>: the article's scenario told from the data; every sentence is the answer of a query, none is typed in.</summary>
internal sealed class DemoCommand : CliCommand
{
    public override string Name => "demo";

    public override string Description => "Walk through the article's scenario (Tehran, 2017-08-05) on the seed world, then what changed by today.";

    protected override void Configure(Command command)
    {
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var story = Tell(context.World, context.Today, context.KnownAt);
        if (context.Json)
        {
            WriteJson(context, story);
        }
        else
        {
            foreach (var line in Sentences(story))
            {
                context.Line(line);
            }
        }

        return ExitCodes.Ok;
    }

    /// <summary>Asks the world every question of the story.</summary>
    /// <exception cref="CliException">The world lacks a fact of the story (the demo tells the seed world's story).</exception>
    internal static DemoStory Tell(SanctionsWorld world, LocalDate today, Instant? knownAt)
    {
        var rogozin = Resolve.Party(world, "Rogozin");
        var dehghan = Resolve.Party(world, "Dehghan");
        var putin = Resolve.Party(world, "Putin");
        var iran = Resolve.State(world, "Iran");
        var sco = Resolve.Organization(world, "SCO");

        // The day of the story is the day of the meeting the data records between the two.
        var meeting = world.Relations.FirstOrDefault(r => r.From == rogozin.Id && r.To == dehghan.Id && r.Valid.From is not null && r.Recorded.IsVisibleAt(knownAt))
            ?? throw Missing("the meeting of Rogozin and Dehghan");
        var day = meeting.Valid.From!.Value.Earliest;
        var then = world.AsOf(day, knownAt);
        var now = world.AsOf(today, knownAt);

        var caatsa = world.FindInstrument(SeedIds.Caatsa) ?? throw Missing("CAATSA");
        var caatsaDay = caatsa.Adopted?.Earliest ?? throw Missing("the date CAATSA was signed");
        var lsp = world.Designations
            .Where(d => d.Party == SeedIds.Rosoboronexport && d.Basis.Contains(SeedIds.Caatsa231) && d.Measures.Contains(MeasureKind.SecondarySanctionsExposure))
            .Select(d => d.Valid.From)
            .FirstOrDefault();

        var treaty = world.FindTreaty(SeedIds.Treaty2025) ?? throw Missing("the 2025 Russia–Iran treaty");
        var inForce = world.TreatyActions
            .Where(a => a.Treaty == treaty.Id && a.Kind == TreatyActionKind.EntryIntoForce && a.Recorded.IsVisibleAt(knownAt))
            .Select(a => a.When.Date)
            .Min();

        return new DemoStory(
            day,
            today,
            rogozin,
            dehghan,
            putin,
            meeting.Role ?? "met",
            CertainPositions(then, rogozin.Id),
            CertainPositions(then, dehghan.Id),
            ByJurisdiction(world, then.DesignationsOf(rogozin.Id)),
            then.StatusIn(iran.Id, sco.Id)?.Fact.Status,
            then.MembersOf(sco.Id, MembershipStatus.Member).Length,
            caatsa,
            Period.Between(caatsaDay, day, PeriodUnits.Days).Days,
            lsp,
            ArmsMeasures(then, iran.Id, "UN"),
            ArmsMeasures(then, iran.Id, "EU"),
            now.StatusIn(iran.Id, sco.Id)?.Fact,
            ByJurisdiction(world, now.DesignationsOf(putin.Id)),
            then.IsDesignated(putin.Id),
            ByJurisdiction(world, now.DesignationsOf(dehghan.Id)),
            treaty,
            [.. now.PartiesTo(treaty.Id).Bound.Where(a => a.Certainty == Certainty.Certain).Select(a => world.GetParty(a.Fact))],
            inForce,
            ArmsMeasures(now, iran.Id, "UN"),
            now.MembersOf(sco.Id).GroupBy(a => a.Fact.Status.Value).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            day < today ? world.Changes(day, today, knownAt).Length : 0);
    }

    /// <summary>The story as sentences, each built from the answers in <paramref name="s"/>.</summary>
    internal static IEnumerable<string> Sentences(DemoStory s)
    {
        static string D(PartialDate? d) => d?.ToString() ?? "an unknown date";
        static string Designated(IEnumerable<(string Jurisdiction, Designation Designation)> items) =>
            string.Join(" and ", items.Select(x => $"by the {x.Jurisdiction} since {D(x.Designation.Valid.From)}"));

        yield return $"On {Json.Text(s.Day)}:";
        yield return $"  {s.Rogozin.Name} ({Join(s.RogozinPositions)}), designated {Designated(s.RogozinDesignations)}, and {s.Dehghan.Name} ({Join(s.DehghanPositions)}) {s.Meeting}.";
        yield return s.IranStatus is { } st
            ? $"  Iran is an SCO {st}, {(st == MembershipStatus.Member ? "a member" : $"not one of its {s.ScoMembers} members")}."
            : "  Iran holds no status in the SCO.";
        yield return $"  The {s.Caatsa.Title}, {s.Caatsa.Citation}, was signed {s.DaysSinceCaatsa} days earlier, on {D(s.Caatsa.Adopted)}" +
            (s.SpecifiedPersonsListed is { } l ? $"; its §231 List of Specified Persons, naming Rosoboronexport, follows on {l}." : ".");
        foreach (var m in s.UnArmsMeasures)
        {
            yield return $"  In force against Iran: {Sentence(m.Description)} (since {D(m.Valid.From)}{(m.Valid.To is { } to ? $", until {to}" : string.Empty)}).";
        }

        foreach (var m in s.EuArmsMeasures)
        {
            yield return $"  And the EU's own arms embargo on Iran, since {D(m.Valid.From)}.";
        }

        yield return $"  {s.Putin.Name} is {(s.PutinDesignatedOnDay == Certainty.No ? "not designated by anyone" : "designated")}.";
        yield return string.Empty;
        yield return $"By {Json.Text(s.Today)} ({s.ChangesSince} dated changes in between; see `sanctions diff --from {Json.Text(s.Day)} --to {Json.Text(s.Today)}`):";
        if (s.IranStatusToday is { } today)
        {
            yield return $"  Iran is an SCO {today.Status} since {D(today.Valid.From)}.";
        }

        yield return "  The SCO counts " + string.Join(", ", s.ScoToday.OrderBy(kv => MembersCommand.StatusRank(new MembershipStatus(kv.Key))).Select(kv => $"{kv.Value} {kv.Key}{(kv.Value == 1 ? string.Empty : "s")}")) + ".";
        if (s.PutinDesignations.Count > 0)
        {
            yield return $"  {s.Putin.Name} is designated {Designated(s.PutinDesignations)}.";
        }

        if (s.DehghanDesignations.Count > 0)
        {
            yield return $"  {s.Dehghan.Name} is designated {Designated(s.DehghanDesignations)}.";
        }

        if (s.Treaty2025Bound.Count > 0)
        {
            yield return $"  The {s.Treaty2025.Name} binds {string.Join(" and ", s.Treaty2025Bound.Select(p => p.Name))}, in force since {D(s.Treaty2025InForce)}.";
        }

        foreach (var m in s.UnArmsMeasuresToday)
        {
            yield return $"  In force against Iran again: {Sentence(m.Description)} (since {D(m.Valid.From)}).";
        }
    }

    private static void WriteJson(CliContext context, DemoStory s) => Json.Write(context, w =>
    {
        w.WriteStartObject();
        w.Date("on", s.Day);
        w.Date("today", s.Today);
        w.WriteStartObject("then");
        w.WriteString("meeting", s.Meeting);
        w.Party("rogozin", s.Rogozin);
        w.Party("dehghan", s.Dehghan);
        w.Strings("rogozinPositions", s.RogozinPositions);
        w.Strings("dehghanPositions", s.DehghanPositions);
        Designations(w, "rogozinDesignations", s.RogozinDesignations);
        w.StringOrNull("iranStatusInSco", s.IranStatus?.Value);
        w.WriteNumber("scoMembers", s.ScoMembers);
        w.WriteString("caatsa", s.Caatsa.Citation);
        w.Date("caatsaSigned", s.Caatsa.Adopted);
        w.WriteNumber("daysSinceCaatsa", s.DaysSinceCaatsa);
        w.Date("specifiedPersonsListed", s.SpecifiedPersonsListed);
        Measures(w, "unArmsMeasures", s.UnArmsMeasures);
        Measures(w, "euArmsMeasures", s.EuArmsMeasures);
        w.WriteBoolean("putinDesignated", s.PutinDesignatedOnDay != Certainty.No);
        w.WriteEndObject();
        w.WriteStartObject("now");
        w.StringOrNull("iranStatusInSco", s.IranStatusToday?.Status.Value);
        w.Date("iranStatusSince", s.IranStatusToday?.Valid.From);
        Designations(w, "putinDesignations", s.PutinDesignations);
        Designations(w, "dehghanDesignations", s.DehghanDesignations);
        w.WriteString("treaty", s.Treaty2025.Name);
        w.Strings("treatyBound", s.Treaty2025Bound.Select(p => p.Name));
        w.Date("treatyInForce", s.Treaty2025InForce);
        Measures(w, "unArmsMeasures", s.UnArmsMeasuresToday);
        w.WriteStartObject("scoStatuses");
        foreach (var (status, count) in s.ScoToday.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.WriteNumber(status, count);
        }

        w.WriteEndObject();
        w.WriteNumber("changesSince", s.ChangesSince);
        w.WriteEndObject();
        w.Strings("sentences", Sentences(s));
        w.WriteEndObject();
    });

    private static void Designations(System.Text.Json.Utf8JsonWriter w, string name, IEnumerable<(string Jurisdiction, Designation Designation)> items)
    {
        w.WriteStartArray(name);
        foreach (var (jurisdiction, d) in items)
        {
            w.WriteStartObject();
            w.WriteString("jurisdiction", jurisdiction);
            w.WriteString("list", d.List.Value);
            w.Period(d.Valid);
            w.Strings("basis", d.Basis.Select(b => b.Value));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Measures(System.Text.Json.Utf8JsonWriter w, string name, IEnumerable<CountryMeasure> items)
    {
        w.WriteStartArray(name);
        foreach (var m in items)
        {
            w.WriteStartObject();
            w.WriteString("id", m.Id);
            w.WriteString("authority", m.Authority.Value);
            w.Period(m.Valid);
            w.Strings("basis", m.Basis.Select(b => b.Value));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static List<(string Jurisdiction, Designation Designation)> ByJurisdiction(SanctionsWorld world, DesignationAnswers answers) =>
        [.. answers.Select(a => (world.FindAuthority(world.AuthorityOf(a.Fact))?.Jurisdiction ?? world.AuthorityOf(a.Fact).Value, a.Fact))
            .OrderBy(x => x.Item2.Valid.From?.Earliest ?? LocalDate.MinIsoValue)];

    private static List<CountryMeasure> ArmsMeasures(WorldView view, PartyId target, string authority) =>
        [.. view.MeasuresOn(target, authority).Where(a => a.Fact.Kind == CountryMeasureKind.ArmsEmbargo).Select(a => a.Fact)];

    private static List<string> CertainPositions(WorldView view, PartyId holder) =>
        [.. view.PositionsOf(holder).Where(p => p.Certainty == Certainty.Certain).Select(p => p.Fact.Title)];

    private static string Sentence(string? text) => (text ?? string.Empty).TrimEnd('.', ' ');

    private static string Join(IReadOnlyList<string> items) => items.Count == 0 ? "no position recorded" : string.Join("; ", items);

    private static CliException Missing(string what) => new($"demo: the data has no {what}; the demo tells the story of the embedded seed world (run it without --data).");
}
