namespace Sanctions.Core.Parties;

/// <summary>A place of birth as a list states it: its own words, and the parts it names where it names them.</summary>
/// <remarks>
/// <see cref="Text"/> is always kept, so a place given only as a note (<c>possibly Sabratha</c>) is not lost;
/// <see cref="Country"/> is an ISO 3166-1 alpha-2 code where one fits the list's country, else the list's text.
/// Equality is structural.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record BirthPlace
{
    /// <summary>Creates a place of birth.</summary>
    /// <param name="text">The place as the list writes it (its parts joined, with any note).</param>
    /// <param name="city">The city, if the list names it apart.</param>
    /// <param name="region">The state, province or region, if the list names it apart.</param>
    /// <param name="country">The country: an ISO 3166-1 alpha-2 code where one fits, else the list's text.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null or white space.</exception>
    public BirthPlace(string text, string? city = null, string? region = null, string? country = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text;
        City = Provenance.NullIfEmpty(city);
        Region = Provenance.NullIfEmpty(region);
        Country = Provenance.NullIfEmpty(country);
    }

    /// <summary>The place as the list writes it.</summary>
    public string Text { get; init; }

    /// <summary>The city, if named apart.</summary>
    public string? City { get; init; }

    /// <summary>The state, province or region, if named apart.</summary>
    public string? Region { get; init; }

    /// <summary>The country: an ISO 3166-1 alpha-2 code where one fits, else the list's text.</summary>
    public string? Country { get; init; }

    /// <summary>
    /// Whether the list says the place is approximate or uncertain: its words or its note begin with <c>near</c>, <c>possibly</c>,
    /// <c>in the area</c>, <c>approximately</c>, <c>circa</c> or the like (OFAC <c>POB near Damascus, Syria</c>; UN <c>NOTE</c>
    /// <c>possibly Sabratha, Talil neighbourhood</c>). A place named <em>as</em> near another (<c>al-Awja, near Tikrit, Iraq</c>) is not.
    /// </summary>
    public bool Approximate { get; init; }

    /// <summary>The place as the list writes it.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;
}
