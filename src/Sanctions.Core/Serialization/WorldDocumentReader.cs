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
        WorldDocumentDto? dto;
        try
        {
            if (!CheckVersion(bytes.Span, reader))
            {
                throw new WorldFormatException(reader.Problems, options.SourceName);
            }

            dto = DtoParser.Document(bytes.Span);
        }
        catch (JsonException e)
        {
            reader.Problem(e.Path ?? "$", e.LineNumber is { } l ? (int)l + 1 : null, JsonProblems.Describe(e));
            throw new WorldFormatException(reader.Problems, options.SourceName);
        }

        if (dto is null)
        {
            reader.Problem("$", "The document is null: expected an object with \"format\": \"sanctions-world\".");
            throw new WorldFormatException(reader.Problems, options.SourceName);
        }

        var root = new Loc("$", -1);
        reader.Dataset(dto.Dataset, root.Inside("dataset"));
        if (dto.Extra is { Count: > 0 } && !options.IgnoreUnknownProperties)
        {
            foreach (var name in dto.Extra.Keys.Order(StringComparer.Ordinal))
            {
                reader.Problem("$." + name, $"Unknown property '{name}'.");
            }
        }

        Each(dto.Parties, RecordCollections.Parties, (x, l) => { reader.NoRecordKind(x.RecordKind, l); reader.Party(x, l); });
        Each(dto.Authorities, RecordCollections.Authorities, (x, l) => { reader.NoRecordKind(x.RecordKind, l); reader.Authority(x, l); });
        Each(dto.Instruments, RecordCollections.Instruments, (x, l) => { reader.NoRecordKind(x.RecordKind, l); reader.Instrument(x, l); });
        Each(dto.Programs, RecordCollections.Programs, (x, l) => { reader.NoRecordKind(x.RecordKind, l); reader.Program(x, l); });
        Each(dto.Lists, RecordCollections.Lists, (x, l) => { reader.NoRecordKind(x.RecordKind, l); reader.List(x, l); });
        Each(dto.Designations, RecordCollections.Designations, (x, l) => { reader.NoRecordKind(x.RecordKind, l); reader.Designation(x, l); });
        Each(dto.CountryMeasures, RecordCollections.CountryMeasures, (x, l) => { reader.NoRecordKind(x.RecordKind, l); reader.CountryMeasure(x, l); });
        Each(dto.Treaties, RecordCollections.Treaties, (x, l) => { reader.NoRecordKind(x.RecordKind, l); reader.Treaty(x, l); });
        Each(dto.TreatyActions, RecordCollections.TreatyActions, (x, l) => { reader.NoRecordKind(x.RecordKind, l); reader.TreatyAction(x, l); });
        Each(dto.Memberships, RecordCollections.Memberships, (x, l) => { reader.NoRecordKind(x.RecordKind, l); reader.Membership(x, l); });
        Each(dto.Relations, RecordCollections.Relations, (x, l) => { reader.NoRecordKind(x.RecordKind, l); reader.Relation(x, l); });
        Each(dto.Positions, RecordCollections.Positions, (x, l) => { reader.NoRecordKind(x.RecordKind, l); reader.Position(x, l); });
        return reader.Finish(options.SourceName);

        void Each<T>(List<T>? items, string collection, Action<T, Loc> read)
            where T : class
        {
            if (items is null)
            {
                return;
            }

            var path = "$." + collection;
            for (var i = 0; i < items.Count; i++)
            {
                var loc = new Loc(path, i);
                if (items[i] is { } item)
                {
                    read(item, loc);
                }
                else
                {
                    reader.Problem(loc.At(), "null is not allowed here: expected an object.");
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
