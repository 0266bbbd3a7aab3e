using Sanctions.Core.Parties;

namespace Sanctions.Core.Compliance;

/// <summary>How a party is tied to a state, for country-level measures, from the strongest tie to the weakest.</summary>
public enum CountryConnection
{
    /// <summary>The party is the person's nationality's state: a tie the law of some programs uses, but not proof of presence.</summary>
    Nationality = 0,

    /// <summary>The party is located, registered or resident in the state (its addresses or countries).</summary>
    Location = 1,

    /// <summary>The party is the state itself, or one of its public bodies, ministries or armed forces, or a person acting for it through
    /// an office held in it (<see cref="CountryLink.Office"/>).</summary>
    Government = 2,
}

/// <summary>A tie between a party and a state through which a country measure may reach the party.</summary>
/// <param name="State">The state or region.</param>
/// <param name="Connection">How the party is tied to it; the strongest tie when there are several.</param>
/// <threadsafety>This type is an immutable value type; safe to share between threads.</threadsafety>
public readonly record struct CountryLink(PartyId State, CountryConnection Connection)
{
    /// <summary>How certainly the tie holds on the day asked: certain for ties that do not change with time; a position's certainty for a
    /// person acting for the state through an office (a term whose end is partial or unknown makes it possible).</summary>
    public Temporal.Certainty Certainty { get; init; } = Temporal.Certainty.Certain;

    /// <summary>The office through which a person acts for the state (<c>Minister of Defence of Iran</c>), or null.</summary>
    public string? Office { get; init; }
}
