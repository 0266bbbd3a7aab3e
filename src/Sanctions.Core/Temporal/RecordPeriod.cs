using NodaTime;

namespace Sanctions.Core.Temporal;

/// <summary>
/// When the dataset asserted a fact (record time, knowledge time): the half-open interval of
/// instants <c>[From, To)</c>.
/// </summary>
/// <remarks>
/// <para>Importing successive publications of a list closes the record of a fact that changed or
/// vanished (<see cref="To"/> becomes the later publication's instant) and opens a new one. A fact whose
/// <see cref="To"/> is <see langword="null"/> is still asserted: it is part of what is known now.</para>
/// <para>The <c>default</c> value, <see cref="Always"/>, is a record open at both ends: a fact written by
/// hand, with no publication history, known at every instant.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type: every field is set once, when the value is made, so any number of threads may share and read its values without locking.</threadsafety>
public readonly struct RecordPeriod : IEquatable<RecordPeriod>
{
    /// <summary>Creates a record period.</summary>
    /// <param name="from">The instant the dataset started asserting the fact, or <see langword="null"/> for always.</param>
    /// <param name="to">The instant it stopped, or <see langword="null"/> if it still does.</param>
    /// <exception cref="ArgumentException"><paramref name="to"/> is not after <paramref name="from"/>.</exception>
    public RecordPeriod(Instant? from, Instant? to)
    {
        if (from is { } f && to is { } t && t <= f)
        {
            throw new ArgumentException($"The record ends ({t}) on or before it starts ({f}).", nameof(to));
        }

        From = from;
        To = to;
    }

    /// <summary>A record with no start and no end: known at every instant.</summary>
    public static RecordPeriod Always => default;

    /// <summary>The instant the dataset started asserting the fact; <see langword="null"/> when it always did.</summary>
    public Instant? From { get; }

    /// <summary>The instant the dataset stopped asserting the fact; <see langword="null"/> while it still does.</summary>
    public Instant? To { get; }

    /// <summary>Whether the fact is still asserted (the record is not closed).</summary>
    public bool IsCurrent => To is null;

    /// <summary>Creates a record open from <paramref name="from"/>.</summary>
    /// <param name="from">The instant the dataset started asserting the fact.</param>
    /// <returns>The record <c>[from, ∞)</c>.</returns>
    public static RecordPeriod Since(Instant from) => new(from, null);

    /// <summary>Whether the fact was asserted at <paramref name="at"/>.</summary>
    /// <param name="at">The knowledge instant.</param>
    /// <returns><see langword="true"/> when <c>From &lt;= at &lt; To</c>.</returns>
    public bool Contains(Instant at) => (From is not { } f || at >= f) && (To is not { } t || at < t);

    /// <summary>Whether the fact is visible to a query at <paramref name="knownAt"/>: recorded then, or, without an instant, still asserted.</summary>
    /// <param name="knownAt">The knowledge instant, or <see langword="null"/> for everything known now.</param>
    /// <returns>Whether the fact is visible.</returns>
    public bool IsVisibleAt(Instant? knownAt) => knownAt is { } at ? Contains(at) : To is null;

    /// <summary>Returns this record closed at <paramref name="to"/>.</summary>
    /// <param name="to">The instant the dataset stopped asserting the fact.</param>
    /// <returns>The closed record.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is not after <see cref="From"/>.</exception>
    public RecordPeriod ClosedAt(Instant to) => new(From, to);

    /// <inheritdoc/>
    public bool Equals(RecordPeriod other) => From == other.From && To == other.To;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RecordPeriod other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(From, To);

    /// <summary>Text <c>[from, to)</c> of ISO instants, with <c>…</c> for an open end.</summary>
    /// <returns>The record period as text.</returns>
    public override string ToString() => $"[{From?.ToString() ?? "…"}, {To?.ToString() ?? "…"})";

    /// <summary>Structural equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the values are equal.</returns>
    public static bool operator ==(RecordPeriod left, RecordPeriod right) => left.Equals(right);

    /// <summary>Structural inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the values differ.</returns>
    public static bool operator !=(RecordPeriod left, RecordPeriod right) => !left.Equals(right);
}
