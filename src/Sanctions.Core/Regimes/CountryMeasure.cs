using System.Collections.Immutable;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Regimes;

/// <summary>
/// A measure on a whole state or region rather than on listed parties: an embargo, an arms embargo, sectoral restrictions.
/// Example: the UN arms restrictions on Iran under UNSCR 2231 Annex B, in effect over <c>[2016-01-16, 2020-10-18)</c>.
/// </summary>
/// <remarks><see cref="Direction"/> is set for arms embargoes only. Equality is structural.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record CountryMeasure : IDatedFact
{
    private readonly ImmutableArray<InstrumentId> basis;

    /// <summary>Creates a country measure.</summary>
    /// <param name="id">Its identifier, unique in a world.</param>
    /// <param name="target">The state or region it is on.</param>
    /// <param name="authority">The authority that imposes it.</param>
    /// <param name="kind">What it restricts.</param>
    /// <param name="valid">When it is in effect.</param>
    /// <param name="direction">For an arms embargo, which way it runs; <see cref="ArmsDirection.Inbound"/> when omitted.</param>
    /// <param name="basis">The legal instruments it rests on.</param>
    /// <param name="description">What it covers, in a sentence.</param>
    /// <param name="recorded">When the dataset asserted it.</param>
    /// <param name="source">Where it comes from.</param>
    /// <exception cref="ArgumentException">An identifier is default, or a direction is given for a measure that is not an arms embargo.</exception>
    public CountryMeasure(string id, PartyId target, AuthorityId authority, CountryMeasureKind kind, ValidPeriod valid, ArmsDirection? direction = null,
        IEnumerable<InstrumentId>? basis = null, string? description = null, RecordPeriod recorded = default, Provenance? source = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (target.IsDefault || authority.IsDefault)
        {
            throw new ArgumentException("A country measure needs a target and an authority.", target.IsDefault ? nameof(target) : nameof(authority));
        }

        if (direction is not null && kind != CountryMeasureKind.ArmsEmbargo)
        {
            throw new ArgumentException("Only an arms embargo has a direction.", nameof(direction));
        }

        Id = id;
        Target = target;
        Authority = authority;
        Kind = kind;
        Valid = valid;
        Direction = kind == CountryMeasureKind.ArmsEmbargo ? direction ?? ArmsDirection.Inbound : null;
        Basis = basis is null ? [] : [.. basis];
        Description = Provenance.NullIfEmpty(description);
        Recorded = recorded;
        Source = source ?? Provenance.Manual;
    }

    /// <summary>Its identifier, unique in a world.</summary>
    public string Id { get; init; }

    /// <summary>The state or region it is on.</summary>
    public PartyId Target { get; init; }

    /// <summary>The authority that imposes it.</summary>
    public AuthorityId Authority { get; init; }

    /// <summary>What it restricts.</summary>
    public CountryMeasureKind Kind { get; init; }

    /// <summary>For an arms embargo, which way it runs; otherwise null.</summary>
    public ArmsDirection? Direction { get; init; }

    /// <summary>The legal instruments it rests on.</summary>
    public ImmutableArray<InstrumentId> Basis { get => basis; init => basis = value.OrEmpty(); }

    /// <summary>What it covers, in a sentence, if given.</summary>
    public string? Description { get; init; }

    /// <inheritdoc/>
    public ValidPeriod Valid { get; init; }

    /// <inheritdoc/>
    public RecordPeriod Recorded { get; init; }

    /// <inheritdoc/>
    public Provenance Source { get; init; }

    /// <inheritdoc/>
    public bool Equals(CountryMeasure? other) =>
        other is not null && Id == other.Id && Target == other.Target && Authority == other.Authority && Kind == other.Kind && Direction == other.Direction &&
        Sequences.Equal(Basis, other.Basis) && Description == other.Description && Valid == other.Valid && Recorded == other.Recorded && Source == other.Source;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Target, Authority, Kind, Valid, Recorded);

    /// <summary>Text such as <c>un-2231-arms: ArmsEmbargo on iso:IR by UN-SC [2016-01-16, 2020-10-18)</c>.</summary>
    /// <returns>The measure as text.</returns>
    public override string ToString() => $"{Id}: {Kind} on {Target} by {Authority} {Valid}";
}
