using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Memberships;

/// <summary>
/// A party's status in an international organisation over a period: Iran an SCO observer over <c>[2005-07, 2023-07-04)</c>,
/// then a member from 2023-07-04.
/// </summary>
/// <remarks>
/// A change of status ends one membership and starts another on the same day. A world rejects two statuses of one party in one
/// organisation that certainly overlap. Equality is structural.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record Membership : IDatedFact
{
    /// <summary>Creates a membership.</summary>
    /// <param name="member">The party holding the status.</param>
    /// <param name="organization">The international organisation.</param>
    /// <param name="status">The status held.</param>
    /// <param name="valid">When it is held.</param>
    /// <param name="recorded">When the dataset asserted it.</param>
    /// <param name="source">Where it comes from.</param>
    /// <exception cref="ArgumentException">An identifier or the status is default.</exception>
    public Membership(PartyId member, PartyId organization, MembershipStatus status, ValidPeriod valid, RecordPeriod recorded = default, Provenance? source = null)
    {
        if (member.IsDefault || organization.IsDefault || status.IsDefault)
        {
            throw new ArgumentException("A membership needs a member, an organisation and a status.", member.IsDefault ? nameof(member) : organization.IsDefault ? nameof(organization) : nameof(status));
        }

        Member = member;
        Organization = organization;
        Status = status;
        Valid = valid;
        Recorded = recorded;
        Source = source ?? Provenance.Manual;
    }

    /// <summary>The party holding the status.</summary>
    public PartyId Member { get; init; }

    /// <summary>The international organisation.</summary>
    public PartyId Organization { get; init; }

    /// <summary>The status held.</summary>
    public MembershipStatus Status { get; init; }

    /// <inheritdoc/>
    public ValidPeriod Valid { get; init; }

    /// <inheritdoc/>
    public RecordPeriod Recorded { get; init; }

    /// <inheritdoc/>
    public Provenance Source { get; init; }

    /// <summary>Text such as <c>iso:IR observer of org:SCO [2005-07, 2023-07-04)</c>.</summary>
    /// <returns>The membership as text.</returns>
    public override string ToString() => $"{Member} {Status} of {Organization} {Valid}";
}
