using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Sanctions.Core.Regimes;
using Sanctions.Core.World;
using Sanctions.Sources.Csl;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Ftm;
using Sanctions.Sources.Mapping;
using Sanctions.Sources.Ofac;
using Sanctions.Sources.Raw;
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
/// </remarks>
/// <threadsafety>Static and stateless; concurrent imports are independent.</threadsafety>
public static partial class ListImporter
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

    // takeOver: whether OFAC CSV records unchanged since the publication before are taken over rather than mapped again
    // (UnchangedRecords; tests compare both); tookOver receives how many were.
    internal static ImportResult Import(
        ImportFormat format, IReadOnlyList<ImportPublication> publications, ImportOptions options, IProgress<ImportProgress>? progress, CancellationToken cancellationToken,
        bool takeOver = true, Action<int>? tookOver = null)
    {
        var diagnostics = new ImportDiagnostics(options.Lenient);
        var catalog = new Catalog();
        var merge = new HistoryMerger.Running();
        Instant? lastPublished = null;
        string? lastVersion = null;
        var imported = 0;
        var expanded = format == ImportFormat.Ftm ? ExpandFtm(publications) : publications;
        var reporter = new ProgressReporter(progress, diagnostics, expanded.Count);
        FtmState? ftmState = format == ImportFormat.Ftm ? new FtmState() : null;
        var unchanged = takeOver && format == ImportFormat.OfacSdnCsv && expanded.Count > 1 ? new UnchangedRecords() : null;
        for (var i = 0; i < expanded.Count; i++)
        {
            var publication = expanded[i];
            reporter.Publication = i + 1;
            var published = i == expanded.Count - 1 && options.Published is { } p ? p : publication.Published;
            var header = new PublicationHeader();
            var readBefore = diagnostics.Read;
            var (snapshot, count) = format switch
            {
                ImportFormat.OfacSdnCsv => ReadOfacCsv(publication, published, catalog, diagnostics, reporter, unchanged, cancellationToken),
                ImportFormat.OfacXml => ReadListXml(publication, published, catalog, diagnostics, reporter, header, un: false, cancellationToken),
                ImportFormat.UnXml => ReadListXml(publication, published, catalog, diagnostics, reporter, header, un: true, cancellationToken),
                ImportFormat.UsCsl => ReadCsl(publication, published, catalog, diagnostics, reporter, cancellationToken),
                ImportFormat.BisDpl => ReadDpl(publication, published, catalog, diagnostics, reporter, cancellationToken),
                _ => ReadFtm(publication, published, catalog, diagnostics, reporter, ftmState!, cancellationToken),
            };
            if (diagnostics.Read == readBefore && !(format == ImportFormat.Ftm && publication.Files.All(IsDelta)))
            {
                // A failed download or a cut copy, not a list that names no one: refuse it rather than import nothing.
                throw new ImportException(new SourceLocation(PrimaryOf(format, publication).Name), null,
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
            merge.Add(snapshot);
            (lastPublished, lastVersion) = (snapshot.Published, snapshot.Version);
            imported += count;
        }

        if (expanded.Count == 1 && lastPublished is null)
        {
            diagnostics.Warn(new SourceLocation(expanded[0].Files[0].Name), null,
                "no publication instant (the file states none and none was given): facts are recorded without record time, and designations with no list date start on an unknown day");
        }

        var merged = merge.Finish();
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

    /// <summary>The file that holds a publication's entries: for OFAC CSV the primary file, otherwise the first.</summary>
    private static SourceFile PrimaryOf(ImportFormat format, ImportPublication publication) =>
        format == ImportFormat.OfacSdnCsv ? OfacCsvFiles.Group(publication.Files)[0].Primary : publication.Files[0];

    private static string VersionOf(Instant? published, ImportPublication publication) =>
        publication.Version ?? (published is { } p ? p.ToString() : publication.Files[0].FileName);

    private static (Snapshot, int) ReadOfacCsv(
        ImportPublication publication, Instant? published, Catalog catalog, ImportDiagnostics diagnostics, ProgressReporter reporter,
        UnchangedRecords? unchanged, CancellationToken cancellationToken)
    {
        var snapshot = unchanged?.NewSnapshot(published, VersionOf(published, publication)) ?? new Snapshot(published, VersionOf(published, publication));
        var mapper = new EntryMapper(catalog, diagnostics, snapshot.Version, published);
        var mapped = 0;
        var linking = new List<LinkSource>();
        var groups = OfacCsvFiles.Group(publication.Files);
        unchanged?.Begin(groups);
        foreach (var group in groups)
        {
            var target = OfacTarget(catalog, group.List, "ofac-" + (group.List == OfacList.Sdn ? "sdn" : "cons") + "-csv");
            foreach (var entry in OfacCsvReader.Read(group, diagnostics, cancellationToken))
            {
                reporter.Report(group.Primary.Name);
                var partyId = "ofac:" + entry.RecordId;
                if (unchanged is not null && unchanged.TryTakeOver(entry.RecordId, partyId, snapshot))
                {
                    mapped++;
                    KeepForLinking(linking, entry, partyId, target.Source);
                    continue;
                }

                var issues = diagnostics.Checkpoint();
                if (mapper.Map(entry, OfacMeasures(target, group.List, entry), partyId, snapshot))
                {
                    mapped++;
                    KeepForLinking(linking, entry, partyId, target.Source);
                }

                unchanged?.Mapped(partyId, diagnostics.Checkpoint() != issues, snapshot);
            }
        }

        mapper.LinkByName(linking, snapshot);
        unchanged?.End(snapshot);
        return (snapshot, mapped);
    }

    /// <summary>
    /// Keeps an entry for <see cref="EntryMapper.LinkByName"/> only when it names links, and of it only what the
    /// linking looks at: holding entries until the end of the file made each garbage collection copy them all.
    /// </summary>
    private static void KeepForLinking(List<LinkSource> linking, ListEntry entry, string partyId, string source)
    {
        if (entry.LinkedTo.Count > 0)
        {
            linking.Add(LinkSource.Of(entry, partyId, source));
        }
    }

    private static ListTarget OfacTarget(Catalog catalog, OfacList list, string source)
    {
        var authority = catalog.Authority(Catalog.Ofac);
        var listId = list == OfacList.Sdn
            ? catalog.List("us-ofac-sdn", "Specially Designated Nationals and Blocked Persons List (SDN)", authority)
            : catalog.List("us-ofac-cons", "OFAC Consolidated Sanctions List (non-SDN)", authority);
        return new ListTarget(source, listId, authority, list == OfacList.Sdn ? [MeasureKind.AssetFreeze] : [MeasureKind.Other], catalog.OfacProgram);
    }

    /// <summary>Non-SDN entries under EO 13662 are sectoral (SSI); other non-SDN lists impose narrower measures than blocking.</summary>
    private static ListTarget OfacMeasures(ListTarget target, OfacList list, ListEntry entry) =>
        list == OfacList.Consolidated && entry.Programs.Contains("UKRAINE-EO13662") ? target with { Measures = [MeasureKind.SectoralRestriction] } : target;

    private static (Snapshot, int) ReadListXml(
        ImportPublication publication, Instant? published, Catalog catalog, ImportDiagnostics diagnostics, ProgressReporter reporter,
        PublicationHeader header, bool un, CancellationToken cancellationToken, bool held = false)
    {
        // The publication instant is in the file header, read before the first entry.
        var mark = diagnostics.Checkpoint();
        var mapping = new XmlMapping(catalog, diagnostics, publication, published, header, streamed: !held && (published is not null || publication.Files.Count == 1));
        foreach (var file in publication.Files)
        {
            if (un)
            {
                var authority = catalog.Authority(Catalog.UnSc);
                var target = new ListTarget("un-sc-xml", catalog.List("un-sc-consolidated", "United Nations Security Council Consolidated List", authority), authority,
                    [MeasureKind.AssetFreeze, MeasureKind.TravelBan], catalog.UnProgram);
                foreach (var entry in UnXmlReader.Read(file, diagnostics, header, cancellationToken))
                {
                    reporter.Report(file.Name);
                    mapping.Add(entry, target, "un:" + entry.RecordId);
                }
            }
            else
            {
                var name = file.FileName.ToUpperInvariant();
                var list = name.Contains("CONS", StringComparison.Ordinal) || !name.Contains("SDN", StringComparison.Ordinal) ? OfacList.Consolidated : OfacList.Sdn;
                var target = OfacTarget(catalog, list, "ofac-" + (list == OfacList.Sdn ? "sdn" : "cons") + "-xml");
                foreach (var entry in OfacXmlReader.Read(file, diagnostics, header, cancellationToken))
                {
                    reporter.Report(file.Name);
                    mapping.Add(entry, OfacMeasures(target, list, entry), "ofac:" + entry.RecordId);
                }
            }
        }

        if (mapping.Finish() is { } result)
        {
            return result;
        }

        // A later header changed the instant the entries were mapped with (outside the schema, but possible):
        // forget this pass and hold the entries, as the instant is known only at the end.
        diagnostics.Rollback(mark);
        return ReadListXml(publication, published, catalog, diagnostics, reporter, new PublicationHeader(), un, cancellationToken, held: true);
    }

    /// <summary>
    /// Maps the entries of one XML publication with the outcome of reading them all first and mapping them after:
    /// the same facts, the mapping's issues after the reading's, and a mapping error (strict mode) thrown only if
    /// the reading finishes without one.
    /// </summary>
    /// <remarks>
    /// Every mapped fact carries the publication instant, which the file header states. When it is settled before
    /// the first entry (the caller gives it, or the publication is a single file, whose header comes first), each
    /// entry is mapped as soon as it is read, its issues and any strict-mode error kept aside until the reading
    /// ends. Holding every entry until the end of the file instead made each garbage collection copy them all:
    /// about half the time of an SDN-sized import. With several files and no instant given, the last header
    /// decides, so the entries are held and mapped at the end.
    /// </remarks>
    private sealed class XmlMapping(
        Catalog catalog, ImportDiagnostics diagnostics, ImportPublication publication, Instant? published, PublicationHeader header, bool streamed)
    {
        private readonly List<(ListEntry Entry, ListTarget Target, string PartyId)> entries = [];
        private readonly List<LinkSource> linking = [];
        private readonly ImportDiagnostics aside = new(diagnostics.Lenient);
        private Snapshot? snapshot;
        private EntryMapper? mapper;
        private ImportException? failure;
        private int mapped;

        public void Add(ListEntry entry, ListTarget target, string partyId)
        {
            if (!streamed)
            {
                entries.Add((entry, target, partyId));
                return;
            }

            if (mapper is null)
            {
                Start(Published(), aside);
            }

            if (failure is not null)
            {
                return;
            }

            try
            {
                Map(entry, target, partyId);
            }
            catch (ImportException e) when (!diagnostics.Lenient)
            {
                failure = e;
            }
        }

        /// <summary>Maps what is held and links; null when the entries were mapped with an instant a later header changed.</summary>
        public (Snapshot, int)? Finish()
        {
            var final = Published();
            if (mapper is null)
            {
                Start(final, diagnostics);
            }
            else if (snapshot!.Published != final)
            {
                return null;
            }

            for (var i = 0; i < entries.Count; i++)
            {
                var (entry, target, partyId) = entries[i];

                // Let the entry go once mapped, so the collector need not keep copying what is done with.
                entries[i] = default;
                Map(entry, target, partyId);
            }

            if (failure is not null)
            {
                throw failure;
            }

            mapper!.LinkByName(linking, snapshot!);
            diagnostics.Append(aside);
            return (snapshot!, mapped);
        }

        private Instant? Published() => published ?? (header.Published is { } p ? Instant.FromDateTimeOffset(p) : null);

        private void Start(Instant? instant, ImportDiagnostics sink)
        {
            snapshot = new Snapshot(instant, VersionOf(instant, publication));
            mapper = new EntryMapper(catalog, sink, snapshot.Version, instant);
        }

        private void Map(ListEntry entry, ListTarget target, string partyId)
        {
            if (mapper!.Map(entry, target, partyId, snapshot!))
            {
                mapped++;
                KeepForLinking(linking, entry, partyId, target.Source);
            }
        }
    }

    private static (Snapshot, int) ReadCsl(
        ImportPublication publication, Instant? published, Catalog catalog, ImportDiagnostics diagnostics, ProgressReporter reporter, CancellationToken cancellationToken)
    {
        var snapshot = new Snapshot(published, VersionOf(published, publication));
        var mapper = new EntryMapper(catalog, diagnostics, snapshot.Version, published);
        var count = 0;
        foreach (var file in publication.Files)
        {
            foreach (var entry in CslCsvReader.Read(file, diagnostics, cancellationToken))
            {
                reporter.Report(file.Name);
                ListTarget target;
                if (Catalog.CslSources.TryGetValue(entry.ListName!, out var source))
                {
                    var authority = catalog.Authority(source.Authority);
                    target = new ListTarget("us-csl", catalog.List(source.ListId, entry.ListName!, authority), authority, [source.Measure],
                        (tag, warn) => catalog.CslProgram(tag, authority, warn));
                }
                else
                {
                    diagnostics.Warn(entry.Location, entry.RecordId, $"source '{entry.ListName}' is not a known screening list; kept under authority US");
                    var authority = catalog.Authority("US", "United States");
                    var slug = Slug().Replace(entry.ListName!.ToLowerInvariant(), "-").Trim('-');
                    target = new ListTarget("us-csl", catalog.List("us-csl-" + slug, entry.ListName!, authority), authority, [MeasureKind.Other],
                        (tag, warn) => catalog.CslProgram(tag, authority, warn));
                }

                var treasury = target.Authority.Value == Catalog.Ofac.Id && entry.RecordId.All(char.IsAsciiDigit);
                count += mapper.Map(entry, target, (treasury ? "ofac:" : "csl:") + entry.RecordId, snapshot) ? 1 : 0;
            }
        }

        return (snapshot, count);
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex Slug();

    [GeneratedRegex(@"(\d{14})")]
    private static partial Regex VersionStamp();

    private sealed class FtmState
    {
        public Dictionary<string, FtmEntity> Entities { get; } = new(StringComparer.Ordinal);
    }

    private static bool IsDelta(SourceFile file) => file.FileName.EndsWith("delta.json", StringComparison.OrdinalIgnoreCase) && !IsDeltaIndex(file);

    private static bool IsDeltaIndex(SourceFile file) => string.Equals(file.FileName, "delta.json", StringComparison.OrdinalIgnoreCase)
        || file.FileName.EndsWith("_delta.json", StringComparison.OrdinalIgnoreCase) && !file.FileName.Contains("entities", StringComparison.OrdinalIgnoreCase);

    /// <summary>Splits FtM publications so that each delta file is a publication of its own, dated by the version stamp in its path.</summary>
    private static List<ImportPublication> ExpandFtm(IReadOnlyList<ImportPublication> publications)
    {
        var result = new List<ImportPublication>();
        foreach (var publication in publications)
        {
            var exports = publication.Files.Where(f => !IsDelta(f) && !IsDeltaIndex(f)).ToList();
            var deltas = publication.Files.Where(IsDelta).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
            if (exports.Count > 0 || deltas.Count == 0)
            {
                result.Add(publication with { Files = exports.Count > 0 ? exports : publication.Files });
            }

            foreach (var delta in deltas)
            {
                var stamp = VersionStamp().Match(delta.Name);
                Instant? at = stamp.Success
                    ? Instant.FromDateTimeOffset(DateTimeOffset.ParseExact(stamp.Value, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal))
                    : null;
                result.Add(new ImportPublication([delta], at ?? publication.Published, Path.GetFileNameWithoutExtension(delta.FileName)));
            }
        }

        return result;
    }

    private static (Snapshot, int) ReadFtm(
        ImportPublication publication, Instant? published, Catalog catalog, ImportDiagnostics diagnostics, ProgressReporter reporter, FtmState state, CancellationToken cancellationToken)
    {
        foreach (var file in publication.Files)
        {
            if (IsDelta(file))
            {
                foreach (var delta in FtmReader.ReadDelta(file, diagnostics, cancellationToken))
                {
                    reporter.Report(file.Name);
                    switch (delta.Op)
                    {
                        case FtmDeltaOp.Delete:
                            if (!state.Entities.Remove(delta.EntityId))
                            {
                                diagnostics.Warn(delta.Location, delta.EntityId, "DEL of an entity that is not stored; nothing to delete");
                            }

                            break;
                        default:
                            // ADD and MOD both carry the full entity; MOD replaces the stored one.
                            state.Entities[delta.EntityId] = delta.Entity!;
                            break;
                    }
                }
            }
            else
            {
                foreach (var entity in FtmReader.ReadEntities(file, diagnostics, cancellationToken))
                {
                    reporter.Report(file.Name);
                    state.Entities[entity.Id] = entity;
                }
            }
        }

        var snapshot = new Snapshot(published, VersionOf(published, publication));
        var mapper = new EntryMapper(catalog, diagnostics, snapshot.Version, published);
        var count = FtmMapper.Map(state.Entities, mapper, diagnostics, snapshot);
        return (snapshot, count);
    }

    private sealed class ProgressReporter(IProgress<ImportProgress>? progress, ImportDiagnostics diagnostics, int publications)
    {
        private string? lastFile;

        public int Publication { get; set; }

        public void Report(string file)
        {
            if (progress is null)
            {
                return;
            }

            if (file != lastFile || diagnostics.Read % 1000 == 0)
            {
                lastFile = file;
                progress.Report(new ImportProgress(file, diagnostics.Read, Publication, publications));
            }
        }

        public void Done() => progress?.Report(new ImportProgress(lastFile ?? string.Empty, diagnostics.Read, publications, publications));
    }
}
