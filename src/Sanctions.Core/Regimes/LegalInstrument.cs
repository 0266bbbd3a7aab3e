namespace Sanctions.Core.Regimes;

/// <summary>A legal instrument that creates or changes sanctions: a statute, an executive order, a regulation, a resolution.</summary>
/// <remarks>
/// Example: CAATSA, Public Law 115-44, adopted (signed) 2017-08-02. An instrument may be part of another
/// (<see cref="PartOf"/>): CAATSA §231 is part of CAATSA Title II, which is part of CAATSA. <see cref="Citation"/> is how
/// findings cite it (<c>Public Law 115-44 §231</c>).
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record LegalInstrument
{
    /// <summary>Creates a legal instrument.</summary>
    /// <param name="id">Its identifier.</param>
    /// <param name="title">Its title.</param>
    /// <param name="kind">What kind of instrument it is.</param>
    /// <param name="authority">The authority that adopted it.</param>
    /// <param name="citation">How to cite it, e.g. <c>Public Law 115-44</c>; defaults to the title.</param>
    /// <param name="adopted">When it was adopted or signed, if known.</param>
    /// <param name="entryIntoForce">When it entered into force, if different from adoption and known.</param>
    /// <param name="partOf">The instrument it is part of, if any.</param>
    /// <param name="url">Where to read it, if known.</param>
    /// <param name="source">Where the record comes from.</param>
    /// <exception cref="ArgumentException">An identifier is default or the title is empty.</exception>
    public LegalInstrument(InstrumentId id, string title, InstrumentKind kind, AuthorityId authority, string? citation = null, Temporal.PartialDate? adopted = null,
        Temporal.PartialDate? entryIntoForce = null, InstrumentId? partOf = null, string? url = null, Provenance? source = null)
    {
        if (id.IsDefault || authority.IsDefault)
        {
            throw new ArgumentException("A legal instrument needs an identifier and an authority.", id.IsDefault ? nameof(id) : nameof(authority));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Id = id;
        Title = title;
        Kind = kind;
        Authority = authority;
        Citation = Provenance.NullIfEmpty(citation) ?? title;
        Adopted = adopted;
        EntryIntoForce = entryIntoForce;
        PartOf = partOf;
        Url = Provenance.NullIfEmpty(url);
        Source = source ?? Provenance.Manual;
    }

    /// <summary>Its identifier.</summary>
    public InstrumentId Id { get; init; }

    /// <summary>Its title.</summary>
    public string Title { get; init; }

    /// <summary>What kind of instrument it is.</summary>
    public InstrumentKind Kind { get; init; }

    /// <summary>The authority that adopted it.</summary>
    public AuthorityId Authority { get; init; }

    /// <summary>How to cite it.</summary>
    public string Citation { get; init; }

    /// <summary>When it was adopted or signed, if known.</summary>
    public Temporal.PartialDate? Adopted { get; init; }

    /// <summary>When it entered into force, if known.</summary>
    public Temporal.PartialDate? EntryIntoForce { get; init; }

    /// <summary>The instrument it is part of, if any.</summary>
    public InstrumentId? PartOf { get; init; }

    /// <summary>Where to read it, if known.</summary>
    public string? Url { get; init; }

    /// <summary>Where the record comes from.</summary>
    public Provenance Source { get; init; }

    /// <summary>The citation.</summary>
    /// <returns>E.g. <c>Public Law 115-44</c>.</returns>
    public override string ToString() => Citation;
}
