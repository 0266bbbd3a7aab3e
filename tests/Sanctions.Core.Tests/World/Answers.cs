using System.Collections.Immutable;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Tests.World;

// Compares query answers with the oracle's: the same facts (by identity: indexes hand out the world's own
// instances) with the same certainty, whatever the order.
internal static class Answers
{
    public static bool Same<T>(IEnumerable<DatedAnswer<T>> actual, IEnumerable<DatedAnswer<T>> expected)
        where T : class
    {
        static string Key(DatedAnswer<T> a) => $"{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(a.Fact)}:{a.Certainty}:{a.Fact}";
        return actual.Select(Key).Order(StringComparer.Ordinal).SequenceEqual(expected.Select(Key).Order(StringComparer.Ordinal));
    }

    public static string Show<T>(IEnumerable<DatedAnswer<T>> answers) => "[" + string.Join("; ", answers.Select(a => $"{a.Fact} ({a.Certainty})")) + "]";

    public static bool IsSortedBy<T, TKey>(ImmutableArray<T> items, Func<T, TKey> key, IComparer<TKey>? comparer = null)
    {
        comparer ??= Comparer<TKey>.Default;
        for (var i = 1; i < items.Length; i++)
        {
            if (comparer.Compare(key(items[i - 1]), key(items[i])) > 0)
            {
                return false;
            }
        }

        return true;
    }
}
