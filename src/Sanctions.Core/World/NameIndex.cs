using System.Collections.Frozen;
using System.Collections.Immutable;
using Sanctions.Core.Parties;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.World;

// Finds things by id, code, normalised name and words, as the CLI contract describes.
internal sealed class NameIndex<T>
    where T : class
{
    private readonly FrozenDictionary<string, T> byId;
    private readonly FrozenDictionary<string, T[]> byIdIgnoreCase;
    private readonly FrozenDictionary<string, T[]> byCode;
    private readonly FrozenDictionary<string, T[]> byName;
    private readonly (string Normalized, string[] Words, T Item, string Display)[] names;
    private readonly Func<T, string> displayName;

    private NameIndex(
        IEnumerable<T> items,
        Func<T, string> id,
        Func<T, IEnumerable<string>> codes,
        Func<T, IEnumerable<string>> strongNames,
        Func<T, bool> anyWordOrder,
        Func<T, string> displayName)
    {
        this.displayName = displayName;
        var all = items.ToArray();
        byId = all.ToFrozenDictionary(id, StringComparer.Ordinal);
        byIdIgnoreCase = GroupBy(all, x => [id(x)], StringComparer.OrdinalIgnoreCase);
        byCode = GroupBy(all, codes, StringComparer.OrdinalIgnoreCase);
        byName = GroupBy(
            all,
            x => strongNames(x).SelectMany(n =>
            {
                var key = NameKey.Normalize(n);
                return anyWordOrder(x) ? new[] { key, NameKey.SortedWords(key) } : [key];
            }),
            StringComparer.Ordinal);
        names = [.. all.SelectMany(x => strongNames(x).Select(n =>
        {
            var key = NameKey.Normalize(n);
            return (key, NameKey.Words(key), x, n);
        }))];
    }

    public static NameIndex<Party> ForParties(IEnumerable<Party> parties) => new(
        parties,
        p => p.Id.Value,
        p => p is State s ? new[] { s.Alpha2, s.Alpha3 }.OfType<string>() : [],
        p => p.Names.Where(n => n.IsStrong).Select(n => n.Value),
        p => p is Person,
        p => p.Name);

    public static NameIndex<Treaty> ForTreaties(IEnumerable<Treaty> treaties) => new(
        treaties, t => t.Id.Value, _ => [], t => [t.Name], _ => false, t => t.Name);

    private static FrozenDictionary<string, T[]> GroupBy(IEnumerable<T> items, Func<T, IEnumerable<string>> keys, StringComparer comparer)
    {
        var map = new Dictionary<string, List<T>>(comparer);
        foreach (var item in items)
        {
            foreach (var key in keys(item))
            {
                if (key.Length == 0)
                {
                    continue;
                }

                if (!map.TryGetValue(key, out var list))
                {
                    map[key] = list = [];
                }

                // Keys are added item by item, so a repeat can only be this item's own (two names, one key).
                if (list.Count == 0 || !ReferenceEquals(list[^1], item))
                {
                    list.Add(item);
                }
            }
        }

        return map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), comparer);
    }

    public FindResult<T> Find(string text)
    {
        var query = text.Trim();
        if (byId.TryGetValue(query, out var exact))
        {
            return Result(text, FindStep.Id, [exact]);
        }

        if (byIdIgnoreCase.TryGetValue(query, out var ids))
        {
            return Result(text, FindStep.Id, ids);
        }

        if (query.Length is 2 or 3 && byCode.TryGetValue(query, out var coded))
        {
            return Result(text, FindStep.Code, coded);
        }

        var key = NameKey.Normalize(query);
        if (key.Length == 0)
        {
            return new FindResult<T>(text, FindStatus.NotFound, FindStep.None, [], []);
        }

        var words = NameKey.Words(key);
        if (ByName(text, key, words) is { } found)
        {
            return found;
        }

        // Titles and honorifics (Mr, Dr, General…) at the start, Jr or Sr anywhere, as screening drops them from a person's name.
        if (NameFolding.WithoutTitles(words) is { } untitled && ByName(text, string.Join(' ', untitled), untitled) is { } withoutTitles)
        {
            return withoutTitles;
        }

        var suggestions = names
            .Select(n => (n.Display, Distance: Math.Min(NameKey.Distance(key, n.Normalized), BestWordDistance(words, n.Words))))
            .Where(n => n.Distance <= Math.Max(2, key.Length / 3))
            .OrderBy(n => n.Distance)
            .ThenBy(n => n.Display, StringComparer.Ordinal)
            .Select(n => n.Display)
            .Distinct(StringComparer.Ordinal)
            .Take(5)
            .ToImmutableArray();
        return new FindResult<T>(text, FindStatus.NotFound, FindStep.None, [], suggestions);
    }

    // The name steps: a primary name or strong alias equal to the folded text or to its words sorted, then the names holding every word.
    private FindResult<T>? ByName(string text, string key, string[] words)
    {
        var hits = new HashSet<T>(ReferenceEqualityComparer.Instance);
        if (byName.TryGetValue(key, out var named))
        {
            hits.UnionWith(named);
        }

        if (byName.TryGetValue(NameKey.SortedWords(key), out var reordered))
        {
            hits.UnionWith(reordered);
        }

        if (hits.Count > 0)
        {
            return Result(text, FindStep.Name, hits);
        }

        foreach (var name in names)
        {
            if (words.All(w => name.Words.Contains(w, StringComparer.Ordinal)))
            {
                hits.Add(name.Item);
            }
        }

        return hits.Count > 0 ? Result(text, FindStep.Words, hits) : null;
    }

    // How close the query's words come to some word of a name: a typo'd surname still finds its person.
    private static int BestWordDistance(string[] query, string[] name)
    {
        var worst = 0;
        foreach (var q in query)
        {
            var best = int.MaxValue;
            foreach (var n in name)
            {
                best = Math.Min(best, NameKey.Distance(q, n));
            }

            worst = Math.Max(worst, best);
        }

        return query.Length == 0 ? int.MaxValue : worst;
    }

    private FindResult<T> Result(string text, FindStep step, IEnumerable<T> hits)
    {
        var candidates = hits.OrderBy(displayName, StringComparer.Ordinal).ToImmutableArray();
        return new FindResult<T>(text, candidates.Length == 1 ? FindStatus.Found : FindStatus.Ambiguous, step, candidates, []);
    }
}
