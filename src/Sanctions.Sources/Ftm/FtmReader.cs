using System.Text;
using System.Text.Json;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Ftm;

/// <summary>
/// Reads OpenSanctions FollowTheMoney JSON lines: full exports (<c>entities.ftm.json</c>, one
/// entity per line) and delta files (<c>entities.delta.json</c>, one <c>{"op","entity"}</c> per line).
/// </summary>
/// <remarks>Each line is parsed on its own with <see cref="Utf8JsonReader"/>; the file is never decoded as a whole.</remarks>
internal static class FtmReader
{
    public static IEnumerable<FtmEntity> ReadEntities(SourceFile file, ImportDiagnostics diagnostics, CancellationToken cancellationToken = default) =>
        ReadLines(file, diagnostics, ParseEntityLine, cancellationToken);

    public static IEnumerable<FtmDelta> ReadDelta(SourceFile file, ImportDiagnostics diagnostics, CancellationToken cancellationToken = default) =>
        ReadLines(file, diagnostics, ParseDelta, cancellationToken);

    private delegate T? LineParser<T>(ReadOnlySpan<byte> line, SourceLocation location, out string? error);

    // One record a line: blank lines are skipped, a line that does not parse is rejected at its line with the reason.
    private static IEnumerable<T> ReadLines<T>(SourceFile file, ImportDiagnostics diagnostics, LineParser<T> parse, CancellationToken cancellationToken)
        where T : class
    {
        using var stream = file.Open();
        foreach (var line in Utf8LineReader.Read(stream))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsBlank(line.Bytes.Span))
            {
                continue;
            }

