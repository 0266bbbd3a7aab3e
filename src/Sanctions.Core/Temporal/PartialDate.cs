using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace Sanctions.Core.Temporal;

/// <summary>
/// A calendar date known to a year, a month or a day, as real sources give them: "2014",
/// "2005-07", "2014-03-17".
/// </summary>
/// <remarks>
/// <para>A partial date never pretends to more precision than it was given. It covers every day
/// from <see cref="Earliest"/> to <see cref="Latest"/> inclusive: <c>2005-07</c> covers
/// 2005-07-01 to 2005-07-31.</para>
/// <para>Equality is structural: <c>2014</c> and <c>2014-01-01</c> are different values. Ordering
/// compares <see cref="Earliest"/>, then <see cref="Latest"/>, so a coarser date sorts after a
/// finer one that starts on the same day. The <c>default</c> value is the year 1 (ISO calendar).</para>
/// <para>Text is ISO-8601 (<c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>), culture-invariant.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type: every field is set once, when the value is made, so any number of threads may share and read its values without locking.</threadsafety>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IComparable
{
    // Stored so that default(PartialDate) is the year 1: month and day are zero when unknown.
    private readonly short year;
    private readonly byte month;
    private readonly byte day;

    /// <summary>Creates a date known to the year only.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1..9999.</exception>
    public PartialDate(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        this.year = (short)year;
    }

    /// <summary>Creates a date known to the month.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <exception cref="ArgumentOutOfRangeException">A component is out of range.</exception>
    public PartialDate(int year, int month)
        : this(year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        this.month = (byte)month;
    }

    /// <summary>Creates a date known to the day.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month.</param>
    /// <exception cref="ArgumentOutOfRangeException">A component is out of range, or the day does not exist in that month.</exception>
    public PartialDate(int year, int month, int day)
        : this(year, month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, DateTime.DaysInMonth(year, month), nameof(day));
        this.day = (byte)day;
    }

    /// <summary>The year.</summary>
    public int Year => year == 0 ? 1 : year;

    /// <summary>The month, or <see langword="null"/> when only the year is known.</summary>
    public int? Month => month == 0 ? null : month;

    /// <summary>The day of the month, or <see langword="null"/> when the day is not known.</summary>
    public int? Day => day == 0 ? null : day;

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision => day != 0 ? DatePrecision.Day : month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date may stand for.</summary>
    public LocalDate Earliest => new(Year, month == 0 ? 1 : month, day == 0 ? 1 : day);

    /// <summary>The last day the date may stand for.</summary>
    public LocalDate Latest => Precision switch
    {
        DatePrecision.Day => new LocalDate(Year, month, day),
        DatePrecision.Month => new LocalDate(Year, month, DateTime.DaysInMonth(Year, month)),
        _ => new LocalDate(Year, 12, 31),
    };

    /// <summary>Whether the exact day is known.</summary>
    public bool IsExact => day != 0;

    /// <summary>Creates an exact partial date from a calendar date.</summary>
    /// <param name="date">The date, in the ISO calendar.</param>
    /// <returns>A partial date with <see cref="DatePrecision.Day"/> precision.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1..9999.</exception>
    public static PartialDate FromDate(LocalDate date) => new(date.Year, date.Month, date.Day);

    /// <summary>Converts a calendar date to an exact partial date.</summary>
    /// <param name="date">The date.</param>
    public static implicit operator PartialDate(LocalDate date) => FromDate(date);

    /// <summary>How certainly this partial date falls on <paramref name="date"/>.</summary>
    /// <param name="date">The day asked about.</param>
    /// <returns><see cref="Certainty.Certain"/> for an exact match, <see cref="Certainty.Possible"/> when the day lies inside a partial date's range.</returns>
    public Certainty Covers(LocalDate date)
    {
        if (date < Earliest || date > Latest)
        {
            return Certainty.No;
        }

        return IsExact ? Certainty.Certain : Certainty.Possible;
    }

    /// <summary>Parses ISO text: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The parsed date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not one of the three forms, or names a day that does not exist.</exception>
    public static PartialDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var result)
            ? result
            : throw new FormatException($"'{text}' is not a partial date: expected yyyy, yyyy-MM or yyyy-MM-dd.");
    }

    /// <summary>Tries to parse ISO text: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The parsed date, or <c>default</c>.</param>
    /// <returns>Whether the text was a valid partial date.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate result) => TryParse(text.AsSpan(), out result) && text is not null;

    /// <summary>Tries to parse ISO text: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The parsed date, or <c>default</c>.</param>
    /// <returns>Whether the text was a valid partial date.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate result)
    {
        result = default;
        if (text.Length is not (4 or 7 or 10) || !TryDigits(text[..4], out var y) || y < 1)
        {
            return false;
        }

        if (text.Length == 4)
        {
            result = new PartialDate(y);
            return true;
        }

        if (text[4] != '-' || !TryDigits(text.Slice(5, 2), out var m) || m is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            result = new PartialDate(y, m);
            return true;
        }

        if (text[7] != '-' || !TryDigits(text.Slice(8, 2), out var d) || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        result = new PartialDate(y, m, d);
        return true;
    }

    // Also reads the fields of instants in world files (IsoInstant).
    internal static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>The ISO text of the date, at its own precision.</summary>
    /// <returns><c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</returns>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{month:D2}-{day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <inheritdoc/>
    public bool Equals(PartialDate other) => Year == other.Year && month == other.month && day == other.day;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Year, month, day);

    /// <inheritdoc/>
    public int CompareTo(PartialDate other)
    {
        var c = Earliest.CompareTo(other.Earliest);
        return c != 0 ? c : Latest.CompareTo(other.Latest);
    }

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartialDate other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a PartialDate.", nameof(obj)),
    };

    /// <summary>Structural equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the values are equal.</returns>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Structural inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the values differ.</returns>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Orders by earliest day, then latest day.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Orders by earliest day, then latest day.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by earliest day, then latest day.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Orders by earliest day, then latest day.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
