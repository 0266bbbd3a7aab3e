using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sanctions.Core.Serialization;

// JSON → DTOs with a Utf8JsonReader, in place of the source-generated deserializer: the same DTOs and the same rules (exact
// camelCase names, null for absent or null values, unknown properties into Extra; a duplicate property is an error),
// but without the serializer's per-object bookkeeping, and with property names matched against the order the writer uses
// first. A problem is thrown as a JsonException whose path, line and column say where, as the serializer's would.
internal static class DtoParser
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };

    public static T Record<T>(ReadOnlySpan<byte> json, DtoShape<T> shape)
        where T : ExtensibleDto, new() => Parse(json, shape) ?? throw new JsonException("A record must be a JSON object, not null.", "$", 0, 0);

    private static T? Parse<T>(ReadOnlySpan<byte> json, DtoShape<T> shape)
        where T : ExtensibleDto, new()
    {
        var reader = new Utf8JsonReader(json, Options);
        try
        {
            try
            {
                reader.Read();
                var dto = reader.TokenType == JsonTokenType.Null ? null : Object(ref reader, shape);

                // Anything but white space after the value is a syntax error, which the reader throws.
                reader.Read();
                return dto;
            }
            catch (JsonException e)
            {
                throw ParseError.From(e);
            }
        }
        catch (ParseError e)
        {
            throw e.ToJsonException(json);
        }
    }

    internal static T? Object<T>(ref Utf8JsonReader reader, DtoShape<T> shape)
        where T : ExtensibleDto, new() => reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.StartObject => shape.Read(ref reader),
            _ => throw ParseError.WrongType(ref reader, "an object"),
        };

    internal static string? String(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => Text(ref reader),
        JsonTokenType.Null => null,
        _ => throw ParseError.WrongType(ref reader, "a string"),
    };

    // Values that recur across records (a source's name, a date, a list id, a type) are read once and shared: fewer strings to
    // allocate, and a smaller world. The cache (SharedStrings, the one the list readers use too) is per thread, direct-mapped
    // and small (short values only, one per slot, a newer value evicting an older one), so a file of unique values costs a
    // hash and a failed comparison each, and little memory; a hit costs no transcoding and no allocation.
    [ThreadStatic]
    private static Sanctions.Core.SharedStrings? shared;

    private const int SharedLength = 40;
    private const int SharedSlots = 4096;

    internal static string? Shared(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > SharedLength)
        {
            return String(ref reader);
        }

        var values = shared ??= new Sanctions.Core.SharedStrings(SharedSlots, SharedLength);
        var utf8 = reader.ValueSpan;
        return values.TryGet(utf8, out var text) ? text : values.Add(utf8, Text(ref reader));
    }

    // The text of the string or property name the reader is on. The reader checks neither the UTF-8 of a string nor its
    // escapes until it is read: invalid bytes or a lone surrogate escape (\ud800) become a problem at the value's place.
    internal static string Text(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new ParseError(
                (reader.TokenType == JsonTokenType.PropertyName ? "The property name" : "The string")
                + " is not valid text: it holds bytes that are not UTF-8 or a lone surrogate escape (\\uD800-\\uDFFF without its pair).")
            { Offset = reader.TokenStartIndex };
        }
    }

    // The text of the string or name the reader is on, or null when it is not valid text.
    internal static string? TryText(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    // A property given twice in one object: which one would win is a guess, so neither does.
    internal static ParseError Duplicate(ref Utf8JsonReader reader, string name) =>
        new($"Duplicate property '{name}': a property may appear only once in an object.") { Offset = reader.TokenStartIndex };

    internal static List<string>? SharedStrings(ref Utf8JsonReader reader) => Strings(ref reader, shared: true);

    internal static int? Int(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number when reader.TryGetInt32(out var value) => value,
        JsonTokenType.Null => null,
        _ => throw ParseError.WrongType(ref reader, "a whole number"),
    };

    internal static decimal? Decimal(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number when reader.TryGetDecimal(out var value) => value,
        JsonTokenType.Null => null,
        _ => throw ParseError.WrongType(ref reader, "a number"),
    };

    internal static bool? Bool(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        _ => throw ParseError.WrongType(ref reader, "true or false"),
    };

    internal static List<string>? Strings(ref Utf8JsonReader reader) => Strings(ref reader, shared: false);

    private static List<string>? Strings(ref Utf8JsonReader reader, bool shared)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw ParseError.WrongType(ref reader, "an array of strings");
        }

        // Read into this thread's scratch array first: a list equal to one of the last few read on this thread is that list
        // (DTOs are only read once parsed, so they can share it), and any other is made at its exact size.
        var texts = scratch ??= new string[16];
        var index = 0;
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (index == texts.Length)
                {
                    Array.Resize(ref scratch, texts.Length * 2);
                    texts = scratch;
                }

                texts[index] = (shared ? Shared(ref reader) : String(ref reader))!;
                index++;
            }
        }
        catch (JsonException e)
        {
            throw ParseError.From(e).Under(index);
        }
        catch (ParseError e)
        {
            throw e.Under(index);
        }

        var list = (recentLists ??= new RecentLists()).Find(texts.AsSpan(0, index));
        texts.AsSpan(0, index).Clear();
        return list;
    }

    [ThreadStatic]
    private static string[]? scratch;

    [ThreadStatic]
    private static RecentLists? recentLists;

    // Reads an array of objects one at a time, handing each (null for a JSON null) to the caller with its index before
    // reading the next, so that no more than one DTO is alive at a time.
    internal static void Each<T>(ref Utf8JsonReader reader, DtoShape<T> shape, Action<T?, int> each)
        where T : ExtensibleDto, new()
    {
        if (reader.TokenType != JsonTokenType.Null)
        {
            Each(ref reader, shape, each, static (item, index, each) => each(item, index));
        }
    }

    private static void Each<T, TState>(ref Utf8JsonReader reader, DtoShape<T> shape, TState state, Action<T?, int, TState> each)
        where T : ExtensibleDto, new()
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw ParseError.WrongType(ref reader, "an array");
        }

        var index = 0;
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                each(Object(ref reader, shape), index, state);
                index++;
            }
        }
        catch (JsonException e)
        {
            throw ParseError.From(e).Under(index);
        }
        catch (ParseError e)
        {
            throw e.Under(index);
        }
    }

    internal static List<T>? Objects<T>(ref Utf8JsonReader reader, DtoShape<T> shape)
        where T : ExtensibleDto, new()
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var list = new List<T>();
        Each(ref reader, shape, list, static (item, _, list) => list.Add(item!));
        return list;
    }

    // Where and why parsing stopped. The path is built as the error leaves each object and array; line and column come
    // from the reader's own exception or, for a value of the wrong type, from the token's offset in the text.
    internal sealed class ParseError : Exception
    {
        private readonly List<string> segments = [];

        public ParseError()
        {
        }

        public ParseError(string message)
            : base(message)
        {
        }

        public ParseError(string message, Exception innerException)
            : base(message, innerException)
        {
        }

        internal long? Offset { get; set; }

        private long? Line { get; init; }

        private long? Column { get; init; }

        public static ParseError WrongType(ref Utf8JsonReader reader, string expected) =>
            new($"The JSON value could not be converted to {expected}.") { Offset = reader.TokenStartIndex };

        // The reader's message ends in " LineNumber: … | BytePositionInLine: …"; those are kept apart, as the serializer does.
        public static ParseError From(JsonException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
            return new ParseError(cut >= 0 ? message[..cut] : message, e) { Line = e.LineNumber, Column = e.BytePositionInLine };
        }

        // The same error in a text that holds the one parsed at start.
        public ParseError Within(long start)
        {
            Offset += start;
            return this;
        }

        public ParseError Under(string property)
        {
            segments.Add("." + property);
            return this;
        }

        public ParseError Under(int index)
        {
            segments.Add(string.Create(CultureInfo.InvariantCulture, $"[{index}]"));
            return this;
        }

        public JsonException ToJsonException(ReadOnlySpan<byte> json)
        {
            var path = new StringBuilder("$");
            for (var i = segments.Count - 1; i >= 0; i--)
            {
                path.Append(segments[i]);
            }

            long? line = Line, column = Column;
            if (Offset is { } offset && offset <= json.Length)
            {
                var before = json[..(int)offset];
                line = before.Count((byte)'\n');
                column = offset - (before.LastIndexOf((byte)'\n') + 1);
            }

            return new JsonException(Message, path.ToString(), line, column, this);
        }
    }
}

