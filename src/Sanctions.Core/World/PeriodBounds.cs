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
        wideStart = period.From is { } f ? Day(f.Earliest) : int.MinValue;
        narrowStart = period.From is { } f2 ? Day(f2.Latest) : int.MinValue;
        narrowEnd = period.To is { } t ? Day(t.Earliest) : int.MaxValue;
        wideEnd = period.To is { } t2 ? Day(t2.Latest) : int.MaxValue;
    }

    public static int Day(LocalDate date) => date.ToDateOnly().DayNumber;

    public Certainty Contains(int day) =>
        day < wideStart || day >= wideEnd ? Certainty.No : day >= narrowStart && day < narrowEnd ? Certainty.Certain : Certainty.Possible;
}
