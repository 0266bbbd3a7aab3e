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
/// <para>A period is valid when its wide reading holds at least one day. The <c>default</c> value is
/// open at both ends: always in effect.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type. See the thread safety section of the user guide for more information.</threadsafety>
public readonly struct ValidPeriod : IEquatable<ValidPeriod>
{
    /// <summary>Creates a period, checking that it can hold at least one day.</summary>
    /// <param name="from">The first day the fact applies, or <see langword="null"/> for an open start.</param>
    /// <param name="to">The first day the fact no longer applies, or <see langword="null"/> for an open end.</param>
    /// <exception cref="ArgumentException"><paramref name="to"/> is on or before <paramref name="from"/> in every reading.</exception>
    public ValidPeriod(PartialDate? from, PartialDate? to)
    {
        if (from is { } f && to is { } t && WideEnd(t) <= f.Earliest)
        {
            throw new ArgumentException($"The period ends ({t}) on or before it starts ({f}).", nameof(to));
        }

        From = from;
        To = to;
    }

    /// <summary>The period of every day.</summary>
    public static ValidPeriod Always => default;

    /// <summary>The first day the fact applies; <see langword="null"/> when the start is open.</summary>
    public PartialDate? From { get; }

    /// <summary>The first day the fact no longer applies; <see langword="null"/> when it still applies.</summary>
    public PartialDate? To { get; }

    /// <summary>Whether both ends are exact days or open, so that every answer is certain.</summary>
    public bool IsExact => From is not { IsExact: false } && To is not { IsExact: false };

    /// <summary>The days certainly inside the period. Empty when the partial ends leave no certain day.</summary>
    public DateRange Narrow => new(From?.Latest, To?.Earliest);

    /// <summary>The days possibly inside the period.</summary>
    public DateRange Wide => new(From?.Earliest, To is { } t ? WideEnd(t) : null);

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
    public static bool IsValid(PartialDate? from, PartialDate? to) => from is not { } f || to is not { } t || WideEnd(t) > f.Earliest;

    /// <summary>How certainly the period covers <paramref name="date"/>.</summary>
    /// <param name="date">The day asked about.</param>
    /// <returns><see cref="Certainty.Certain"/> inside the narrow reading, <see cref="Certainty.Possible"/> inside the wide reading only, else <see cref="Certainty.No"/>.</returns>
    public Certainty Contains(LocalDate date)
    {
        if (From is { } f)
        {
            if (date < f.Earliest)
            {
                return Certainty.No;
            }
        }

        if (To is { } t)
        {
            if (date >= WideEnd(t))
            {
                return Certainty.No;
            }
        }

        return (From is not { } ff || date >= ff.Latest) && (To is not { } tt || date < tt.Earliest)
            ? Certainty.Certain
            : Certainty.Possible;
    }

    /// <summary>How certainly the two periods share a day.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see cref="Certainty.Certain"/> when the narrow readings overlap, <see cref="Certainty.Possible"/> when only the wide ones do.</returns>
    public Certainty Overlaps(ValidPeriod other) =>
        Narrow.Overlaps(other.Narrow) ? Certainty.Certain : Wide.Overlaps(other.Wide) ? Certainty.Possible : Certainty.No;

    // The fact stopped on some day of a partial end: at the latest on its last day, so that day is
    // the first one certainly outside.
    private static LocalDate WideEnd(PartialDate to) => to.Latest;

    /// <inheritdoc/>
    public bool Equals(ValidPeriod other) => From == other.From && To == other.To;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValidPeriod other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(From, To);

    /// <summary>Text <c>[from, to)</c>, with <c>…</c> for an open end, dates at their own precision.</summary>
    /// <returns>The period as text.</returns>
    public override string ToString() => $"[{From?.ToString() ?? "…"}, {To?.ToString() ?? "…"})";

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
