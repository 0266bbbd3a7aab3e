using System.Collections.Immutable;

namespace Sanctions.Sources.Mapping;

/// <summary>
/// Distinct values in first-seen order, the same as <c>Enumerable.Distinct</c> with the default
/// comparer, built straight into the <see cref="ImmutableArray{T}"/> the model's constructors keep
/// without copying.
/// </summary>
/// <remarks>
/// Mapping does this for every name, identifier, address and date of every entry; the LINQ form
/// (an iterator, a hash set, a list, then the model's copy) was a large share of an import's
/// allocations. Entries hold a handful of each, so a linear search beats hashing; a hash set is
/// used only past <see cref="LinearLimit"/> items.
/// </remarks>
internal struct DistinctArray<T>
{
    private const int LinearLimit = 16;

    // An array of its own, not an ImmutableArray builder: one object fewer per list mapped (four lists an entry).
    private T[]? items;
    private int count;
    private HashSet<T>? seen;

    /// <summary>Starts an empty set sized for <paramref name="capacity"/> items: when all are distinct, the array is not copied.</summary>
    public DistinctArray(int capacity)
    {
        items = capacity > 0 ? new T[capacity] : null;
    }

    public readonly int Count => count;

    public void Add(T item)
    {
        if (items is null)
        {
            items = new T[8];
        }
        else if (seen is not null)
        {
            if (!seen.Add(item))
            {
                return;
            }
        }
        else
        {
            var comparer = EqualityComparer<T>.Default;
            for (var i = 0; i < count; i++)
            {
                if (comparer.Equals(items[i], item))
                {
                    return;
                }
            }

            if (count == LinearLimit)
            {
                seen = new HashSet<T>(count * 2);
                for (var i = 0; i < count; i++)
                {
                    seen.Add(items[i]);
                }

                seen.Add(item);
            }
        }

        if (count == items.Length)
        {
            Array.Resize(ref items, count * 2);
        }

        items[count++] = item;
    }

    public void AddRange(List<T> values)
    {
        foreach (var value in values)
        {
            Add(value);
        }
    }

    public void AddRange(ImmutableArray<T> values)
    {
        foreach (var value in values)
        {
            Add(value);
        }
    }

    public void AddRange(IEnumerable<T> values)
    {
        foreach (var value in values)
        {
            Add(value);
        }
    }

    /// <summary>The values as an immutable array: the array itself when it is full, else a copy of what it holds. The set is emptied.</summary>
    public ImmutableArray<T> ToImmutable()
    {
        var array = items is null || count == 0 ? []
            : count == items.Length ? System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(items)
            : ImmutableArray.Create(items, 0, count);
        (items, count, seen) = (null, 0, null);
        return array;
    }
}
