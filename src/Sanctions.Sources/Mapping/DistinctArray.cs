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

    private ImmutableArray<T>.Builder? items;
    private HashSet<T>? seen;

    /// <summary>Starts an empty set sized for <paramref name="capacity"/> items: when all are distinct, the array is not copied.</summary>
    public DistinctArray(int capacity)
    {
        items = capacity > 0 ? ImmutableArray.CreateBuilder<T>(capacity) : null;
    }

    public int Count => items?.Count ?? 0;

    public void Add(T item)
    {
        if (items is null)
        {
            items = ImmutableArray.CreateBuilder<T>();
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
            // By index: the builder's enumerator is an iterator object, one per call.
            var comparer = EqualityComparer<T>.Default;
            for (var i = 0; i < items.Count; i++)
            {
                if (comparer.Equals(items[i], item))
                {
                    return;
                }
            }

            if (items.Count == LinearLimit)
            {
                seen = [.. items, item];
            }
        }

        items.Add(item);
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

    public readonly ImmutableArray<T> ToImmutable() => items is null ? [] : items.DrainToImmutable();
}
