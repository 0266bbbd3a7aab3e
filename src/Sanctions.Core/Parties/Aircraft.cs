namespace Sanctions.Core.Parties;

/// <summary>An aircraft, identified by its registration mark and manufacturer's serial number.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record Aircraft : Party
{
    /// <summary>Creates an aircraft.</summary>
    /// <param name="id">Its identifier.</param>
    /// <param name="names">Its names; at least one (often the registration mark).</param>
    /// <param name="registration">Its registration mark (tail number), if known.</param>
    /// <param name="model">Its model, if known.</param>
    /// <param name="serialNumber">Its manufacturer's serial number, if known.</param>
    /// <param name="identifiers">Further identifiers, if any.</param>
    /// <param name="source">Where the record comes from.</param>
    /// <param name="remarks">Remarks, if any.</param>
    /// <exception cref="ArgumentException">An argument the base requires is missing, or a collection holds a null.</exception>
    public Aircraft(PartyId id, IEnumerable<PartyName> names, string? registration = null, string? model = null, string? serialNumber = null,
        IEnumerable<Identifier>? identifiers = null, Provenance? source = null, string? remarks = null)
        : base(id, names, identifiers, null, null, source, remarks)
    {
        Registration = Provenance.NullIfEmpty(registration);
        Model = Provenance.NullIfEmpty(model);
        SerialNumber = Provenance.NullIfEmpty(serialNumber);
    }

    /// <inheritdoc/>
    public override PartyKind Kind => PartyKind.Aircraft;

    /// <summary>Its registration mark, if known.</summary>
    public string? Registration { get; init; }

    /// <summary>Its model, if known.</summary>
    public string? Model { get; init; }

    /// <summary>Its manufacturer's serial number, if known.</summary>
    public string? SerialNumber { get; init; }

    /// <inheritdoc/>
    public bool Equals(Aircraft? other) =>
        base.Equals(other) && Registration == other.Registration && Model == other.Model && SerialNumber == other.SerialNumber;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Registration, SerialNumber);

    /// <inheritdoc/>
    public override string ToString() => base.ToString();
}
