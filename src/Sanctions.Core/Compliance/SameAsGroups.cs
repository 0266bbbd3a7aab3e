using NodaTime;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Core.Compliance;

// The parties of a world tied by same-as relations (issue 16: merged sources keep one party per source), as groups built once per world
// for the ownership rules: every party a same-as relation reaches at some date, in some record. A query asks which members are tied to a
// party on its day and knowledge instant, and how certainly (the weakest tie along the strongest path), as WorldView.SameAs does. Null
// (not built) for a world without same-as, so that the rules keep their fast path there.
internal sealed class SameAsGroups
{
    private readonly SanctionsWorld world;
    private readonly PeriodBounds[] bounds;
    private readonly int[] representative;
    private readonly int[]?[] members;
    private readonly List<int>?[] ties;

    private SameAsGroups(SanctionsWorld world, PeriodBounds[] bounds)
    {
        this.world = world;
        this.bounds = bounds;
        var n = world.Parties.Length;
        representative = new int[n];
        for (var p = 0; p < n; p++)
        {
            representative[p] = p;
        }

        ties = new List<int>?[n];
        var relations = world.Relations;
        for (var r = 0; r < relations.Length; r++)
        {
            if (relations[r].Kind != RelationKind.SameAs)
            {
                continue;
            }

            var a = world.PartyIndexOf(relations[r].From);
            var b = world.PartyIndexOf(relations[r].To);
            (ties[a] ??= []).Add(r);
            (ties[b] ??= []).Add(r);
            var ra = Find(a);
            var rb = Find(b);
            if (ra != rb)
            {
                representative[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }

        var groups = new Dictionary<int, List<int>>();
        for (var p = 0; p < n; p++)
        {
            representative[p] = Find(p);
            if (ties[p] is not null)
            {
                (groups.TryGetValue(representative[p], out var list) ? list : groups[representative[p]] = []).Add(p);
            }
        }

        members = new int[]?[n];
        foreach (var group in groups.Values)
        {
            int[] shared = [.. group];
            foreach (var p in group)
            {
                members[p] = shared;
            }
        }
    }

    public static SameAsGroups? For(SanctionsWorld world, PeriodBounds[] bounds) => world.Index.HasSameAs ? new SameAsGroups(world, bounds) : null;

    // The same real party across records: the representative of its group (the party itself when it has no same-as tie).
    public int RepresentativeOf(int party) => representative[party];

    // Every party of the group, the party included; null when it has no same-as tie.
    public int[]? MembersOf(int party) => members[party];

    // The party (certain) and each member tied to it on the day with the knowledge instant, with the certainty of the weakest tie on
    // the strongest path; members not tied then are left out.
    public List<(int Member, Certainty Tie)> TiesOf(int party, int day, Instant? knownAt)
    {
        var found = new List<(int Member, Certainty Tie)> { (party, Certainty.Certain) };
        var queue = new Queue<int>();
        queue.Enqueue(0);
        while (queue.TryDequeue(out var at))
        {
            var (p, reach) = found[at];
            foreach (var r in ties[p] ?? [])
            {
                var relation = world.Relations[r];
                var edge = relation.Recorded.IsVisibleAt(knownAt) ? bounds[r].Contains(day) : Certainty.No;
                var c = edge < reach ? edge : reach;
                if (c == Certainty.No)
                {
                    continue;
                }

                var from = world.PartyIndexOf(relation.From);
                var other = from == p ? world.PartyIndexOf(relation.To) : from;
                var i = found.FindIndex(f => f.Member == other);
                if (i < 0)
                {
                    found.Add((other, c));
                    queue.Enqueue(found.Count - 1);
                }
                else if (c > found[i].Tie)
                {
                    found[i] = (other, c);
                    queue.Enqueue(i);
                }
            }
        }

        return found;
    }

    private int Find(int p)
    {
        while (representative[p] != p)
        {
            representative[p] = representative[representative[p]];
            p = representative[p];
        }

        return p;
    }
}
