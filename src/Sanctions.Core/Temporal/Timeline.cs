using System.Collections.Immutable;
using NodaTime;

namespace Sanctions.Core.Temporal;

/// <summary>One value of a <see cref="Timeline{T}"/> and the period it holds.</summary>
/// <typeparam name="T">The type of value.</typeparam>
/// <param name="Period">When the value holds.</param>
/// <param name="Value">The value.</param>
public readonly record struct TimelineEntry<T>(ValidPeriod Period, T Value);

/// <summary>Whether a timeline value starts or ends at a change.</summary>
public enum TimelineChangeKind
{
    /// <summary>The value starts to hold.</summary>
    Start = 0,

    /// <summary>The value stops holding.</summary>
    End = 1,
}

/// <summary>A value starting or ending on a date.</summary>
/// <typeparam name="T">The type of value.</typeparam>
/// <param name="Date">The day of the change, at the precision the source gave.</param>
/// <param name="Kind">Whether the value starts or ends.</param>
/// <param name="Value">The value.</param>
public readonly record struct TimelineChange<T>(PartialDate Date, TimelineChangeKind Kind, T Value);

/// <summary>
/// A sequence of dated values that never certainly overlap: a party's status in an organisation,
/// a person's office. Answers "what held on this day" and "what changed between these days".
/// </summary>
/// <remarks>
/// Entries are kept in order of their start. Two entries may share days only where a partial date leaves it
/// open (Belarus was an SCO dialogue partner over <c>[2010, 2015)</c> and an observer from <c>2015</c>);
/// entries whose narrow readings overlap are rejected.
/// </remarks>
/// <typeparam name="T">The type of value.</typeparam>
/// <threadsafety>This type is immutable when <typeparamref name="T"/> is, and safe to share between threads.</threadsafety>
public sealed class Timeline<T>
{
    private Timeline(ImmutableArray<TimelineEntry<T>> entries) => Entries = entries;

    /// <summary>An empty timeline.</summary>
    public static Timeline<T> Empty { get; } = new(ImmutableArray<TimelineEntry<T>>.Empty);

    /// <summary>The entries, in order of their start (an open start first).</summary>
    public ImmutableArray<TimelineEntry<T>> Entries { get; }

    /// <summary>Creates a timeline, checking that no two entries certainly overlap.</summary>
    /// <param name="entries">The entries, in any order.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentException">Two entries certainly overlap.</exception>
    public static Timeline<T> Create(IEnumerable<TimelineEntry<T>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var sorted = entries.OrderBy(e => e.Period.Wide.Start ?? LocalDate.MinIsoValue).ToImmutableArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            for (var j = i + 1; j < sorted.Length; j++)
            {
                if (sorted[i].Period.Overlaps(sorted[j].Period) == Certainty.Certain)
                {
                    throw new ArgumentException(
                        $"Timeline entries overlap: '{sorted[i].Value}' {sorted[i].Period} and '{sorted[j].Value}' {sorted[j].Period}.",
                        nameof(entries));
                }
            }
        }

        return new Timeline<T>(sorted);
    }

    /// <summary>The value that holds on <paramref name="date"/>: a certain one if there is one, else the latest-starting possible one.</summary>
    /// <param name="date">The day asked about.</param>
    /// <returns>The value with its certainty, or <see langword="null"/> when nothing holds.</returns>
    public DatedAnswer<T>? At(LocalDate date)
    {
        DatedAnswer<T>? best = null;
        foreach (var entry in Entries)
        {
            var c = entry.Period.Contains(date);
            if (c == Certainty.Certain)
            {
                return new DatedAnswer<T>(entry.Value, c);
            }

            if (c == Certainty.Possible)
            {
                best = new DatedAnswer<T>(entry.Value, c);
            }
        }

        return best;
    }

    /// <summary>The starts and ends after <paramref name="from"/> up to and including <paramref name="to"/>, in date order.</summary>
    /// <remarks>A change dated to a month or year is placed on its earliest day. Applying the changes to the value at
    /// <paramref name="from"/> gives the value at <paramref name="to"/>.</remarks>
    /// <param name="from">The day before the first day of interest.</param>
    /// <param name="to">The last day of interest.</param>
    /// <returns>The changes, ends before starts on the same day.</returns>
    public ImmutableArray<TimelineChange<T>> Changes(LocalDate from, LocalDate to)
    {
        var result = ImmutableArray.CreateBuilder<TimelineChange<T>>();
        foreach (var entry in Entries)
        {
            if (entry.Period.To is { } end && end.Earliest > from && end.Earliest <= to)
            {
                result.Add(new TimelineChange<T>(end, TimelineChangeKind.End, entry.Value));
            }

            if (entry.Period.From is { } start && start.Earliest > from && start.Earliest <= to)
            {
                result.Add(new TimelineChange<T>(start, TimelineChangeKind.Start, entry.Value));
            }
        }

        return [.. result.OrderBy(c => c.Date.Earliest).ThenBy(c => c.Kind == TimelineChangeKind.Start ? 1 : 0)];
    }
}
