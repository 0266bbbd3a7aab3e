using System.Collections.Immutable;

namespace Sanctions.Core.Regimes;

/// <summary>A sanctions program or regime that groups designations under one policy: OFAC's <c>UKRAINE-EO13661</c>, the UN's 1718 (DPRK) regime.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record SanctionsProgram
{
    private readonly ImmutableArray<InstrumentId> basis;

    /// <summary>Creates a program.</summary>
    /// <param name="id">Its identifier, usually the tag the authority uses.</param>
    /// <param name="name">Its name.</param>
    /// <param name="authority">The authority that runs it.</param>
    /// <param name="basis">The instruments it rests on, if known.</param>
    /// <param name="source">Where the record comes from.</param>
    /// <exception cref="ArgumentException">An identifier is default or the name is empty.</exception>
    public SanctionsProgram(ProgramId id, string name, AuthorityId authority, IEnumerable<InstrumentId>? basis = null, Provenance? source = null)
    {
        if (id.IsDefault || authority.IsDefault)
        {
            throw new ArgumentException("A program needs an identifier and an authority.", id.IsDefault ? nameof(id) : nameof(authority));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Name = name;
        Authority = authority;
        Basis = basis is null ? [] : [.. basis];
        Source = source ?? Provenance.Manual;
    }

    /// <summary>Its identifier.</summary>
    public ProgramId Id { get; init; }

    /// <summary>Its name.</summary>
    public string Name { get; init; }

    /// <summary>The authority that runs it.</summary>
    public AuthorityId Authority { get; init; }

    /// <summary>The instruments it rests on.</summary>
    public ImmutableArray<InstrumentId> Basis { get => basis; init => basis = value.OrEmpty(); }

    /// <summary>Where the record comes from.</summary>
    public Provenance Source { get; init; }

    /// <inheritdoc/>
    public bool Equals(SanctionsProgram? other) =>
        other is not null && Id == other.Id && Name == other.Name && Authority == other.Authority && Sequences.Equal(Basis, other.Basis) && Source == other.Source;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, Authority, Sequences.Hash(Basis));

    /// <summary>The program's identifier.</summary>
    /// <returns>E.g. <c>UKRAINE-EO13661</c>.</returns>
    public override string ToString() => Id.Value;
}
