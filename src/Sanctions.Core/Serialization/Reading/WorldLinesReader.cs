using System.Buffers;
using System.Text;
using System.Text.Json;
using Sanctions.Core.World;

namespace Sanctions.Core.Serialization;

// Reads JSON Lines from a stream one line at a time into a pooled buffer: only the current line is held, never the
// text. Each line is parsed on its own, so a bad line is reported and the next one is still checked.
internal static class WorldLinesReader
{
    private enum Kind
    {
        None,
        Header,
        Party,
        Authority,
        Instrument,
        Program,
        List,
        Designation,
        CountryMeasure,
        Treaty,
        TreatyAction,
        Membership,
        Relation,
        Position,
        Unknown,
    }

    // Lines are handed to workers in blocks of about this many bytes (whole lines; a longer line makes a longer block).
    private const int BlockSize = 1 << 18;

    // Reads the stream a block of whole lines at a time. The lines up to the first that is not blank (the header) are read
    // here, in order; every later block is read on the thread pool by a reader of its own, at most a few blocks at a time,
    // and taken over in input order as each finishes, so that items, problems and line numbers come out as a line by
    // line read would give them. Only the blocks in flight are held, never the whole text.
    public static Task<SanctionsWorld> ReadAsync(Stream stream, WorldReadOptions? options, CancellationToken cancellationToken) =>
        ReadAsync(stream, options, BlockSize, cancellationToken);

