using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Sanctions.Screening;

// Asks the processor to fetch memory a screening step will read soon (a hint: nothing is read or changed, and a processor without
// SSE gets no hint), so that the misses of several candidates or keys overlap instead of coming one after another. The screener's
// tables are megabytes met at random; on a machine with a small cache the waiting is most of a query (docs/benchmarks.md, speed15h).
internal static class MemoryHints
{
    // The item at `index` of the array; an index outside it is left.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Prefetch<T>(T[] array, int index)
    {
        if (Sse.IsSupported && (uint)index < (uint)array.Length)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), index)));
        }
    }

    // The start of an object: a string's length and first characters, an array's length and first items. The hint is made from the
    // reference's address alone: nothing of the object is read here (taking a string's characters or checking an index against an
    // array's length would load the object, and wait for it: the miss the hint is meant to overlap). An object the collector moves
    // meanwhile only makes the hint useless.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void PrefetchObject(object? item)
    {
        if (Sse.IsSupported && item is not null)
        {
            Sse.Prefetch0((void*)Unsafe.As<object, nint>(ref item));
        }
    }
}
