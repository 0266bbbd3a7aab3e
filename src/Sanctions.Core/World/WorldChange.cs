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
    private readonly PeriodEnd? when;

    /// <summary>The day of the change as the data states it: a date, or an unknown day with its bounds (<c>..2024-05-01</c>). <see cref="Date"/>
    /// is the day the change is placed on: a date's own, an unknown day's bound on the side of certainty (an unknown start's upper bound,
    /// an unknown end's lower bound), or, without one, the first day it may be on (the year 1 when it has no bound at all).
    /// Defaults to <see cref="Date"/>.</summary>
    public PeriodEnd When
    {
        get => when ?? Date;
        init => when = value;
    }

    /// <summary>Whether the change is placed outside the span asked but may have happened inside it: its day is partial or unknown and
    /// some reading of it falls in the span (unknown is not no). Such changes follow the others in <see cref="SanctionsWorld.Changes"/>;
    /// replaying a span's changes applies only the others, each of which is placed in exactly one span.</summary>
    public bool PossiblyInSpan { get; init; }

    /// <summary>Text <c>date kind party: detail</c>, with <c>(possibly in the span)</c> for a change placed outside it.</summary>
    /// <returns>The change as one line.</returns>
    public override string ToString() => $"{Date} {Kind} {Party}: {Detail}{(PossiblyInSpan ? " (possibly in the span)" : string.Empty)}";
}
