using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Sanctions.Core.World;

namespace Sanctions.Core.Serialization;

/// <summary>
/// Reads and writes worlds in the <c>sanctions-world</c> JSON format, version 1: a whole-world JSON document
/// (<c>.json</c>) or JSON Lines (<c>.jsonl</c>), one record per line, for worlds too big to hold as one document.
/// </summary>
/// <remarks>
/// <para>The format is described field by field in <c>docs/json-format.md</c> and by the JSON Schema
/// <c>docs/world.schema.json</c>.</para>
/// <para>Writing is deterministic: every collection is written in a canonical order and every object's properties in a
/// fixed order, so the same world always gives the same bytes and files diff cleanly. Reading checks everything and
/// reports every problem it can find, each with its JSON path (and line, for JSON Lines), in one
/// <see cref="WorldFormatException"/>; a failed read yields no world. Reading JSON Lines streams: it never holds the
/// whole text, only the world being built.</para>
/// <para>No reflection is used: the writer writes straight onto a <see cref="System.Text.Json.Utf8JsonWriter"/> and the
/// reader parses with a <see cref="System.Text.Json.Utf8JsonReader"/>, both with the property names of one table.</para>
/// </remarks>
/// <threadsafety>All members are safe to call from any thread.</threadsafety>
public static class WorldJson
{
    /// <summary>The value of the <c>format</c> property of every world file.</summary>
    public const string FormatName = "sanctions-world";

    /// <summary>The format version this library writes and the only one it reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>Reads a whole-world JSON document.</summary>
    /// <param name="utf8Json">The UTF-8 document; read to its end and not closed.</param>
    /// <param name="options">How to read, or <see langword="null"/> for <see cref="WorldReadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The world.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="WorldFormatException">The document is not valid JSON, does not follow the format, or describes an invalid world.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<SanctionsWorld> ReadAsync(Stream utf8Json, WorldReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);

        // A document is parsed from one span. A memory stream already is one; anything else is read into one, sized when the
        // stream knows its length.
        if (utf8Json is MemoryStream memory && memory.TryGetBuffer(out var held))
        {
            var start = (int)memory.Position;
            memory.Position = memory.Length;
            return WorldDocumentReader.Read(held.AsMemory(start, held.Count - start), options);
        }

