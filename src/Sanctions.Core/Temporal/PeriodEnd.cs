using System.Globalization;
using NodaTime;

namespace Sanctions.Core.Temporal;

/// <summary>What a period end is: open (there is none), a date (exact or partial), or unknown with optional known bounds.</summary>
public enum PeriodEndKind : byte
{
    /// <summary>No end: the fact applied from the beginning, or still applies.</summary>
    Open = 0,

    /// <summary>A date, exact (<c>2014-03-17</c>) or partial (<c>2005-07</c>).</summary>
    Date = 1,

    /// <summary>The end exists but its day is unknown; it may be bounded (<c>..2024-05-01</c>, <c>2022-02-26..2022-03-01</c>).</summary>
    Unknown = 2,
}

/// <summary>
/// One end of a <see cref="ValidPeriod"/>: open, a (possibly partial) date, or a day that is unknown but may be known to lie on or after
/// one day and on or before another: "listed on or before 2024-05-01", "listed after the publication of 2022-02-25 and by that of
/// 2022-02-26".
/// </summary>
/// <remarks>
/// <para>An unknown end is not an open one: a designation whose start is unknown, on or before 2024-05-01, possibly applies on any earlier
/// day and certainly from 2024-05-01; an open start would make it certain on every day. A partial date is an unknown end bounded by its
/// first and last day; the two are kept apart because the partial date is what the source said.</para>
/// <para>Text (also the JSON form): <c>2014-03-17</c>, <c>2005-07</c> or <c>2014</c> for a date; <c>A..B</c> for an unknown day between A
/// and B inclusive, <c>..B</c> on or before B, <c>A..</c> on or after A, <c>..</c> wholly unknown. The <c>default</c> value is
/// <see cref="Open"/>.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type: every field is set once, when the value is made, so any number of threads may share and read its values without locking.</threadsafety>
public readonly struct PeriodEnd : IEquatable<PeriodEnd>
{
    // Bounds as day numbers (DateOnly.DayNumber), NoBound when absent: 16 bytes in all, so that every dated fact stays small.
    private const int NoBound = int.MinValue;
    private readonly PartialDate date;
    private readonly int earliest;
    private readonly int latest;

    private PeriodEnd(PeriodEndKind kind, PartialDate date, LocalDate? earliest, LocalDate? latest)
    {
        Kind = kind;
        this.date = date;
        this.earliest = earliest is { } e ? e.ToDateOnly().DayNumber : NoBound;
        this.latest = latest is { } l ? l.ToDateOnly().DayNumber : NoBound;
    }

    /// <summary>The open end.</summary>
    public static PeriodEnd Open => default;

    /// <summary>A wholly unknown end (no bounds).</summary>
    public static PeriodEnd Unknown => new(PeriodEndKind.Unknown, default, null, null);

    /// <summary>What the end is.</summary>
    public PeriodEndKind Kind { get; }

    /// <summary>The date, when <see cref="Kind"/> is <see cref="PeriodEndKind.Date"/>; otherwise null.</summary>
    public PartialDate? Date => Kind == PeriodEndKind.Date ? date : null;

    /// <summary>The first day the end may be on: the date's earliest day, or the unknown end's lower bound; null when open or unbounded.</summary>
    public LocalDate? Earliest => Kind switch
    {
        PeriodEndKind.Date => date.Earliest,
        PeriodEndKind.Unknown => Day(earliest),
        _ => null,
    };

    /// <summary>The last day the end may be on: the date's latest day, or the unknown end's upper bound; null when open or unbounded.</summary>
    public LocalDate? Latest => Kind switch
    {
        PeriodEndKind.Date => date.Latest,
        PeriodEndKind.Unknown => Day(latest),
        _ => null,
    };

    /// <summary>Whether the end is open.</summary>
    public bool IsOpen => Kind == PeriodEndKind.Open;

    /// <summary>Whether the end is an exact day or open: every answer about it is certain.</summary>
    public bool IsExact => Kind == PeriodEndKind.Open || (Kind == PeriodEndKind.Date && date.IsExact);

    /// <summary>An end on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The end.</returns>
    public static PeriodEnd On(PartialDate date) => new(PeriodEndKind.Date, date, null, null);

    /// <summary>An unknown end, on or after <paramref name="onOrAfter"/> and on or before <paramref name="onOrBefore"/> (each optional).</summary>
    /// <param name="onOrAfter">The first day it may be on, or null.</param>
    /// <param name="onOrBefore">The last day it may be on, or null.</param>
    /// <returns>The end.</returns>
    /// <exception cref="ArgumentException"><paramref name="onOrBefore"/> is before <paramref name="onOrAfter"/>.</exception>
    public static PeriodEnd Between(LocalDate? onOrAfter, LocalDate? onOrBefore)
    {
        if (onOrAfter is { } a && onOrBefore is { } b && b < a)
        {
            throw new ArgumentException($"The bounds are reversed: {b:uuuu-MM-dd} is before {a:uuuu-MM-dd}.", nameof(onOrBefore));
        }

        return new(PeriodEndKind.Unknown, default, onOrAfter, onOrBefore);
    }

    /// <summary>An unknown end on or before <paramref name="day"/>.</summary>
    /// <param name="day">The last day it may be on.</param>
    /// <returns>The end.</returns>
    public static PeriodEnd OnOrBefore(LocalDate day) => Between(null, day);

    /// <summary>An unknown end on or after <paramref name="day"/>.</summary>
    /// <param name="day">The first day it may be on.</param>
    /// <returns>The end.</returns>
    public static PeriodEnd OnOrAfter(LocalDate day) => Between(day, null);

    /// <summary>The end on a date; open for null.</summary>
    /// <param name="date">The date, or null.</param>
    public static implicit operator PeriodEnd(PartialDate? date) => date is { } d ? On(d) : Open;

    /// <summary>The end on a date.</summary>
    /// <param name="date">The date.</param>
    public static implicit operator PeriodEnd(PartialDate date) => On(date);

    /// <summary>Parses the text form: a partial date, <c>A..B</c>, <c>..B</c>, <c>A..</c> or <c>..</c>; the empty string is open.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The end.</param>
    /// <returns>Whether the text is a valid end.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PeriodEnd result)
    {
        result = default;
        if (text.IsEmpty)
        {
            return true;
        }

        var dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            if (!PartialDate.TryParse(text, out var d))
            {
                return false;
            }

            result = On(d);
            return true;
        }

        LocalDate? a = null, b = null;
        if (dots > 0)
        {
            if (!PartialDate.TryParse(text[..dots], out var pa) || !pa.IsExact)
            {
                return false;
            }

            a = pa.Earliest;
        }

        if (dots + 2 < text.Length)
        {
            if (!PartialDate.TryParse(text[(dots + 2)..], out var pb) || !pb.IsExact)
            {
                return false;
            }

            b = pb.Earliest;
        }

        if (a is { } x && b is { } y && y < x)
        {
            return false;
        }

        result = new(PeriodEndKind.Unknown, default, a, b);
        return true;
    }

    /// <summary>The text form (see the remarks); empty for an open end.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        PeriodEndKind.Date => date.ToString(),
        PeriodEndKind.Unknown => $"{Iso(Day(earliest))}..{Iso(Day(latest))}",
        _ => string.Empty,
    };

    /// <inheritdoc/>
    public bool Equals(PeriodEnd other) => Kind == other.Kind && date == other.date && earliest == other.earliest && latest == other.latest;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PeriodEnd other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, date, earliest, latest);

    /// <summary>Structural equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the values are equal.</returns>
    public static bool operator ==(PeriodEnd left, PeriodEnd right) => left.Equals(right);

    /// <summary>Structural inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the values differ.</returns>
    public static bool operator !=(PeriodEnd left, PeriodEnd right) => !left.Equals(right);

    private static LocalDate? Day(int dayNumber) => dayNumber == NoBound ? null : LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumber));

    private static string Iso(LocalDate? day) => day is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d.Year:D4}-{d.Month:D2}-{d.Day:D2}") : string.Empty;
}
