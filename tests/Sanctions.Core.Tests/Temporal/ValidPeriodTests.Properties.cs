using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Tests.Temporal;

/// <summary>Laws of <see cref="ValidPeriod"/>, <see cref="DateRange"/> and their certainty.</summary>
public sealed partial class ValidPeriodTests
{
    private static readonly LocalDate First = new(1, 1, 1);
    private static readonly LocalDate Last = new(9999, 12, 31);

    [SanctionsProperty]
    public bool Contains_CertainImpliesPossible(ValidPeriod period, LocalDate day) =>
        period.Contains(day) != Certainty.Certain || (period.Narrow.Contains(day) && period.Wide.Contains(day));

    [SanctionsProperty]
    public bool Contains_AgreesWithNarrowAndWideReadings(ValidPeriod period, LocalDate day) =>
        period.Contains(day) == (period.Narrow.Contains(day) ? Certainty.Certain : period.Wide.Contains(day) ? Certainty.Possible : Certainty.No);

    [SanctionsProperty]
    public Property Contains_ExactPeriodsAnswerCertainOrNo() =>
        Prop.ForAll(Arb.From(SanctionsGen.ExactValidPeriod(), SanctionsShrink.ValidPeriod), SanctionsArbitraries.LocalDate(), (p, day) => p.IsExact && p.Contains(day) != Certainty.Possible);

    [SanctionsProperty]
    public bool Contains_BoundaryDays(ValidPeriod period)
    {
        // The day before the start, the start, the day before the end, the end.
        var ok = true;
        if (period.From is { } f)
        {
            ok &= f.Earliest == First || period.Contains(f.Earliest.PlusDays(-1)) == Certainty.No;
            ok &= period.Contains(f.Earliest) != Certainty.No;
            ok &= period.Narrow.IsEmpty || period.Contains(f.Latest) == Certainty.Certain;
            ok &= f.IsExact || period.Contains(f.Earliest) == Certainty.Possible;
        }

        if (period.To is { } t && t.Earliest > First)
        {
            ok &= period.Contains(t.Latest) == Certainty.No;
            ok &= period.Contains(t.Latest.PlusDays(-1)) != Certainty.No || (period.From is { } ff && ff.Earliest > t.Latest.PlusDays(-1));
            // The day before the end's earliest day is certain, unless it is before the certain start (an end "2003" after a start
            // 2003-06-09 is some day from 2003-06-10, so 2003-06-09 is certain and 2002-12-31 is not in the period).
            ok &= period.Narrow.IsEmpty || (period.Narrow.Start is { } ns && t.Earliest.PlusDays(-1) < ns) || period.Contains(t.Earliest.PlusDays(-1)) == Certainty.Certain;
            ok &= !t.IsExact || period.Contains(t.Earliest) == Certainty.No;
        }

        return ok;
    }

    [SanctionsProperty]
    public bool Overlaps_AgreesWithIntersectionAndContains(ValidPeriod a, ValidPeriod b, LocalDate day)
    {
        var narrow = a.Narrow.Intersect(b.Narrow);
        var wide = a.Wide.Intersect(b.Wide);
        var expected = !narrow.IsEmpty ? Certainty.Certain : !wide.IsEmpty ? Certainty.Possible : Certainty.No;
        var bothCertain = a.Contains(day) == Certainty.Certain && b.Contains(day) == Certainty.Certain;
        var bothPossible = a.Contains(day) != Certainty.No && b.Contains(day) != Certainty.No;
        return a.Overlaps(b) == expected && b.Overlaps(a) == expected &&
            narrow.Contains(day) == bothCertain && wide.Contains(day) == bothPossible &&
            (!bothCertain || expected == Certainty.Certain) && (!bothPossible || expected != Certainty.No);
    }

    [SanctionsProperty]
    public bool Overlaps_CertainHasACommonCertainDay(ValidPeriod a, ValidPeriod b)
    {
        if (a.Overlaps(b) != Certainty.Certain)
        {
            return true;
        }

        var start = a.Narrow.Intersect(b.Narrow).Start ?? First;
        return a.Contains(start) == Certainty.Certain && b.Contains(start) == Certainty.Certain;
    }

    [SanctionsProperty]
    public bool Constructor_AcceptsExactlyWhatIsValidAccepts(PartialDate from, PartialDate to)
    {
        if (ValidPeriod.IsValid(from, to))
        {
            var p = new ValidPeriod(from, to);
            return !p.Wide.IsEmpty && p.From == from && p.To == to;
        }

        var e = Record.Exception(() => new ValidPeriod(from, to));
        return e is ArgumentException { ParamName: "to" } && to.Latest <= from.Earliest;
    }

    [SanctionsProperty]
    public bool Between_OneDayPeriod_HoldsExactlyThatDay(LocalDate day, LocalDate other)
    {
        if (day == Last)
        {
            return true;
        }

        var p = ValidPeriod.Between(day, day.PlusDays(1));
        return p.Contains(other) == (other == day ? Certainty.Certain : Certainty.No);
    }

    [SanctionsProperty]
    public bool Shrink_YieldsOnlyValidPeriods(ValidPeriod period) =>
        SanctionsShrink.ValidPeriod(period).All(s => ValidPeriod.IsValid(s.From, s.To) && s != period);

    [SanctionsProperty]
    public bool Timeline_At_IsTheCertainOrLatestPossibleEntry(ValidPeriod a, LocalDate day)
    {
        // Two entries that cannot certainly overlap: one ends where the other starts.
        if (a.To is not { } end)
        {
            return true;
        }

        var b = ValidPeriod.Since(end);
        var timeline = Timeline<string>.Create([new(b, "b"), new(a, "a")]);
        var at = timeline.At(day);
        var aStartsLater = (a.Wide.Start ?? LocalDate.MinIsoValue) >= b.Wide.Start!.Value;
        var expected = a.Contains(day) == Certainty.Certain ? ("a", Certainty.Certain)
            : b.Contains(day) == Certainty.Certain ? ("b", Certainty.Certain)
            : a.Contains(day) == Certainty.Possible && (aStartsLater || b.Contains(day) == Certainty.No) ? ("a", Certainty.Possible)
            : b.Contains(day) == Certainty.Possible ? ("b", Certainty.Possible)
            : ((string, Certainty)?)null;
        return at is null ? expected is null : expected == (at.Value.Fact, at.Value.Certainty);
    }
}