        // A stream that knows its length is read straight into an array of that length, not cleared first (it is filled).
        var length = utf8Json.CanSeek ? utf8Json.Length - utf8Json.Position : 0;
        var bytes = length is > 0 and <= 1 << 30 ? GC.AllocateUninitializedArray<byte>((int)length) : [];
        var read = bytes.Length == 0 ? 0 : await utf8Json.ReadAtLeastAsync(bytes, bytes.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        var next = new byte[1];
        if (read == bytes.Length && await utf8Json.ReadAsync(next, cancellationToken).ConfigureAwait(false) == 0)
        {
            return WorldDocumentReader.Read(bytes, options);
        }

        // Shorter or longer than it said, or of unknown length: whatever it holds.
        using var buffer = new MemoryStream();
        buffer.Write(bytes, 0, read);
        if (read == bytes.Length)
        {
            buffer.Write(next);
            await utf8Json.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        return WorldDocumentReader.Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), options);
    }

    /// <summary>Reads a JSON Lines world, one line at a time: memory follows the world being built, not the file.</summary>
    /// <param name="utf8JsonLines">The UTF-8 lines: a header line, then one record per line; read to its end and not closed.</param>
    /// <param name="options">How to read, or <see langword="null"/> for <see cref="WorldReadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The world.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8JsonLines"/> is null.</exception>
    /// <exception cref="WorldFormatException">A line is not valid JSON or does not follow the format, or the world is invalid; a bad line does not stop the others from being checked.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static Task<SanctionsWorld> ReadLinesAsync(Stream utf8JsonLines, WorldReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8JsonLines);
        return WorldLinesReader.ReadAsync(utf8JsonLines, options, cancellationToken);
    }

    /// <summary>Reads a world file, choosing the form by its extension: <c>.json</c> for a document, <c>.jsonl</c> or <c>.ndjson</c> for JSON Lines.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How to read; when its <see cref="WorldReadOptions.SourceName"/> is null, the path names the source in messages.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The world.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or has another extension.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="WorldFormatException">The file does not hold a valid world.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<SanctionsWorld> ReadFileAsync(string path, WorldReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        var lines = IsLines(path);
        options ??= WorldReadOptions.Default;
        if (options.SourceName is null)
        {
            options = options with { SourceName = path };
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            return lines
                ? await ReadLinesAsync(stream, options, cancellationToken).ConfigureAwait(false)
                : await ReadAsync(stream, options, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a whole-world JSON document from text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">How to read, or <see langword="null"/> for the defaults.</param>
    /// <returns>The world.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="WorldFormatException">The document does not hold a valid world.</exception>
    public static SanctionsWorld Deserialize(string json, WorldReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return WorldDocumentReader.Read(Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>Reads a JSON Lines world from text.</summary>
    /// <param name="jsonLines">The lines.</param>
    /// <param name="options">How to read, or <see langword="null"/> for the defaults.</param>
    /// <returns>The world.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="jsonLines"/> is null.</exception>
    /// <exception cref="WorldFormatException">The lines do not hold a valid world.</exception>
    public static SanctionsWorld DeserializeLines(string jsonLines, WorldReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(jsonLines);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(jsonLines), writable: false);

        // A MemoryStream completes every read synchronously, so this does not block on I/O.
        return WorldLinesReader.ReadAsync(stream, options, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Writes a world as one JSON document, indented by two spaces, ending in a newline.</summary>
    /// <param name="world">The world.</param>
    /// <param name="utf8Json">Where to write UTF-8; not closed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written and flushed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public static async Task WriteAsync(SanctionsWorld world, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(utf8Json);
        await WriteChunksAsync(world, utf8Json, lines: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a world as JSON Lines: a header line, then one compact record per line, each ending in a newline.</summary>
    /// <param name="world">The world.</param>
    /// <param name="utf8JsonLines">Where to write UTF-8; not closed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every line is written and flushed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public static async Task WriteLinesAsync(SanctionsWorld world, Stream utf8JsonLines, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(utf8JsonLines);
        await WriteChunksAsync(world, utf8JsonLines, lines: true, cancellationToken).ConfigureAwait(false);
    }

    // Both forms: the writer's chunks in order, then one flush.
    private static async Task WriteChunksAsync(SanctionsWorld world, Stream utf8, bool lines, CancellationToken cancellationToken)
    {
        foreach (var chunk in WorldWriter.Chunks(world, lines))
        {
            await utf8.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
        }

        await utf8.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a world to a file, choosing the form by its extension: <c>.json</c> for a document, <c>.jsonl</c> or <c>.ndjson</c> for JSON Lines.</summary>
    /// <param name="world">The world.</param>
    /// <param name="path">The file, created or replaced.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <remarks>The world is written to a temporary file in the same directory, which replaces <paramref name="path"/> only once
    /// it is whole: a failed or cancelled write leaves an existing file as it was and no partial new one.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="world"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or has another extension.</exception>
    /// <exception cref="IOException">The file cannot be written (the path names a directory, the disk is full…).</exception>
    /// <exception cref="UnauthorizedAccessException">The directory cannot be written.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public static Task WriteFileAsync(SanctionsWorld world, string path, CancellationToken cancellationToken = default) =>
        WriteFileAsync(world, path, static s => s, cancellationToken);

    // through: wraps the file stream (tests put one in that fails part way).
    internal static Task WriteFileAsync(SanctionsWorld world, string path, Func<Stream, Stream> through, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(world);
        var lines = IsLines(path);
        return IO.AtomicFile.WriteAsync(
            path,
            (file, cancel) => lines ? WriteLinesAsync(world, through(file), cancel) : WriteAsync(world, through(file), cancel),
            cancellationToken);
    }

    /// <summary>Writes a world as one JSON document, as <see cref="WriteAsync"/> does.</summary>
    /// <param name="world">The world.</param>
    /// <returns>The document text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="world"/> is null.</exception>
    public static string Serialize(SanctionsWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        return Text(WorldWriter.Chunks(world, lines: false));
    }

    /// <summary>Writes a world as JSON Lines, as <see cref="WriteLinesAsync"/> does.</summary>
    /// <param name="world">The world.</param>
    /// <returns>The lines, each ending in a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="world"/> is null.</exception>
    public static string SerializeLines(SanctionsWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        return Text(WorldWriter.Chunks(world, lines: true));
    }

    /// <summary>
    /// The identity of a world's content: the SHA-256 of its canonical JSON Lines bytes (as <see cref="WriteLinesAsync"/>
    /// writes them), as 64 lowercase hexadecimal digits. Equal worlds have equal hashes, whatever order their facts were added in.
    /// </summary>
    /// <param name="world">The world.</param>
    /// <returns>The hash, e.g. <c>3f2a…</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="world"/> is null.</exception>
    public static string ComputeContentHash(SanctionsWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var chunk in WorldWriter.Chunks(world, lines: true))
        {
            hash.AppendData(chunk.Span);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    // Chunks are cut between whole records, never inside a character.
    private static string Text(IEnumerable<ReadOnlyMemory<byte>> chunks)
    {
        var text = new StringBuilder();
        foreach (var chunk in chunks)
        {
            text.Append(Encoding.UTF8.GetString(chunk.Span));
        }

        return text.ToString();
    }

    private static bool IsLines(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var extension = Path.GetExtension(path);
        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        throw new ArgumentException($"'{path}' is not a world file: expected the extension .json (a document) or .jsonl (JSON Lines).", nameof(path));
    }
}
