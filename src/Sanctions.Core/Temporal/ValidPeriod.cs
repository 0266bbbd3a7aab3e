using NodaTime;

namespace Sanctions.Core.Temporal;

/// <summary>
/// When a fact is in effect: the half-open period <c>[From, To)</c> of calendar days, where
/// <see cref="To"/> is the first day the fact no longer applies. Either end may be open.
/// </summary>
/// <remarks>
/// <para>Ends may be partial dates. Iran was an SCO observer over <c>[2005-07, 2023-07-04)</c>: the
/// period certainly covers 2005-07-31 to 2023-07-03 (the <see cref="Narrow"/> reading) and possibly
/// covers 2005-07-01 onwards (the <see cref="Wide"/> reading). <see cref="Contains"/> answers with that
/// certainty.</para>
/// <para>For a partial <see cref="From"/> the fact started on some day of it: the narrow reading starts on
/// its latest day, the wide on its earliest. For a partial <see cref="To"/> the fact stopped on some day of
/// it: the narrow reading ends (exclusive) on its earliest day, the wide reading on its latest.</para>
/// <para>An end may also be <em>unknown</em>, with optional known bounds (<see cref="PeriodEnd"/>): a designation published on
/// 2024-05-01 without a listing date started on some day on or before it (<c>Start</c> is <c>..2024-05-01</c>). The readings extend
/// alike: the narrow reading starts on the latest day the start may be on (never, without an upper bound) and ends on the earliest
/// day the end may be on; the wide reading runs from the earliest possible start to the latest possible end. So a query answers
/// <see cref="Certainty.Certain"/> where every reading holds, <see cref="Certainty.Possible"/> where some does, and
/// <see cref="Certainty.No"/> only where none does. <see cref="From"/> and <see cref="To"/> are null for an unknown end as for an open
/// one: read <see cref="Start"/> and <see cref="End"/> to tell them apart.</para>
/// <para>A period is valid when its wide reading holds at least one day. The <c>default</c> value is
/// open at both ends: always in effect.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type: every field is set once, when the value is made, so any number of threads may share and read its values without locking.</threadsafety>
public readonly struct ValidPeriod : IEquatable<ValidPeriod>
{
    /// <summary>Creates a period, checking that it can hold at least one day.</summary>
    /// <param name="from">The first day the fact applies, or <see langword="null"/> for an open start.</param>
    /// <param name="to">The first day the fact no longer applies, or <see langword="null"/> for an open end.</param>
    /// <exception cref="ArgumentException"><paramref name="to"/> is on or before <paramref name="from"/> in every reading.</exception>
    public ValidPeriod(PartialDate? from, PartialDate? to)
        : this((PeriodEnd)from, (PeriodEnd)to, nameof(to))
    {
    }

    private ValidPeriod(PeriodEnd start, PeriodEnd end, string parameter)
    {
        if (!IsValid(start, end))
        {
            throw new ArgumentException($"The period ends ({end}) on or before it starts ({start}).", parameter);
        }

        Start = start;
        End = end;
    }

    /// <summary>The period of every day.</summary>
    public static ValidPeriod Always => default;

    /// <summary>The start: open, a date, or unknown with optional bounds.</summary>
    public PeriodEnd Start { get; }

    /// <summary>The end (the first day the fact no longer applies): open, a date, or unknown with optional bounds.</summary>
    public PeriodEnd End { get; }

    /// <summary>The first day the fact applies; <see langword="null"/> when the start is open or unknown (see <see cref="Start"/>).</summary>
    public PartialDate? From => Start.Date;

    /// <summary>The first day the fact no longer applies; <see langword="null"/> when it still applies or the end is unknown (see <see cref="End"/>).</summary>
    public PartialDate? To => End.Date;

    /// <summary>Whether both ends are exact days or open, so that every answer is certain.</summary>
    public bool IsExact => Start.IsExact && End.IsExact;

    /// <summary>Whether an end is unknown (rather than a date or open).</summary>
    public bool HasUnknownEnd => Start.Kind == PeriodEndKind.Unknown || End.Kind == PeriodEndKind.Unknown;

    /// <summary>The days certainly inside the period. Empty when the partial or unknown ends leave no certain day.</summary>
    public DateRange Narrow => new(NarrowStart(Start), NarrowEnd(Start, End));

    /// <summary>The days possibly inside the period.</summary>
    public DateRange Wide => new(Start.Earliest, End.Latest);

    /// <summary>Creates a period from any two ends, open, dated or unknown.</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end: the first day the fact no longer applies.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException">The end is on or before the start in every reading.</exception>
    public static ValidPeriod Of(PeriodEnd start, PeriodEnd end) => new(start, end, nameof(end));

    /// <summary>Whether a period of these ends could hold a day: the test <see cref="Of"/> applies.</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end.</param>
    /// <returns><see langword="true"/> when the wide reading holds a day.</returns>
    public static bool IsValid(PeriodEnd start, PeriodEnd end) => start.Earliest is not { } s || end.Latest is not { } e || e > s;

    // The narrow reading starts on the last day the start may be on; an unknown start without an upper bound is never certain.
    internal static LocalDate? NarrowStart(PeriodEnd start) => start.IsOpen ? null : start.Latest ?? LocalDate.MaxIsoValue;

    // The narrow reading ends on the first day the end may be on. The end is after the start: after an exact start the start day itself is
    // certain, whatever the end's bounds say (an end "2003" after a start 2003-06-09 is some day from 2003-06-10).
    internal static LocalDate? NarrowEnd(PeriodEnd start, PeriodEnd end)
    {
        if (end.IsOpen)
        {
            return null;
        }

        var afterStart = start.Date is { IsExact: true } s ? s.Earliest.PlusDays(1) : LocalDate.MinIsoValue;
        return end.Earliest is { } e && e > afterStart ? e : afterStart;
    }

    /// <summary>Creates a period from the first day on, with no end.</summary>
    /// <param name="from">The first day the fact applies.</param>
    /// <returns>The period <c>[from, ∞)</c>.</returns>
    public static ValidPeriod Since(PartialDate from) => new(from, null);

    /// <summary>Creates a period from exact days.</summary>
    /// <param name="from">The first day the fact applies, or <see langword="null"/>.</param>
    /// <param name="to">The first day it no longer applies, or <see langword="null"/>.</param>
    /// <returns>The period <c>[from, to)</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is on or before <paramref name="from"/>.</exception>
    public static ValidPeriod Between(LocalDate? from, LocalDate? to) =>
        new(from is { } f ? PartialDate.FromDate(f) : null, to is { } t ? PartialDate.FromDate(t) : null);

    /// <summary>Whether a period <c>[from, to)</c> could hold a day; the test the constructor applies.</summary>
    /// <param name="from">The start.</param>
    /// <param name="to">The end.</param>
    /// <returns><see langword="true"/> when the constructor would accept the ends.</returns>
    public static bool IsValid(PartialDate? from, PartialDate? to) => IsValid((PeriodEnd)from, (PeriodEnd)to);

    /// <summary>How certainly the period covers <paramref name="date"/>.</summary>
    /// <param name="date">The day asked about.</param>
    /// <returns><see cref="Certainty.Certain"/> inside the narrow reading, <see cref="Certainty.Possible"/> inside the wide reading only, else <see cref="Certainty.No"/>.</returns>
    public Certainty Contains(LocalDate date) => !Wide.Contains(date) ? Certainty.No : Narrow.Contains(date) ? Certainty.Certain : Certainty.Possible;

    /// <summary>How certainly the two periods share a day.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see cref="Certainty.Certain"/> when the narrow readings overlap, <see cref="Certainty.Possible"/> when only the wide ones do.</returns>
    public Certainty Overlaps(ValidPeriod other) =>
        Narrow.Overlaps(other.Narrow) ? Certainty.Certain : Wide.Overlaps(other.Wide) ? Certainty.Possible : Certainty.No;

    /// <inheritdoc/>
    public bool Equals(ValidPeriod other) => Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValidPeriod other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Text <c>[from, to)</c>, with <c>…</c> for an open end, dates at their own precision.</summary>
    /// <returns>The period as text.</returns>
    public override string ToString() => $"[{(Start.IsOpen ? "…" : Start.ToString())}, {(End.IsOpen ? "…" : End.ToString())})";

    /// <summary>Structural equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the values are equal.</returns>
    public static bool operator ==(ValidPeriod left, ValidPeriod right) => left.Equals(right);

    /// <summary>Structural inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the values differ.</returns>
    public static bool operator !=(ValidPeriod left, ValidPeriod right) => !left.Equals(right);
}
