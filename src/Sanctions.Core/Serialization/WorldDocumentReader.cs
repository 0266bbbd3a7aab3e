using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sanctions.Core.World;

namespace Sanctions.Core.Serialization;

// Reads the whole-world document: checks format and version first (so that a version 2 file gets one clear message),
// then deserializes the DTOs (a syntax error stops here, with its line) and maps them, collecting every problem.
internal static partial class WorldDocumentReader
{
    public static SanctionsWorld Read(ReadOnlyMemory<byte> utf8, WorldReadOptions? options)
    {
        options ??= WorldReadOptions.Default;
        var bytes = utf8.Span.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
        var reader = new WorldDtoReader(options, lines: false);
        try
        {
            if (!CheckVersion(bytes.Span, reader))
            {
                throw new WorldFormatException(reader.Problems, options.SourceName);
            }

            if (!Records(bytes.Span, reader, options))
            {
                reader.Problem("$", "The document is null: expected an object with \"format\": \"sanctions-world\".");
                throw new WorldFormatException(reader.Problems, options.SourceName);
            }
        }
        catch (JsonException e)
        {
            reader.Problem(e.Path ?? "$", e.LineNumber is { } l ? (int)l + 1 : null, JsonProblems.Describe(e));
            throw new WorldFormatException(reader.Problems, options.SourceName);
        }

        return reader.Finish(options.SourceName);
    }

    // Walks the document and maps each record as soon as it is parsed, so that only one record's DTOs are alive at a time
    // (holding them all made the garbage collector trace them again and again while the world was built). Returns false
    // when the document is null. A syntax error or a value of the wrong JSON type stops the walk as a JsonException with
    // its path, line and column.
    private static bool Records(ReadOnlySpan<byte> json, WorldDtoReader reader, WorldReadOptions options)
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

                while (parser.Read() && parser.TokenType == JsonTokenType.PropertyName)
                {
                    name = parser.GetString()!;
                    parser.Read();
                    Collection(ref parser, name, reader, options, root);
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

    private static void Collection(ref Utf8JsonReader parser, string name, WorldDtoReader reader, WorldReadOptions options, Loc root)
    {
        switch (name)
        {
            // Checked before the walk (CheckVersion).
            case "format":
            case "version":
                parser.Skip();
                break;
            case "dataset":
                reader.Dataset(DtoParser.Object(ref parser, Shapes.Dataset), root.Inside("dataset"));
                break;
            case RecordCollections.Parties:
                DtoParser.Each(ref parser, Shapes.Party, Item<PartyDto>(reader, name, (x, l) => { reader.NoRecordKind(x.RecordKind, l); reader.Party(x, l); }));
                break;
            case RecordCollections.Authorities:
                DtoParser.Each(ref parser, Shapes.Authority, Item<AuthorityDto>(reader, name, (x, l) => { reader.NoRecordKind(x.RecordKind, l); reader.Authority(x, l); }));
                break;
            case RecordCollections.Instruments:
                DtoParser.Each(ref parser, Shapes.Instrument, Item<InstrumentDto>(reader, name, (x, l) => { reader.NoRecordKind(x.RecordKind, l); reader.Instrument(x, l); }));
                break;
            case RecordCollections.Programs:
                DtoParser.Each(ref parser, Shapes.Program, Item<ProgramDto>(reader, name, (x, l) => { reader.NoRecordKind(x.RecordKind, l); reader.Program(x, l); }));
                break;
            case RecordCollections.Lists:
                DtoParser.Each(ref parser, Shapes.List, Item<ListDto>(reader, name, (x, l) => { reader.NoRecordKind(x.RecordKind, l); reader.List(x, l); }));
                break;
            case RecordCollections.Designations:
                DtoParser.Each(ref parser, Shapes.Designation, Item<DesignationDto>(reader, name, (x, l) => { reader.NoRecordKind(x.RecordKind, l); reader.Designation(x, l); }));
                break;
            case RecordCollections.CountryMeasures:
                DtoParser.Each(ref parser, Shapes.CountryMeasure, Item<CountryMeasureDto>(reader, name, (x, l) => { reader.NoRecordKind(x.RecordKind, l); reader.CountryMeasure(x, l); }));
                break;
            case RecordCollections.Treaties:
                DtoParser.Each(ref parser, Shapes.Treaty, Item<TreatyDto>(reader, name, (x, l) => { reader.NoRecordKind(x.RecordKind, l); reader.Treaty(x, l); }));
                break;
            case RecordCollections.TreatyActions:
                DtoParser.Each(ref parser, Shapes.TreatyAction, Item<TreatyActionDto>(reader, name, (x, l) => { reader.NoRecordKind(x.RecordKind, l); reader.TreatyAction(x, l); }));
                break;
            case RecordCollections.Memberships:
                DtoParser.Each(ref parser, Shapes.Membership, Item<MembershipDto>(reader, name, (x, l) => { reader.NoRecordKind(x.RecordKind, l); reader.Membership(x, l); }));
                break;
            case RecordCollections.Relations:
                DtoParser.Each(ref parser, Shapes.Relation, Item<RelationDto>(reader, name, (x, l) => { reader.NoRecordKind(x.RecordKind, l); reader.Relation(x, l); }));
                break;
            case RecordCollections.Positions:
                DtoParser.Each(ref parser, Shapes.Position, Item<PositionDto>(reader, name, (x, l) => { reader.NoRecordKind(x.RecordKind, l); reader.Position(x, l); }));
                break;
            default:
                if (!options.IgnoreUnknownProperties)
                {
                    reader.Problem("$." + name, $"Unknown property '{name}'.");
                }

                parser.Skip();
                break;
        }
    }

    // An item of a collection: null is reported at its index, anything else mapped there.
    private static Action<T?, int> Item<T>(WorldDtoReader reader, string collection, Action<T, Loc> read)
        where T : class
    {
        var path = "$." + collection;
        return (item, index) =>
        {
            var loc = new Loc(path, index);
            if (item is null)
            {
                reader.Problem(loc.At(), "null is not allowed here: expected an object.");
            }
            else
            {
                read(item, loc);
            }
        };
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
            if (reader.ValueTextEquals("format"u8))
            {
                reader.Read();
                formatSeen = true;
                format = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("version"u8))
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