            diagnostics.CountRead();
            var location = new SourceLocation(file.Name, line.Number);
            T? item;
            string? error;
            if (InvalidUtf8At(line.Bytes.Span) is { } at)
            {
                item = null;
                error = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"not valid UTF-8 at byte {at + 1} of the line");
            }
            else
            {
                try
                {
                    item = parse(line.Bytes.Span, location, out error);
                }
                catch (JsonException e)
                {
                    item = null;
                    error = "not valid JSON: " + e.Message;
                }
                catch (InvalidOperationException e)
                {
                    // A string holding a lone surrogate escape (\ud800) cannot become text.
                    item = null;
                    error = "not valid JSON text: " + e.Message;
                }
            }

            if (item is null)
            {
                diagnostics.Reject(location.WithPath("$"), null, error!);
                continue;
            }

            yield return item;
        }
    }

    private static FtmEntity? ParseEntityLine(ReadOnlySpan<byte> line, SourceLocation location, out string? error)
    {
        var reader = new Utf8JsonReader(line);
        return ParseEntity(ref reader, location, "$", out error);
    }

    /// <summary>The 0-based offset of the first byte that is not valid UTF-8, or null when the line is valid.</summary>
    internal static int? InvalidUtf8At(ReadOnlySpan<byte> line)
    {
        if (System.Text.Unicode.Utf8.IsValid(line))
        {
            return null;
        }

        var offset = 0;
        while (offset < line.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(line[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return null;
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }

    private static FtmDelta? ParseDelta(ReadOnlySpan<byte> line, SourceLocation location, out string? error)
    {
        var reader = new Utf8JsonReader(line);
        error = null;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            error = "a delta line must be a JSON object {\"op\": …, \"entity\": …}";
            return null;
        }

        string? op = null;
        FtmEntity? entity = null;
        string? entityId = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("op"u8))
            {
                reader.Read();
                op = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("entity"u8))
            {
                reader.Read();
                var checkpoint = reader;
                entityId = PeekId(ref checkpoint);
                entity = ParseEntityBody(ref reader, location, "$.entity", out var entityError, requireSchema: false);
                if (entityError is not null)
                {
                    error = entityError;
                    return null;
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        FtmDeltaOp kind;
        switch (op)
        {
            case "ADD":
                kind = FtmDeltaOp.Add;
                break;
            case "MOD":
                kind = FtmDeltaOp.Modify;
                break;
            case "DEL":
                kind = FtmDeltaOp.Delete;
                break;
            default:
                error = $"op '{op}' is not ADD, MOD or DEL";
                return null;
        }

        entityId ??= entity?.Id;
        if (entityId is null)
        {
            error = "the delta has no entity id ($.entity.id)";
            return null;
        }

        if (!IsId(entityId))
        {
            error = $"$.entity.id '{entityId}' is not an id: it must be non-empty, without white space at either end";
            return null;
        }

        if (kind != FtmDeltaOp.Delete && (entity is null || entity.Schema.Length == 0))
        {
            error = $"{op} needs a full entity with a schema ($.entity.schema)";
            return null;
        }

        return new FtmDelta(kind, entityId, kind == FtmDeltaOp.Delete ? null : entity, location);
    }

    private static string? PeekId(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var depth = reader.CurrentDepth;
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == depth + 1 && reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }
        }

        return null;
    }

    private static FtmEntity? ParseEntity(ref Utf8JsonReader reader, SourceLocation location, string path, out string? error)
    {
        if (!reader.Read())
        {
            error = "empty line";
            return null;
        }

        return ParseEntityBody(ref reader, location, path, out error, requireSchema: true);
    }

    /// <summary>Parses the entity object the reader is on (its StartObject token).</summary>
    private static FtmEntity? ParseEntityBody(ref Utf8JsonReader reader, SourceLocation location, string path, out string? error, bool requireSchema)
    {
        error = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            error = $"{path} must be a JSON object";
            return null;
        }

        string? id = null;
        string? schema = null;
        string? caption = null;
        string? firstSeen = null;
        string? lastSeen = null;
        string? lastChange = null;
        bool? target = null;
        string[]? datasets = null;
        string[]? referents = null;
        List<KeyValuePair<string, string[]>>? properties = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "id":
                    id = String(ref reader, path + ".id", ref error);
                    break;
                case "schema":
                    schema = String(ref reader, path + ".schema", ref error);
                    break;
                case "caption":
                    caption = String(ref reader, path + ".caption", ref error);
                    break;
                case "first_seen":
                    firstSeen = String(ref reader, path + ".first_seen", ref error);
                    break;
                case "last_seen":
                    lastSeen = String(ref reader, path + ".last_seen", ref error);
                    break;
                case "last_change":
                    lastChange = String(ref reader, path + ".last_change", ref error);
                    break;
                case "target":
                    target = reader.TokenType switch
                    {
                        JsonTokenType.True => true,
                        JsonTokenType.False => false,
                        _ => null,
                    };
                    break;
                case "datasets":
                    datasets = Strings(ref reader, path + ".datasets", ref error);
                    break;
                case "referents":
                    referents = Strings(ref reader, path + ".referents", ref error);
                    break;
                case "properties":
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        error ??= $"{path}.properties must be an object of string arrays";
                        reader.Skip();
                        break;
                    }

                    properties = [];
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var property = reader.GetString()!;
                        reader.Read();
                        var values = Strings(ref reader, $"{path}.properties.{property}", ref error);
                        if (values is not null)
                        {
                            properties.Add(new(property, values));
                        }
                    }

                    break;
                default:
                    reader.Skip();
                    break;
            }

            if (error is not null)
            {
                return null;
            }
        }

        if (id is null)
        {
            error = $"{path}.id is missing";
            return null;
        }

        if (!IsId(id))
        {
            error = $"{path}.id '{id}' is not an id: it must be non-empty, without white space at either end";
            return null;
        }

        if (schema is null && requireSchema)
        {
            error = $"{path}.schema is missing (entity {id})";
            return null;
        }

        var entity = new FtmEntity(id, schema ?? string.Empty, location)
        {
            Caption = caption,
            FirstSeen = firstSeen,
            LastSeen = lastSeen,
            LastChange = lastChange,
            Target = target,
            Datasets = datasets ?? [],
            Referents = referents ?? [],
        };
        if (properties is not null)
        {
            foreach (var (key, values) in properties)
            {
                entity.Properties[key] = values;
            }
        }

        return entity;
    }

    private static string? String(ref Utf8JsonReader reader, string path, ref string? error)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            error ??= $"{path} must be a string";
            reader.Skip();
            return null;
        }

        return reader.GetString();
    }

    private static string[]? Strings(ref Utf8JsonReader reader, string path, ref string? error)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            error ??= $"{path} must be an array of strings";
            reader.Skip();
            return null;
        }

        var values = new List<string>(2);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                error ??= $"{path} must hold only strings";
                reader.Skip();
                continue;
            }

            values.Add(reader.GetString()!);
        }

        return [.. values];
    }

    /// <summary>Reads a delta index (<c>delta.json</c>): version ids in chronological order.</summary>
    public static IReadOnlyList<string> ReadDeltaIndex(SourceFile file)
    {
        using var stream = file.Open();
        try
        {
            using var document = JsonDocument.Parse(stream);
            if (!document.RootElement.TryGetProperty("versions", out var versions) || versions.ValueKind != JsonValueKind.Object)
            {
                throw new ImportException(new SourceLocation(file.Name, null, "$.versions"), null, "a delta index needs a \"versions\" object");
            }

            // Version ids sort chronologically (FORMATS.md §6).
            return [.. versions.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
        }
        catch (JsonException e)
        {
            throw new ImportException(new SourceLocation(file.Name, e.LineNumber + 1, e.Path), null, "not valid JSON: " + e.Message, e);
        }
    }

    /// <summary>Whether an FtM id can name a party: non-empty and trimmed (a party id may not start or end with white space).</summary>
    private static bool IsId(string id) => id.Length > 0 && !char.IsWhiteSpace(id[0]) && !char.IsWhiteSpace(id[^1]);

    internal static string Describe(ReadOnlySpan<byte> line) => Encoding.UTF8.GetString(line[..Math.Min(line.Length, 80)]);
}
