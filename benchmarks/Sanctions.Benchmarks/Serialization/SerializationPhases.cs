using System.Diagnostics;
using System.Text.Json;
using Sanctions.Core.Serialization;
using Sanctions.Core.World;

namespace Sanctions.Benchmarks.Serialization;

/// <summary>
/// Where the time of a read or write goes, phase by phase, for profiling (not a benchmark: the figures quoted in
/// docs/benchmarks.md come from <see cref="SerializationBenchmarks"/>). Run with
/// <c>dotnet run -c Release --project benchmarks/Sanctions.Benchmarks -- serialization-phases [parties] [rounds]</c>.
/// </summary>
internal static class SerializationPhases
{
    public static void Run(string[] args)
    {
        var parties = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        var rounds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3;
        only = args.Length > 3 ? args[3] : null;
        var world = SerializationWorldGenerator.Generate(parties);
        var document = Bytes(s => WorldJson.WriteAsync(world, s).GetAwaiter().GetResult());
        var lines = Bytes(s => WorldJson.WriteLinesAsync(world, s).GetAwaiter().GetResult());
        Console.WriteLine($"document {document.Length} bytes, lines {lines.Length} bytes");
        for (var round = 0; round < rounds; round++)
        {
            Console.WriteLine($"-- round {round + 1}");
            Time("model -> DTO (document)", null, () => WorldDtoWriter.Document(world));
            var dto = WorldDtoWriter.Document(world);
            Time("DTO -> JSON (indented, source-generated)", document.Length, () => JsonSerializer.SerializeToUtf8Bytes(dto, WorldJsonContext.Indented.WorldDocumentDto));
            var target = new MemoryStream(document.Length + 1);
            Time("write document", document.Length, () => Into(target, s => WorldJson.WriteAsync(world, s).GetAwaiter().GetResult()));
            Time("write lines", lines.Length, () => Into(target, s => WorldJson.WriteLinesAsync(world, s).GetAwaiter().GetResult()));
            Time("Utf8JsonReader token scan (document)", document.Length, () => Scan(document));
            Time("Utf8JsonReader token scan + strings (document)", document.Length, () => Scan(document, strings: true));
            Time("JSON -> DTO (document, source-generated)", document.Length, () => JsonSerializer.Deserialize(document, WorldJsonContext.Default.WorldDocumentDto));
            Time("WorldBuilder.Build (copy of the world)", null, () => new WorldBuilder(world).Build());
            Time("read document (all)", document.Length, () => WorldJson.ReadAsync(new MemoryStream(document, writable: false)).GetAwaiter().GetResult());
            Time("read lines (all)", lines.Length, () => WorldJson.ReadLinesAsync(new MemoryStream(lines, writable: false)).GetAwaiter().GetResult());
        }
    }

    private static object Scan(byte[] json, bool strings = false)
    {
        var reader = new Utf8JsonReader(json);
        long count = 0;
        while (reader.Read())
        {
            if (strings && reader.TokenType == JsonTokenType.String)
            {
                count += reader.GetString()!.Length;
            }
            else
            {
                count++;
            }
        }

        return count;
    }

    // Writes into a stream sized beforehand, as the benchmark does, so that its growth is not measured.
    private static long Into(MemoryStream stream, Action<Stream> write)
    {
        stream.SetLength(0);
        write(stream);
        return stream.Length;
    }

    private static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    private static string? only;

    // SANCTIONS_GC_MARKS=1: what each phase's collections marked, by kind of root.
    private static readonly GcMarkProbe? Marks = Environment.GetEnvironmentVariable("SANCTIONS_GC_MARKS") is null ? null : new GcMarkProbe();

    private static void Time(string what, long? bytes, Func<object?> action)
    {
        if (only is not null && !what.Contains(only, StringComparison.Ordinal))
        {
            return;
        }

        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(true);
        var paused = GC.GetTotalPauseDuration();
        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var gcs = new List<string>();
        using var stop = new CancellationTokenSource();
        var sampler = Environment.GetEnvironmentVariable("SANCTIONS_GC_LOG") is null ? Task.CompletedTask : Task.Run(() =>
        {
            long last = -1;
            while (!stop.IsCancellationRequested)
            {
                var info = GC.GetGCMemoryInfo(GCKind.Any);
                if (info.Index != last)
                {
                    last = info.Index;
                    gcs.Add($"  gc #{info.Index} gen{info.Generation} pause {info.PauseDurations[0].TotalMilliseconds:F1} ms promoted {info.PromotedBytes / 1e6:F1} MB heap {info.HeapSizeBytes / 1e6:F0} MB");
                }

                Thread.Sleep(1);
            }
        });
        if (Marks is not null)
        {
            // Events arrive a little after their collection: let those of the collection above arrive first.
            Thread.Sleep(500);
        }

        var marked = Marks?.Snapshot();
        var watch = Stopwatch.StartNew();
        GC.KeepAlive(action());
        var elapsed = watch.Elapsed.TotalSeconds;
        stop.Cancel();
        sampler.Wait();
        gcs.ForEach(Console.WriteLine);
        if (Marks is not null && marked is not null)
        {
            Thread.Sleep(500);
            var now = Marks.Snapshot();
            Console.WriteLine("  marked (MB) from stacks {0:F1}, finalization {1:F1}, handles {2:F1}, older generations {3:F1}", (now[0] - marked[0]) / 1e6, (now[1] - marked[1]) / 1e6, (now[2] - marked[2]) / 1e6, (now[3] - marked[3]) / 1e6);
        }

        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
        var mb = (GC.GetTotalAllocatedBytes(true) - allocated) / 1e6;
        var rate = bytes is { } b ? $"{b / 1e6 / elapsed,8:F1} MB/s" : new string(' ', 13);
        var pause = (GC.GetTotalPauseDuration() - paused).TotalMilliseconds;
        Console.WriteLine($"{what,-45} {elapsed * 1000,8:F0} ms {rate}  cpu {cpuMs,8:F0} ms  alloc {mb,8:F0} MB  gc pause {pause,6:F0} ms ({GC.CollectionCount(0) - gen0} gen0, {GC.CollectionCount(2) - gen2} gen2)");
    }
}