internal delegate void DtoSetter<in T>(T dto, ref Utf8JsonReader reader);

// How to read one DTO type: its properties in the order the writer writes them.
internal sealed class DtoShape<T>
    where T : ExtensibleDto, new()
{
    private readonly byte[][] utf8Names;
    private readonly string[] names;
    private readonly DtoSetter<T>[] setters;
    private readonly Func<T> create;

    public IReadOnlyList<string> Names => names;

    // create: a plain constructor call (a generic new T() goes through reflection).
    public DtoShape(Func<T> create, params (JsonEncodedText Name, DtoSetter<T> Set)[] properties)
    {
        this.create = create;
        names = [.. properties.Select(p => p.Name.Value)];
        utf8Names = [.. properties.Select(p => p.Name.EncodedUtf8Bytes.ToArray())];
        setters = [.. properties.Select(p => p.Set)];
    }

    // The reader is on the object's StartObject; it is left on its EndObject.
    public T Read(ref Utf8JsonReader reader)
    {
        var dto = create();
        var next = 0;
        string? name = null;
        var seen = new BitSet(names.Length);
        try
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var index = Find(ref reader, next);
                name = index >= 0 ? names[index] : DtoParser.Text(ref reader);
                if (index >= 0 ? !seen.Add(index) : dto.Extra?.ContainsKey(name) == true)
                {
                    throw DtoParser.Duplicate(ref reader, name);
                }

                reader.Read();
                if (index >= 0)
                {
                    setters[index](dto, ref reader);
                    next = index + 1;
                }
                else
                {
                    (dto.Extra ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[name] = JsonElement.ParseValue(ref reader);
                }

                name = null;
            }
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

        return dto;
    }

    // Files written by this library list properties in declaration order, so the one after the last found is tried first.
    private int Find(ref Utf8JsonReader reader, int next)
    {
        if (reader.ValueIsEscaped)
        {
            var text = DtoParser.Text(ref reader);
            return Array.IndexOf(names, text);
        }

        var span = reader.ValueSpan;
        if (next < utf8Names.Length && span.SequenceEqual(utf8Names[next]))
        {
            return next;
        }

        for (var i = 0; i < utf8Names.Length; i++)
        {
            if (span.SequenceEqual(utf8Names[i]))
            {
                return i;
            }
        }

        return -1;
    }
}

// Which of a shape's properties an object has given so far: bits in one word for the usual shapes, an array beyond.
internal struct BitSet(int count)
{
    private readonly bool[]? many = count > 64 ? new bool[count] : null;
    private ulong bits;

    // Adds i; false when it was there already.
    public bool Add(int i)
    {
        if (many is not null)
        {
            var had = many[i];
            many[i] = true;
            return !had;
        }

        var mask = 1UL << i;
        var added = (bits & mask) == 0;
        bits |= mask;
        return added;
    }
}
