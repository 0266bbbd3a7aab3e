namespace Sanctions.Sources;

/// <summary>
/// The thread <see cref="ReadAhead{T}"/> reads on: one kept for the process, waiting between imports, so that what readers
/// keep per thread (the tables of repeated values of <c>OfacRemarks</c> and <c>OfacCsvReader</c>) is there from one import to
/// the next, as it is for the import's own thread; a second import reading at the same time gets a thread of its own.
/// </summary>
internal static class ReadAheadThread
{
    private static readonly object Gate = new();
    private static Action? waiting;
    private static bool started;
    private static bool busy;

    /// <summary>Runs <paramref name="work"/> on the kept thread when it is free, else on a new one; <paramref name="work"/> must not throw.</summary>
    public static void Run(Action work)
    {
        lock (Gate)
        {
            if (!busy)
            {
                busy = true;
                waiting = work;
                if (!started)
                {
                    started = true;
                    new Thread(Serve) { IsBackground = true, Name = "Sanctions.Sources read-ahead" }.Start();
                }

                Monitor.PulseAll(Gate);
                return;
            }
        }

        new Thread(() => work()) { IsBackground = true, Name = "Sanctions.Sources read-ahead" }.Start();
    }

    private static void Serve()
    {
        while (true)
        {
            Action work;
            lock (Gate)
            {
                while (waiting is null)
                {
                    Monitor.Wait(Gate);
                }

                work = waiting;
                waiting = null;
            }

            try
            {
                work();
            }
            finally
            {
                lock (Gate)
                {
                    busy = false;
                }
            }
        }
    }
}
