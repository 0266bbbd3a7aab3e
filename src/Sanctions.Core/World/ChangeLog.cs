using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.World;

// Turns the dated facts of a world into the changes Changes() reports.
internal static class ChangeLog
{
    // On: the day the change is placed on (its earliest day, but an end never before its fact's start); Order: among
    // changes placed on one day. Lo, Hi: the first and last day the change may be on (day numbers; int.MinValue, int.MaxValue when
    // unbounded); they differ for a partial or unknown day. Placed: false for a change of unknown day with no bound on the side it would be
    // placed on (an unknown start without an upper bound): it has no day of its own and is only ever reported as possibly in a span.
    public readonly record struct Entry(WorldChange Change, RecordPeriod Recorded, int Order, NodaTime.LocalDate On, int Lo = 0, int Hi = 0, bool Placed = true)
    {
        // A change whose day is partial or unknown, or that is placed off its own day (an end kept after an unknown start's upper bound).
        public bool IsUncertain => Lo != Hi || !Placed || On.ToDateOnly().DayNumber != Lo;
    }

    public static IEnumerable<Entry> Collect(SanctionsWorld world, AuthorityId[] designationAuthority)
    {
        string Name(Parties.PartyId id) => world.GetParty(id).Name;

        for (var i = 0; i < world.Designations.Length; i++)
        {
            var d = world.Designations[i];
            var authority = designationAuthority[i];
            var list = world.FindList(d.List)?.Name ?? d.List.Value;
            var programs = d.Programs.IsEmpty ? string.Empty : $" ({string.Join(", ", d.Programs)})";
            if (Start(d.Valid, new WorldChange(default, ChangeKind.Listing, d.Party, authority, $"{Name(d.Party)} listed on {list}{programs}{Unknown(d.Valid.Start)}", Designation: d), d.Recorded) is { } from)
            {
                yield return from;
            }

            if (End(d.Valid, new WorldChange(default, ChangeKind.Delisting, d.Party, authority, $"{Name(d.Party)} delisted from {list}{programs}{Unknown(d.Valid.End)}", Designation: d), d.Recorded) is { } to)
            {
                yield return to;
            }
        }

        foreach (var m in world.Memberships)
        {
            var org = Name(m.Organization);
            if (Start(m.Valid, new WorldChange(default, ChangeKind.StatusStart, m.Member, null, $"{Name(m.Member)} becomes {m.Status} of {org}{Unknown(m.Valid.Start)}", Membership: m), m.Recorded) is { } from)
            {
                yield return from;
            }

            if (End(m.Valid, new WorldChange(default, ChangeKind.StatusEnd, m.Member, null, $"{Name(m.Member)} is no longer {m.Status} of {org}{Unknown(m.Valid.End)}", Membership: m), m.Recorded) is { } to)
            {
                yield return to;
            }
        }

        foreach (var a in world.TreatyActions)
        {
            var treaty = world.FindTreaty(a.Treaty)?.Name ?? a.Treaty.Value;

            // An action on an unknown day is placed, like an unknown start, on the last day it may be on; without one it has no day.
            var change = new WorldChange(default, ChangeKind.TreatyAction, a.Party, null, $"{Name(a.Party)}: {Describe(a.Kind)} of {treaty}{Unknown(a.When)}", TreatyAction: a);
            yield return Start(ValidPeriod.Of(a.When, PeriodEnd.Open), change, a.Recorded, order: 2)!.Value;
        }

        foreach (var m in world.CountryMeasures)
        {
            var what = $"{Describe(m.Kind, m.Direction)} on {Name(m.Target)} by {m.Authority}";
            if (Start(m.Valid, new WorldChange(default, ChangeKind.MeasureStart, m.Target, m.Authority, $"{what} takes effect{Unknown(m.Valid.Start)}", CountryMeasure: m), m.Recorded) is { } from)
            {
                yield return from;
            }

            if (End(m.Valid, new WorldChange(default, ChangeKind.MeasureEnd, m.Target, m.Authority, $"{what} ends{Unknown(m.Valid.End)}", CountryMeasure: m), m.Recorded) is { } to)
            {
                yield return to;
            }
        }
    }

    private static int DayNumber(NodaTime.LocalDate? day, int none) => day is { } d ? d.ToDateOnly().DayNumber : none;

    // The change of a period's start: none for an open start; placed on its date (a partial date on its earliest day) or, when unknown,
    // on its upper bound; unplaced without one. Its range runs from the first to the last day the start may be on.
    private static Entry? Start(ValidPeriod period, WorldChange change, RecordPeriod recorded, int order = 1)
    {
        if (period.Start.IsOpen)
        {
            return null;
        }

        var lo = DayNumber(period.Start.Earliest, int.MinValue);
        var hi = DayNumber(period.Start.Latest, int.MaxValue);
        if (StartDate(period) is { } from)
        {
            return new Entry(change with { Date = from, When = period.Start }, recorded, order, from.Earliest, lo, hi);
        }

        var first = period.Start.Earliest ?? new NodaTime.LocalDate(1, 1, 1);
        return new Entry(change with { Date = PartialDate.FromDate(first), When = period.Start }, recorded, order, first, lo, hi, Placed: false);
    }

    // The change of a period's end: none for an open end; placed on its date or, when unknown, its lower bound (never before the start);
    // unplaced without one. Its range runs from the first day the end may be on (after the start's first day) to the last.
    private static Entry? End(ValidPeriod period, WorldChange change, RecordPeriod recorded)
    {
        if (period.End.IsOpen)
        {
            return null;
        }

        var lo = DayNumber(period.End.Earliest ?? period.Start.Earliest, int.MinValue);
        var hi = DayNumber(period.End.Latest, int.MaxValue);
        if (EndDate(period) is { } to)
        {
            return new Entry(change with { Date = to, When = period.End }, recorded, EndOrder(period), EndDay(period), Math.Min(lo, DayNumber(EndDay(period), lo)), hi);
        }

        var first = period.End.Earliest ?? period.Start.Earliest ?? new NodaTime.LocalDate(1, 1, 1);
        return new Entry(change with { Date = PartialDate.FromDate(first), When = period.End }, recorded, 0, first, lo, hi, Placed: false);
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
