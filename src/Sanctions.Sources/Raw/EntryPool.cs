namespace Sanctions.Sources.Raw;

/// <summary>
/// Entries a mapper is done with, for a reader on another thread (<see cref="ReadAhead{T}"/>) to fill again
/// (<see cref="ListEntry.Reuse"/>) rather than make new ones: the thread-safe counterpart of <see cref="EntrySpare"/>.
/// </summary>
internal sealed class EntryPool
{
    /// <summary>As many as can be in flight between the two threads, and a few more.</summary>
    private const int Capacity = 256;

    [ThreadStatic]
    private static EntryPool? ofThisThread;

    private readonly Stack<ListEntry> free = new();

    /// <summary>
    /// The pool of the reading thread: the thread <see cref="ReadAhead{T}"/> keeps between imports keeps its entries too (and
    /// their lists' arrays), rather than making a new set for each import.
    /// </summary>
    /// <remarks>Between imports the pool holds the last entries given back, and so the values of their last records (a few hundred entries at most).</remarks>
    public static EntryPool OfThisThread => ofThisThread ??= new EntryPool();

    /// <summary>An entry given back, or null when there is none.</summary>
    public ListEntry? Take()
    {
        lock (free)
        {
            return free.TryPop(out var entry) ? entry : null;
        }
    }

    /// <summary>Gives back an entry the caller is done with: nothing of it is read again but by the reader that fills it.</summary>
    public void Give(ListEntry entry)
    {
        lock (free)
        {
            if (free.Count < Capacity)
            {
                free.Push(entry);
            }
        }
    }
}
