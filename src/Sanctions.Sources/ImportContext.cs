using NodaTime;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Mapping;

namespace Sanctions.Sources;

/// <summary>What every publication of one import shares: the catalog of authorities, lists and programs, the diagnostics and the progress.</summary>
internal sealed class ImportContext(Catalog catalog, ImportDiagnostics diagnostics, ProgressReporter reporter)
{
    public Catalog Catalog { get; } = catalog;

    public ImportDiagnostics Diagnostics { get; } = diagnostics;

    public ProgressReporter Reporter { get; } = reporter;

    /// <summary>Whether the sources that can read their files on a second thread while the entries are mapped do (<see cref="ReadAhead{T}"/>).</summary>
    public bool ReadAhead { get; init; }

    /// <summary>An empty snapshot of a publication, labelled with its version (given, or the instant, or the first file's name).</summary>
    public static Snapshot NewSnapshot(Instant? published, ImportPublication publication) => new(published, VersionOf(published, publication));

    public static string VersionOf(Instant? published, ImportPublication publication) =>
        publication.Version ?? (published is { } p ? p.ToString() : publication.Files[0].FileName);

    /// <summary>A mapper writing into <paramref name="snapshot"/>'s publication.</summary>
    public EntryMapper Mapper(Snapshot snapshot, ImportDiagnostics? sink = null) => new(Catalog, sink ?? Diagnostics, snapshot.Version, snapshot.Published);
}
