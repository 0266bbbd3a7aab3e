using System.Collections.Immutable;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Core.Compliance;

/// <summary>
/// What a rule sees of one check: the request, the world on its date and knowledge instant, the authority jurisdictions that bind the
/// caller, and helpers to cite instruments and tie parties to states.
/// </summary>
/// <remarks>The engine creates one context per check; rules must not keep it.</remarks>
/// <threadsafety>An instance is used by one check on one thread; its members only read immutable data.</threadsafety>
public sealed class ComplianceContext
{
    private static readonly HashSet<string> GovernmentCategories = new(StringComparer.OrdinalIgnoreCase) { "public-body", "ministry", "armed-forces" };

    private string? day;

    internal ComplianceContext(ComplianceRequest request, WorldView view, ImmutableArray<string> bindingJurisdictions, ComplianceIndex index)
    {
        Request = request;
        View = view;
        BindingJurisdictions = bindingJurisdictions;
        Index = index;
        Participants = [.. request.Participants];
    }

    /// <summary>The request.</summary>
    public ComplianceRequest Request { get; }

    /// <summary>The world on the request's date, with its knowledge instant.</summary>
    public WorldView View { get; }

    /// <summary>The world.</summary>
    public SanctionsWorld World => View.World;

    /// <summary>The authority jurisdictions whose measures bind the caller (from the engine's <see cref="JurisdictionMap"/>).</summary>
    public ImmutableArray<string> BindingJurisdictions { get; }

    /// <summary>The participants: party, counterparty, intermediaries.</summary>
    public ImmutableArray<Participant> Participants { get; }

    internal ComplianceIndex Index { get; }

    // The day asked as findings word it (2017-08-05): formatted once per check, when the first finding needs it, not by every rule
    // whether or not it finds anything.
    internal string Day => day ??= Wording.Date(View.On);

    // The jurisdictions for which the engine runs an ownership-and-control rule.
    internal ImmutableArray<string> OwnershipRuleJurisdictions { get; init; } = [];

    /// <summary>The coarse jurisdiction of an authority (<c>US</c> for <c>US-OFAC</c>).</summary>
    /// <param name="authority">The authority.</param>
    /// <returns>Its <see cref="Authority.Jurisdiction"/>, upper-case; the part of the id before the first '-' when the world lacks it.</returns>
    public string JurisdictionOf(AuthorityId authority) => OwnershipIndex.JurisdictionOf(World, authority);

    /// <summary>Whether the measures of <paramref name="authority"/> bind the caller.</summary>
    /// <param name="authority">The authority.</param>
    /// <returns>Whether its jurisdiction is among <see cref="BindingJurisdictions"/>.</returns>
    public bool Binds(AuthorityId authority) => BindingJurisdictions.Contains(JurisdictionOf(authority));

    /// <summary>The citations of legal instruments, in order, without repeats; an instrument the world lacks is cited by its id. An
    /// instrument adopted after the day asked (every day of its adoption date is later) is left out: a finding never cites a law that did
    /// not exist yet.</summary>
    /// <param name="instruments">The instruments.</param>
    /// <returns>Their <see cref="LegalInstrument.Citation"/>s.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instruments"/> is null.</exception>
    public ImmutableArray<string> Cite(IEnumerable<InstrumentId> instruments)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        var result = new List<string>();
        foreach (var id in instruments)
        {
            var instrument = World.FindInstrument(id);
            if (instrument?.Adopted is { } adopted && adopted.Earliest > View.On)
            {
                continue;
            }

            var citation = instrument?.Citation ?? id.Value;
            if (!result.Contains(citation))
            {
                result.Add(citation);
            }
        }

