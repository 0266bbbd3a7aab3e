using NodaTime;
using Sanctions.Sources.Diagnostics;

namespace Sanctions.Sources;

/// <summary>How an import treats bad input and when the publication was made.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ImportOptions
{
    /// <summary>Gets the default options: strict, publication instant from the files where they state one.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>
    /// Gets a value indicating whether malformed rows and elements are skipped and counted
    /// (<see langword="true"/>) instead of stopping the import with an <see cref="ImportException"/>
    /// (<see langword="false"/>, the default).
    /// </summary>
    public bool Lenient { get; init; }

    /// <summary>
    /// Gets the instant the publication was made, overriding what the file states (OFAC XML
    /// <c>Publish_Date</c>, UN <c>dateGenerated</c>). The CSV formats state none: without this,
    /// a single import records its facts with open record time and designations with no list
    /// date start on a wholly unknown day.
    /// </summary>
    public Instant? Published { get; init; }

    /// <summary>Gets the dataset name given to the world; defaults to the format's command-line name.</summary>
    public string? DatasetName { get; init; }
}
