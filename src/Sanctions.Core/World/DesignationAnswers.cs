using System.Collections;
using System.Collections.Immutable;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.World;

/// <summary>
/// The designations of one party in effect on a date, with their certainty: a lazy, allocation-free view over the world's index.
/// </summary>
/// <remarks>Enumerate it with <c>foreach</c> (no allocation), or copy it with <see cref="ToImmutableArray"/>. Designations come in order of
/// their start.</remarks>
/// <threadsafety>This type is an immutable value type over an immutable world; safe to share between threads.</threadsafety>
public readonly struct DesignationAnswers : IEnumerable<DatedAnswer<Designation>>
{
    private readonly WorldIndex? index;
    private readonly ArraySegment<int> items;
    private readonly int day;
    private readonly NodaTime.Instant? knownAt;
    private readonly DesignationFilter filter;

    internal DesignationAnswers(WorldIndex index, ArraySegment<int> items, int day, NodaTime.Instant? knownAt, DesignationFilter filter)
    {
        this.index = index;
        this.items = items;
        this.day = day;
        this.knownAt = knownAt;
        this.filter = filter;
    }

    /// <summary>How many designations are in effect (certainly or possibly).</summary>
    public int Count
    {
        get
        {
            var n = 0;
            foreach (var unused in this)
            {
                n++;
            }

            return n;
        }
    }

    /// <summary>Whether no designation is in effect.</summary>
    public bool IsEmpty => !GetEnumerator().MoveNext();

    /// <summary>The highest certainty among the designations; <see cref="Certainty.No"/> when there are none.</summary>
    public Certainty Certainty
    {
        get
        {
            var best = Certainty.No;
            foreach (var answer in this)
            {
                if (answer.Certainty > best)
                {
                    best = answer.Certainty;
                }
            }

            return best;
        }
    }

    /// <summary>Copies the answers into an array.</summary>
    /// <returns>The answers, in order of their start.</returns>
    public ImmutableArray<DatedAnswer<Designation>> ToImmutableArray()
    {
        var builder = ImmutableArray.CreateBuilder<DatedAnswer<Designation>>();
        foreach (var answer in this)
        {
            builder.Add(answer);
        }

        return builder.DrainToImmutable();
    }

    /// <summary>Returns an allocation-free enumerator.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<DatedAnswer<Designation>> IEnumerable<DatedAnswer<Designation>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates the designations in effect.</summary>
    public struct Enumerator : IEnumerator<DatedAnswer<Designation>>
    {
        private readonly DesignationAnswers owner;
        private int position;

        internal Enumerator(DesignationAnswers owner)
        {
            this.owner = owner;
            position = -1;
            Current = default;
        }

        /// <inheritdoc/>
        public DatedAnswer<Designation> Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc/>
        public bool MoveNext()
        {
            var items = owner.items;
            while (++position < items.Count)
            {
                var certainty = owner.index!.DesignationCertainty(items[position], owner.day, owner.knownAt, owner.filter);
                if (certainty != Certainty.No)
                {
                    Current = new DatedAnswer<Designation>(owner.index.World.Designations[items[position]], certainty);
                    return true;
                }
            }

            return false;
        }

        /// <inheritdoc/>
        public void Reset() => position = -1;

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }
    }
}
