using System.Collections.Immutable;
using NodaTime;
using Sanctions.Core;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;

namespace Sanctions.Sources.Mapping;

/// <summary>
/// A designation as one publication states it, before record time is known: the merger turns
/// successive drafts into <see cref="Designation"/> versions.
/// </summary>
/// <remarks>
/// The collections are the arrays the designation will keep (shared between drafts where the mapper shares them), held
/// unboxed: as interfaces, each draft kept three boxes alive through every collection of an import. A struct, held in
/// its record (<see cref="MappedRecord"/>): as an object of its own, each draft was one more object per entry for every
/// collection of an import to mark and copy until the publication was merged.
/// </remarks>
internal readonly record struct DesignationDraft(
    string Key,
    PartyId Party,
    ListId List,
    ImmutableArray<ProgramId> Programs,
    ImmutableArray<MeasureKind> Measures,
    ImmutableArray<InstrumentId> Basis,
    PartialDate? From,
    PartialDate? To,
    string? Reference,
    string? Remarks,
    Provenance Source)
{
    /// <summary>Whether two drafts state the same designation (provenance aside).</summary>
    public bool SameContent(in DesignationDraft other) =>
        List == other.List && Programs.AsSpan().SequenceEqual(other.Programs.AsSpan()) && Measures.AsSpan().SequenceEqual(other.Measures.AsSpan())
        && Basis.AsSpan().SequenceEqual(other.Basis.AsSpan()) && From == other.From && To == other.To && Reference == other.Reference && Remarks == other.Remarks;
}

/// <summary>One publication of a list, mapped: its records by key and its instant.</summary>
internal sealed class Snapshot
{
    public Snapshot(Instant? published, string? version)
        : this(published, version, new RecordTable())
    {
    }

    /// <summary>A snapshot over <paramref name="records"/>, a table no longer used, emptied (see <see cref="UnchangedRecords"/>).</summary>
    public Snapshot(Instant? published, string? version, RecordTable records)
    {
        Published = published;
        Version = version;
        records.Clear();
        Records = records;
    }

    public Instant? Published { get; }

    public string? Version { get; }

    public RecordTable Records { get; }

    /// <summary>
    /// Makes room for the records <paramref name="files"/> likely hold (their lengths, where their streams tell, divided by
    /// <paramref name="bytesPerRecord"/>, at most 1,000,000), so that <see cref="Records"/> is not grown by doubling: for an
    /// SDN-sized list each growth copied the table (1.1 of its 1.6 MB), on the large object heap.
    /// </summary>
    /// <remarks>
    /// Only the room changes: a dictionary from which nothing is removed gives its records in the order added. A file that cannot
    /// be opened or measured here is left out: its reading meets the same failure in its turn (after the files read before it, as
    /// without this), and reports it as it always did.
    /// </remarks>
    /// <param name="files">The files of the publication whose records are mapped into this snapshot.</param>
    /// <param name="bytesPerRecord">How many bytes of those files a record takes at least, about (fewer than real lists take: room to spare costs less than a growth).</param>
    public void Presize(IEnumerable<SourceFile> files, int bytesPerRecord)
    {
        long bytes = 0;
        foreach (var file in files)
        {
            try
            {
                using var stream = file.Open();
                if (stream.CanSeek)
                {
                    bytes += stream.Length;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                // Not measured; the reading reports it.
            }
        }

        Records.EnsureCapacity((int)Math.Min(bytes / bytesPerRecord, 1_000_000) + Records.Count);
    }

    /// <summary>
    /// The keys of records taken over from the publication before (see <see cref="UnchangedRecords"/>): their party still
    /// names that publication, and the merge names this one.
    /// </summary>
    public HashSet<string> TakenOver { get; } = new(StringComparer.Ordinal);
}
