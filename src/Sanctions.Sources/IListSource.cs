using NodaTime;
using Sanctions.Sources.Mapping;

namespace Sanctions.Sources;

/// <summary>
/// One list format: reads the files of a publication and maps their entries into a snapshot. <see cref="ListImporter"/>
/// holds one per format, made afresh for each import (a source may keep state between the publications of one import).
/// </summary>
internal interface IListSource
{
    /// <summary>Splits or regroups the publications given, when the format needs it (FtM delta files are publications of their own).</summary>
    IReadOnlyList<ImportPublication> Expand(IReadOnlyList<ImportPublication> publications) => publications;

    /// <summary>The file that holds a publication's entries, named when the publication holds none.</summary>
    SourceFile PrimaryOf(ImportPublication publication) => publication.Files[0];

    /// <summary>Whether a publication may hold no entries at all (a delta that changes nothing).</summary>
    bool MayBeEmpty(ImportPublication publication) => false;

    /// <summary>Reads one publication into a snapshot of what it says.</summary>
    /// <param name="publication">The files of the publication.</param>
    /// <param name="published">The publication instant, when given or known already.</param>
    /// <param name="context">The catalog, diagnostics and progress shared by every publication of the import.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>The snapshot and the number of records mapped.</returns>
    (Snapshot Snapshot, int Imported) Read(ImportPublication publication, Instant? published, ImportContext context, CancellationToken cancellationToken);
}
