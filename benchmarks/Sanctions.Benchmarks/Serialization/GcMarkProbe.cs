using System.Diagnostics.Tracing;

namespace Sanctions.Benchmarks.Serialization;

/// <summary>
/// Listens to the runtime's GC events in process and adds up, by kind of root, the bytes each collection marked
/// (GCMarkWithType: 0 stacks, 1 finalization queue, 2 handles, 3 older generations through the card table, 4 sized
/// references, 5 overflow). Used by <see cref="SerializationPhases"/> when SANCTIONS_GC_MARKS is set, to see what a read's
/// collections carry.
/// </summary>
internal sealed class GcMarkProbe : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private readonly long[] byRoot = new long[6];

    public long[] Snapshot()
    {
        lock (byRoot)
        {
            return (long[])byRoot.Clone();
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Informational, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName != "GCMarkWithType" || eventData.Payload is not { } payload || eventData.PayloadNames is not { } names)
        {
            return;
        }

        var root = Convert.ToInt32(payload[names.IndexOf("Type")], System.Globalization.CultureInfo.InvariantCulture);
        var bytes = Convert.ToInt64(payload[names.IndexOf("Bytes")], System.Globalization.CultureInfo.InvariantCulture);
        if (root >= 0 && root < byRoot.Length)
        {
            lock (byRoot)
            {
                byRoot[root] += bytes;
            }
        }
    }
}
