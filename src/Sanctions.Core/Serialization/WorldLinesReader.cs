using System.Buffers;
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

    public static async Task<SanctionsWorld> ReadAsync(Stream stream, WorldReadOptions? options, CancellationToken cancellationToken)
    {
        options ??= WorldReadOptions.Default;
        var reader = new WorldDtoReader(options, lines: true);
        var state = new LineState();
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            int start = 0, end = 0;
            var eof = false;
            while (!eof)
            {
                if (end == buffer.Length)
                {
                    if (start > 0)
                    {
                        buffer.AsSpan(start, end - start).CopyTo(buffer);
                        end -= start;
                        start = 0;
                    }
                    else
                    {
                        // A line longer than the buffer: grow it.
                        var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, end).CopyTo(bigger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = bigger;
                    }
                }

                var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    eof = true;
                }

                end += read;
                while (true)
                {
                    var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                    if (newline < 0)
                    {
                        break;
                    }

                    if (!ReadLine(buffer.AsSpan(start, newline), reader, state))
                    {
                        throw new WorldFormatException(reader.Problems, options.SourceName);
                    }

                    start += newline + 1;
                }

                if (eof && end > start)
                {
                    if (!ReadLine(buffer.AsSpan(start, end - start), reader, state))
                    {
                        throw new WorldFormatException(reader.Problems, options.SourceName);
                    }
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        reader.Line = null;
        if (!state.HeaderSeen)
        {
            reader.Problem("$", 1, $"The first line must be the header: {{\"kind\": \"header\", \"format\": \"{WorldJson.FormatName}\", \"version\": {WorldJson.CurrentVersion}, \"dataset\": {{…}}}}.");
        }

        return reader.Finish(options.SourceName);
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

                reader.Dataset(header.Dataset, root.Inside("dataset"));
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
            var isKind = json.ValueTextEquals("kind"u8);
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

            return json.ValueSpan switch
            {
                var s when s.SequenceEqual("party"u8) => Kind.Party,
                var s when s.SequenceEqual("designation"u8) => Kind.Designation,
                var s when s.SequenceEqual("membership"u8) => Kind.Membership,
                var s when s.SequenceEqual("relation"u8) => Kind.Relation,
                var s when s.SequenceEqual("header"u8) => Kind.Header,
                var s when s.SequenceEqual("authority"u8) => Kind.Authority,
                var s when s.SequenceEqual("instrument"u8) => Kind.Instrument,
                var s when s.SequenceEqual("program"u8) => Kind.Program,
                var s when s.SequenceEqual("list"u8) => Kind.List,
                var s when s.SequenceEqual("countryMeasure"u8) => Kind.CountryMeasure,
                var s when s.SequenceEqual("treaty"u8) => Kind.Treaty,
                var s when s.SequenceEqual("treatyAction"u8) => Kind.TreatyAction,
                var s when s.SequenceEqual("position"u8) => Kind.Position,
                _ => Kind.Unknown,
            };
        }

        return Kind.None;
    }

    private static string KindText(ReadOnlySpan<byte> line)
    {
        using var doc = JsonDocument.Parse(line.ToArray());
        return doc.RootElement.TryGetProperty("kind", out var kind) ? kind.ToString() : string.Empty;
    }
}
