namespace Sanctions.Core.Parties;

/// <summary>A postal address or place of a party.</summary>
/// <remarks>Sources split addresses differently; any part may be missing. <see cref="Country"/> is an ISO 3166 alpha-2 code where the source lets us tell. Equality is structural.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Street">Street and number, if given.</param>
/// <param name="City">City, if given.</param>
/// <param name="Region">State, province or region, if given.</param>
/// <param name="PostalCode">Postal code, if given.</param>
/// <param name="Country">ISO 3166 alpha-2 country code, if known.</param>
/// <param name="Full">The address as one line, when the source gives it so.</param>
public sealed record Address(string? Street = null, string? City = null, string? Region = null, string? PostalCode = null, string? Country = null, string? Full = null)
{
    /// <summary>The parts that are present, joined with commas.</summary>
    /// <returns>The address as one line.</returns>
    public override string ToString() =>
        Full ?? string.Join(", ", new[] { Street, City, Region, PostalCode, Country }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
