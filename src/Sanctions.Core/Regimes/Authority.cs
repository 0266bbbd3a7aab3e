namespace Sanctions.Core.Regimes;

/// <summary>A body that imposes sanctions: the UN Security Council, the EU Council, the US Treasury's OFAC, the US State Department, the UK's OFSI.</summary>
/// <remarks>
/// <see cref="Jurisdiction"/> is the coarse code of the legal order the authority acts in (<c>US</c>, <c>EU</c>, <c>UN</c>,
/// <c>UK</c>); the identifier may be finer (<c>US-OFAC</c>). A query for <c>US</c> includes every authority whose identifier is
/// <c>US</c> or starts with <c>US-</c>.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record Authority
{
    /// <summary>Creates an authority.</summary>
    /// <param name="id">Its code, e.g. <c>US-OFAC</c>.</param>
    /// <param name="name">Its name, e.g. <c>Office of Foreign Assets Control</c>.</param>
    /// <param name="jurisdiction">The coarse code of its legal order; defaults to the part of <paramref name="id"/> before the first '-'.</param>
    /// <param name="source">Where the record comes from.</param>
    /// <exception cref="ArgumentException">The id is default or the name is empty.</exception>
    public Authority(AuthorityId id, string name, string? jurisdiction = null, Provenance? source = null)
    {
        if (id.IsDefault)
        {
            throw new ArgumentException("An authority needs an identifier.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Name = name;
        Jurisdiction = Provenance.NullIfEmpty(jurisdiction) ?? id.Value.Split('-')[0];
        Source = source ?? Provenance.Manual;
    }

    /// <summary>Its code.</summary>
    public AuthorityId Id { get; init; }

    /// <summary>Its name.</summary>
    public string Name { get; init; }

    /// <summary>The coarse code of its legal order (<c>US</c>, <c>EU</c>, <c>UN</c>, <c>UK</c>).</summary>
    public string Jurisdiction { get; init; }

    /// <summary>Where the record comes from.</summary>
    public Provenance Source { get; init; }

    /// <summary>Whether an authority code given by a user (coarse or fine) names this authority.</summary>
    /// <param name="code">A code such as <c>US</c> or <c>US-OFAC</c>, compared case-insensitively.</param>
    /// <returns><see langword="true"/> when the code equals the identifier or the jurisdiction, or is a prefix of the identifier ending at a '-'.</returns>
    public bool IsCoveredBy(string code) => Covers(code, Id);

    internal static bool Covers(string code, AuthorityId id)
    {
        var value = id.Value;
        return value.Equals(code, StringComparison.OrdinalIgnoreCase) ||
            (value.Length > code.Length && value[code.Length] == '-' && value.StartsWith(code, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Text such as <c>US-OFAC (Office of Foreign Assets Control)</c>.</summary>
    /// <returns>The code and name.</returns>
    public override string ToString() => $"{Id} ({Name})";
}
