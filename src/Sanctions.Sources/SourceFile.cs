namespace Sanctions.Sources;

/// <summary>
/// A file to import: the name used in messages and to tell files apart, and a way to open it.
/// </summary>
/// <remarks>
/// Lets callers import from disk, from memory or from a download without temporary files.
/// <see cref="Open"/> may be called more than once and must return a new readable stream each time.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads if <see cref="Open"/> is.</threadsafety>
/// <param name="Name">The file name or path, as shown in messages; importers that take several files tell them apart by its file name.</param>
/// <param name="Open">Opens a new readable stream over the content.</param>
public sealed record SourceFile(string Name, Func<Stream> Open)
{
    /// <summary>Creates a source file that reads from disk.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>A source file named <paramref name="path"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static SourceFile FromPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new SourceFile(path, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));
    }

    /// <summary>Creates a source file over bytes in memory.</summary>
    /// <param name="name">The name to use in messages.</param>
    /// <param name="content">The bytes of the file.</param>
    /// <returns>A source file that opens a read-only stream over <paramref name="content"/>.</returns>
    public static SourceFile FromBytes(string name, byte[] content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(content);
        return new SourceFile(name, () => new MemoryStream(content, 0, content.Length, writable: false, publiclyVisible: true));
    }

    /// <summary>Gets the file name without its directory, as used to tell files apart.</summary>
    public string FileName => Path.GetFileName(Name);
}
