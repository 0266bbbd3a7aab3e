using Sanctions.Core.Parties;

namespace Sanctions.Core.Compliance;

/// <summary>
/// What identifies a finding across checks, so that a reviewed finding can be cleared: the rule, the party it is about, and the fact it
/// rests on (a designation or country-measure id).
/// </summary>
/// <remarks>Example: <c>direct-designation / org:rosoboronexport / us-state-inksna:rosoboronexport</c>. The key does not hold the date: a
/// clearance applies to the same finding on any date, until the fact it rests on changes identity.</remarks>
/// <threadsafety>This type is an immutable value type; safe to share between threads.</threadsafety>
public readonly record struct FindingKey
{
    /// <summary>Creates a key.</summary>
    /// <param name="rule">The rule's name, e.g. <c>direct-designation</c>.</param>
    /// <param name="party">The party the finding is about.</param>
    /// <param name="fact">The id of the designation or measure the finding rests on.</param>
    /// <exception cref="ArgumentException">A text is null or white space, or <paramref name="party"/> is the default identifier.</exception>
    public FindingKey(string rule, PartyId party, string fact)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rule);
        ArgumentException.ThrowIfNullOrWhiteSpace(fact);
        if (party.IsDefault)
        {
            throw new ArgumentException("A finding key needs a party.", nameof(party));
        }

        Rule = rule;
        Party = party;
        Fact = fact;
    }

    /// <summary>The rule's name.</summary>
    public string Rule { get; }

    /// <summary>The party the finding is about.</summary>
    public PartyId Party { get; }

    /// <summary>The id of the designation or measure the finding rests on.</summary>
    public string Fact { get; }

    /// <summary>Text <c>rule / party / fact</c>.</summary>
    /// <returns>The key as text.</returns>
    public override string ToString() => $"{Rule} / {Party} / {Fact}";
}
