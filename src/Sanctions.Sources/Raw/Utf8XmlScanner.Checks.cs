using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Sanctions.Sources.Raw;

/// <summary>The checks of a whole file before it is scanned (see <see cref="Create"/>).</summary>
internal sealed partial class Utf8XmlScanner
{
    /// <summary>
    /// Whether valid UTF-8 <paramref name="data"/> holds a byte XML forbids or U+FFFE or U+FFFF: one pass for the three, which
    /// stops at a forbidden byte or at the lead byte <c>EF</c> of the characters U+F000 to U+FFFF (rare in a list) to look at
    /// the two bytes after it. Three passes over the file were about 4 % of reading an SDN-sized XML list.
    /// </summary>
    private static bool HasForbidden(ReadOnlySpan<byte> data)
    {
        while (true)
        {
            var at = data.IndexOfAny(ForbiddenOrEf);
            if (at < 0)
            {
                return false;
            }

            if (data[at] != 0xEF)
            {
                return true;
            }

            var rest = data[at..];
            if (rest.StartsWith(NonCharacterFffe) || rest.StartsWith(NonCharacterFfff))
            {
                return true;
            }

            data = data[(at + 1)..];
        }
    }

    /// <summary>Whether a CR is not followed by an LF.</summary>
    private static bool HasLoneCr(ReadOnlySpan<byte> data)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated && data.Length > Vector256<byte>.Count)
        {
            ref var first = ref MemoryMarshal.GetReference(data);
            var cr = Vector256.Create((byte)'\r');
            var lf = Vector256.Create((byte)'\n');
            for (; i + Vector256<byte>.Count < data.Length; i += Vector256<byte>.Count)
            {
                var here = Vector256.LoadUnsafe(ref first, (nuint)i);
                var next = Vector256.LoadUnsafe(ref first, (nuint)(i + 1));
                if (Vector256.AndNot(Vector256.Equals(here, cr), Vector256.Equals(next, lf)) != Vector256<byte>.Zero)
                {
                    return true;
                }
            }
        }

        for (; i < data.Length; i++)
        {
            if (data[i] == (byte)'\r' && (i + 1 == data.Length || data[i + 1] != (byte)'\n'))
            {
                return true;
            }
        }

        return false;
    }
}
