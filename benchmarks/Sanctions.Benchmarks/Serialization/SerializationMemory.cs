using System.Diagnostics;
using Sanctions.Core.Serialization;
using Sanctions.Core.World;

namespace Sanctions.Benchmarks.Serialization;

/// <summary>
/// Peak managed memory of a JSON Lines read against the size of the world it builds. Run with
/// <c>dotnet run -c Release --project benchmarks/Sanctions.Benchmarks -- serialization-memory [parties]</c>.
/// </summary>
/// <remarks>
/// The world is written to a temporary file and the generator's world dropped. Then, from a fully collected heap, a
/// sampler polls <see cref="GC.GetTotalMemory(bool)"/> every millisecond during <see cref="WorldJson.ReadFileAsync"/>; the
/// peak above the starting heap is the read's peak. The built world's size is the heap after a full collection with
/// the world alive, minus the starting heap. A sampler can miss a short spike, so the GC's own view
/// (<see cref="GCMemoryInfo.HeapSizeBytes"/> of the last collection, and the process's peak working set) is printed too.
/// </remarks>
internal static class SerializationMemory
{
    public static async Task RunAsync(string[] args)
    {
        var parties = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        var path = Path.Combine(Path.GetTempPath(), $"sanctions-memory-{Environment.ProcessId}.jsonl");
        await WriteWorldAsync(parties, path);
        var fileBytes = new FileInfo(path).Length;
        try
        {
            // First read: a passive sampler, so the read runs as it would; the peak includes garbage not yet collected.
            var baseline = Collect();
            long peak = baseline;
            using (var done = new CancellationTokenSource())
            {
                var sampler = Task.Run(() =>
                {
                    while (!done.IsCancellationRequested)
                    {
                        peak = Math.Max(peak, GC.GetTotalMemory(false));
                        Thread.Sleep(1);
                    }
                });
                var allocatedBefore = GC.GetTotalAllocatedBytes(true);
                var watch = Stopwatch.StartNew();
                SanctionsWorld world = await WorldJson.ReadFileAsync(path);
                watch.Stop();
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                await done.CancelAsync();
                await sampler;
                var allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
                Console.WriteLine($"parties: {world.Parties.Length}, designations: {world.Designations.Length}, file: {Mb(fileBytes)} MB, read in {watch.Elapsed.TotalSeconds:F2} s");

                // The world's size: the heap with the world, less the heap without it (not less the heap before the read, which
                // may still hold things the read lets go of, such as pooled buffers).
                var withWorld = Collect();
                GC.KeepAlive(world);
                world = null!;
                var built = withWorld - Collect();
                Console.WriteLine($"built world (retained heap): {Mb(built)} MB");
                Console.WriteLine($"peak managed heap during the read, above start (garbage included): {Mb(peak - baseline)} MB = {(double)(peak - baseline) / built:F2} x the built world");
                Console.WriteLine($"allocated during the read: {Mb(allocated)} MB");

                // Second read: the sampler forces a full collection every 20 ms, so what it sees is what the read holds alive.
                baseline = Collect();
                long live = baseline;
                using var again = new CancellationTokenSource();
                var collector = Task.Run(() =>
                {
                    while (!again.IsCancellationRequested)
                    {
                        live = Math.Max(live, GC.GetTotalMemory(true));
                        Thread.Sleep(20);
                    }
                });
                world = await WorldJson.ReadFileAsync(path);
                await again.CancelAsync();
                await collector;
                live = Math.Max(live, GC.GetTotalMemory(true));
                GC.KeepAlive(world);
                Console.WriteLine($"peak live heap during the read, above start (full collection every 20 ms): {Mb(live - baseline)} MB = {(double)(live - baseline) / built:F2} x the built world");
                Console.WriteLine($"process peak working set: {Mb(Process.GetCurrentProcess().PeakWorkingSet64)} MB");
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    // In a method of its own, so that nothing of the generated world is still reachable when the reads are measured.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static async Task WriteWorldAsync(int parties, string path)
    {
        var generation = Stopwatch.StartNew();
        var generated = SerializationWorldGenerator.Generate(parties);
        Console.WriteLine($"generated and built in {generation.Elapsed.TotalSeconds:F2} s");
        var rebuild = Stopwatch.StartNew();
        _ = new WorldBuilder(generated).Build();
        Console.WriteLine($"WorldBuilder.Build alone: {rebuild.Elapsed.TotalSeconds:F2} s");
        await WorldJson.WriteFileAsync(generated, path);
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
