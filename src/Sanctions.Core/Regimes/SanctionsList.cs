namespace Sanctions.Core.Regimes;

/// <summary>A published list of designations: OFAC's SDN list, the EU consolidated list, the UN consolidated list, the CAATSA §231 List of Specified Persons.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record SanctionsList
{
    /// <summary>Creates a list.</summary>
    /// <param name="id">Its identifier, e.g. <c>us-ofac-sdn</c>.</param>
    /// <param name="name">Its name.</param>
    /// <param name="authority">The authority that publishes it; designations on it are that authority's.</param>
    /// <param name="url">Where it is published, if known.</param>
    /// <param name="source">Where the record comes from.</param>
    /// <exception cref="ArgumentException">An identifier is default or the name is empty.</exception>
    public SanctionsList(ListId id, string name, AuthorityId authority, string? url = null, Provenance? source = null)
    {
        if (id.IsDefault || authority.IsDefault)
        {
            throw new ArgumentException("A list needs an identifier and an authority.", id.IsDefault ? nameof(id) : nameof(authority));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Name = name;
        Authority = authority;
        Url = Provenance.NullIfEmpty(url);
        Source = source ?? Provenance.Manual;
    }

    /// <summary>Its identifier.</summary>
    public ListId Id { get; init; }

    /// <summary>Its name.</summary>
    public string Name { get; init; }

    /// <summary>The authority that publishes it.</summary>
    public AuthorityId Authority { get; init; }

    /// <summary>Where it is published, if known.</summary>
    public string? Url { get; init; }

    /// <summary>Where the record comes from.</summary>
    public Provenance Source { get; init; }

    /// <summary>The list's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
