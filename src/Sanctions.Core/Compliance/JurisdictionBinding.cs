using System.Collections.Immutable;

namespace Sanctions.Core.Compliance;

/// <summary>
/// One line of a <see cref="JurisdictionMap"/>: a caller under the law of <see cref="Caller"/> is bound by the measures of authorities whose
/// <see cref="Regimes.Authority.Jurisdiction"/> is one of <see cref="BoundBy"/>, for the reason <see cref="Source"/> cites.
/// </summary>
/// <remarks>Example: a US caller is bound by US and UN authorities (the UN Participation Act, 22 U.S.C. §287c, gives Security Council
/// measures effect in US law). Codes are upper-case. Equality is structural.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record JurisdictionBinding
{
    private readonly ImmutableArray<string> boundBy;

    /// <summary>Creates a binding.</summary>
    /// <param name="caller">The caller's jurisdiction, e.g. <c>US</c>.</param>
    /// <param name="boundBy">The authority jurisdictions whose measures bind that caller; the caller's own is added when missing.</param>
    /// <param name="source">The legal source of the binding, as a citation.</param>
    /// <exception cref="ArgumentException">A code or the source is null or white space.</exception>
    public JurisdictionBinding(string caller, IEnumerable<string> boundBy, string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caller);
        ArgumentNullException.ThrowIfNull(boundBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Caller = caller.Trim().ToUpperInvariant();
        var codes = new List<string> { Caller };
        foreach (var code in boundBy)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(code, nameof(boundBy));
            var upper = code.Trim().ToUpperInvariant();
            if (!codes.Contains(upper))
            {
                codes.Add(upper);
            }
        }

        BoundBy = [.. codes];
        Source = source;
    }

    /// <summary>The caller's jurisdiction.</summary>
    public string Caller { get; init; }

    /// <summary>The authority jurisdictions whose measures bind the caller, its own first.</summary>
    public ImmutableArray<string> BoundBy { get => boundBy; init => boundBy = value.OrEmpty(); }

    /// <summary>The legal source of the binding.</summary>
    public string Source { get; init; }

    /// <inheritdoc/>
    public bool Equals(JurisdictionBinding? other) => other is not null && Caller == other.Caller && Sequences.Equal(BoundBy, other.BoundBy) && Source == other.Source;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Caller, Sequences.Hash(BoundBy), Source);

    /// <summary>Text such as <c>US ⇐ US, UN (22 U.S.C. §287c)</c>.</summary>
    /// <returns>The binding as text.</returns>
    public override string ToString() => $"{Caller} ⇐ {string.Join(", ", BoundBy)} ({Source})";
}
