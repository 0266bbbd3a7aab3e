using System.Collections.Immutable;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Parties;

/// <summary>A natural person. Example: Dmitry Olegovich Rogozin, born 1963-12-21 in Moscow.</summary>
/// <remarks>Birth dates are partial dates; sources often give only a year, and sometimes several candidates.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record Person : Party
{
    private readonly ImmutableArray<PartialDate> birthDates;
    private readonly ImmutableArray<string> birthPlaces;
    private readonly ImmutableArray<string> nationalities;
    private readonly ImmutableArray<BirthDate> birthDateFacts = [];
    private readonly ImmutableArray<BirthPlace> birthPlaceFacts = [];
    private readonly ImmutableArray<string> citizenships = [];

    /// <summary>Creates a person.</summary>
    /// <param name="id">Their identifier.</param>
    /// <param name="names">Their names; at least one.</param>
    /// <param name="birthDates">Birth dates as given (one or several candidates), if any.</param>
    /// <param name="birthPlaces">Places of birth as given, if any.</param>
    /// <param name="nationalities">ISO 3166 alpha-2 codes of their nationalities or citizenships, if any.</param>
    /// <param name="gender">Gender as the source gives it, if any.</param>
    /// <param name="identifiers">Identifiers, if any.</param>
    /// <param name="addresses">Addresses, if any.</param>
    /// <param name="countries">Countries of residence, if any.</param>
    /// <param name="source">Where the record comes from.</param>
    /// <param name="remarks">Remarks, if any.</param>
    /// <exception cref="ArgumentException">An argument the base requires is missing, or a collection holds a null.</exception>
    public Person(PartyId id, IEnumerable<PartyName> names, IEnumerable<PartialDate>? birthDates = null, IEnumerable<string>? birthPlaces = null,
        IEnumerable<string>? nationalities = null, string? gender = null, IEnumerable<Identifier>? identifiers = null, IEnumerable<Address>? addresses = null,
        IEnumerable<string>? countries = null, Provenance? source = null, string? remarks = null)
        : base(id, names, identifiers, addresses, countries, source, remarks)
    {
        BirthDates = Sequences.Of(birthDates);
        BirthPlaces = Sequences.Of(birthPlaces, nameof(birthPlaces));
        Nationalities = Sequences.Of(nationalities, nameof(nationalities));
        Gender = Provenance.NullIfEmpty(gender);
    }

    /// <inheritdoc/>
    public override PartyKind Kind => PartyKind.Person;

    /// <summary>Birth dates as given, at their own precision.</summary>
    public ImmutableArray<PartialDate> BirthDates { get => birthDates; init => birthDates = value.OrEmpty(); }

    /// <summary>Places of birth as given.</summary>
    public ImmutableArray<string> BirthPlaces { get => birthPlaces; init => birthPlaces = value.OrEmpty(); }

    /// <summary>Nationalities: ISO 3166-1 alpha-2 codes where one fits, else the list's text (imports keep citizenships apart, in <see cref="Citizenships"/>).</summary>
    public ImmutableArray<string> Nationalities { get => nationalities; init => nationalities = value.OrEmpty(); }

    /// <summary>Gender as the source gives it, if any.</summary>
    public string? Gender { get; init; }

    /// <summary>Dates of birth as the list states them, each with its kind (exact, month, year, approximate, range or text) and, where kept, the list's words.</summary>
    /// <remarks><see cref="BirthDates"/> holds the same dates as plain partial dates for matching (a range as its years); this keeps what the list says.</remarks>
    public ImmutableArray<BirthDate> BirthDateFacts { get => birthDateFacts; init => birthDateFacts = value.OrEmpty(); }

    /// <summary>Places of birth as the list states them, with their parts where the list names them.</summary>
    public ImmutableArray<BirthPlace> BirthPlaceFacts { get => birthPlaceFacts; init => birthPlaceFacts = value.OrEmpty(); }

    /// <summary>Citizenships, apart from <see cref="Nationalities"/>: ISO 3166-1 alpha-2 codes where one fits, else the list's text.</summary>
    public ImmutableArray<string> Citizenships { get => citizenships; init => citizenships = value.OrEmpty(); }

    /// <inheritdoc/>
    public bool Equals(Person? other) =>
        base.Equals(other) && Sequences.Equal(BirthDates, other.BirthDates) && Sequences.Equal(BirthPlaces, other.BirthPlaces) &&
        Sequences.Equal(Nationalities, other.Nationalities) && Gender == other.Gender &&
        Sequences.Equal(BirthDateFacts, other.BirthDateFacts) && Sequences.Equal(BirthPlaceFacts, other.BirthPlaceFacts) && Sequences.Equal(Citizenships, other.Citizenships);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Sequences.Hash(BirthDates), Sequences.Hash(Nationalities));

    /// <inheritdoc/>
    public override string ToString() => base.ToString();
}
