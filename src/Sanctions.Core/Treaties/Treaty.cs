namespace Sanctions.Core.Treaties;

/// <summary>A treaty or international agreement: the 2025 Russia–Iran Treaty on Comprehensive Strategic Partnership, the SCO Charter.</summary>
/// <remarks>Who is bound when follows from its parties' <see cref="TreatyAction"/>s. Equality is structural.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record Treaty
{
    /// <summary>Creates a treaty.</summary>
    /// <param name="id">Its identifier.</param>
    /// <param name="name">Its name.</param>
    /// <param name="concluded">When its text was adopted or first signed, if known.</param>
    /// <param name="remarks">Remarks (term, renewal), if any.</param>
    /// <param name="source">Where the record comes from.</param>
    /// <exception cref="ArgumentException">The identifier is default or the name is empty.</exception>
    public Treaty(TreatyId id, string name, Temporal.PartialDate? concluded = null, string? remarks = null, Provenance? source = null)
    {
        if (id.IsDefault)
        {
            throw new ArgumentException("A treaty needs an identifier.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Name = name;
        Concluded = concluded;
        Remarks = Provenance.NullIfEmpty(remarks);
        Source = source ?? Provenance.Manual;
    }

    /// <summary>Its identifier.</summary>
    public TreatyId Id { get; init; }

    /// <summary>Its name.</summary>
    public string Name { get; init; }

    /// <summary>When its text was adopted or first signed, if known.</summary>
    public Temporal.PartialDate? Concluded { get; init; }

    /// <summary>Remarks, if any.</summary>
    public string? Remarks { get; init; }

    /// <summary>Where the record comes from.</summary>
    public Provenance Source { get; init; }

    /// <summary>The treaty's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
