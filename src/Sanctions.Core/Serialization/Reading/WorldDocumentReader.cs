using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sanctions.Core.World;

namespace Sanctions.Core.Serialization;

// Reads the whole-world document: checks format and version first (so that a version 2 file gets one clear message),
// then deserializes the DTOs (a syntax error stops here, with its line) and maps them, collecting every problem.
internal static partial class WorldDocumentReader
{
    public static SanctionsWorld Read(ReadOnlyMemory<byte> utf8, WorldReadOptions? options) => Read(utf8, options, Mapping.BatchSize);

    // batchSize: how many records are mapped together, which changes nothing but how the work is shared out (tests use
    // small ones).
    internal static SanctionsWorld Read(ReadOnlyMemory<byte> utf8, WorldReadOptions? options, int batchSize)
    {
        options ??= WorldReadOptions.Default;
        var bytes = utf8.Span.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
        var reader = new WorldDtoReader(options, lines: false);
        var mapping = new Mapping(reader, options, batchSize);
        try
        {
            if (!CheckVersion(bytes.Span, reader))
            {
                throw reader.Failure(options.SourceName);
            }

            if (!Records(bytes.Span, mapping, options))
            {
                reader.Problem("$", "The document is null: expected an object with \"format\": \"sanctions-world\".");
                throw reader.Failure(options.SourceName);
            }

            mapping.Drain();
        }
        catch (JsonException e)
        {
            // The records read before the error are checked too, and reported first.
            mapping.Drain();
            reader.Problem(e.Path ?? "$", e.LineNumber is { } l ? (int)l + 1 : null, JsonProblems.Describe(e));
            throw reader.Failure(options.SourceName);
        }
        finally
        {
            mapping.Abandon();
        }

        return reader.Finish(options.SourceName);
    }

    // Walks the document and maps each record as soon as it is parsed, so that only one record's DTOs are alive at a time
    // (holding them all made the garbage collector trace them again and again while the world was built). Returns false
    // when the document is null. A syntax error or a value of the wrong JSON type stops the walk as a JsonException with
    // its path, line and column.
    private static bool Records(ReadOnlySpan<byte> json, Mapping mapping, WorldReadOptions options)
    {
        var root = new Loc("$", -1);
        var parser = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
        try
        {
            string? name = null;
            try
            {
                parser.Read();
                if (parser.TokenType == JsonTokenType.Null)
                {
                    parser.Read();
                    return false;
                }

                if (parser.TokenType != JsonTokenType.StartObject)
                {
                    throw DtoParser.ParseError.WrongType(ref parser, "an object");
                }

                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (parser.Read() && parser.TokenType == JsonTokenType.PropertyName)
                {
                    name = DtoParser.Text(ref parser);
                    if (!seen.Add(name))
                    {
                        throw DtoParser.Duplicate(ref parser, name);
                    }

                    parser.Read();
                    Collection(ref parser, name, mapping, options, root);
                    name = null;
                }

                // Anything but white space after the document is a syntax error, which the reader throws.
                parser.Read();
            }
            catch (JsonException e)
            {
                var error = DtoParser.ParseError.From(e);
                throw name is null ? error : error.Under(name);
            }
            catch (DtoParser.ParseError e) when (name is not null)
            {
                throw e.Under(name);
            }
        }
        catch (DtoParser.ParseError e)
        {
            throw e.ToJsonException(json);
        }

        return true;
    }

    private static void Collection(ref Utf8JsonReader parser, string name, Mapping mapping, WorldReadOptions options, Loc root)
    {
        // Anything but a collection of records is read here, after the records before it have been taken over, so that
        // problems keep the document's order.
        var reader = mapping.Reader;
        if (WorldCollections.Find(name) is { } collection)
        {
            Records(ref parser, collection, name, mapping);
            return;
        }

        if (name == Fields.Format.Value || name == Fields.Version.Value)
        {
            // Checked before the walk (CheckVersion).
            parser.Skip();
        }
        else if (name == Fields.Dataset.Value)
        {
            mapping.Drain();
            reader.Dataset(DtoParser.Object(ref parser, Shapes.Dataset), root.Inside(Fields.Dataset.Value));
        }
        else
        {
            mapping.Drain();
            if (!options.IgnoreUnknownProperties)
            {
                reader.Problem("$." + name, $"Unknown property '{name}'.");
            }

            parser.Skip();
        }
    }

