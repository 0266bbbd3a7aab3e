using NodaTime;

namespace Sanctions.Core.Compliance;

/// <summary>
/// A caller's record that a finding was reviewed and cleared: who cleared it, when, and why. A cleared finding still shows in the result,
/// marked cleared, but no longer drives the verdict.
/// </summary>
/// <remarks>A check made with a knowledge instant ignores clearances made after it: what was known then did not include them. The
/// instant is an argument; nothing here reads a clock. Equality is structural.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record FindingClearance
{
    /// <summary>Creates a clearance.</summary>
    /// <param name="finding">The finding cleared.</param>
    /// <param name="clearedBy">Who cleared it (a person or a team).</param>
    /// <param name="clearedAt">When it was cleared.</param>
    /// <param name="reason">Why, in a sentence (e.g. a licence number).</param>
    /// <exception cref="ArgumentException">A text is null or white space, or <paramref name="finding"/> is the default key.</exception>
    public FindingClearance(FindingKey finding, string clearedBy, Instant clearedAt, string reason)
    {
        if (finding.Rule is null)
        {
            throw new ArgumentException("A clearance needs the key of a finding.", nameof(finding));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(clearedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Finding = finding;
        ClearedBy = clearedBy;
        ClearedAt = clearedAt;
        Reason = reason;
    }

    /// <summary>The finding cleared.</summary>
    public FindingKey Finding { get; init; }

    /// <summary>Who cleared it.</summary>
    public string ClearedBy { get; init; }

    /// <summary>When it was cleared.</summary>
    public Instant ClearedAt { get; init; }

    /// <summary>Why.</summary>
    public string Reason { get; init; }

    /// <summary>Text such as <c>cleared by compliance-desk at 2017-08-06T09:00:00Z: licence GL-1</c>.</summary>
    /// <returns>The clearance as text.</returns>
    public override string ToString() => $"cleared by {ClearedBy} at {ClearedAt}: {Reason}";
}
