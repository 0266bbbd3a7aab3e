using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Relations;

/// <summary>
/// A dated relation between two parties: ownership with a percentage, control, directorship, family, association.
/// </summary>
/// <remarks>
/// Direction matters: for ownership <see cref="From"/> is the owner and <see cref="To"/> the company owned. OFAC's 50% rule and the
/// EU's majority test apply over the days a stake existed. A world rejects owners of one company whose stakes certainly add up to more
/// than 100% at one time. Equality is structural.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record Relation : IDatedFact
{
    /// <summary>Creates a relation.</summary>
    /// <param name="kind">What kind of relation it is.</param>
    /// <param name="from">The owner, controller, director, or first relative or associate.</param>
    /// <param name="to">The company owned or controlled, or the second party.</param>
    /// <param name="valid">When the relation held.</param>
    /// <param name="percent">For ownership, the share held, 0 to 100; unknown when null.</param>
    /// <param name="role">The role as the source gives it (<c>brother</c>, <c>director</c>), if any.</param>
    /// <param name="recorded">When the dataset asserted it.</param>
    /// <param name="source">Where it comes from.</param>
    /// <exception cref="ArgumentException">An identifier is default, the parties are the same, or a percentage is given for a relation that is not ownership.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is outside 0..100.</exception>
    public Relation(RelationKind kind, PartyId from, PartyId to, ValidPeriod valid, decimal? percent = null, string? role = null, RecordPeriod recorded = default, Provenance? source = null)
    {
        if (from.IsDefault || to.IsDefault)
        {
            throw new ArgumentException("A relation needs two parties.", from.IsDefault ? nameof(from) : nameof(to));
        }

        if (from == to)
        {
            throw new ArgumentException($"A party cannot be related to itself ({from}).", nameof(to));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown relation kind.");
        }

        if (percent is { } p)
        {
            if (kind != RelationKind.Ownership)
            {
                throw new ArgumentException("Only ownership has a percentage.", nameof(percent));
            }

            ArgumentOutOfRangeException.ThrowIfNegative(p, nameof(percent));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 100m, nameof(percent));
        }

        Kind = kind;
        From = from;
        To = to;
        Valid = valid;
        Percent = percent;
        Role = Provenance.NullIfEmpty(role);
        Recorded = recorded;
        Source = source ?? Provenance.Manual;
    }

    /// <summary>What kind of relation it is.</summary>
    public RelationKind Kind { get; init; }

    /// <summary>The owner, controller, director, or first party.</summary>
    public PartyId From { get; init; }

    /// <summary>The company owned or controlled, or the second party.</summary>
    public PartyId To { get; init; }

    /// <summary>For ownership, the share held (0 to 100); null when unknown or not ownership.</summary>
    public decimal? Percent { get; init; }

    /// <summary>The role as the source gives it, if any.</summary>
    public string? Role { get; init; }

    /// <inheritdoc/>
    public ValidPeriod Valid { get; init; }

    /// <inheritdoc/>
    public RecordPeriod Recorded { get; init; }

    /// <inheritdoc/>
    public Provenance Source { get; init; }

    /// <summary>Text such as <c>a Ownership 60% of b [2010, …)</c>.</summary>
    /// <remarks>The percentage is written without trailing zeros, as the JSON format writes it: equal relations give equal text (60.0 and 60 both give <c>60%</c>).</remarks>
    /// <returns>The relation as text.</returns>
    public override string ToString() =>
        $"{From} {Kind}{(Percent is { } p ? " " + Decimals.WithoutTrailingZeros(p).ToString(System.Globalization.CultureInfo.InvariantCulture) + "%" : string.Empty)} of {To} {Valid}";
}
