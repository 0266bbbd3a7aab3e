using System.Collections.Immutable;
using NodaTime;
using Sanctions.Core.World;
using Sanctions.Sources.Diagnostics;

namespace Sanctions.Sources;

/// <summary>The published list formats <see cref="ListImporter"/> reads.</summary>
public enum ImportFormat
{
    /// <summary>OFAC legacy CSV: <c>sdn.csv</c> (or <c>cons_prim.csv</c>) with <c>add</c>, <c>alt</c> and <c>comments</c> files; CLI name <c>ofac-sdn-csv</c>.</summary>
    OfacSdnCsv = 0,

    /// <summary>OFAC legacy XML in the <c>sdnList</c> schema (<c>sdn.xml</c>, <c>consolidated.xml</c>); CLI name <c>ofac-xml</c>.</summary>
    OfacXml = 1,

    /// <summary>UN Security Council consolidated list XML; CLI name <c>un-xml</c>.</summary>
    UnXml = 2,

    /// <summary>US Consolidated Screening List CSV from trade.gov; CLI name <c>us-csl</c>.</summary>
    UsCsl = 3,

    /// <summary>OpenSanctions FollowTheMoney JSON lines (<c>entities.ftm.json</c>) and delta files (<c>entities.delta.json</c>); CLI name <c>ftm</c>.</summary>
    Ftm = 4,

    /// <summary>US BIS Denied Persons List, tab-delimited <c>dpl.txt</c>; CLI name <c>bis-dpl</c>.</summary>
    BisDpl = 5,
}

/// <summary>The command-line names of <see cref="ImportFormat"/> values (<c>ofac-sdn-csv</c>, <c>ofac-xml</c>, <c>un-xml</c>, <c>us-csl</c>, <c>ftm</c>, <c>bis-dpl</c>).</summary>
public static class ImportFormatNames
{
    private static readonly (string Name, ImportFormat Format)[] Names =
    [
        ("ofac-sdn-csv", ImportFormat.OfacSdnCsv), ("ofac-xml", ImportFormat.OfacXml), ("un-xml", ImportFormat.UnXml),
        ("us-csl", ImportFormat.UsCsl), ("ftm", ImportFormat.Ftm), ("bis-dpl", ImportFormat.BisDpl),
    ];

    /// <summary>Gets every command-line name, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Names.Select(n => n.Name)];

    /// <summary>Parses a command-line format name, ignoring case.</summary>
    /// <param name="name">The name, e.g. <c>un-xml</c>.</param>
    /// <param name="format">The format, when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse(string? name, out ImportFormat format)
    {
        foreach (var (n, f) in Names)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            {
                format = f;
                return true;
            }
        }

        format = default;
        return false;
    }

    /// <summary>Gets the command-line name of a format.</summary>
    /// <param name="format">The format.</param>
    /// <returns>Its name, e.g. <c>ofac-sdn-csv</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not defined.</exception>
    public static string NameOf(ImportFormat format)
    {
        foreach (var (n, f) in Names)
        {
            if (f == format)
            {
                return n;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown import format.");
    }
}

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

/// <summary>How far an import has got, for progress bars.</summary>
/// <param name="File">The file being read.</param>
/// <param name="RecordsRead">Records read so far, over all files.</param>
/// <param name="Publication">The 1-based publication being read.</param>
/// <param name="Publications">How many publications the import merges.</param>
public readonly record struct ImportProgress(string File, int RecordsRead, int Publication, int Publications);

/// <summary>The files of one publication of a list and, where the files do not say, when it was published.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
/// <param name="Files">The files of the publication (for OFAC CSV: the primary file and its side files).</param>
/// <param name="Published">When it was published; overrides the files. Required to merge several publications when the files do not state it.</param>
/// <param name="Version">A label for the publication in provenance; defaults to the instant.</param>
public sealed record ImportPublication(IReadOnlyList<SourceFile> Files, Instant? Published = null, string? Version = null);

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
