namespace Sanctions.Core.IO;

/// <summary>
/// Writes a file so that readers see the old content or the whole new content, never a part: the content goes to a
/// temporary file in the same directory, which is flushed to disk and then renamed over the target.
/// </summary>
/// <remarks>
/// A disk that fills, a cancelled write or a crash part way leaves the existing file as it was and no partial new one
/// (the temporary file is deleted when the failure is seen; after a crash a hidden <c>.NAME.*.tmp</c> file may be left
/// beside the target). The rename is atomic on the file systems .NET supports when both names are in one directory.
/// </remarks>
/// <threadsafety>Static and stateless; concurrent writes of one path end with one of the contents whole.</threadsafety>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, replacing it only when the write succeeds.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="write">Writes the content to the stream it is given (not closing it).</param>
    /// <param name="cancellationToken">Cancels the write; the target is then left as it was.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    /// <exception cref="IOException">The path names a directory, or the file cannot be written or renamed.</exception>
    /// <exception cref="UnauthorizedAccessException">The directory cannot be written.</exception>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException($"'{path}' is a directory, not a file.");
        }

        var directory = Path.GetDirectoryName(full) ?? throw new IOException($"'{path}' has no directory to write in.");
        var temporary = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Path.GetRandomFileName() + ".tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);

                // On disk before the rename, so that a power cut after it cannot leave the new name on empty blocks.
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Writes text (UTF-8, no byte-order mark) to <paramref name="path"/> as <see cref="WriteAsync"/> does.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="text">The content.</param>
    /// <exception cref="IOException">The path names a directory, or the file cannot be written or renamed.</exception>
    /// <exception cref="UnauthorizedAccessException">The directory cannot be written.</exception>
    public static void WriteAllText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = new System.Text.UTF8Encoding(false).GetBytes(text);

        // A FileStream over a local file completes synchronously in effect; there is nothing to block on.
        WriteAsync(path, (s, c) => s.WriteAsync(bytes, c).AsTask()).GetAwaiter().GetResult();
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
#pragma warning disable CA1031 // The write's own failure is what the caller must see; a leftover temporary file is harmless.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
