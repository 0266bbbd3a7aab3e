using System.Collections.Immutable;
using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.World;

/// <summary>
/// A world seen on one date, with what was known at one instant (or everything known now): the place dated questions are asked.
/// </summary>
/// <remarks>
/// <para>Create one with <see cref="SanctionsWorld.AsOf(LocalDate, Instant?)"/>; it is a small value holding the world, the date and the
/// instant, and costs nothing to create (but the first view of a world builds the world's query index, once). Every answer carries its <see cref="Certainty"/>: a fact whose dates are partial may only
/// possibly apply.</para>
/// <para>Example: <c>world.AsOf(new LocalDate(2017, 8, 5)).StatusIn(iran, sco)</c> is <c>observer</c> (certain).</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type over an immutable world; safe to share between threads.</threadsafety>
public readonly struct WorldView : IEquatable<WorldView>
{
    private readonly int day;

    // The world's query index, built by the world's first view (a world only written never builds it) and held here so
    // that a query reads it in one step, as it did before the index was built on demand.
    private readonly WorldIndex? index;

    internal WorldView(SanctionsWorld world, LocalDate on, Instant? knownAt)
    {
        World = world;
        index = world.Index;
        On = on;
        KnownAt = knownAt;
        day = PeriodBounds.Day(on);
    }

    /// <summary>The world seen.</summary>
    public SanctionsWorld World { get; }

    /// <summary>The date the questions are about.</summary>
    public LocalDate On { get; }

    /// <summary>The knowledge instant, or null for everything known now.</summary>
    public Instant? KnownAt { get; }

    private WorldIndex Index => index ?? throw new InvalidOperationException("This view is the default value; create views with SanctionsWorld.AsOf.");

    /// <summary>The designations of <paramref name="party"/> in effect, with their certainty.</summary>
    /// <param name="party">The party.</param>
    /// <param name="filter">Narrows to an authority, list, program or measure; the default lets everything through.</param>
    /// <returns>An allocation-free view of the designations, in order of their start; </returns>
    /// <exception cref="UnknownReferenceException">The world holds no such party, or the filter names an authority, list or program it does not
    /// hold.</exception>
    public DesignationAnswers DesignationsOf(PartyId party, DesignationFilter filter = default)
    {
        var index = Index;
        var p = World.RequireParty(party);
        World.Require(filter);
        return new(index, index.DesignationsOfParty(p), day, KnownAt, filter);
    }

    /// <summary>Whether <paramref name="party"/> is designated, and how certainly.</summary>
    /// <param name="party">The party.</param>
    /// <param name="filter">Narrows to an authority, list, program or measure.</param>
    /// <returns>The highest certainty of its designations in effect; <see cref="Certainty.No"/> when none.</returns>
    /// <exception cref="UnknownReferenceException">The world holds no such party, or the filter names an authority, list or program it does not
    /// hold.</exception>
    public Certainty IsDesignated(PartyId party, DesignationFilter filter = default)
    {
        var index = Index;
        var p = World.RequireParty(party);
        World.Require(filter);
        return index.IsDesignated(p, day, KnownAt, filter);
    }

    /// <summary>Every designation in effect by an authority (coarse or fine code), ordered by party name.</summary>
    /// <param name="authority">An authority code such as <c>US</c> or <c>US-OFAC</c>.</param>
    /// <param name="filter">Further narrows to a list, program or measure.</param>
    /// <returns>The designations with their certainty.</returns>
    /// <exception cref="ArgumentException"><paramref name="authority"/> is null or white space.</exception>
    /// <exception cref="UnknownReferenceException">No authority of the world answers to <paramref name="authority"/>, or the filter names an
    /// authority, list or program the world does not hold.</exception>
    public ImmutableArray<DatedAnswer<Designation>> DesignatedBy(string authority, DesignationFilter filter = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authority);
        _ = Index;
        World.RequireAuthorityCode(authority);
        World.Require(filter);
        return Index.DesignatedBy(authority, day, KnownAt, filter);
    }

    /// <summary>The parties holding a status in <paramref name="organization"/>, ordered by name.</summary>
    /// <param name="organization">The international organisation.</param>
    /// <param name="status">Only this status; null for all.</param>
    /// <returns>The memberships in effect, with their certainty.</returns>
    /// <exception cref="UnknownReferenceException">The world holds no such organisation, or no membership of it has that status.</exception>
    public ImmutableArray<DatedAnswer<Membership>> MembersOf(PartyId organization, MembershipStatus? status = null)
    {
        var index = Index;
        World.RequireParty(organization);
        if (status is { } s)
        {
            World.RequireStatus(s);
        }

        return index.MembersOf(organization, status, day, KnownAt);
    }

    /// <summary>The status <paramref name="party"/> holds in <paramref name="organization"/>: a certain one if any, else the latest-starting possible one.</summary>
    /// <param name="party">The party.</param>
    /// <param name="organization">The international organisation.</param>
    /// <returns>The membership with its certainty, or null when the party holds no status.</returns>
    /// <exception cref="UnknownReferenceException">The world holds no such party or organisation.</exception>
    public DatedAnswer<Membership>? StatusIn(PartyId party, PartyId organization)
    {
        var index = Index;
        World.RequireParty(party);
        World.RequireParty(organization);
        return index.StatusIn(party, organization, day, KnownAt);
    }

    /// <summary>Every status <paramref name="party"/> has held in <paramref name="organization"/>, in order of start, whatever the date (with the view's knowledge).</summary>
    /// <param name="party">The party.</param>
    /// <param name="organization">The international organisation.</param>
    /// <returns>The memberships.</returns>
    /// <exception cref="UnknownReferenceException">The world holds no such party or organisation.</exception>
    public ImmutableArray<Membership> StatusHistory(PartyId party, PartyId organization)
    {
        var index = Index;
        World.RequireParty(party);
        World.RequireParty(organization);
        return index.StatusHistory(party, organization, KnownAt);
    }

    /// <summary>The parties bound by <paramref name="treaty"/>, and those that had only signed.</summary>
    /// <param name="treaty">The treaty.</param>
    /// <returns>Bound and signed-only parties with their certainty, ordered by name.</returns>
    /// <exception cref="UnknownReferenceException">The world holds no such treaty.</exception>
    public TreatyParties PartiesTo(TreatyId treaty)
    {
        var index = Index;
        World.RequireTreaty(treaty);
        return index.PartiesTo(treaty, On, KnownAt);
    }

    /// <summary>The country-level measures in effect on a state or region.</summary>
    /// <param name="target">The state or region.</param>
    /// <param name="authority">Only this authority (coarse or fine code); null for all.</param>
    /// <returns>The measures with their certainty, in order of start.</returns>
    /// <exception cref="UnknownReferenceException">The world holds no such target, or no authority answers to <paramref name="authority"/>.</exception>
    public ImmutableArray<DatedAnswer<CountryMeasure>> MeasuresOn(PartyId target, string? authority = null)
    {
        var index = Index;
        World.RequireParty(target);
        if (authority is not null)
        {
            World.RequireAuthorityCode(authority);
        }

        return index.MeasuresOn(target, authority, day, KnownAt);
    }

    /// <summary>The direct owners of <paramref name="party"/>: ownership relations whose <see cref="Relation.To"/> is the party.</summary>
    /// <param name="party">The company.</param>
    /// <returns>The stakes in effect.</returns>
    /// <exception cref="UnknownReferenceException">The world holds no such party.</exception>
    public ImmutableArray<DatedAnswer<Relation>> OwnersOf(PartyId party) => RelationsOf(party, outgoing: false, RelationKind.Ownership);

    /// <summary>The direct holdings of <paramref name="party"/>: ownership relations whose <see cref="Relation.From"/> is the party.</summary>
    /// <param name="party">The owner.</param>
    /// <returns>The stakes in effect.</returns>
    /// <exception cref="UnknownReferenceException">The world holds no such party.</exception>
    public ImmutableArray<DatedAnswer<Relation>> HoldingsOf(PartyId party) => RelationsOf(party, outgoing: true, RelationKind.Ownership);

    /// <summary>Relations of <paramref name="party"/> in effect, in one direction.</summary>
    /// <param name="party">The party.</param>
    /// <param name="outgoing">True for relations from the party (it owns, controls, directs); false for relations to it.</param>
    /// <param name="kind">Only this kind; null for all.</param>
    /// <returns>The relations in effect.</returns>
    /// <exception cref="UnknownReferenceException">The world holds no such party.</exception>
    public ImmutableArray<DatedAnswer<Relation>> RelationsOf(PartyId party, bool outgoing, RelationKind? kind = null)
    {
        var index = Index;
        World.RequireParty(party);
        return index.RelationsOf(party, outgoing, kind, day, KnownAt);
    }

    /// <summary>
    /// The parties recorded as the same real party as <paramref name="party"/>: <see cref="RelationKind.SameAs"/> relations in effect,
    /// either way, followed from party to party (issue 16: merged sources keep one party per source, tied by same-as).
    /// </summary>
    /// <param name="party">The party.</param>
    /// <returns>Every other party of its same-as group, nearest first, each with the certainty of the weakest tie that leads to it; empty when
    /// none.</returns>
    /// <exception cref="UnknownReferenceException">The world holds no such party.</exception>
    /// <example>After <c>WorldMerge.Merge([ofacCsv, csl])</c>, the CSL's record <c>ofac:306~us-csl</c> answers <c>ofac:306</c> (certain).</example>
    public ImmutableArray<DatedAnswer<PartyId>> SameAs(PartyId party)
    {
        var index = Index;
        World.RequireParty(party);
        if (!index.HasSameAs || !index.AnyRelation(party, RelationKind.SameAs, day, KnownAt))
        {
            return [];
        }

        var found = new Dictionary<PartyId, Certainty> { [party] = Certainty.Certain };
        var order = new List<PartyId>();
        var queue = new Queue<PartyId>();
        queue.Enqueue(party);
        while (queue.TryDequeue(out var p))
        {
            var reach = found[p];
            foreach (var outgoing in (ReadOnlySpan<bool>)[true, false])
            {
                foreach (var (relation, certainty) in index.RelationsOf(p, outgoing, RelationKind.SameAs, day, KnownAt))
                {
                    var other = outgoing ? relation.To : relation.From;
                    var c = certainty < reach ? certainty : reach;
                    if (!found.TryGetValue(other, out var known))
                    {
                        found[other] = c;
                        order.Add(other);
                        queue.Enqueue(other);
                    }
                    else if (c > known && other != party)
                    {
                        found[other] = c;
                        queue.Enqueue(other);
                    }
                }
            }
        }

        return [.. order.Select(o => new DatedAnswer<PartyId>(o, found[o]))];
    }

    /// <summary>The positions <paramref name="holder"/> held.</summary>
    /// <param name="holder">The person.</param>
    /// <returns>The positions in effect.</returns>
    /// <exception cref="UnknownReferenceException">The world holds no such party.</exception>
    public ImmutableArray<DatedAnswer<Position>> PositionsOf(PartyId holder)
    {
        var index = Index;
        World.RequireParty(holder);
        return index.PositionsOf(holder, day, KnownAt);
    }

    /// <inheritdoc/>
    public bool Equals(WorldView other) => ReferenceEquals(World, other.World) && On == other.On && KnownAt == other.KnownAt;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is WorldView other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(World, On, KnownAt);

    /// <summary>Text such as <c>as of 2017-08-05 (known now)</c>.</summary>
    /// <returns>The date and knowledge instant.</returns>
    public override string ToString() => $"as of {On:uuuu-MM-dd} ({(KnownAt is { } k ? "known at " + k : "known now")})";

    /// <summary>Same world, date and knowledge instant.</summary>
    /// <param name="left">The first view.</param>
    /// <param name="right">The second view.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(WorldView left, WorldView right) => left.Equals(right);

    /// <summary>Different world, date or knowledge instant.</summary>
    /// <param name="left">The first view.</param>
    /// <param name="right">The second view.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(WorldView left, WorldView right) => !left.Equals(right);
}
