namespace Sanctions.Core.Parties;

/// <summary>What kind of party a <see cref="Party"/> is. The JSON discriminator is the kebab-case name.</summary>
public enum PartyKind
{
    /// <summary>A state, or a region such as Crimea (<see cref="Parties.State"/>).</summary>
    State = 0,

    /// <summary>A natural person (<see cref="Parties.Person"/>).</summary>
    Person = 1,

    /// <summary>A company, public body, ministry, armed force or other organisation (<see cref="Parties.Organization"/>).</summary>
    Organization = 2,

    /// <summary>An international organisation such as the SCO (<see cref="Parties.InternationalOrganization"/>).</summary>
    InternationalOrganization = 3,

    /// <summary>A vessel (<see cref="Parties.Vessel"/>).</summary>
    Vessel = 4,

    /// <summary>An aircraft (<see cref="Parties.Aircraft"/>).</summary>
    Aircraft = 5,
}
