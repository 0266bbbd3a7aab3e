using System.Collections.Frozen;
using System.Collections.Immutable;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.World;

// How the index is built: each party's designations, the authorities of designations, the bounds of periods, and the
// groupings by party or key, each group in order.
internal sealed partial class WorldIndex
{
    // Each party's designations, in order of the start of their validity.
    private static (int[] Starts, int[] Items) DesignationsByParty(int parties, ImmutableArray<Designation> designations, PartyReferences references)
    {
        var (starts, items) = Groups(parties, references.DesignationParty);
        Func<int, int> start = i => StartKey(designations[i].Valid);
        for (var p = 0; p < parties; p++)
        {
            Order(items.AsSpan(starts[p], starts[p + 1] - starts[p]), start);
        }

        return (starts, items);
    }

    private static int StartKey(ValidPeriod period) => period.Start.Earliest is { } f ? f.ToDateOnly().DayNumber : int.MinValue;

    // The authority of each designation (its list's). Designations of one list usually come together: the last list is
    // tried first, by reference, before the dictionary.
    private static AuthorityId[] AuthoritiesOf(SanctionsWorld world)
    {
        var listAuthority = new Dictionary<ListId, AuthorityId>(world.Lists.Length);
        foreach (var list in world.Lists)
        {
            listAuthority[list.Id] = list.Authority;
        }

        var designations = world.Designations;
        var result = new AuthorityId[designations.Length];
        string? last = null;
        AuthorityId authority = default;
        for (var i = 0; i < designations.Length; i++)
        {
            var list = designations[i].List;
            if (!ReferenceEquals(list.Value, last))
            {
                last = list.Value;
                authority = listAuthority[list];
            }

            result[i] = authority;
        }

        return result;
    }

    private static PeriodBounds[] Bounds<T>(ImmutableArray<T> items, Func<T, ValidPeriod> valid)
    {
        var bounds = new PeriodBounds[items.Length];
        for (var i = 0; i < bounds.Length; i++)
        {
            bounds[i] = new PeriodBounds(valid(items[i]));
        }

        return bounds;
    }

    // Items 0..n-1 grouped by a party's position (Unknown for none), each group in the order of the items: a count and a
    // fill into one array, the group of party p at [Starts[p], Starts[p + 1]).
    private static (int[] Starts, int[] Items) Groups(int parties, int[] partyOf)
    {
        var starts = new int[parties + 1];
        foreach (var p in partyOf)
        {
            if (p >= 0)
            {
                starts[p + 1]++;
            }
        }

        for (var p = 0; p < parties; p++)
        {
            starts[p + 1] += starts[p];
        }

        var items = new int[starts[parties]];
        var next = starts[..parties];
        for (var i = 0; i < partyOf.Length; i++)
        {
            if (partyOf[i] is var p and >= 0)
            {
                items[next[p]++] = i;
            }
        }

        return (starts, items);
    }

    // Groups by party as a dictionary holding only the parties with items, each group ordered by key (then, when name is
    // given, by name first).
    private static Dictionary<PartyId, int[]> ByParty(SanctionsWorld world, int[] partyOf, Func<int, int> order, Func<int, string>? name = null)
    {
        var (starts, items) = Groups(world.Parties.Length, partyOf);
        var result = new Dictionary<PartyId, int[]>();
        for (var p = 0; p < world.Parties.Length; p++)
        {
            if (starts[p] == starts[p + 1])
            {
                continue;
            }

            var group = items[starts[p]..starts[p + 1]];
            if (name is null)
            {
                Order(group, order);
            }
            else if (group.Length > 1)
            {
                var sorted = group.OrderBy(name, StringComparer.Ordinal).ThenBy(order).ToArray();
                sorted.CopyTo(group, 0);
            }

            result.Add(world.Parties[p].Id, group);
        }

        return result;
    }

    private static Dictionary<TKey, int[]> Group<TKey>(int count, Func<int, TKey> key, Func<int, int>? order)
        where TKey : notnull
    {
        var groups = new Dictionary<TKey, List<int>>();
        for (var i = 0; i < count; i++)
        {
            var k = key(i);
            if (!groups.TryGetValue(k, out var list))
            {
                groups[k] = list = [];
            }

            list.Add(i);
        }

        // Plain dictionaries: frozen ones cost several times more to build, and concurrent reads of a dictionary that is never
        // written again are safe.
        var result = new Dictionary<TKey, int[]>(groups.Count);
        foreach (var (k, list) in groups)
        {
            var group = list.ToArray();
            if (order is not null)
            {
                Order(group, order);
            }

            result.Add(k, group);
        }

        return result;
    }

    // Sorts a group stably by key, in place; most groups are in order already (facts are usually added by date, and most
    // groups hold one or two), and those are only checked.
    private static void Order(Span<int> items, Func<int, int> key)
    {
        for (var i = 1; i < items.Length; i++)
        {
            if (key(items[i - 1]) > key(items[i]))
            {
                SortBy(items, key);
                return;
            }
        }
    }

    // Each item's key in the high half of a long and its position in the low half: one primitive sort, stable by position.
    private static void SortBy(Span<int> items, Func<int, int> key)
    {
        var packed = new long[items.Length];
        for (var i = 0; i < packed.Length; i++)
        {
            packed[i] = ((long)key(items[i]) << 32) | (uint)i;
        }

        Array.Sort(packed);
        var original = items.ToArray();
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = original[(int)(packed[i] & uint.MaxValue)];
        }
    }
}
