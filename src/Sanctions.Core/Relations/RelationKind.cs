namespace Sanctions.Core.Relations;

/// <summary>How one party stands to another. The JSON form is the kebab-case name.</summary>
public enum RelationKind
{
    /// <summary>The first party owns a share (<see cref="Relation.Percent"/>) of the second.</summary>
    Ownership = 0,

    /// <summary>The first party controls the second without (or beyond) ownership.</summary>
    Control = 1,

    /// <summary>The first party is a director or officer of the second.</summary>
    Directorship = 2,

    /// <summary>The parties are family; <see cref="Relation.Role"/> says how.</summary>
    Family = 3,

    /// <summary>The parties are associates.</summary>
    Associate = 4,

    /// <summary>The first party acts for or on behalf of the second.</summary>
    Agent = 5,

    /// <summary>
    /// The two are one party as two sources state it (issue 16): made by <see cref="World.WorldMerge"/> when sources give one id
    /// different content, and for a FollowTheMoney referent that names a party of the world (from the OpenSanctions entity). The first
    /// party is the later source's. <c>WorldView.SameAs</c> follows them.
    /// </summary>
    SameAs = 6,
}
