using System.Diagnostics;
using System.Runtime.CompilerServices;
using Sanctions.Core.Serialization;
using Sanctions.Core.World;

namespace Sanctions.Benchmarks.Serialization;

/// <summary>
/// Peak managed memory of a JSON Lines read against the size of the world it builds. Run with
/// <c>dotnet run -c Release --project benchmarks/Sanctions.Benchmarks -- serialization-memory [parties]</c>.
/// </summary>
/// <remarks>
/// <para>The world is written to a temporary file and the generator's world dropped. Each read then starts from a fully
/// collected heap and runs in a method of its own, which returns only numbers: when it returns, nothing of the world it
/// read is reachable. (Holding the world in a local of the caller is not enough to let it go: unoptimized code, and an
/// async method's state, can keep a reference in a slot the program no longer uses, and the world then looks smaller than
/// it is.)</para>
/// <para>The built world's size is the heap after a full collection with the world alive, less the heap after the method
/// has returned. The first read runs untouched while a thread samples <see cref="GC.GetTotalMemory(bool)"/> every
/// millisecond: its peak includes garbage not yet collected. During the second read the sampler forces a full collection
/// every 20 ms: what it sees is what the read holds alive.</para>
/// </remarks>
internal static class SerializationMemory
{
    public static void Run(string[] args)
    {
        var parties = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        var path = Path.Combine(Path.GetTempPath(), $"sanctions-memory-{Environment.ProcessId}.jsonl");
        WriteWorld(parties, path);
        var fileBytes = new FileInfo(path).Length;
        try
        {
            var passive = Read(path, forceCollections: false);
            var after = Collect();
            var built = passive.WithWorld - after;
            Console.WriteLine($"parties: {passive.Parties}, designations: {passive.Designations}, file: {Mb(fileBytes)} MB, read in {passive.Seconds:F2} s");
            Console.WriteLine($"heap before the read {Mb(passive.Start)} MB, with the world {Mb(passive.WithWorld)} MB, after the world is dropped {Mb(after)} MB");
            Console.WriteLine($"built world (retained heap): {Mb(built)} MB");
            Console.WriteLine($"peak managed heap during the read, above start (garbage included): {Mb(passive.Peak - passive.Start)} MB = {(double)(passive.Peak - passive.Start) / built:F2} x the built world");
            Console.WriteLine($"allocated during the read: {Mb(passive.Allocated)} MB");

            var live = Read(path, forceCollections: true);
            Console.WriteLine($"peak live heap during the read, above start (full collection every 20 ms): {Mb(live.Peak - live.Start)} MB = {(double)(live.Peak - live.Start) / built:F2} x the built world");
            Console.WriteLine($"process peak working set: {Mb(Process.GetCurrentProcess().PeakWorkingSet64)} MB");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private readonly record struct Reading(long Start, long Peak, long WithWorld, long Allocated, double Seconds, int Parties, int Designations);

    // Reads the file once from a collected heap, sampling the heap meanwhile, and measures the heap with the world alive.
    // Only numbers leave this method.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Reading Read(string path, bool forceCollections)
    {
        var start = Collect();
        var peak = start;
        using var done = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            while (!done.IsCancellationRequested)
            {
                var now = GC.GetTotalMemory(forceCollections);
                Volatile.Write(ref peak, Math.Max(Volatile.Read(ref peak), now));
                Thread.Sleep(forceCollections ? 20 : 1);
            }
        });
        sampler.Start();
        var allocatedBefore = GC.GetTotalAllocatedBytes(true);
        var watch = Stopwatch.StartNew();
        var world = WorldJson.ReadFileAsync(path).GetAwaiter().GetResult();
        watch.Stop();
        done.Cancel();
        sampler.Join();
        var allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
        peak = Math.Max(peak, GC.GetTotalMemory(forceCollections));
        var withWorld = Collect();
        var result = new Reading(start, Math.Max(peak, withWorld), withWorld, allocated, watch.Elapsed.TotalSeconds, world.Parties.Length, world.Designations.Length);
        GC.KeepAlive(world);
        return result;
    }

    // In a method of its own, and not async, so that nothing of the generated world is still reachable when the reads are
    // measured.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void WriteWorld(int parties, string path)
    {
        var generation = Stopwatch.StartNew();
        var generated = SerializationWorldGenerator.Generate(parties);
        Console.WriteLine($"generated and built in {generation.Elapsed.TotalSeconds:F2} s");
        var rebuild = Stopwatch.StartNew();
        _ = new WorldBuilder(generated).Build();
        Console.WriteLine($"WorldBuilder.Build alone: {rebuild.Elapsed.TotalSeconds:F2} s");
        WorldJson.WriteFileAsync(generated, path).GetAwaiter().GetResult();
    }

    private static long Collect()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(true);
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
}
