namespace Sanctions.Core.Parties;

/// <summary>An identifying number or code of a party: a passport, an IMO number, an LEI, a tax or registration number, a list reference.</summary>
/// <remarks>
/// <see cref="Scheme"/> is a lowercase word such as <c>passport</c>, <c>national-id</c>, <c>imo</c>, <c>lei</c>,
/// <c>tax</c>, <c>registration</c>, <c>swift</c> or <c>list-reference</c>; sources name more, and they are kept
/// as given. Identifiers match exactly and are the strongest evidence in screening. Equality is structural.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record Identifier
{
    /// <summary>Creates an identifier.</summary>
    /// <param name="scheme">The kind of identifier, e.g. <c>passport</c>.</param>
    /// <param name="value">The number or code.</param>
    /// <param name="country">The ISO 3166 alpha-2 code of the issuing country, if any.</param>
    /// <param name="note">A remark from the source, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="scheme"/> or <paramref name="value"/> is null or white space.</exception>
    public Identifier(string scheme, string value, string? country = null, string? note = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scheme);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Scheme = scheme;
        Value = value;
        Country = Provenance.NullIfEmpty(country);
        Note = Provenance.NullIfEmpty(note);
    }

    /// <summary>The kind of identifier.</summary>
    public string Scheme { get; init; }

    /// <summary>The number or code.</summary>
    public string Value { get; init; }

    /// <summary>The ISO 3166 alpha-2 code of the issuing country, if any.</summary>
    public string? Country { get; init; }

    /// <summary>A remark from the source, if any.</summary>
    public string? Note { get; init; }

    /// <summary>Text such as <c>passport 123456 (RU)</c>.</summary>
    /// <returns>The identifier as text.</returns>
    public override string ToString() => $"{Scheme} {Value}" + (Country is null ? string.Empty : $" ({Country})");
}