    private static void Records(ref Utf8JsonReader parser, WorldCollection collection, string name, Mapping mapping)
    {
        switch (collection)
        {
            case WorldCollection.Parties:
                DtoParser.Each(ref parser, Shapes.Party, mapping.Items<PartyDto>(name, static (r, x, l) => { r.NoRecordKind(x.RecordKind, l); r.Party(x, l); }));
                break;
            case WorldCollection.Authorities:
                DtoParser.Each(ref parser, Shapes.Authority, mapping.Items<AuthorityDto>(name, static (r, x, l) => { r.NoRecordKind(x.RecordKind, l); r.Authority(x, l); }));
                break;
            case WorldCollection.Instruments:
                DtoParser.Each(ref parser, Shapes.Instrument, mapping.Items<InstrumentDto>(name, static (r, x, l) => { r.NoRecordKind(x.RecordKind, l); r.Instrument(x, l); }));
                break;
            case WorldCollection.Programs:
                DtoParser.Each(ref parser, Shapes.Program, mapping.Items<ProgramDto>(name, static (r, x, l) => { r.NoRecordKind(x.RecordKind, l); r.Program(x, l); }));
                break;
            case WorldCollection.Lists:
                DtoParser.Each(ref parser, Shapes.List, mapping.Items<ListDto>(name, static (r, x, l) => { r.NoRecordKind(x.RecordKind, l); r.List(x, l); }));
                break;
            case WorldCollection.Designations:
                DtoParser.Each(ref parser, Shapes.Designation, mapping.Items<DesignationDto>(name, static (r, x, l) => { r.NoRecordKind(x.RecordKind, l); r.Designation(x, l); }));
                break;
            case WorldCollection.CountryMeasures:
                DtoParser.Each(ref parser, Shapes.CountryMeasure, mapping.Items<CountryMeasureDto>(name, static (r, x, l) => { r.NoRecordKind(x.RecordKind, l); r.CountryMeasure(x, l); }));
                break;
            case WorldCollection.Treaties:
                DtoParser.Each(ref parser, Shapes.Treaty, mapping.Items<TreatyDto>(name, static (r, x, l) => { r.NoRecordKind(x.RecordKind, l); r.Treaty(x, l); }));
                break;
            case WorldCollection.TreatyActions:
                DtoParser.Each(ref parser, Shapes.TreatyAction, mapping.Items<TreatyActionDto>(name, static (r, x, l) => { r.NoRecordKind(x.RecordKind, l); r.TreatyAction(x, l); }));
                break;
            case WorldCollection.Memberships:
                DtoParser.Each(ref parser, Shapes.Membership, mapping.Items<MembershipDto>(name, static (r, x, l) => { r.NoRecordKind(x.RecordKind, l); r.Membership(x, l); }));
                break;
            case WorldCollection.Relations:
                DtoParser.Each(ref parser, Shapes.Relation, mapping.Items<RelationDto>(name, static (r, x, l) => { r.NoRecordKind(x.RecordKind, l); r.Relation(x, l); }));
                break;
            case WorldCollection.Positions:
                DtoParser.Each(ref parser, Shapes.Position, mapping.Items<PositionDto>(name, static (r, x, l) => { r.NoRecordKind(x.RecordKind, l); r.Position(x, l); }));
                break;
        }
    }

    // Records are parsed here, on the caller's thread, and mapped to the model in batches on the thread pool, each batch by a
    // reader of its own, at most a few at a time; batches are taken over by the document's reader in document order, so
    // items and problems come out as a record by record read would give them.
    private sealed class Mapping(WorldDtoReader reader, WorldReadOptions options, int batchSize)
    {
        public const int BatchSize = 512;

        private readonly Queue<Task<WorldDtoReader>> inFlight = new();
        private readonly int maxInFlight = Math.Max(2, Environment.ProcessorCount * 2);
        private Batch? current;

        public WorldDtoReader Reader => reader;

        // A collection's items: each (null included) goes into the current batch at its index.
        public Action<T?, int> Items<T>(string collection, Action<WorldDtoReader, T, Loc> map)
            where T : class
        {
            var path = "$." + collection;
            return (item, index) =>
            {
                if (current is not Batch<T> batch || !ReferenceEquals(batch.Map, map))
                {
                    Dispatch();
                    current = batch = new Batch<T>(map, batchSize);
                }

                batch.Add(item, new Loc(path, index));
                if (batch.Count >= batchSize)
                {
                    Dispatch();
                }
            };
        }

        // Maps what is still in hand and takes over every batch, in order.
        public void Drain()
        {
            Dispatch();
            while (inFlight.Count > 0)
            {
                reader.Absorb(inFlight.Dequeue().GetAwaiter().GetResult());
            }
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

        private void Dispatch()
        {
            if (current is not { Count: > 0 } batch)
            {
                return;
            }

            current = null;
            inFlight.Enqueue(Task.Run(() =>
            {
                var mapper = new WorldDtoReader(options, lines: false, reader.Shared);
                batch.MapAll(mapper);
                return mapper;
            }));
            if (inFlight.Count >= maxInFlight)
            {
                reader.Absorb(inFlight.Dequeue().GetAwaiter().GetResult());
            }
        }
    }

    private abstract class Batch
    {
        public abstract int Count { get; }

        public abstract void MapAll(WorldDtoReader reader);
    }

