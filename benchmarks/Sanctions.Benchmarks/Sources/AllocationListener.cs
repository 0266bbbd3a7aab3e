using System.Diagnostics.Tracing;
using System.Globalization;

namespace Sanctions.Benchmarks.Sources;

/// <summary>
/// Samples the runtime's allocation ticks (one event about every 100 KB allocated, with the type that crossed the
/// mark, the large object heap's apart) and each GC's generation, pause and promoted bytes, in process, with their sums per
/// generation; <c>sources-profile WHAT N alloc</c> prints them for the last iteration. The bytes promoted do not depend on the
/// load: each byte an import keeps is copied once into generation 1 and once more into generation 2.
/// A rough picture of which types an import allocates and how much each collection keeps, without a profiler.
/// </summary>
internal sealed class AllocationListener : EventListener
{
    private readonly Dictionary<string, long> bytes = [];
    private readonly List<string> collections = [];

    // Per generation (0, 1; a background gen-2 runs beside the threads and is counted apart): collections, pause, bytes promoted.
    private readonly (int Count, double PauseMs, long Promoted0, long Promoted1)[] byGeneration = new (int, double, long, long)[3];
    private int backgroundGen2;
    private int lastGeneration = -1;
    private bool on;
    private DateTime? suspended;

    public void Start() => on = true;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!on || e.Payload is null || e.PayloadNames is null)
        {
            return;
        }

        lock (bytes)
        {
            switch (e.EventName)
            {
                case { } name when name.StartsWith("GCAllocationTick", StringComparison.Ordinal):
                    var type = (string?)e.Payload[e.PayloadNames.IndexOf("TypeName")] ?? "?";
                    if (Convert.ToInt32(e.Payload[e.PayloadNames.IndexOf("AllocationKind")], CultureInfo.InvariantCulture) == 1)
                    {
                        type += " (large object heap)";
                    }

                    var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
                    bytes[type] = bytes.GetValueOrDefault(type) + amount;
                    break;
                case "GCStart_V2":
                    var depth = Convert.ToInt32(e.Payload[e.PayloadNames.IndexOf("Depth")], CultureInfo.InvariantCulture);
                    if (Convert.ToInt32(e.Payload[e.PayloadNames.IndexOf("Type")], CultureInfo.InvariantCulture) == 1)
                    {
                        backgroundGen2++;
                    }
                    else
                    {
                        lastGeneration = Math.Min(depth, 2);
                        byGeneration[lastGeneration].Count++;
                    }

                    collections.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{e.TimeStamp:HH:mm:ss.fff} gen{e.Payload[e.PayloadNames.IndexOf("Depth")]} (reason {e.Payload[e.PayloadNames.IndexOf("Reason")]}, type {e.Payload[e.PayloadNames.IndexOf("Type")]})"));
                    break;
                case "GCSuspendEEBegin_V1":
                    suspended = e.TimeStamp;
                    break;
                case "GCRestartEEEnd_V1":
                    if (collections.Count > 0 && suspended is { } s)
                    {
                        collections[^1] += string.Create(CultureInfo.InvariantCulture, $" [pause {(e.TimeStamp - s).TotalMilliseconds:F1} ms]");
                        if (lastGeneration >= 0)
                        {
                            byGeneration[lastGeneration].PauseMs += (e.TimeStamp - s).TotalMilliseconds;
                            lastGeneration = -1;
                        }
                    }

                    suspended = null;
                    break;
                case "GCHeapStats_V2":
                    long Size(string n) => Convert.ToInt64(e.Payload![e.PayloadNames!.IndexOf(n)], CultureInfo.InvariantCulture) / 1024;
                    if (lastGeneration >= 0)
                    {
                        byGeneration[lastGeneration].Promoted0 += Size("TotalPromotedSize0");
                        byGeneration[lastGeneration].Promoted1 += Size("TotalPromotedSize1");
                    }

                    if (collections.Count > 0)
                    {
                        collections[^1] += string.Create(CultureInfo.InvariantCulture,
                            $" promoted KB gen0 {Size("TotalPromotedSize0")} gen1 {Size("TotalPromotedSize1")} gen2 {Size("TotalPromotedSize2")}; sizes gen1 {Size("GenerationSize1")} gen2 {Size("GenerationSize2")}");
                    }

                    break;
                default:
                    break;
            }
        }
    }

    public void Print(int top)
    {
        lock (bytes)
        {
            var total = bytes.Values.Sum();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sampled allocations {total / 1048576.0:F0} MB by type:"));
            foreach (var (type, amount) in bytes.OrderByDescending(p => p.Value).Take(top))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {amount / 1048576.0,7:F1} MB {100.0 * amount / total,5:F1}% {type}"));
            }

            for (var g = 0; g < byGeneration.Length; g++)
            {
                var (count, pause, promoted0, promoted1) = byGeneration[g];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"gen{g} (blocking): {count} collections, pauses {pause:F1} ms, promoted from gen0 {promoted0 / 1024.0:F1} MB, from gen1 {promoted1 / 1024.0:F1} MB"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"background gen2: {backgroundGen2}"));
            Console.WriteLine("collections:");
            foreach (var line in collections)
            {
                Console.WriteLine("  " + line);
            }
        }
    }
}
