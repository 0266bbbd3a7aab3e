using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sanctions.Cli.Output;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;
using Sanctions.Screening;
using Spectre.Console;

namespace Sanctions.Cli.Commands;

/// <summary><c>screen --batch</c>: every row screened on every core, its JSON line written in input order as soon as the rows before it are.</summary>
internal sealed partial class ScreenCommand
{
    /// <summary>Where <see cref="ScreenRows"/> hands each row's JSON line: its UTF-8 bytes, without a line end, in input order, one call at a
    /// time (never two at once, though not always from one thread).</summary>
    internal delegate void LineSink(ReadOnlySpan<byte> line);

    /// <summary>How many rows a batch read, how many of them have matches, and how many were not screened (a blank name, or a name
    /// with no word to screen).</summary>
    internal readonly record struct BatchCounts(int Rows, int WithMatches, int NotScreened = 0);

    // How many chunks a worker may be ahead of the next chunk to write (the tests try smaller windows).
    internal const int DefaultWindow = 256;

    // Rows a worker screens at a time: few, so that the cores end a batch together; enough that handing a chunk in is rare.
    private const int ChunkRows = 8;

    private static readonly byte[] NewLineBytes = new UTF8Encoding(false).GetBytes(Environment.NewLine);

    private static int Batch(CliContext context, Screener screener, ScreeningQuery template, string file, string? nameColumn, string? dobColumn, string? countryColumn, string? outPath)
    {
        // A progress bar on standard error when it is a terminal (never in tests, which write to their own writers).
        var bar = ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected;
        BatchCounts Run(LineSink sink)
        {
            if (!bar)
            {
                return ScreenRows(context.World, screener, template, file, nameColumn, dobColumn, countryColumn, null, null, sink);
            }

            var counts = default(BatchCounts);
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.Progress().Start(p =>
            {
                var task = p.AddTask("screening");
                counts = ScreenRows(context.World, screener, template, file, nameColumn, dobColumn, countryColumn, new Progress<int>(n => task.Value = n), count => task.MaxValue = count, sink);
                task.Value = task.MaxValue;
            });
            return counts;
        }

        BatchCounts done;
        try
        {
            if (outPath is not null)
            {
                // Atomically: a failed or interrupted write leaves the file as it was, never half the lines.
                var counts = default(BatchCounts);
                Sanctions.Core.IO.AtomicFile.WriteAsync(outPath, (stream, _) =>
                {
                    counts = Run(line =>
                    {
                        stream.Write(line);
                        stream.Write(NewLineBytes);
                    });
                    return Task.CompletedTask;
                }).GetAwaiter().GetResult();
                done = counts;
            }
            else if (bar && !Console.IsOutputRedirected)
            {
                // Standard output on the terminal too: the lines once the bar is gone, which they would otherwise break into.
                var held = new List<string>();
                done = Run(line => held.Add(Encoding.UTF8.GetString(line)));
                foreach (var line in held)
                {
                    context.Out.WriteLine(line);
                }
            }
            else
            {
                var text = new TextLines(context.Out);
                done = Run(text.Write);
            }
        }
        catch (IOException e)
        {
            throw new CliException($"screen: cannot write {outPath ?? "standard output"}: {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CliException($"screen: cannot write {outPath ?? "standard output"}: {e.Message}", e);
        }

        if (outPath is not null && !context.Json)
        {
            context.Line(done.NotScreened == 0
                ? $"{outPath}: {done.Rows} rows screened, {done.WithMatches} with matches"
                : $"{outPath}: {done.Rows - done.NotScreened} rows screened, {done.WithMatches} with matches; {done.NotScreened} not screened (a blank name, or no word to screen)");
        }

        return ExitCodes.Ok;
    }

    /// <summary>
    /// <c>screen --batch</c>'s work: the CSV read, a query per row, the rows screened on every core a few at a time, each row's JSON line
    /// written (UTF-8) and handed to <paramref name="sink"/> in input order as soon as the rows before it are done. Only the sink's own
    /// write is left to the caller (the benchmarks time this with a sink that drops the line).
    /// </summary>
    internal static BatchCounts ScreenRows(
        SanctionsWorld world, Screener screener, ScreeningQuery template, string file, string? nameColumn, string? dobColumn, string? countryColumn,
        IProgress<int>? progress, Action<int>? counted, LineSink sink, int window = DefaultWindow)
    {
        var rows = ReadRows(file, nameColumn, dobColumn, countryColumn);
        counted?.Invoke(rows.Count);

        // Every screened row's birth date read before any row is screened, in input order: a bad one fails the batch before any line is
        // written. The queries themselves are made by the workers, a row's just before it is screened, and dropped with its line: a batch
        // keeps no query alive.
        (PartialDate From, PartialDate? To)?[]? born = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var (line, rowName, dob, _) = rows[i];
            if (dob is not null && !string.IsNullOrWhiteSpace(rowName))
            {
                born ??= new (PartialDate From, PartialDate? To)?[rows.Count];
                born[i] = BirthDateOf(dob, $"{file}: line {line}, birth date");
            }
        }

        var batch = new RowBatch(rows.Count, sink, window);
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, batch.ChunkCount));
        try
        {
            // One worker a core, each taking the next few rows until none is left: the cores end the batch together.
            // The row's work jitted fully optimised at once, as the screener's: a batch's first seconds are not spent in the JIT's
            // first tiers (screen --batch runs once a process).
            Parallel.For(0, workers, _ => batch.Work(world, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (i) =>
            {
                var (_, rowName, _, countries) = rows[i];
                if (string.IsNullOrWhiteSpace(rowName))
                {
                    // Not screened: its line says so ("screened": false), so that no match is not read into it.
                    return (rowName, [], BlankNameReason);
                }

                // The row's query: the template's, with the row's name and, when it gives them, its countries and birth date.
                var b = born?[i];
                var q = template with
                {
                    Names = [rowName],
                    Countries = countries.IsEmpty ? template.Countries : countries,
                    BirthDate = b is { } d ? d.From : template.BirthDate,
                    BirthDateTo = b is { } e ? e.To : template.BirthDateTo,
                };
                return Screened(rowName, screener, q);
            }, progress));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        return new BatchCounts(rows.Count, batch.WithMatches, batch.NotScreened);
    }

    // A row screened: its matches; or none and the reason it was not screened when the screener refuses its name for having no word
    // to screen (Screener.CanScreen: asked only then, so a screened row's name is analysed once).
    private static (string Name, ImmutableArray<ScreeningMatch> Matches, string? NotScreened) Screened(string name, Screener screener, ScreeningQuery query)
    {
        try
        {
            return (name, screener.Screen(query), null);
        }
        catch (ArgumentException) when (!Screener.CanScreen(query))
        {
            return (name, [], NoWordsReason);
        }
    }

    private static readonly JsonWriterOptions LineOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Each thread's JSON writer, kept from row to row (it writes into the chunk at hand).
    [ThreadStatic]
    private static Utf8JsonWriter? lineWriter;

    // A row's line: {"row": N, "query": ..., "matches": [...]}, appended to the buffer as UTF-8; a row not screened (a blank name, or no
    // word to screen) adds "screened": false and the reason (NotScreened), so that its empty matches are not read as "no match".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Line(IBufferWriter<byte> buffer, SanctionsWorld world, int row, string query, ImmutableArray<ScreeningMatch> matches, string? notScreened)
    {
        var w = lineWriter ??= new Utf8JsonWriter(buffer, LineOptions);
        w.Reset(buffer);
        w.WriteStartObject();
        w.WriteNumber(P.Row, row);
        w.WriteString(P.Query, query);
        WriteMatches(w, world, matches);
        if (notScreened is not null)
        {
            NotScreened(w, notScreened);
        }

        w.WriteEndObject();
        w.Flush();
    }

    /// <summary>The reason a row with a blank name gives for not being screened (its line's <c>reason</c>).</summary>
    internal const string BlankNameReason = "blank name";

    /// <summary>The reason a row gives for not being screened when the analysis keeps no word of its name (nothing but punctuation,
    /// honorifics, or characters the analysis drops).</summary>
    internal const string NoWordsReason = "no word to screen";

    /// <summary>What a row that was not screened adds to its line after <c>matches</c>: <c>"screened": false, "reason": REASON</c>.</summary>
    internal static void NotScreened(Utf8JsonWriter w, string reason)
    {
        w.WriteBoolean("screened", false);
        w.WriteString("reason", reason);
    }

    // Writes UTF-8 lines to a text writer, one WriteLine each (the writer's own line end), through one reused char buffer.
    private sealed class TextLines(TextWriter writer)
    {
        private char[] chars = new char[4096];

        public void Write(ReadOnlySpan<byte> line)
        {
            var need = Encoding.UTF8.GetMaxCharCount(line.Length);
            if (need > chars.Length)
            {
                chars = new char[Math.Max(need, chars.Length * 2)];
            }

            var count = Encoding.UTF8.GetChars(line, chars);
            writer.WriteLine(chars.AsSpan(0, count));
        }
    }

    // A batch's rows in chunks of a few: workers take the next chunk, write its lines into a buffer, and hand it in; whoever hands in the
    // chunk that is next in input order writes it and every chunk after it already done, one writer at a time. A worker waits before
    // taking a chunk `window` chunks or more ahead of the next to write (a slow row holds back at most that much output), and the
    // buffers of written chunks are used again, so a batch keeps about `window` chunks' lines at most, not all of them.
    private sealed class RowBatch(int rows, LineSink sink, int window)
    {
        // An object for Monitor (Wait and PulseAll), not a System.Threading.Lock.
        private readonly object gate = new();
        private readonly Chunk?[] done = new Chunk?[(rows + ChunkRows - 1) / ChunkRows];
        private readonly Stack<Chunk> idle = new();
        // The counters workers add to, a chunk at a time (not a row), on a cache line of their own: the next chunk to claim is read and
        // written by every worker for every chunk, the tallies once a chunk, and `next` under the lock (no core's write evicts the
        // line another core is about to read for something else).
        private Counters counters;
        private int next;
        private bool writing;
        private bool failed;

        public int ChunkCount => done.Length;

        public int WithMatches => Volatile.Read(ref counters.WithMatches);

        /// <summary>How many rows were not screened (a blank name, or no word to screen), once the work is done.</summary>
        public int NotScreened => Volatile.Read(ref counters.NotScreened);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Work(SanctionsWorld world, Func<int, (string Name, ImmutableArray<ScreeningMatch> Matches, string? NotScreened)> screen, IProgress<int>? progress)
        {
            try
            {
                while (true)
                {
                    var c = Interlocked.Increment(ref counters.Claimed) - 1;
                    if (c >= done.Length)
                    {
                        return;
                    }

                    Chunk chunk;
                    lock (gate)
                    {
                        while (c - next >= window && !failed)
                        {
                            Monitor.Wait(gate);
                        }

                        if (failed)
                        {
                            return;
                        }

                        chunk = idle.Count > 0 ? idle.Pop() : new Chunk();
                    }

                    chunk.Start(c);
                    int matched = 0, notScreenedHere = 0;
                    var end = Math.Min(rows, (c + 1) * ChunkRows);
                    for (var i = c * ChunkRows; i < end; i++)
                    {
                        var (name, matches, notScreened) = screen(i);
                        chunk.Add(world, i + 1, name, matches, notScreened);
                        if (!matches.IsEmpty)
                        {
                            matched++;
                        }
                        else if (notScreened is not null)
                        {
                            notScreenedHere++;
                        }
                    }

                    Interlocked.Add(ref counters.WithMatches, matched);
                    Interlocked.Add(ref counters.NotScreened, notScreenedHere);
                    var count = end - (c * ChunkRows);
                    var n = Interlocked.Add(ref counters.Finished, count);
                    if ((n >> 8) != ((n - count) >> 8))
                    {
                        // Every 256 rows or so.
                        progress?.Report(n);
                    }

                    HandIn(chunk);
                }
            }
            catch
            {
                lock (gate)
                {
                    failed = true;
                    Monitor.PulseAll(gate);
                }

                throw;
            }
        }

        // The chunk is done: kept until the chunks before it are written; then written, with those after it already done, unless
        // another worker is writing (which then writes it).
        private void HandIn(Chunk chunk)
        {
            lock (gate)
            {
                done[chunk.Index] = chunk;
                if (writing)
                {
                    return;
                }

                writing = true;
            }

            Chunk? written = null;
            while (true)
            {
                Chunk? ready;
                lock (gate)
                {
                    if (written is not null)
                    {
                        idle.Push(written);
                    }

                    ready = next < done.Length ? done[next] : null;
                    if (ready is null)
                    {
                        writing = false;
                        return;
                    }

                    done[next] = null;
                    next++;
                    Monitor.PulseAll(gate);
                }

                ready.WriteTo(sink);
                written = ready;
            }
        }
    }

    // RowBatch's counters, padded to a cache line of their own (64 bytes on either side).
    [StructLayout(LayoutKind.Explicit, Size = 192)]
    private struct Counters
    {
        [FieldOffset(64)]
        public int Claimed;

        [FieldOffset(68)]
        public int Finished;

        [FieldOffset(72)]
        public int WithMatches;

        [FieldOffset(76)]
        public int NotScreened;
    }

    // One chunk's lines: their UTF-8 bytes one after another, and where each ends.
    private sealed class Chunk
    {
        private readonly ArrayBufferWriter<byte> bytes = new(16 * 1024);
        private readonly int[] ends = new int[ChunkRows];
        private int count;

        public int Index { get; private set; }

        public void Start(int index)
        {
            Index = index;
            count = 0;
            bytes.ResetWrittenCount();
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(SanctionsWorld world, int row, string query, ImmutableArray<ScreeningMatch> matches, string? notScreened)
        {
            Line(bytes, world, row, query, matches, notScreened);
            ends[count++] = bytes.WrittenCount;
        }

        public void WriteTo(LineSink sink)
        {
            var all = bytes.WrittenSpan;
            var start = 0;
            for (var k = 0; k < count; k++)
            {
                sink(all[start..ends[k]]);
                start = ends[k];
            }
        }
    }
}
