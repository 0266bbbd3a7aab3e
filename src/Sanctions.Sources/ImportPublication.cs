using NodaTime;

namespace Sanctions.Sources;

/// <summary>The files of one publication of a list and, where the files do not say, when it was published.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
/// <param name="Files">The files of the publication (for OFAC CSV: the primary file and its side files).</param>
/// <param name="Published">When it was published; overrides the files. Required to merge several publications when the files do not state it.</param>
/// <param name="Version">A label for the publication in provenance; defaults to the instant.</param>
public sealed record ImportPublication(IReadOnlyList<SourceFile> Files, Instant? Published = null, string? Version = null);
