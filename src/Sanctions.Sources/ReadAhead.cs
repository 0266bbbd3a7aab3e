using System.Runtime.ExceptionServices;

namespace Sanctions.Sources;

/// <summary>
/// Runs a reader on another thread (<see cref="ReadAheadThread"/>) while the caller maps what it read: the items come to the caller in the reader's
/// order, in batches handed over under a lock, and at most a few batches ahead, so that little that is read waits (and is
/// kept through collections) before it is mapped.
/// </summary>
/// <remarks>
/// <para>What the reader throws reaches the caller after every item read before it, as though the reader ran on the
/// caller's thread; nothing the caller sees depends on how the two threads are timed. When the caller stops early (it
/// throws, or stops enumerating) the reader is told to stop and waited for, so that nothing of the import runs on after it
/// ends.</para>
/// <para>The reader must not touch what the caller uses (the caller's diagnostics, snapshot, catalog) while it runs, but for
/// what it hands over with each item.</para>
/// </remarks>
internal sealed class ReadAhead<T> : IDisposable
{
    /// <summary>Items handed over at once: few enough that the caller starts soon, enough that the lock is taken rarely.</summary>
    private const int BatchSize = 32;

    /// <summary>Batches the reader may be ahead.</summary>
    private const int MaxBatches = 4;

    private readonly object gate = new();
    private readonly Queue<(T[] Items, int Count)> ready = new();
    private readonly Stack<T[]> free = new();
    private readonly CancellationTokenSource stop;
    private readonly Func<CancellationToken, IEnumerable<T>> read;
    private ExceptionDispatchInfo? failure;
    private bool finished;
    private bool stopped;

    private ReadAhead(Func<CancellationToken, IEnumerable<T>> read, CancellationToken cancellationToken)
    {
        this.read = read;
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    /// <summary>
    /// The items <paramref name="read"/> gives, read on another thread when <paramref name="parallel"/>, else on this one (the
    /// same items in the same order, and the same exception after the same items, either way).
    /// </summary>
    /// <param name="read">The reader, given a token that is cancelled when the caller's is or when the caller stops early.</param>
    /// <param name="parallel">Whether to read on another thread.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public static IEnumerable<T> Run(Func<CancellationToken, IEnumerable<T>> read, bool parallel, CancellationToken cancellationToken)
    {
        if (!parallel)
        {
            return read(cancellationToken);
        }

        return Consume(read, cancellationToken);
    }

    private static IEnumerable<T> Consume(Func<CancellationToken, IEnumerable<T>> read, CancellationToken cancellationToken)
    {
        using var ahead = new ReadAhead<T>(read, cancellationToken);
        ReadAheadThread.Run(ahead.Produce);
        while (ahead.Take() is var (items, count) && count >= 0)
        {
            for (var i = 0; i < count; i++)
            {
                var item = items[i];
                items[i] = default!;
                yield return item;
            }

            ahead.Return(items);
        }
    }

    /// <summary>Stops the reader (when it has not finished) and waits for its thread to end.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            stopped = true;
            Monitor.PulseAll(gate);
        }

        if (!Volatile.Read(ref finished))
        {
            stop.Cancel();
        }

        lock (gate)
        {
            while (!finished)
            {
                Monitor.Wait(gate);
            }
        }

        stop.Dispose();
    }

    /// <summary>The next batch; a count of -1 when the reader is done (its exception, if any, is thrown here).</summary>
    private (T[] Items, int Count) Take()
    {
        lock (gate)
        {
            while (ready.Count == 0 && !finished)
            {
                Monitor.Wait(gate);
            }

            if (ready.Count > 0)
            {
                var batch = ready.Dequeue();
                Monitor.PulseAll(gate);
                return batch;
            }
        }

        failure?.Throw();
        return ([], -1);
    }

    private void Return(T[] items)
    {
        lock (gate)
        {
            free.Push(items);
        }
    }

    private void Produce()
    {
        try
        {
            var items = NewBatch();
            var count = 0;
            try
            {
                foreach (var item in read(stop.Token))
                {
                    items[count++] = item;
                    if (count == BatchSize)
                    {
                        if (!Publish(items, count))
                        {
                            return;
                        }

                        items = NewBatch();
                        count = 0;
                    }
                }
            }
#pragma warning disable CA1031 // Whatever the reader throws is the caller's, thrown on its thread after the items read before it.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }

            // The items read since the last batch, before the end or the error.
            if (count > 0)
            {
                Publish(items, count);
            }
        }
        finally
        {
            lock (gate)
            {
                finished = true;
                Monitor.PulseAll(gate);
            }
        }
    }

    private T[] NewBatch()
    {
        lock (gate)
        {
            return free.TryPop(out var items) ? items : new T[BatchSize];
        }
    }

    /// <summary>Hands a batch over, waiting while the caller is <see cref="MaxBatches"/> behind; false when the caller has stopped.</summary>
    private bool Publish(T[] items, int count)
    {
        lock (gate)
        {
            while (ready.Count >= MaxBatches && !stopped)
            {
                Monitor.Wait(gate);
            }

            if (stopped)
            {
                return false;
            }

            ready.Enqueue((items, count));
            Monitor.PulseAll(gate);
            return true;
        }
    }
}
