using System.Collections.Immutable;

namespace Sanctions.Core;

// ImmutableArray compares by reference; records that hold them compare the sequences with these.
internal static class Sequences
{
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> items) => items.IsDefault ? [] : items;

    // A sequence of values (which cannot be null) as an immutable array, without a copy when it is one already.
    public static ImmutableArray<T> Of<T>(IEnumerable<T>? items)
        where T : struct => items switch
        {
            null => [],
            ImmutableArray<T> a => a.OrEmpty(),
            _ => [.. items],
        };

    public static ImmutableArray<T> Of<T>(IEnumerable<T>? items, string paramName)
        where T : notnull
    {
        if (items is null)
        {
            return [];
        }

        var array = items is ImmutableArray<T> a ? a.OrEmpty() : [.. items];
        foreach (var item in array)
        {
            if (item is null)
            {
                throw new ArgumentException("The collection contains a null item.", paramName);
            }
        }

        return array;
    }

    public static bool Equal<T>(ImmutableArray<T> a, ImmutableArray<T> b) => a.OrEmpty().AsSpan().SequenceEqual(b.OrEmpty().AsSpan());

    public static int Hash<T>(ImmutableArray<T> items)
    {
        var hash = default(HashCode);
        foreach (var item in items.OrEmpty())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
