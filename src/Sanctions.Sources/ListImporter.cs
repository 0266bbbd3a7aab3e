using NodaTime;
using Sanctions.Core.World;
using Sanctions.Sources.Csl;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Dpl;
using Sanctions.Sources.Ftm;
using Sanctions.Sources.Mapping;
using Sanctions.Sources.Ofac;
using Sanctions.Sources.Un;

namespace Sanctions.Sources;

/// <summary>
/// Imports published sanctions lists into a <see cref="SanctionsWorld"/>: one publication, or
/// successive publications of one list merged into record time.
/// </summary>
/// <remarks>
/// <para>Every fact carries provenance: the source format, the list's record id and the
/// publication. Program tags map to programs and legal instruments; an unknown tag is kept with a
/// warning. In strict mode (the default) the first malformed row or element stops the import with
/// an <see cref="ImportException"/> naming file, line or element path and reason, and nothing is
/// produced; in lenient mode it is skipped and counted.</para>
/// <para>The importer never reads the clock: publication instants come from the files or the caller.</para>
/// <para>With more than one processor (<see cref="Environment.ProcessorCount"/>), the OFAC CSV and XML imports read their
/// files on a second thread while the entries read are mapped; the result, the issues and their order, the progress reports
/// and the first error of bad input are those of one thread, and no thread of an import runs on after it returns or throws.</para>
/// </remarks>
/// <threadsafety>Static and stateless; concurrent imports are independent. An import may use a second thread of its own (see remarks).</threadsafety>
public static class ListImporter
{
    /// <summary>Imports one publication from files on disk.</summary>
    /// <param name="format">The format of the files.</param>
    /// <param name="files">The file paths (for OFAC CSV, the files of one publication, told apart by name).</param>
    /// <param name="options">Strict or lenient, and the publication instant; <see cref="ImportOptions.Default"/> when null.</param>
    /// <param name="progress">Receives progress reports, or null.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>The world, counts and issues.</returns>
    /// <exception cref="ImportException">The input is malformed (strict mode), unreadable, or yields a world that does not validate.</exception>
    public static Task<ImportResult> ImportAsync(
        ImportFormat format,
        IReadOnlyList<string> files,
        ImportOptions? options = null,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var path in files)
        {
            if (!File.Exists(path))
            {
                throw new ImportException(new SourceLocation(path), null, "file not found");
            }
        }