    // blockSize: the block size, which changes nothing but how the work is shared out (tests use small ones).
    internal static async Task<SanctionsWorld> ReadAsync(Stream stream, WorldReadOptions? options, int blockSize, CancellationToken cancellationToken)
    {
        options ??= WorldReadOptions.Default;
        var reader = new WorldDtoReader(options, lines: true);
        var state = new LineState();
        var inFlight = new Queue<Task<WorldDtoReader>>();
        var maxInFlight = Math.Max(2, Environment.ProcessorCount * 2);
        var buffer = ArrayPool<byte>.Shared.Rent(blockSize * 2);
        var end = 0;
        try
        {
            var eof = false;
            while (!eof)
            {
                cancellationToken.ThrowIfCancellationRequested();

                // Read until the buffer holds a block's worth of bytes and a line break (a line longer than the buffer
                // makes it grow), or until the input ends.
                while (!eof && (end < blockSize || buffer.AsSpan(0, end).LastIndexOf((byte)'\n') < 0))
                {
                    if (end == buffer.Length)
                    {
                        var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, end).CopyTo(bigger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = bigger;
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
                    eof = read == 0;
                    end += read;
                }

                // The block ends after the last line break; at the end of the input, it is all that is left.
                var length = eof ? end : buffer.AsSpan(0, end).LastIndexOf((byte)'\n') + 1;
                if (length == 0)
                {
                    continue;
                }

                var block = buffer;
                buffer = ArrayPool<byte>.Shared.Rent(Math.Max(blockSize * 2, end - length));
                block.AsSpan(length, end - length).CopyTo(buffer);
                end -= length;

                var offset = 0;
                if (!state.HeaderSeen && !state.RecordSeen)
                {
                    // Up to and including the first line that is not blank, here and now: it decides how the rest is read.
                    if (!ReadFirstLines(block.AsSpan(0, length), ref offset, reader, state))
                    {
                        ArrayPool<byte>.Shared.Return(block);
                        throw reader.Failure(options.SourceName);
                    }
                }

                if (offset == length)
                {
                    ArrayPool<byte>.Shared.Return(block);
                    continue;
                }

                var firstLine = state.Number + 1;
                state.Number += CountLines(block.AsSpan(offset, length - offset));
                var (from, to) = (offset, length);
                // Every block goes to the thread pool and this thread waits for the oldest when enough are in flight. Reading a
                // block here instead (tried in issue 17) made the JSON Lines read slower on two cores: the thread that hands out
                // blocks and takes results in was busy parsing while the pool ran dry.
                inFlight.Enqueue(Task.Run(() => ReadBlock(block, from, to, firstLine, options, reader.Shared), cancellationToken));
                if (inFlight.Count >= maxInFlight)
                {
                    reader.Absorb(await inFlight.Dequeue().ConfigureAwait(false));
                }
            }

            while (inFlight.Count > 0)
            {
                reader.Absorb(await inFlight.Dequeue().ConfigureAwait(false));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);

            // On a failure, let the blocks still being read finish before leaving (their results are not wanted).
            await ((Task)Task.WhenAll(inFlight)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        reader.Line = null;
        if (!state.HeaderSeen)
        {
            reader.Problem("$", 1, $"The first line must be the header: {{\"kind\": \"header\", \"format\": \"{WorldJson.FormatName}\", \"version\": {WorldJson.CurrentVersion}, \"dataset\": {{…}}}}.");
        }

        return reader.Finish(options.SourceName);
    }

    // Reads lines from offset until one that is not blank has been read. Returns false when reading must stop.
    private static bool ReadFirstLines(ReadOnlySpan<byte> block, ref int offset, WorldDtoReader reader, LineState state)
    {
        while (offset < block.Length && !state.HeaderSeen && !state.RecordSeen)
        {
            var rest = block[offset..];
            var newline = rest.IndexOf((byte)'\n');
            var line = newline < 0 ? rest : rest[..newline];
            offset += newline < 0 ? rest.Length : newline + 1;
            if (!ReadLine(line, reader, state))
            {
                return false;
            }
        }

        return true;
    }

    // The number of lines in a block of whole lines: its line breaks, plus one for a last line without one.
    private static int CountLines(ReadOnlySpan<byte> block) => block.Count((byte)'\n') + (block.Length > 0 && block[^1] != (byte)'\n' ? 1 : 0);

    // Reads a block of lines after the first into a reader of its own; the block's buffer goes back to the pool.
    private static WorldDtoReader ReadBlock(byte[] block, int from, int to, int firstLine, WorldReadOptions options, SharedFacts shared)
    {
        var reader = new WorldDtoReader(options, lines: true, shared);
        var state = new LineState { Number = firstLine - 1, HeaderSeen = true, RecordSeen = true };
        try
        {
            var rest = block.AsSpan(from, to - from);
            while (!rest.IsEmpty)
            {
                var newline = rest.IndexOf((byte)'\n');
                var line = newline < 0 ? rest : rest[..newline];
                rest = newline < 0 ? [] : rest[(newline + 1)..];

                // After the first line, ReadLine never asks to stop: a second header is a problem like any other.
                ReadLine(line, reader, state);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(block);
        }

        return reader;
    }

    private sealed class LineState
    {
        public int Number { get; set; }

        public bool HeaderSeen { get; set; }

        public bool RecordSeen { get; set; }
    }

    // Returns false when reading must stop (an unsupported version).
    private static bool ReadLine(ReadOnlySpan<byte> line, WorldDtoReader reader, LineState state)
    {
        state.Number++;
        reader.Line = state.Number;
        if (state.Number == 1 && line.StartsWith("\uFEFF"u8))
        {
            line = line[3..];
        }

        if (line.Length > 0 && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        if (line.Trim(" \t"u8).IsEmpty)
        {
            return true;
        }

        var root = new Loc("$", -1);
        try
        {
            var kind = PeekKind(line);
            var first = !state.HeaderSeen && !state.RecordSeen;
            if (kind == Kind.Header)
            {
                if (!first)
                {
                    reader.Problem("$.kind", "A header may only be the first line.");
                    return true;
                }

                state.HeaderSeen = true;
                var header = DtoParser.Record(line, Shapes.Header);
                if (!WorldDocumentReader.Check(header.Format is not null, header.Format, header.Version is not null, header.Version, reader, state.Number))
                {
                    return false;
                }

                reader.Dataset(header.Dataset, root.Inside(Fields.Dataset.Value));
                if (header.Extra is { Count: > 0 } extra)
                {
                    Unknown(extra, reader);
                }

                return true;
            }

            if (first)
            {
                reader.Problem("$", $"The first line must be the header: {{\"kind\": \"header\", \"format\": \"{WorldJson.FormatName}\", \"version\": {WorldJson.CurrentVersion}, \"dataset\": {{…}}}}.");
                state.HeaderSeen = true;
            }

            state.RecordSeen = true;
            switch (kind)
            {
                case Kind.Party: reader.Party(DtoParser.Record(line, Shapes.Party), root); break;
                case Kind.Authority: reader.Authority(DtoParser.Record(line, Shapes.Authority), root); break;
                case Kind.Instrument: reader.Instrument(DtoParser.Record(line, Shapes.Instrument), root); break;
                case Kind.Program: reader.Program(DtoParser.Record(line, Shapes.Program), root); break;
                case Kind.List: reader.List(DtoParser.Record(line, Shapes.List), root); break;
                case Kind.Designation: reader.Designation(DtoParser.Record(line, Shapes.Designation), root); break;
                case Kind.CountryMeasure: reader.CountryMeasure(DtoParser.Record(line, Shapes.CountryMeasure), root); break;
                case Kind.Treaty: reader.Treaty(DtoParser.Record(line, Shapes.Treaty), root); break;
                case Kind.TreatyAction: reader.TreatyAction(DtoParser.Record(line, Shapes.TreatyAction), root); break;
                case Kind.Membership: reader.Membership(DtoParser.Record(line, Shapes.Membership), root); break;
                case Kind.Relation: reader.Relation(DtoParser.Record(line, Shapes.Relation), root); break;
                case Kind.Position: reader.Position(DtoParser.Record(line, Shapes.Position), root); break;
                case Kind.None:
                    reader.Problem("$.kind", $"Missing required property 'kind': expected 'header' on the first line, then one of {RecordKinds.Expected}.");
                    break;
                default:
                    reader.Problem("$.kind", $"'{KindText(line)}' is not a record kind: expected one of {RecordKinds.Expected}.");
                    break;
            }
        }
        catch (JsonException e)
        {
            reader.Problem(e.Path ?? "$", JsonProblems.Describe(e));
        }

        return true;
    }

    private static void Unknown(Dictionary<string, JsonElement> extra, WorldDtoReader reader)
    {
        foreach (var name in extra.Keys.Order(StringComparer.Ordinal))
        {
            reader.Problem("$." + name, $"Unknown property '{name}'.");
        }
    }

    // The record kinds (RecordKinds) in the order they are tried: most records are parties and designations, then
    // memberships and relations; the header comes once.
    private static readonly (byte[] Utf8, Kind Kind)[] KindsInProbeOrder =
    [
        (Utf8(RecordKinds.Party), Kind.Party),
        (Utf8(RecordKinds.Designation), Kind.Designation),
        (Utf8(RecordKinds.Membership), Kind.Membership),
        (Utf8(RecordKinds.Relation), Kind.Relation),
        (Utf8(RecordKinds.Header), Kind.Header),
        (Utf8(RecordKinds.Authority), Kind.Authority),
        (Utf8(RecordKinds.Instrument), Kind.Instrument),
        (Utf8(RecordKinds.Program), Kind.Program),
        (Utf8(RecordKinds.List), Kind.List),
        (Utf8(RecordKinds.CountryMeasure), Kind.CountryMeasure),
        (Utf8(RecordKinds.Treaty), Kind.Treaty),
        (Utf8(RecordKinds.TreatyAction), Kind.TreatyAction),
        (Utf8(RecordKinds.Position), Kind.Position),
    ];

    private static byte[] Utf8(string kind) => Encoding.UTF8.GetBytes(kind);

    // Finds the record's "kind" without materializing the line; the writer puts it first, so this is usually one step.
    private static Kind PeekKind(ReadOnlySpan<byte> line)
    {
        var json = new Utf8JsonReader(line);
        if (!json.Read() || json.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A record must be a JSON object.", "$", 0, 0);
        }

        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            // An escaped name is compared unescaped; one that is not valid text (a lone surrogate escape) is no "kind".
            var isKind = json.ValueIsEscaped ? DtoParser.TryText(ref json) == Fields.Kind.Value : json.ValueSpan.SequenceEqual(Fields.Kind.EncodedUtf8Bytes);
            json.Read();
            if (!isKind)
            {
                json.Skip();
                continue;
            }

            if (json.TokenType != JsonTokenType.String)
            {
                return Kind.Unknown;
            }

            foreach (var (utf8, kind) in KindsInProbeOrder)
            {
                if (json.ValueSpan.SequenceEqual(utf8))
                {
                    return kind;
                }
            }

            return Kind.Unknown;
        }

        return Kind.None;
    }

    private static string KindText(ReadOnlySpan<byte> line)
    {
        using var doc = JsonDocument.Parse(line.ToArray());
        try
        {
            return doc.RootElement.TryGetProperty(Fields.Kind.Value, out var kind) ? kind.ToString() : string.Empty;
        }
        catch (InvalidOperationException)
        {
            // Bytes that are not UTF-8, or a lone surrogate escape.
            return "(not valid text)";
        }
    }
}
