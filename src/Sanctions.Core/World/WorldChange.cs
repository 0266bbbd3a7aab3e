using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.World;

/// <summary>What kind of change a <see cref="WorldChange"/> is. The JSON and CLI form is the kebab-case name.</summary>
public enum ChangeKind
{
    /// <summary>A designation takes effect.</summary>
    Listing = 0,

    /// <summary>A designation ends.</summary>
    Delisting = 1,

    /// <summary>A membership status starts.</summary>
    StatusStart = 2,

    /// <summary>A membership status ends.</summary>
    StatusEnd = 3,

    /// <summary>A party acts on a treaty (signature, ratification, entry into force, withdrawal…).</summary>
    TreatyAction = 4,

    /// <summary>A country-level measure takes effect.</summary>
    MeasureStart = 5,

    /// <summary>A country-level measure ends.</summary>
    MeasureEnd = 6,
}

/// <summary>One dated change in a world: a listing, a delisting, a status change, a treaty action, a measure starting or ending.</summary>
/// <remarks>Exactly one of <see cref="Designation"/>, <see cref="Membership"/>, <see cref="TreatyAction"/> and <see cref="CountryMeasure"/> is set,
/// according to <see cref="Kind"/>.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Date">The day of the change, at the precision the source gave.</param>
/// <param name="Kind">What changed.</param>
/// <param name="Party">The party concerned (the designated party, the member, the treaty party, the target state).</param>
/// <param name="Authority">The authority, for listings, delistings and measures.</param>
/// <param name="Detail">One line saying what changed.</param>
/// <param name="Designation">The designation, for listings and delistings.</param>
/// <param name="Membership">The membership, for status changes.</param>
/// <param name="TreatyAction">The action, for treaty actions.</param>
/// <param name="CountryMeasure">The measure, for measures starting or ending.</param>
public sealed record WorldChange(
    PartialDate Date,
    ChangeKind Kind,
    PartyId Party,
    AuthorityId? Authority,
    string Detail,
    Designation? Designation = null,
    Membership? Membership = null,
    TreatyAction? TreatyAction = null,
    CountryMeasure? CountryMeasure = null)
{
    /// <summary>Text <c>date kind party: detail</c>.</summary>
    /// <returns>The change as one line.</returns>
    public override string ToString() => $"{Date} {Kind} {Party}: {Detail}";
}
