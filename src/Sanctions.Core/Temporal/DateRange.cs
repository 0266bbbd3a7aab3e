using NodaTime;

namespace Sanctions.Core.Temporal;

/// <summary>
/// A half-open range of exact days <c>[Start, End)</c>; either end may be open (<see langword="null"/>).
/// </summary>
/// <remarks>
/// <para>This is one reading of a <see cref="ValidPeriod"/>: the narrow reading (days certainly inside)
/// or the wide reading (days possibly inside). <see cref="End"/> is the first day outside the range.</para>
/// <para>A range may be empty (<see cref="IsEmpty"/>) when its end is on or before its start; an empty
/// range contains no day and overlaps nothing. The <c>default</c> value is the whole time line.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type: every field is set once, when the value is made, so any number of threads may share and read its values without locking.</threadsafety>
/// <param name="Start">The first day inside, or <see langword="null"/> for no beginning.</param>
/// <param name="End">The first day outside, or <see langword="null"/> for no end.</param>
public readonly record struct DateRange(LocalDate? Start, LocalDate? End)
{
    /// <summary>The range of every day.</summary>
    public static DateRange All => default;

    /// <summary>Whether no day is inside the range.</summary>
    public bool IsEmpty => Start is { } s && End is { } e && e <= s;

    /// <summary>Whether <paramref name="date"/> is inside the range.</summary>
    /// <param name="date">The day asked about.</param>
    /// <returns><see langword="true"/> when <c>Start &lt;= date &lt; End</c>.</returns>
    public bool Contains(LocalDate date) => (Start is not { } s || date >= s) && (End is not { } e || date < e);

    /// <summary>Whether the two ranges share at least one day.</summary>
    /// <param name="other">The other range.</param>
    /// <returns><see langword="true"/> when some day is inside both.</returns>
    public bool Overlaps(DateRange other) => !Intersect(other).IsEmpty;

    /// <summary>The days inside both ranges.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>The intersection, which may be empty.</returns>
    public DateRange Intersect(DateRange other)
    {
        var start = Max(Start, other.Start);
        var end = Min(End, other.End);
        return new DateRange(start, end);
    }

    private static LocalDate? Max(LocalDate? a, LocalDate? b) => a is null ? b : b is null ? a : (a.Value >= b.Value ? a : b);

    private static LocalDate? Min(LocalDate? a, LocalDate? b) => a is null ? b : b is null ? a : (a.Value <= b.Value ? a : b);

    /// <summary>ISO text <c>[start, end)</c> with <c>…</c> for an open end.</summary>
    /// <returns>The range as text.</returns>
    public override string ToString() => $"[{Start?.ToString("uuuu-MM-dd", null) ?? "…"}, {End?.ToString("uuuu-MM-dd", null) ?? "…"})";
}