        return [.. result];
    }

    /// <summary>The legal basis of a designation: its own basis instruments, or those of its programs when it names none.</summary>
    /// <param name="designation">The designation.</param>
    /// <returns>The citations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="designation"/> is null.</exception>
    public ImmutableArray<string> Cite(Designation designation)
    {
        ArgumentNullException.ThrowIfNull(designation);
        return !designation.Basis.IsEmpty
            ? Cite(designation.Basis)
            : Cite(designation.Programs.SelectMany(p => World.FindProgram(p)?.Basis ?? []));
    }

    /// <summary>The legal basis of a country measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The citations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    public ImmutableArray<string> Cite(CountryMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return Cite(measure.Basis);
    }

    /// <summary>The name a party is listed under, or its id when the world lacks it.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The name.</returns>
    public string NameOf(PartyId party) => World.TryGetParty(party, out var p) ? p.Name : party.Value;

    // The party itself and each party recorded as the same real party (same-as, issue 16: merged sources keep one party per source), with the
    // path a finding names, the certainty of the tie and the words that say so: a check of the CSL's record of an SDN entry counts the OFAC
    // record's designations, so it is not clear while the other is designated. A struct enumeration: a check of a world without same-as
    // allocates nothing for it, and the path and words are made only for a finding. A world without same-as is not asked (WorldView.SameAs
    // would look the party up only to check it exists, which the engine did before the rules ran): the rules run as they did before
    // same-as (issue 17).
    internal SameAsRecords SelfAndSameAs(PartyId party) => new(this, party, World.Index.HasSameAs ? View.SameAs(party) : []);

    /// <summary>
    /// The states a party is tied to, with the strongest tie to each: the state itself and the states whose public bodies, ministries or
    /// armed forces it is (<see cref="CountryConnection.Government"/>); the states a person acts for through a position held on the day
    /// asked in the state itself or in one of its public bodies, ministries or armed forces — a defence minister acts for the state, so a
    /// transaction with them is one with the state (<see cref="CountryConnection.Government"/>, with the position's certainty and title in
    /// <see cref="CountryLink.Office"/>); the countries of its addresses and <see cref="Party.Countries"/>
    /// (<see cref="CountryConnection.Location"/>); a person's nationalities (<see cref="CountryConnection.Nationality"/>).
    /// </summary>
    /// <param name="party">The party.</param>
    /// <returns>The ties, strongest first, then in the order found; empty for an unknown party. Codes with no state in the world are
    /// left out.</returns>
    public ImmutableArray<CountryLink> CountryLinksOf(PartyId party)
    {
        if (!World.TryGetParty(party, out var p))
        {
            return [];
        }

        var links = new List<CountryLink>();
        void Add(PartyId state, CountryConnection connection, Temporal.Certainty certainty = Temporal.Certainty.Certain, string? office = null)
        {
            var link = new CountryLink(state, connection) { Certainty = certainty, Office = office };
            var i = links.Count - 1;
            while (i >= 0 && links[i].State != state)
            {
                i--;
            }

            if (i < 0)
            {
                links.Add(link);
            }
            else if (links[i].Connection < connection || (links[i].Connection == connection && links[i].Certainty < certainty))
            {
                links[i] = link;
            }
        }

        void AddCode(string? code, CountryConnection connection)
        {
            if (code is not null && Index.StatesByAlpha2.TryGetValue(code.Trim().ToUpperInvariant(), out var state))
            {
                Add(state, connection);
            }
        }

        if (p is State)
        {
            Add(p.Id, CountryConnection.Government);
        }

        var located = p is Organization { Category: { } category } && GovernmentCategories.Contains(category)
            ? CountryConnection.Government
            : CountryConnection.Location;
        foreach (var code in p.Countries)
        {
            AddCode(code, located);
        }

        foreach (var address in p.Addresses)
        {
            AddCode(address.Country, located);
        }

        if (p is Person person)
        {
            // A citizenship ties a person to a country as a nationality does (imports keep the two apart, as lists do).
            foreach (var code in person.Nationalities)
            {
                AddCode(code, CountryConnection.Nationality);
            }

            foreach (var code in person.Citizenships)
            {
                AddCode(code, CountryConnection.Nationality);
            }

            foreach (var (position, certainty) in View.PositionsOf(person.Id))
            {
                if (position.Organization is not { } organization || !World.TryGetParty(organization, out var body))
                {
                    continue;
                }

                if (body is State { IsRegion: false })
                {
                    Add(body.Id, CountryConnection.Government, certainty, position.Title);
                }
                else if (body is Organization { Category: { } bodyCategory } && GovernmentCategories.Contains(bodyCategory))
                {
                    foreach (var code in body.Countries.Concat(body.Addresses.Select(a => a.Country)))
                    {
                        if (code is not null && Index.StatesByAlpha2.TryGetValue(code.Trim().ToUpperInvariant(), out var state))
                        {
                            Add(state, CountryConnection.Government, certainty, position.Title);
                        }
                    }
                }
            }
        }

        // Strongest first, then in the order found (a stable insertion sort: a handful of links, no LINQ per check).
        for (var i = 1; i < links.Count; i++)
        {
            var link = links[i];
            var j = i - 1;
            while (j >= 0 && links[j].Connection < link.Connection)
            {
                links[j + 1] = links[j];
                j--;
            }

            links[j + 1] = link;
        }

        return [.. links];
    }
}
