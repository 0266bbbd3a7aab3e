using NodaTime;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.World;

// A ValidPeriod flattened to day numbers, so that index scans compare integers.
internal readonly struct PeriodBounds
{
    private readonly int wideStart;
    private readonly int narrowStart;
    private readonly int narrowEnd;
    private readonly int wideEnd;

    public PeriodBounds(ValidPeriod period)
    {
        // Unknown ends without a bound fall back to the ends of the time line: never certainly started, never certainly ended.
        wideStart = period.Start.Earliest is { } ws ? Day(ws) : int.MinValue;
        narrowStart = ValidPeriod.NarrowStart(period.Start) is { } ns ? Day(ns) : int.MinValue;
        narrowEnd = ValidPeriod.NarrowEnd(period.Start, period.End) is { } ne ? (ne == LocalDate.MinIsoValue ? int.MinValue : Day(ne)) : int.MaxValue;
        wideEnd = period.End.Latest is { } we ? Day(we) : int.MaxValue;
    }

    public static int Day(LocalDate date) => date.ToDateOnly().DayNumber;

    public Certainty Contains(int day) =>
        day < wideStart || day >= wideEnd ? Certainty.No : day >= narrowStart && day < narrowEnd ? Certainty.Certain : Certainty.Possible;
}
