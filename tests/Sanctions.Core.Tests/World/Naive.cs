using System.Collections.Immutable;
using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;
using Sanctions.Core.World;

namespace Sanctions.Core.Tests.World;

// The oracle: every query answered by a linear scan over the world's facts, straight from the documented semantics
// (ValidPeriod.Contains for certainty, RecordPeriod.Contains for knowledge), sharing nothing with the indexes.
internal static class Naive
{
    public static bool Visible(RecordPeriod record, Instant? knownAt) => knownAt is { } at ? record.Contains(at) : record.To is null;

    // "Coarse codes include finer ones": US covers US-OFAC, not USA.
    public static bool Covers(string code, AuthorityId authority) =>
        string.Equals(authority.Value, code, StringComparison.OrdinalIgnoreCase) ||
        authority.Value.StartsWith(code + "-", StringComparison.OrdinalIgnoreCase);

    public static AuthorityId AuthorityOf(SanctionsWorld world, Designation d) => world.Lists.Single(l => l.Id == d.List).Authority;

    public static bool Accepts(SanctionsWorld world, Designation d, DesignationFilter filter) =>
        (filter.Authority is not { } a || Covers(a, AuthorityOf(world, d))) &&
        (filter.List is not { } l || d.List == l) &&
        (filter.Program is not { } p || d.Programs.Contains(p)) &&
        (filter.Measure is not { } m || d.Measures.Contains(m));

    private static IEnumerable<DatedAnswer<T>> InEffect<T>(IEnumerable<T> facts, LocalDate on, Instant? knownAt)
        where T : IDatedFact
    {
        foreach (var f in facts)
        {
            if (Visible(f.Recorded, knownAt) && f.Valid.Contains(on) is var c && c != Certainty.No)
            {
                yield return new DatedAnswer<T>(f, c);
            }
        }
    }

    public static ImmutableArray<DatedAnswer<Designation>> DesignationsOf(SanctionsWorld w, PartyId party, LocalDate on, Instant? knownAt, DesignationFilter filter = default) =>
        [.. InEffect(w.Designations.Where(d => d.Party == party && Accepts(w, d, filter)), on, knownAt)];

    public static Certainty IsDesignated(SanctionsWorld w, PartyId party, LocalDate on, Instant? knownAt, DesignationFilter filter = default) =>
        DesignationsOf(w, party, on, knownAt, filter).Select(a => a.Certainty).DefaultIfEmpty(Certainty.No).Max();

    public static ImmutableArray<DatedAnswer<Designation>> DesignatedBy(SanctionsWorld w, string authority, LocalDate on, Instant? knownAt) =>
        [.. InEffect(w.Designations.Where(d => Covers(authority, AuthorityOf(w, d))), on, knownAt)];

    public static ImmutableArray<DatedAnswer<Membership>> MembersOf(SanctionsWorld w, PartyId organization, MembershipStatus? status, LocalDate on, Instant? knownAt) =>
        [.. InEffect(w.Memberships.Where(m => m.Organization == organization && (status is not { } s || m.Status == s)), on, knownAt)];

    // A certain status if there is one; otherwise, of the possible ones, the one that starts latest.
    public static DatedAnswer<Membership>? StatusIn(SanctionsWorld w, PartyId party, PartyId organization, LocalDate on, Instant? knownAt)
    {
        var answers = InEffect(w.Memberships.Where(m => m.Member == party && m.Organization == organization), on, knownAt).ToList();
        var certain = answers.Where(a => a.Certainty == Certainty.Certain).ToList();
        if (certain.Count > 0)
        {
            return certain[0];
        }

        // The latest start wins; on a tie the latest end; on a full tie the first added (MaxBy keeps the first maximum).
        return answers.Count == 0 ? null : answers.MaxBy(a => (a.Fact.Valid.From?.Earliest ?? LocalDate.MinIsoValue, a.Fact.Valid.To?.Latest ?? LocalDate.MaxIsoValue));
    }

    public static ImmutableArray<DatedAnswer<CountryMeasure>> MeasuresOn(SanctionsWorld w, PartyId target, string? authority, LocalDate on, Instant? knownAt) =>
        [.. InEffect(w.CountryMeasures.Where(m => m.Target == target && (authority is null || Covers(authority, m.Authority))), on, knownAt)];

    public static ImmutableArray<DatedAnswer<Relation>> RelationsOf(SanctionsWorld w, PartyId party, bool outgoing, RelationKind? kind, LocalDate on, Instant? knownAt) =>
        [.. InEffect(w.Relations.Where(r => (outgoing ? r.From : r.To) == party && (kind is not { } k || r.Kind == k)), on, knownAt)];

    public static ImmutableArray<DatedAnswer<Position>> PositionsOf(SanctionsWorld w, PartyId holder, LocalDate on, Instant? knownAt) =>
        [.. InEffect(w.Positions.Where(p => p.Holder == holder), on, knownAt)];

    // A party is bound once it has consented (ratification or accession) and the treaty is in force for it, until it
    // withdraws, suspends or the treaty terminates; signature alone does not bind. With partial dates, the answer is
    // certain when it holds however the dates resolve against the party (consent and entry into force as late as
    // they may be, the end as early), possible when it holds for the most favourable resolution.
    public static (ImmutableArray<DatedAnswer<PartyId>> Bound, ImmutableArray<DatedAnswer<PartyId>> SignedOnly) PartiesTo(SanctionsWorld w, TreatyId treaty, LocalDate on, Instant? knownAt)
    {
        var bound = new List<DatedAnswer<PartyId>>();
        var signedOnly = new List<DatedAnswer<PartyId>>();
        foreach (var group in w.TreatyActions.Where(a => a.Treaty == treaty && Visible(a.Recorded, knownAt)).GroupBy(a => a.Party))
        {
            bool Happened(TreatyActionKind[] kinds, bool late) => group.Any(a => kinds.Contains(a.Kind) && (late ? a.When.Latest ?? LocalDate.MaxIsoValue : a.When.Earliest ?? LocalDate.MinIsoValue) <= on);
            TreatyActionKind[] consent = [TreatyActionKind.Ratification, TreatyActionKind.Accession];
            TreatyActionKind[] force = [TreatyActionKind.EntryIntoForce];
            TreatyActionKind[] end = [TreatyActionKind.Withdrawal, TreatyActionKind.Suspension, TreatyActionKind.Termination];
            TreatyActionKind[] signature = [TreatyActionKind.Signature];
            bool BoundIn(bool favourable) => Happened(consent, late: !favourable) && Happened(force, late: !favourable) && !Happened(end, late: favourable);
            bool SignedIn(bool favourable) => Happened(signature, late: !favourable) && !Happened(end, late: favourable);
            if (BoundIn(favourable: true))
            {
                bound.Add(new DatedAnswer<PartyId>(group.Key, BoundIn(favourable: false) ? Certainty.Certain : Certainty.Possible));
            }

            // Signed only where the party is not certainly bound: certain when signed in every reading and bound in none.
            if (!BoundIn(favourable: false) && SignedIn(favourable: true))
            {
                signedOnly.Add(new DatedAnswer<PartyId>(group.Key, SignedIn(favourable: false) && !BoundIn(favourable: true) ? Certainty.Certain : Certainty.Possible));
            }
        }

        return ([.. bound], [.. signedOnly]);
    }
}