        return ImportSourcesAsync(format, [.. files.Select(SourceFile.FromPath)], options, progress, cancellationToken);
    }

    /// <summary>Imports one publication from source files (on disk, in memory or downloaded).</summary>
    /// <param name="format">The format of the files.</param>
    /// <param name="files">The files. For <see cref="ImportFormat.Ftm"/>, an entity export and/or delta files; delta files are applied in order of name, each as a publication.</param>
    /// <param name="options">Strict or lenient, and the publication instant; <see cref="ImportOptions.Default"/> when null.</param>
    /// <param name="progress">Receives progress reports, or null.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>The world, counts and issues.</returns>
    /// <exception cref="ImportException">The input is malformed (strict mode), unreadable, or yields a world that does not validate.</exception>
    public static Task<ImportResult> ImportSourcesAsync(
        ImportFormat format,
        IReadOnlyList<SourceFile> files,
        ImportOptions? options = null,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0)
        {
            throw new ArgumentException("At least one file is needed.", nameof(files));
        }

        return ImportHistoryAsync(format, [new ImportPublication(files)], options, progress, cancellationToken);
    }

    /// <summary>
    /// Imports successive publications of one list, oldest first, and merges them into record
    /// time: an entry that appears starts its record (and, where the list gives no date, its
    /// designation) at that publication; one that disappears is delisted at it; a changed entry
    /// closes the old record and opens a new one.
    /// </summary>
    /// <param name="format">The format of every publication.</param>
    /// <param name="publications">The publications, in order; each needs an instant (its own, or one stated by its files) when there are several.</param>
    /// <param name="options">Strict or lenient; <see cref="ImportOptions.Published"/> applies to the last publication only.</param>
    /// <param name="progress">Receives progress reports, or null.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>The merged world, counts over all publications, and issues.</returns>
    /// <exception cref="ImportException">The input is malformed (strict mode), publications are out of order or lack an instant, or the world does not validate.</exception>
    public static Task<ImportResult> ImportHistoryAsync(
        ImportFormat format,
        IReadOnlyList<ImportPublication> publications,
        ImportOptions? options = null,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(publications);
        if (publications.Count == 0)
        {
            throw new ArgumentException("At least one publication is needed.", nameof(publications));
        }

        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown import format.");
        }

        options ??= ImportOptions.Default;
        return Task.Run(() => Import(format, publications, options, progress, cancellationToken), cancellationToken);
    }

    /// <summary>The table of sources: one per format, made afresh for each import.</summary>
    private static readonly Dictionary<ImportFormat, Func<IListSource>> Sources = new()
    {
        [ImportFormat.OfacSdnCsv] = () => new OfacCsvSource(),
        [ImportFormat.OfacXml] = () => new OfacXmlSource(),
        [ImportFormat.UnXml] = () => new UnXmlSource(),
        [ImportFormat.UsCsl] = () => new CslSource(),
        [ImportFormat.Ftm] = () => new FtmSource(),
        [ImportFormat.BisDpl] = () => new DplSource(),
    };

    // takeOver: whether OFAC CSV records unchanged since the publication before are taken over rather than mapped again
    // (UnchangedRecords; tests compare both); tookOver receives how many were. alone: whether one publication skips the
    // history merge (HistoryMerger.Single; tests compare both). readAhead: whether the OFAC sources read on a second thread
    // while mapping (ReadAhead; by default when the machine has more than one processor; tests compare both).
    internal static ImportResult Import(
        ImportFormat format, IReadOnlyList<ImportPublication> publications, ImportOptions options, IProgress<ImportProgress>? progress, CancellationToken cancellationToken,
        bool takeOver = true, Action<int>? tookOver = null, bool alone = true, bool? readAhead = null)
    {
        var source = Sources[format]();
        var diagnostics = new ImportDiagnostics(options.Lenient);
        var catalog = new Catalog();
        var merge = new HistoryMerger.Running();
        Snapshot? single = null;
        Instant? lastPublished = null;
        string? lastVersion = null;
        var imported = 0;
        var expanded = source.Expand(publications);
        var reporter = new ProgressReporter(progress, diagnostics, expanded.Count);
        var context = new ImportContext(catalog, diagnostics, reporter) { ReadAhead = readAhead ?? Environment.ProcessorCount > 1 };
        var unchanged = takeOver && source is OfacCsvSource csv && expanded.Count > 1 ? csv.Unchanged = new UnchangedRecords() : null;
        for (var i = 0; i < expanded.Count; i++)
        {
            var publication = expanded[i];
            reporter.Publication = i + 1;
            var published = i == expanded.Count - 1 && options.Published is { } p ? p : publication.Published;
            var readBefore = diagnostics.Read;
            var (snapshot, count) = source.Read(publication, published, context, cancellationToken);
            if (diagnostics.Read == readBefore && !source.MayBeEmpty(publication))
            {
                // A failed download or a cut copy, not a list that names no one: refuse it rather than import nothing.
                throw new ImportException(new SourceLocation(source.PrimaryOf(publication).Name), null,
                    "the file holds no entries (it is empty, or holds only a header or root element); a published list is never empty");
            }

            if (expanded.Count > 1 && snapshot.Published is null)
            {
                throw new ImportException(new SourceLocation(publication.Files[0].Name), null,
                    $"publication {i + 1} of {expanded.Count} states no publication instant; give one (ImportPublication.Published or --published) to merge publications");
            }

            if (i > 0 && lastPublished is { } before && snapshot.Published is { } current && current <= before)
            {
                throw new ImportException(new SourceLocation(publication.Files[0].Name), null,
                    $"publication {i + 1} ({current}) is not later than the one before ({before}); give publications oldest first");
            }

            // Merged now and let go: only the merged facts live on, not every publication.
            if (expanded.Count == 1 && alone)
            {
                single = snapshot;
            }
            else
            {
                merge.Add(snapshot);
            }

            (lastPublished, lastVersion) = (snapshot.Published, snapshot.Version);
            imported += count;
        }

        if (expanded.Count == 1 && lastPublished is null)
        {
            diagnostics.Warn(new SourceLocation(expanded[0].Files[0].Name), null,
                "no publication instant (the file states none and none was given): facts are recorded without record time, and designations with no list date start on an unknown day");
        }

        // One publication (the usual import) needs none of the merge's bookkeeping.
        var merged = single is null ? merge.Finish() : HistoryMerger.Merge([single]);
        tookOver?.Invoke(unchanged?.TakenOver ?? 0);
        var builder = new WorldBuilder
        {
            Dataset = new DatasetInfo(options.DatasetName ?? ImportFormatNames.NameOf(format), lastVersion, lastPublished,
                $"Imported by Sanctions.Sources from {expanded.Count} publication(s) in {ImportFormatNames.NameOf(format)} format"),
        };
        foreach (var authority in catalog.Authorities)
        {
            builder.AddAuthority(authority);
        }

        foreach (var instrument in catalog.Instruments)
        {
            builder.AddInstrument(instrument);
        }

        foreach (var program in catalog.Programs)
        {
            builder.AddProgram(program);
        }

        foreach (var list in catalog.Lists)
        {
            builder.AddList(list);
        }

        foreach (var party in merged.Parties)
        {
            builder.AddParty(party);
        }

        foreach (var designation in merged.Designations)
        {
            builder.AddDesignation(designation);
        }

        foreach (var relation in merged.Relations)
        {
            builder.AddRelation(relation);
        }

        foreach (var position in merged.Positions)
        {
            builder.AddPosition(position);
        }

        SanctionsWorld world;
        try
        {
            world = builder.Build();
        }
        catch (WorldValidationException e)
        {
            throw new ImportException(
                $"The imported data does not form a valid world ({e.Problems.Length} problem(s)): "
                + string.Join("; ", e.Problems.Take(20).Select(p => p.ToString())), e);
        }

        reporter.Done();
        return new ImportResult(format, world, diagnostics.Read, imported, diagnostics.Skipped, [.. diagnostics.Listed(new SourceLocation(expanded[^1].Files[0].Name))], lastPublished);
    }
}
