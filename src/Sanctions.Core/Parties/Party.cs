using System.Collections.Immutable;
using NodaTime;

namespace Sanctions.Core.Parties;

/// <summary>
/// Someone or something that sanctions, treaties and memberships are about: a state, a person, an
/// organisation, an international organisation, a vessel or an aircraft.
/// </summary>
/// <remarks>
/// <para>A party has at least one name; the first <see cref="NameKind.Primary"/> name (else the first name) is its
/// <see cref="Name"/>. Collections are never <c>default</c>. Equality is structural over every member,
/// collections compared in order.</para>
/// <para>Parties carry no dates of their own: what is dated (designations, memberships, relations, positions) is a
/// separate fact that refers to the party by <see cref="Id"/>.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public abstract record Party
{
    private readonly ImmutableArray<PartyName> names;
    private readonly ImmutableArray<Identifier> identifiers;
    private readonly ImmutableArray<Address> addresses;
    private readonly ImmutableArray<string> countries;
    private readonly ImmutableArray<Contact> contacts = [];

    /// <summary>Initialises the members every party has.</summary>
    /// <param name="id">The party's identifier.</param>
    /// <param name="names">Its names; at least one.</param>
    /// <param name="identifiers">Its identifiers, if any.</param>
    /// <param name="addresses">Its addresses, if any.</param>
    /// <param name="countries">ISO 3166 alpha-2 codes of the countries it is located in or registered in, if any.</param>
    /// <param name="source">Where the party's record comes from; <see cref="Provenance.Manual"/> when null.</param>
    /// <param name="remarks">Free-text remarks from the source, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default identifier, <paramref name="names"/> is empty, or a collection holds a null.</exception>
    protected Party(PartyId id, IEnumerable<PartyName> names, IEnumerable<Identifier>? identifiers, IEnumerable<Address>? addresses, IEnumerable<string>? countries, Provenance? source, string? remarks)
    {
        if (id.IsDefault)
        {
            throw new ArgumentException("A party needs an identifier.", nameof(id));
        }

        ArgumentNullException.ThrowIfNull(names);
        Id = id;
        Names = Sequences.Of(names, nameof(names));
        if (Names.IsEmpty)
        {
            throw new ArgumentException($"Party '{id}' needs at least one name.", nameof(names));
        }

        Identifiers = Sequences.Of(identifiers, nameof(identifiers));
        Addresses = Sequences.Of(addresses, nameof(addresses));
        Countries = Sequences.Of(countries, nameof(countries));
        Source = source ?? Provenance.Manual;
        Remarks = Provenance.NullIfEmpty(remarks);
    }

    /// <summary>The party's identifier, unique in a world.</summary>
    public PartyId Id { get; init; }

    /// <summary>What kind of party this is.</summary>
    public abstract PartyKind Kind { get; }

    /// <summary>The party's names: primary, aliases, weak aliases and former names.</summary>
    public ImmutableArray<PartyName> Names { get => names; init => names = value.OrEmpty(); }

    /// <summary>The party's identifiers.</summary>
    public ImmutableArray<Identifier> Identifiers { get => identifiers; init => identifiers = value.OrEmpty(); }

    /// <summary>The party's addresses.</summary>
    public ImmutableArray<Address> Addresses { get => addresses; init => addresses = value.OrEmpty(); }

    /// <summary>ISO 3166 alpha-2 codes of the countries the party is located or registered in.</summary>
    public ImmutableArray<string> Countries { get => countries; init => countries = value.OrEmpty(); }

    /// <summary>Where the party's record comes from.</summary>
    public Provenance Source { get; init; }

    /// <summary>Free-text remarks from the source, if any.</summary>
    public string? Remarks { get; init; }

    /// <summary>Telephone and fax numbers, e-mail addresses and websites, as the source gives them; never identifiers.</summary>
    public ImmutableArray<Contact> Contacts { get => contacts; init => contacts = value.OrEmpty(); }

    /// <summary>The name the party is listed under: the first primary name the list still gives, else the first primary name, else the first name.</summary>
    /// <remarks>Names a history of publications no longer gives (<see cref="PartyName.Recorded"/> closed) come after the others; see <see cref="NameKnownAt"/> for the name at a knowledge instant.</remarks>
    public string Name => NameKnownAt(null);

    /// <summary>The names the list gave the party as known at <paramref name="knownAt"/>: those whose <see cref="PartyName.Recorded"/> contains it.</summary>
    /// <param name="knownAt">The knowledge instant, or <see langword="null"/> for the names the list gives now (those whose record is not closed).</param>
    /// <returns>The names, in order; every name when none is dated.</returns>
    public ImmutableArray<PartyName> NamesKnownAt(Instant? knownAt)
    {
        var all = true;
        foreach (var n in Names)
        {
            all &= n.Recorded.IsVisibleAt(knownAt);
        }

        return all ? Names : [.. Names.Where(n => n.Recorded.IsVisibleAt(knownAt))];
    }

    /// <summary>The name the party was listed under as known at <paramref name="knownAt"/>.</summary>
    /// <param name="knownAt">The knowledge instant, or <see langword="null"/> for now.</param>
    /// <returns>The first primary name recorded then; else the first primary name; else the first name.</returns>
    /// <example>An SDN entry renamed from <c>A</c> to <c>B</c> at the publication of 2022-03-01 answers <c>A</c> known at 2022-02-01 and <c>B</c> after.</example>
    public string NameKnownAt(Instant? knownAt)
    {
        string? primary = null;
        foreach (var n in Names)
        {
            if (n.Kind == NameKind.Primary)
            {
                if (n.Recorded.IsVisibleAt(knownAt))
                {
                    return n.Value;
                }

                primary ??= n.Value;
            }
        }

        return primary ?? (Names.IsEmpty ? Id.Value : Names[0].Value);
    }

    /// <inheritdoc/>
    public virtual bool Equals(Party? other) =>
        other is not null && EqualityContract == other.EqualityContract && Id == other.Id &&
        Sequences.Equal(Names, other.Names) && Sequences.Equal(Identifiers, other.Identifiers) &&
        Sequences.Equal(Addresses, other.Addresses) && Sequences.Equal(Countries, other.Countries) &&
        Source == other.Source && Remarks == other.Remarks && Sequences.Equal(Contacts, other.Contacts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(EqualityContract, Id, Sequences.Hash(Names), Sequences.Hash(Identifiers), Sequences.Hash(Countries), Source);

    /// <summary>Text such as <c>state iso:IR "Iran"</c>.</summary>
    /// <returns>The kind, identifier and name.</returns>
    public override string ToString() => $"{Kind} {Id} \"{Name}\"";
}
