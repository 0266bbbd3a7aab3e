using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.World;

// Turns the dated facts of a world into the changes Changes() reports.
internal static class ChangeLog
{
    // On: the day the change is placed on (its earliest day, but an end never before its fact's start); Order: among
    // changes placed on one day.
    public readonly record struct Entry(WorldChange Change, RecordPeriod Recorded, int Order, NodaTime.LocalDate On);

    public static IEnumerable<Entry> Collect(SanctionsWorld world, AuthorityId[] designationAuthority)
    {
        string Name(Parties.PartyId id) => world.GetParty(id).Name;

        for (var i = 0; i < world.Designations.Length; i++)
        {
            var d = world.Designations[i];
            var authority = designationAuthority[i];
            var list = world.FindList(d.List)?.Name ?? d.List.Value;
            var programs = d.Programs.IsEmpty ? string.Empty : $" ({string.Join(", ", d.Programs)})";
            if (StartDay(d.Valid) is { } from)
            {
                yield return new Entry(new WorldChange(from, ChangeKind.Listing, d.Party, authority, $"{Name(d.Party)} listed on {list}{programs}{Unknown(d.Valid.Start)}", Designation: d), d.Recorded, 1, from.Earliest);
            }

            if (EndDate(d.Valid) is { } to)
            {
                yield return new Entry(new WorldChange(to, ChangeKind.Delisting, d.Party, authority, $"{Name(d.Party)} delisted from {list}{programs}{Unknown(d.Valid.End)}", Designation: d), d.Recorded, EndOrder(d.Valid), EndDay(d.Valid));
            }
        }

        foreach (var m in world.Memberships)
        {
            var org = Name(m.Organization);
            if (StartDay(m.Valid) is { } from)
            {
                yield return new Entry(new WorldChange(from, ChangeKind.StatusStart, m.Member, null, $"{Name(m.Member)} becomes {m.Status} of {org}{Unknown(m.Valid.Start)}", Membership: m), m.Recorded, 1, from.Earliest);
            }

            if (EndDate(m.Valid) is { } to)
            {
                yield return new Entry(new WorldChange(to, ChangeKind.StatusEnd, m.Member, null, $"{Name(m.Member)} is no longer {m.Status} of {org}{Unknown(m.Valid.End)}", Membership: m), m.Recorded, EndOrder(m.Valid), EndDay(m.Valid));
            }
        }

        foreach (var a in world.TreatyActions)
        {
            var treaty = world.FindTreaty(a.Treaty)?.Name ?? a.Treaty.Value;
            // An action on an unknown day is placed, like an unknown start, on the last day it may be on, and not at all without one.
            if ((a.When.Date ?? (a.When.Latest is { } latest ? PartialDate.FromDate(latest) : null)) is { } on)
            {
                yield return new Entry(new WorldChange(on, ChangeKind.TreatyAction, a.Party, null, $"{Name(a.Party)}: {Describe(a.Kind)} of {treaty}{Unknown(a.When)}", TreatyAction: a), a.Recorded, 2, on.Earliest);
            }
        }

        foreach (var m in world.CountryMeasures)
        {
            var what = $"{Describe(m.Kind, m.Direction)} on {Name(m.Target)} by {m.Authority}";
            if (StartDay(m.Valid) is { } from)
            {
                yield return new Entry(new WorldChange(from, ChangeKind.MeasureStart, m.Target, m.Authority, $"{what} takes effect{Unknown(m.Valid.Start)}", CountryMeasure: m), m.Recorded, 1, from.Earliest);
            }

            if (EndDate(m.Valid) is { } to)
            {
                yield return new Entry(new WorldChange(to, ChangeKind.MeasureEnd, m.Target, m.Authority, $"{what} ends{Unknown(m.Valid.End)}", CountryMeasure: m), m.Recorded, EndOrder(m.Valid), EndDay(m.Valid));
            }
        }
    }

    // A start is placed on its date; an unknown start on the last day it may be on (the narrow reading), and not at all without one.
    private static PartialDate? StartDate(ValidPeriod period) => period.Start.Kind switch
    {
        PeriodEndKind.Date => period.Start.Date,
        PeriodEndKind.Unknown when period.Start.Latest is { } latest => PartialDate.FromDate(latest),
        _ => null,
    };

    private static PartialDate? StartDay(ValidPeriod period) => StartDate(period);

    // An end is placed on its date; an unknown end on the first day it may be on (the narrow reading), and not at all without one.
    private static PartialDate? EndDate(ValidPeriod period) => period.End.Kind switch
    {
        PeriodEndKind.Date => period.End.Date,
        PeriodEndKind.Unknown when period.End.Earliest is { } earliest => PartialDate.FromDate(earliest),
        _ => null,
    };

    // " (day unknown: ..2024-05-01)" for an unknown end, so that a change placed on a bound never reads as a known date.
    private static string Unknown(PeriodEnd end) => end.Kind == PeriodEndKind.Unknown ? $" (day unknown: {end})" : string.Empty;

    // An end is placed on the earliest day of its date, but never before its fact's start: a period [2006-07, 2006)
    // ends some day from July 2006, not on 2006-01-01.
    private static NodaTime.LocalDate EndDay(ValidPeriod period) =>
        StartDate(period) is { } from && from.Earliest > EndDate(period)!.Value.Earliest ? from.Earliest : EndDate(period)!.Value.Earliest;

    // On one day, ends come before starts (a status ends as the next begins), except the end of a fact that starts
    // on that same day (a period [2018, 2018) placed on its earliest days): it must follow its own start, or replaying
    // the changes would leave the fact in effect.
    private static int EndOrder(ValidPeriod period) =>
        StartDate(period) is { } from && from.Earliest == EndDay(period) ? 3 : 0;

    private static string Describe(Treaties.TreatyActionKind kind) => kind switch
    {
        Treaties.TreatyActionKind.EntryIntoForce => "entry into force",
        _ => kind.ToString().ToLowerInvariant(),
    };

    internal static string Describe(CountryMeasureKind kind, ArmsDirection? direction) => kind switch
    {
        CountryMeasureKind.ComprehensiveEmbargo => "comprehensive embargo",
        CountryMeasureKind.ArmsEmbargo => direction switch
        {
            ArmsDirection.Outbound => "arms embargo (purchases from the target)",
            ArmsDirection.Both => "arms embargo (both ways)",
            _ => "arms embargo",
        },
        CountryMeasureKind.Sectoral => "sectoral measures",
        CountryMeasureKind.ExportControl => "export controls",
        _ => "measures",
    };
}
