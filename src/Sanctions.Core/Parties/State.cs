using System.Collections.Immutable;

namespace Sanctions.Core.Parties;

/// <summary>A state, or a region that measures target apart from its state (Crimea).</summary>
/// <remarks>A state has its ISO 3166-1 alpha-2 code (<c>IR</c>) and, where given, alpha-3 (<c>IRN</c>); a region has neither but may
/// name its <see cref="ParentState"/>. Example: Iran, <c>iso:IR</c>.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record State : Party
{
    /// <summary>Creates a state or region.</summary>
    /// <param name="id">Its identifier, e.g. <c>iso:IR</c>.</param>
    /// <param name="names">Its names; at least one.</param>
    /// <param name="alpha2">ISO 3166-1 alpha-2 code (two capital letters), or null for a region.</param>
    /// <param name="alpha3">ISO 3166-1 alpha-3 code (three capital letters), if known.</param>
    /// <param name="isRegion">Whether this is a region rather than a state.</param>
    /// <param name="parentState">The state a region belongs to, if any.</param>
    /// <param name="identifiers">Identifiers, if any.</param>
    /// <param name="addresses">Addresses, if any.</param>
    /// <param name="source">Where the record comes from.</param>
    /// <param name="remarks">Remarks, if any.</param>
    /// <exception cref="ArgumentException">A code is not of the ISO form, or an argument the base requires is missing.</exception>
    public State(PartyId id, IEnumerable<PartyName> names, string? alpha2 = null, string? alpha3 = null, bool isRegion = false, PartyId? parentState = null,
        IEnumerable<Identifier>? identifiers = null, IEnumerable<Address>? addresses = null, Provenance? source = null, string? remarks = null)
        : base(id, names, identifiers, addresses, alpha2 is null ? null : [alpha2], source, remarks)
    {
        Alpha2 = CheckCode(alpha2, 2, nameof(alpha2));
        Alpha3 = CheckCode(alpha3, 3, nameof(alpha3));
        IsRegion = isRegion;
        ParentState = parentState;
    }

    /// <inheritdoc/>
    public override PartyKind Kind => PartyKind.State;

    /// <summary>ISO 3166-1 alpha-2 code, or null for a region.</summary>
    public string? Alpha2 { get; init; }

    /// <summary>ISO 3166-1 alpha-3 code, if known.</summary>
    public string? Alpha3 { get; init; }

    /// <summary>Whether this is a region (Crimea) rather than a state.</summary>
    public bool IsRegion { get; init; }

    /// <summary>The state a region belongs to, if any.</summary>
    public PartyId? ParentState { get; init; }

    private static string? CheckCode(string? code, int length, string paramName)
    {
        if (code is null)
        {
            return null;
        }

        if (code.Length != length || !code.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"'{code}' is not an ISO 3166-1 alpha-{length} code ({length} capital letters).", paramName);
        }

        return code;
    }

    /// <inheritdoc/>
    public bool Equals(State? other) =>
        base.Equals(other) && Alpha2 == other.Alpha2 && Alpha3 == other.Alpha3 && IsRegion == other.IsRegion && ParentState == other.ParentState;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Alpha2, Alpha3);

    /// <inheritdoc/>
    public override string ToString() => base.ToString();
}