    private sealed class Batch<T>(Action<WorldDtoReader, T, Loc> map, int capacity) : Batch
        where T : class
    {
        private readonly List<(T? Item, Loc Loc)> items = new(Math.Min(capacity, 1024));

        public Action<WorldDtoReader, T, Loc> Map => map;

        public override int Count => items.Count;

        public void Add(T? item, Loc loc) => items.Add((item, loc));

        // A null item is reported at its index; anything else is mapped there.
        public override void MapAll(WorldDtoReader reader)
        {
            foreach (var (item, loc) in items)
            {
                if (item is null)
                {
                    reader.Problem(loc.At(), "null is not allowed here: expected an object.");
                }
                else
                {
                    map(reader, item, loc);
                }
            }
        }
    }

    // Reads only the top-level "format" and "version", skipping everything else.
    private static bool CheckVersion(ReadOnlySpan<byte> json, WorldDtoReader problems)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            problems.Problem("$", 1, "A world document must be a JSON object with \"format\": \"sanctions-world\" and \"version\": 1.");
            return false;
        }

        string? format = null;
        var formatSeen = false;
        int? version = null;
        var versionSeen = false;
        try
        {
            Scan(ref reader, ref format, ref formatSeen, ref version, ref versionSeen);
        }
        catch (JsonException) when (!(formatSeen && versionSeen))
        {
            // A syntax error before both were seen: the full read reports it with its path.
            return true;
        }

        return Check(formatSeen, format, versionSeen, version, problems, null);
    }

    private static void Scan(ref Utf8JsonReader reader, ref string? format, ref bool formatSeen, ref int? version, ref bool versionSeen)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // ValueTextEquals throws on an escaped name that is not valid text; such a name is neither of these.
            var text = reader.ValueIsEscaped ? DtoParser.TryText(ref reader) : null;
            if (reader.ValueIsEscaped ? text == Fields.Format.Value : reader.ValueSpan.SequenceEqual(Fields.Format.EncodedUtf8Bytes))
            {
                reader.Read();
                formatSeen = true;
                format = reader.TokenType == JsonTokenType.String ? DtoParser.TryText(ref reader) : null;
            }
            else if (reader.ValueIsEscaped ? text == Fields.Version.Value : reader.ValueSpan.SequenceEqual(Fields.Version.EncodedUtf8Bytes))
            {
                reader.Read();
                versionSeen = true;
                version = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var v) ? v : -1;
            }
            else
            {
                reader.Read();
            }

            reader.Skip();
            if (formatSeen && versionSeen)
            {
                return;
            }
        }
    }

    // Shared by both forms: the format name must match and the version must be 1.
    public static bool Check(bool formatSeen, string? format, bool versionSeen, int? version, WorldDtoReader problems, int? line)
    {
        if (!formatSeen)
        {
            problems.Problem("$.format", line, $"Missing required property 'format': expected \"{WorldJson.FormatName}\".");
            return false;
        }

        if (format != WorldJson.FormatName)
        {
            problems.Problem("$.format", line, $"{(format is null ? "This value" : $"'{format}'")} is not this format: expected \"{WorldJson.FormatName}\".");
            return false;
        }

        if (!versionSeen)
        {
            problems.Problem("$.version", line, $"Missing required property 'version': expected {WorldJson.CurrentVersion}.");
            return false;
        }

        if (version != WorldJson.CurrentVersion)
        {
            problems.Problem(
                "$.version",
                line,
                version is > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"version {version} is not supported; this library reads version {WorldJson.CurrentVersion}.")
                    : $"The version must be a whole number; this library reads version {WorldJson.CurrentVersion}.");
            return false;
        }

        return true;
    }
}

internal static partial class JsonProblems
{
    // System.Text.Json messages end in " Path: … | LineNumber: … | BytePositionInLine: …." and name CLR types; the
    // path and line are reported separately, and types are named the way the format names them.
    public static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        message = ClrType().Replace(message, m => FormatType(m.Value));
        var column = e.BytePositionInLine is { } b ? string.Create(CultureInfo.InvariantCulture, $" (column {b + 1})") : string.Empty;
        return "Invalid JSON" + column + ": " + message;
    }

    [GeneratedRegex(@"System\.[\w`\.\[\],]+|Sanctions\.Core\.Serialization\.\w+", RegexOptions.CultureInvariant)]
    private static partial Regex ClrType();

    private static string FormatType(string clr) => clr switch
    {
        _ when clr.Contains("System.String", StringComparison.Ordinal) && clr.Contains("List", StringComparison.Ordinal) => "an array of strings",
        _ when clr.Contains("List", StringComparison.Ordinal) => "an array",
        _ when clr.Contains("System.String", StringComparison.Ordinal) => "a string",
        _ when clr.Contains("Int32", StringComparison.Ordinal) => "a whole number",
        _ when clr.Contains("Decimal", StringComparison.Ordinal) => "a number",
        _ when clr.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        _ when clr.StartsWith("Sanctions.", StringComparison.Ordinal) => "an object",
        _ => clr,
    };
}
