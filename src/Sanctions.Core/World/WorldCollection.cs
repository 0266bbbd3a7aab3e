namespace Sanctions.Core.World;

/// <summary>The collections of a world, in the order a world file writes them.</summary>
/// <remarks>Keys the problems of <see cref="WorldProblem"/>, the builder's collections and the sections of a world file.</remarks>
public enum WorldCollection
{
    /// <summary>The parties: persons, entities, vessels, aircraft, states and organizations.</summary>
    Parties,

    /// <summary>The authorities that designate and adopt measures.</summary>
    Authorities,

    /// <summary>The legal instruments.</summary>
    Instruments,

    /// <summary>The sanctions programs.</summary>
    Programs,

    /// <summary>The sanctions lists.</summary>
    Lists,

    /// <summary>The designations of parties on lists.</summary>
    Designations,

    /// <summary>The measures against countries.</summary>
    CountryMeasures,

    /// <summary>The treaties.</summary>
    Treaties,

    /// <summary>The treaty actions (signature, ratification, …).</summary>
    TreatyActions,

    /// <summary>The memberships of organizations.</summary>
    Memberships,

    /// <summary>The relations between parties (ownership, control, …).</summary>
    Relations,

    /// <summary>The positions held by persons.</summary>
    Positions,
}
