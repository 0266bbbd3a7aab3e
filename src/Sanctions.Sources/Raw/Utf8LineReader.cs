using System.Buffers;

namespace Sanctions.Sources.Raw;

/// <summary>
/// Splits a UTF-8 stream into lines without decoding it, reusing one pooled buffer that grows
/// only when a single line is longer than it.
/// </summary>
/// <remarks>
/// Each yielded slice is valid only until the next one is requested. LF and CRLF both end a
/// line; a UTF-8 byte-order mark at the start is dropped; a last line without a newline is
/// yielded too.
/// </remarks>
internal static class Utf8LineReader
{
    public readonly record struct Line(ReadOnlyMemory<byte> Bytes, long Number);

    public static IEnumerable<Line> Read(Stream stream, int initialBuffer = 1 << 16)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(initialBuffer);
        try
        {
            var start = 0;
            var end = 0;
            long number = 0;
            var eof = false;
            var first = true;
            while (true)
            {
                var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
                if (newline < 0)
                {
                    if (eof)
                    {
                        if (end > start)
                        {
                            number++;
                            yield return new Line(Trim(buffer.AsMemory(start, end - start)), number);
                        }

                        yield break;
                    }

                    // Move the partial line to the front, growing the buffer if it is full.
                    if (start > 0)
                    {
                        Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                        end -= start;
                        start = 0;
                    }
                    else if (end == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        Buffer.BlockCopy(buffer, 0, larger, 0, end);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    var read = stream.Read(buffer, end, buffer.Length - end);
                    if (read == 0)
                    {
                        eof = true;
                    }

                    end += read;
                    if (first && end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
                    {
                        start = 3;
                    }

                    first = false;
                    continue;
                }

                number++;
                yield return new Line(Trim(buffer.AsMemory(start, newline - start)), number);
                start = newline + 1;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ReadOnlyMemory<byte> Trim(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;
}
