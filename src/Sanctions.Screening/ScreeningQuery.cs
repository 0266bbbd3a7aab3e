using System.Collections.Immutable;
using NodaTime;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;

namespace Sanctions.Screening;

/// <summary>
/// What to screen: one or more names of one subject, what kind of party it is, and what else is known of it (birth date, countries,
/// gender, identifiers), against the parties designated on <see cref="On"/> as known at <see cref="KnownAt"/>.
/// </summary>
/// <remarks>Immutable. Unknown qualifiers are left null or empty; they then count neither for nor against a match.</remarks>
public sealed record ScreeningQuery
{
    private readonly ImmutableArray<string> names;
    private readonly ImmutableArray<string> countries = [];
    private readonly ImmutableArray<string> identifiers = [];

    /// <summary>Creates a query for <paramref name="name"/> on <paramref name="on"/>.</summary>
    /// <param name="name">The name as written, in any script and order.</param>
    /// <param name="on">The day whose designations count.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    public ScreeningQuery(string name, LocalDate on)
        : this([name], on)
    {
    }

    /// <summary>Creates a query for several names of one subject (e.g. a name and its transliteration) on <paramref name="on"/>.</summary>
    /// <param name="names">The names; at least one, none blank.</param>
    /// <param name="on">The day whose designations count.</param>
    /// <exception cref="ArgumentException">No name, or a blank one.</exception>
    public ScreeningQuery(IEnumerable<string> names, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(names);
        Names = [.. names];
        if (Names.IsEmpty || Names.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A query needs at least one name, and no blank one.", nameof(names));
        }

        On = on;
    }

    /// <summary>The names screened.</summary>
    public ImmutableArray<string> Names { get => names; init => names = value.IsDefault ? [] : value; }

    /// <summary>The day whose designations count.</summary>
    public LocalDate On { get; init; }

    /// <summary>What the data knew at this instant; null for everything known.</summary>
    public Instant? KnownAt { get; init; }

    /// <summary>The kind of party screened (person, organisation…); null when unknown: then every kind is screened.</summary>
    public PartyKind? Kind { get; init; }

    /// <summary>The birth date at the precision known (a year, a month or a day); null when unknown.</summary>
    public PartialDate? BirthDate { get; init; }

    /// <summary>The latest birth date when the birth date is a range (<see cref="BirthDate"/> is then its earliest), or for "circa"; null otherwise.</summary>
    public PartialDate? BirthDateTo { get; init; }

    /// <summary>Nationalities and countries: ISO 3166 codes or English names.</summary>
    public ImmutableArray<string> Countries { get => countries; init => countries = value.IsDefault ? [] : value; }

    /// <summary>The gender as a word (<c>male</c>, <c>female</c>); null when unknown.</summary>
    public string? Gender { get; init; }

    /// <summary>Identifier values (passport, IMO, tax id…); compared after removing spaces and punctuation.</summary>
    public ImmutableArray<string> Identifiers { get => identifiers; init => identifiers = value.IsDefault ? [] : value; }

    /// <summary>Also return parties with no designation in force on the day (delisted, or listed only later); they are marked.</summary>
    public bool IncludeDelisted { get; init; }

    /// <summary>The lowest score returned; null for <see cref="ScreeningOptions.AlertThreshold"/>.</summary>
    public double? MinScore { get; init; }

    /// <summary>At most this many matches, best first; null for all.</summary>
    public int? Limit { get; init; }

    /// <summary>The same query for another name, keeping every qualifier.</summary>
    /// <param name="name">The name.</param>
    /// <returns>A query for <paramref name="name"/>.</returns>
    public ScreeningQuery ForName(string name) => this with { Names = [name] };

    /// <inheritdoc/>
    public bool Equals(ScreeningQuery? other) =>
        other is not null && Names.SequenceEqual(other.Names) && On == other.On && KnownAt == other.KnownAt && Kind == other.Kind &&
        BirthDate == other.BirthDate && BirthDateTo == other.BirthDateTo && Countries.SequenceEqual(other.Countries) && Gender == other.Gender &&
        Identifiers.SequenceEqual(other.Identifiers) && IncludeDelisted == other.IncludeDelisted && MinScore == other.MinScore && Limit == other.Limit;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Names.Length > 0 ? Names[0] : null, On, KnownAt, Kind, BirthDate);
}
