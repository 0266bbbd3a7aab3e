namespace Sanctions.Core.Temporal;

/// <summary>
/// A record period other than <see cref="RecordPeriod.Always"/>, held apart from the facts that have one: most facts are
/// never dated, and the facts of one publication share one period, so they share this box (the last one made is reused).
/// </summary>
/// <remarks>A record, so that facts compare and hash by the period, not by the box.</remarks>
internal sealed record RecordPeriodBox(RecordPeriod Period)
{
    // The last box made: the facts of one import are dated alike, one after the other. Boxes are immutable, so a box read
    // by one thread while another replaces it is still right.
    private static RecordPeriodBox? last;

    /// <summary>The box of <paramref name="period"/>, or null for <see cref="RecordPeriod.Always"/>.</summary>
    public static RecordPeriodBox? Of(RecordPeriod period)
    {
        if (period.Equals(RecordPeriod.Always))
        {
            return null;
        }

        var box = Volatile.Read(ref last);
        if (box is null || !box.Period.Equals(period))
        {
            box = new RecordPeriodBox(period);
            Volatile.Write(ref last, box);
        }

        return box;
    }
}
