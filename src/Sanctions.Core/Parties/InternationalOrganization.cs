namespace Sanctions.Core.Parties;

/// <summary>An international organisation of states, such as the Shanghai Cooperation Organisation, the UN or the EU.</summary>
/// <remarks>Its members and their statuses over time are <see cref="Memberships.Membership"/> facts.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record InternationalOrganization : Party
{
    /// <summary>Creates an international organisation.</summary>
    /// <param name="id">Its identifier, e.g. <c>org:SCO</c>.</param>
    /// <param name="names">Its names; at least one (an acronym is a strong alias).</param>
    /// <param name="founded">When it was founded, if known.</param>
    /// <param name="identifiers">Identifiers, if any.</param>
    /// <param name="addresses">Addresses (seat), if any.</param>
    /// <param name="source">Where the record comes from.</param>
    /// <param name="remarks">Remarks, if any.</param>
    /// <exception cref="ArgumentException">An argument the base requires is missing, or a collection holds a null.</exception>
    public InternationalOrganization(PartyId id, IEnumerable<PartyName> names, Temporal.PartialDate? founded = null, IEnumerable<Identifier>? identifiers = null,
        IEnumerable<Address>? addresses = null, Provenance? source = null, string? remarks = null)
        : base(id, names, identifiers, addresses, null, source, remarks) => Founded = founded;

    /// <inheritdoc/>
    public override PartyKind Kind => PartyKind.InternationalOrganization;

    /// <summary>When it was founded, if known.</summary>
    public Temporal.PartialDate? Founded { get; init; }

    /// <inheritdoc/>
    public bool Equals(InternationalOrganization? other) => base.Equals(other) && Founded == other.Founded;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Founded);

    /// <inheritdoc/>
    public override string ToString() => base.ToString();
}
