using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Compliance;

// What the ownership rules share: resolving each participant against the jurisdiction's pruned ownership index, following the
// strongest chain up to a designated party, and naming the owners that count.
internal static class OwnershipFindings
{
    public readonly record struct Hit(Participant Participant, OwnershipState State, List<PartyId> Path, int RootDesignation, List<(PartyId Owner, Relation Relation)> Contributors);

    // What every ownership finding names: the designation at the top of the chain, its authority and list, and the certainty derived
    // along the chain.
    public readonly record struct Root(Designation Designation, AuthorityId Authority, string List, Certainty Certainty);

    public static Root RootOf(ComplianceContext context, Hit hit)
    {
        var root = context.World.Designations[hit.RootDesignation];
        return new(root, context.World.AuthorityOf(root), context.World.FindList(root.List)?.Name ?? root.List.Value, hit.State.Derived);
    }

    // "B Ltd (60%), C Ltd (control)": the owners that count, with what each holds.
    public static string Owners(ComplianceContext context, Hit hit) =>
        string.Join(", ", hit.Contributors.Select(c => $"{context.NameOf(c.Owner)} ({Share(c.Relation)})"));

    public static IEnumerable<Hit> Find(ComplianceContext context, string jurisdiction, OwnershipTest test, MeasureKind measure = MeasureKind.AssetFreeze)
    {
        if (!context.BindingJurisdictions.Contains(jurisdiction) || context.Index.OwnershipFor(jurisdiction, measure) is not { } index)
        {
            yield break;
        }

        var memo = index.BeginQuery();
        try
        {
            foreach (var hit in Find(context, index, test, memo))
            {
                yield return hit;
            }
        }
        finally
        {
            memo.End();
        }
    }

    private static IEnumerable<Hit> Find(ComplianceContext context, OwnershipIndex index, OwnershipTest test, OwnershipIndex.Memo memo)
    {
        var world = context.World;
        var day = World.PeriodBounds.Day(context.View.On);
        var knownAt = context.View.KnownAt;
        foreach (var participant in context.Participants)
        {
            var party = world.PartyIndexOf(participant.Party);
            var state = index.Resolve(party, day, knownAt, test, memo);

            // Designated itself: the direct-designation rule reports it.
            if (state.Derived == Certainty.No || state.Direct == Certainty.Certain)
            {
                continue;
            }

            // The chain names every record it passes through: a company record tied by same-as to the one a stake was stated in, and
            // the record whose designation it is when that is another record of the same party (issue 16).
            var path = new List<PartyId> { participant.Party };
            var node = state;
            var at = party;
            // The parties passed, against a cycle: a chain is a handful long, so a list (a set costs more to make than to search).
            var seen = new List<int>(8) { party };
            while (!(node.Direct != Certainty.No && node.Direct >= node.Derived) && node.Via >= 0)
            {
                var owner = index.OwnerOf(node.Via);
                if (seen.Contains(owner))
                {
                    break;
                }

                seen.Add(owner);

                // Without same-as a stake is always stated in the record it was reached from, and is not compared.
                if (index.HasSameAs && world.Relations[node.Via].To is var stated && stated != world.Parties[at].Id)
                {
                    path.Add(stated);
                }

                path.Add(world.Parties[owner].Id);
                node = index.Resolve(owner, day, knownAt, test, memo);
                at = owner;
            }

            if (index.HasSameAs && node.DirectDesignation >= 0 && node.Direct != Certainty.No && node.Direct >= node.Derived
                && world.Designations[node.DirectDesignation].Party is var designated && designated != world.Parties[at].Id)
            {
                path.Add(designated);
            }

            var contributors = new List<(PartyId, Relation)>();
            foreach (var r in IncomingOfRecords(index, party, day, knownAt))
            {
                var relation = world.Relations[r];
                var counts = test switch
                {
                    OwnershipTest.Aggregate50 => relation.Kind == RelationKind.Ownership,
                    OwnershipTest.AggregateMajorityOrControl => true,
                    _ => relation.Kind == RelationKind.Control || relation.Percent is null or > 50m,
                };
                if (!counts || index.EdgeCertainty(r, day, knownAt) == Certainty.No)
                {
                    continue;
                }

                // Owners the traversal did not need (the answer was certain before them) are not walked for the explanation either.
                var owner = index.OwnerOf(r);
                if (index.TryGetResolved(owner, memo, out var resolved) && resolved.Done && resolved.Blocked != Certainty.No)
                {
                    contributors.Add((world.Parties[owner].Id, relation));
                }
            }

            yield return new Hit(participant, state, path, node.DirectDesignation, contributors);
        }
    }

    // The stakes stated in the party's records: its own, and with same-as those of the records tied to it on the day.
    // An array, so that the loop over it allocates nothing in a world without same-as.
    private static int[] IncomingOfRecords(OwnershipIndex index, int party, int day, NodaTime.Instant? knownAt) =>
        index.RecordsOf(party, day, knownAt) is { } records ? [.. records.SelectMany(m => index.IncomingOf(m.Member))] : index.IncomingOf(party);

    // "blocked persons own at least 60% of it in aggregate (B Ltd 60%)", or, when the only sizes known add up to nothing, "blocked persons
    // hold a stake of unknown size in it (B Ltd an unknown share)": never "at least 0%".
    public static string Owned(ComplianceContext context, Hit hit, Certainty certainty, string who)
    {
        var total = certainty == Certainty.Certain ? hit.State.CertainShare : hit.State.PossibleShare;
        var owners = string.Join(", ", hit.Contributors.Select(c => $"{context.NameOf(c.Owner)} {Share(c.Relation)}"));
        return total > 0m
            ? $"{who} own {(certainty == Certainty.Certain ? "at least " : "up to ")}{Wording.Percent(total)} of it in aggregate ({owners})"
            : $"{who} hold a stake of unknown size in it ({owners})";
    }

    public static string Share(Relation relation) => relation.Kind == RelationKind.Control
        ? "control"
        : relation.Percent is { } p ? Wording.Percent(p) : "an unknown share";
}
