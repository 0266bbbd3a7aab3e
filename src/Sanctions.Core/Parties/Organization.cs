namespace Sanctions.Core.Parties;

/// <summary>A company, public body, ministry, armed force, agency or other organisation. Example: Rosoboronexport, Russia's state arms exporter.</summary>
/// <remarks><see cref="Category"/> is a lowercase word as the source gives it (<c>company</c>, <c>public-body</c>, <c>ministry</c>, <c>armed-forces</c>, <c>intelligence-service</c>).</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record Organization : Party
{
    /// <summary>Creates an organisation.</summary>
    /// <param name="id">Its identifier.</param>
    /// <param name="names">Its names; at least one.</param>
    /// <param name="category">What kind of organisation it is, if known.</param>
    /// <param name="identifiers">Identifiers (registration, tax, LEI, SWIFT), if any.</param>
    /// <param name="addresses">Addresses, if any.</param>
    /// <param name="countries">ISO 3166 alpha-2 codes of the countries it is registered or located in, if any.</param>
    /// <param name="source">Where the record comes from.</param>
    /// <param name="remarks">Remarks, if any.</param>
    /// <exception cref="ArgumentException">An argument the base requires is missing, or a collection holds a null.</exception>
    public Organization(PartyId id, IEnumerable<PartyName> names, string? category = null, IEnumerable<Identifier>? identifiers = null,
        IEnumerable<Address>? addresses = null, IEnumerable<string>? countries = null, Provenance? source = null, string? remarks = null)
        : base(id, names, identifiers, addresses, countries, source, remarks) => Category = Provenance.NullIfEmpty(category);

    /// <inheritdoc/>
    public override PartyKind Kind => PartyKind.Organization;

    /// <summary>What kind of organisation it is, if known.</summary>
    public string? Category { get; init; }

    /// <summary>Its legal form as the source gives it (<c>LLC</c>, <c>Joint Stock Company</c>), if known.</summary>
    public string? LegalForm { get; init; }

    /// <summary>When it was incorporated or established, at the precision the source gives, if known.</summary>
    public Temporal.PartialDate? Incorporated { get; init; }

    /// <summary>When it was dissolved or struck off, at the precision the source gives, if the source says it was.</summary>
    /// <remarks>A registry's dissolution date (FollowTheMoney <c>dissolutionDate</c>) is a fact about the company, not a delisting: a
    /// dissolved company's designations and stakes stay as the lists and registries date them.</remarks>
    public Temporal.PartialDate? Dissolved { get; init; }

    /// <inheritdoc/>
    public bool Equals(Organization? other) => base.Equals(other) && Category == other.Category && LegalForm == other.LegalForm && Incorporated == other.Incorporated &&
        Dissolved == other.Dissolved;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Category);

    /// <inheritdoc/>
    public override string ToString() => base.ToString();
}
