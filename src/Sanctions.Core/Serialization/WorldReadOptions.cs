namespace Sanctions.Core.Serialization;

/// <summary>How to read a world file.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record WorldReadOptions
{
    /// <summary>The default options: unknown properties are errors; no source name.</summary>
    public static WorldReadOptions Default { get; } = new();

    /// <summary>
    /// Whether properties the format does not define are skipped instead of reported. <see langword="false"/> by default,
    /// so that a misspelt property (<c>"vaild"</c>) is caught rather than silently lost.
    /// </summary>
    public bool IgnoreUnknownProperties { get; init; }

    /// <summary>The name of the file or source, used in the exception message; a file read uses its path when this is null.</summary>
    public string? SourceName { get; init; }
}
