using System.Collections.Immutable;
using NodaTime;
using Sanctions.Core.World;
using Sanctions.Sources.Diagnostics;

namespace Sanctions.Sources;

/// <summary>
/// What an import produced: the validated world, the counts, and every issue noticed.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ImportResult
{
    internal ImportResult(ImportFormat format, SanctionsWorld world, int read, int imported, int skipped, ImmutableArray<ImportIssue> issues, Instant? published)
    {
        Format = format;
        World = world;
        Read = read;
        Imported = imported;
        Skipped = skipped;
        Issues = issues;
        Published = published;
    }

    /// <summary>Gets the format that was read.</summary>
    public ImportFormat Format { get; }

    /// <summary>Gets the world built from the import, validated by <see cref="WorldBuilder.Build"/>.</summary>
    public SanctionsWorld World { get; }

    /// <summary>Gets the number of records read (rows, entries, entities or delta lines, over all publications).</summary>
    public int Read { get; }

    /// <summary>Gets the number of records mapped into the world.</summary>
    public int Imported { get; }

    /// <summary>Gets the number of malformed records skipped (lenient mode only; always 0 in strict mode).</summary>
    public int Skipped { get; }

    /// <summary>Gets every issue noticed, in the order met: warnings about kept data and, in lenient mode, skipped records and values.</summary>
    public ImmutableArray<ImportIssue> Issues { get; }

    /// <summary>Gets the issues as one-line messages (<c>file:line (path): record N: message</c>).</summary>
    public ImmutableArray<string> Warnings => [.. Issues.Select(i => i.ToString())];

    /// <summary>Gets the instant of the last publication imported, when known.</summary>
    public Instant? Published { get; }
}
