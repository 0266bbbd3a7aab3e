using System.Text.Json;
using Sanctions.Core.World;

namespace Sanctions.Core.Serialization;

// How the records of a document are parsed and mapped: the walk, on the caller's thread, only finds where each record
// starts and ends (a skip, which checks the syntax); records are parsed into DTOs and mapped to the model in batches on
// the thread pool, so that the work is shared out and a record's DTOs live only while it is mapped.
internal static partial class WorldDocumentReader
{
    // An array of records: each object is handed on as its place in the text, a null as a null. Anything else stops the
    // walk here, as does a syntax error, which the record's own parse then finds with its full path.
    private static void Each<T>(ref Utf8JsonReader parser, DtoShape<T> shape, string name, Action<WorldDtoReader, T, Loc> map, Mapping mapping)
        where T : ExtensibleDto, new()
    {
        if (parser.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (parser.TokenType != JsonTokenType.StartArray)
        {
            throw DtoParser.ParseError.WrongType(ref parser, "an array");
        }

        var index = 0;
        try
        {
            while (parser.Read() && parser.TokenType != JsonTokenType.EndArray)
            {
                if (parser.TokenType == JsonTokenType.StartObject)
                {
                    var start = parser.TokenStartIndex;
                    var before = parser;
                    if (TrySkip(ref parser))
                    {
                        mapping.Add(name, shape, map, null, start, (int)(parser.BytesConsumed - start), index);
                    }
                    else
                    {
                        // Parsed here, from its start, the record throws the error where it is.
                        parser = before;
                        mapping.Add(name, shape, map, shape.Read(ref parser), -1, 0, index);
                    }
                }
                else
                {
                    mapping.Add(name, shape, map, DtoParser.Object(ref parser, shape), -1, 0, index);
                }

                index++;
            }
        }
        catch (JsonException e)
        {
            throw DtoParser.ParseError.From(e).Under(index);
        }
        catch (DtoParser.ParseError e)
        {
            throw e.Under(index);
        }
    }

    private static bool TrySkip(ref Utf8JsonReader parser)
    {
        try
        {
            parser.Skip();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // Records are mapped in batches on the thread pool, each batch by a reader of its own, at most a few at a time; batches
    // are taken over by the document's reader in document order, so items and problems come out as a record by record read
    // would give them. A record that cannot be parsed stops the read there, as it would have stopped the walk: the records
    // before it are taken over, nothing after it is.
    private sealed class Mapping(WorldDtoReader reader, WorldReadOptions options, int batchSize, ReadOnlyMemory<byte> json)
    {
        public const int BatchSize = 512;

        private readonly Queue<Task<(WorldDtoReader Mapper, JsonException? Failure)>> inFlight = new();
        private readonly int maxInFlight = Math.Max(2, Environment.ProcessorCount * 2);
        private Batch? current;

        public WorldDtoReader Reader => reader;

        // The error of the record that stopped the read, once a batch that holds it has been taken over.
        public JsonException? Failure { get; private set; }

        // A record of a collection at its index: a DTO parsed already (or null), or the place of its text.
        public void Add<T>(string collection, DtoShape<T> shape, Action<WorldDtoReader, T, Loc> map, T? dto, long start, int length, int index)
            where T : ExtensibleDto, new()
        {
            if (Failure is not null)
            {
                return;
            }

            if (current is not Batch<T> batch || !ReferenceEquals(batch.Map, map))
            {
                Dispatch();
                current = batch = new Batch<T>(collection, shape, map, batchSize);
            }

            batch.Add(dto, start, length, index);
            if (batch.Count >= batchSize)
            {
                Dispatch();
            }
        }

        // Maps what is still in hand and takes over every batch, in order; returns the error that stopped the read, if any.
        public JsonException? Drain()
        {
            Dispatch();
            while (inFlight.Count > 0)
            {
                Take(inFlight.Dequeue());
            }

            return Failure;
        }

        // Lets batches still being mapped finish when the read fails (their results are not wanted).
        public void Abandon()
        {
            current = null;
            while (inFlight.Count > 0)
            {
                inFlight.Dequeue().ContinueWith(static _ => { }, TaskScheduler.Default).Wait();
            }
        }

        private void Take(Task<(WorldDtoReader Mapper, JsonException? Failure)> batch)
        {
            var (mapper, failure) = batch.GetAwaiter().GetResult();
            if (Failure is null)
            {
                reader.Absorb(mapper);
                Failure = failure;
            }
        }

        private void Dispatch()
        {
            if (current is not { Count: > 0 } batch)
            {
                return;
            }

            current = null;
            while (inFlight.TryPeek(out var oldest) && oldest.IsCompleted)
            {
                Take(inFlight.Dequeue());
            }

            // With as many batches in flight as allowed, this thread maps the batch itself rather than wait for one.
            inFlight.Enqueue(inFlight.Count < maxInFlight ? Task.Run(() => MapAll(batch)) : Task.FromResult(MapAll(batch)));
            if (inFlight.Count > maxInFlight)
            {
                Take(inFlight.Dequeue());
            }
        }

        private (WorldDtoReader Mapper, JsonException? Failure) MapAll(Batch batch)
        {
            var mapper = new WorldDtoReader(options, lines: false, reader.Shared);
            var failure = batch.MapAll(mapper, json.Span);
            return (mapper, failure);
        }
    }

    private abstract class Batch
    {
        public abstract int Count { get; }

        // Maps every record up to the first that cannot be parsed, whose error it returns.
        public abstract JsonException? MapAll(WorldDtoReader reader, ReadOnlySpan<byte> json);
    }

    private sealed class Batch<T>(string collection, DtoShape<T> shape, Action<WorldDtoReader, T, Loc> map, int capacity) : Batch
        where T : ExtensibleDto, new()
    {
        private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };

        private readonly List<(T? Dto, long Start, int Length, int Index)> items = new(Math.Min(capacity, 1024));
        private readonly string path = "$." + collection;

        public Action<WorldDtoReader, T, Loc> Map => map;

        public override int Count => items.Count;

        public void Add(T? dto, long start, int length, int index) => items.Add((dto, start, length, index));

        // A null item is reported at its index; anything else is parsed (when it was not) and mapped there.
        public override JsonException? MapAll(WorldDtoReader reader, ReadOnlySpan<byte> json)
        {
            foreach (var (parsed, start, length, index) in items)
            {
                var dto = parsed;
                if (dto is null && start >= 0)
                {
                    try
                    {
                        var parser = new Utf8JsonReader(json.Slice((int)start, length), Options);
                        parser.Read();
                        dto = shape.Read(ref parser);
                    }
                    catch (JsonException e)
                    {
                        return DtoParser.ParseError.From(e).Under(index).Under(collection).ToJsonException(json);
                    }
                    catch (DtoParser.ParseError e)
                    {
                        return e.Within(start).Under(index).Under(collection).ToJsonException(json);
                    }
                }

                var loc = new Loc(path, index);
                if (dto is null)
                {
                    reader.Problem(loc.At(), "null is not allowed here: expected an object.");
                }
                else
                {
                    map(reader, dto, loc);
                }
            }

            return null;
        }
    }
}
