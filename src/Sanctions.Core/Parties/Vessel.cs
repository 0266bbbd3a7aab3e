namespace Sanctions.Core.Parties;

/// <summary>A ship, identified above all by its IMO number.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record Vessel : Party
{
    /// <summary>Creates a vessel.</summary>
    /// <param name="id">Its identifier.</param>
    /// <param name="names">Its names; at least one.</param>
    /// <param name="imo">Its IMO number (seven digits), if known.</param>
    /// <param name="flag">ISO 3166 alpha-2 code, or the source's name, of its flag state, if known.</param>
    /// <param name="vesselType">Its type as the source gives it (<c>Crude Oil Tanker</c>), if known.</param>
    /// <param name="callSign">Its call sign, if known.</param>
    /// <param name="tonnage">Its tonnage as the source gives it, if known.</param>
    /// <param name="identifiers">Further identifiers (MMSI), if any.</param>
    /// <param name="source">Where the record comes from.</param>
    /// <param name="remarks">Remarks, if any.</param>
    /// <exception cref="ArgumentException">An argument the base requires is missing, or a collection holds a null.</exception>
    public Vessel(PartyId id, IEnumerable<PartyName> names, string? imo = null, string? flag = null, string? vesselType = null, string? callSign = null,
        string? tonnage = null, IEnumerable<Identifier>? identifiers = null, Provenance? source = null, string? remarks = null)
        : base(id, names, identifiers, null, null, source, remarks)
    {
        Imo = Provenance.NullIfEmpty(imo);
        Flag = Provenance.NullIfEmpty(flag);
        VesselType = Provenance.NullIfEmpty(vesselType);
        CallSign = Provenance.NullIfEmpty(callSign);
        Tonnage = Provenance.NullIfEmpty(tonnage);
    }

    /// <inheritdoc/>
    public override PartyKind Kind => PartyKind.Vessel;

    /// <summary>Its IMO number, if known.</summary>
    public string? Imo { get; init; }

    /// <summary>Its flag state, if known.</summary>
    public string? Flag { get; init; }

    /// <summary>Its type as the source gives it, if known.</summary>
    public string? VesselType { get; init; }

    /// <summary>Its call sign, if known.</summary>
    public string? CallSign { get; init; }

    /// <summary>Its tonnage as the source gives it, if known.</summary>
    public string? Tonnage { get; init; }

    /// <inheritdoc/>
    public bool Equals(Vessel? other) =>
        base.Equals(other) && Imo == other.Imo && Flag == other.Flag && VesselType == other.VesselType && CallSign == other.CallSign && Tonnage == other.Tonnage;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Imo, Flag);

    /// <inheritdoc/>
    public override string ToString() => base.ToString();
}
