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

/// <summary>Everything one publication states about one list record.</summary>
/// <remarks>
/// Kept until the publications are merged, so through every collection of an import: the relation and position
/// lists, which most records of a list do not have, are made on first use, and the designation list holds one.
/// </remarks>
internal sealed class MappedRecord
{
    private List<Relation>? relations;
    private List<Position>? positions;
    private DesignationDraft firstDraft;
    private bool hasFirstDraft;
    private List<DesignationDraft>? moreDrafts;

    public MappedRecord(string key, Party party)
    {
        Key = key;
        Party = party;
    }

    public string Key { get; }

    public Party Party { get; set; }

    /// <summary>The designations the record states: nearly always one, held without a list.</summary>
    public Drafts Designations => new(this);

    /// <summary>Relations stated by this record, with <see cref="RecordPeriod.Always"/> until merged.</summary>
    public List<Relation> Relations => relations ??= [];

    public List<Position> Positions => positions ??= [];

    /// <summary>Whether the record states any relation (without making the list).</summary>
    public bool HasRelations => relations is { Count: > 0 };

    /// <summary>Whether the record states any position (without making the list).</summary>
    public bool HasPositions => positions is { Count: > 0 };

    /// <summary>
    /// The designation drafts of a record, in order. Records live until the publication is merged, so through every
    /// collection of an import: a list and its array for the one draft most records have were two more objects per entry
    /// for the collector to copy.
    /// </summary>
    internal readonly struct Drafts(MappedRecord record) : IEnumerable<DesignationDraft>
    {
        public int Count => !record.hasFirstDraft ? 0 : 1 + (record.moreDrafts?.Count ?? 0);

        public void Add(DesignationDraft draft)
        {
            if (!record.hasFirstDraft)
            {
                record.firstDraft = draft;
                record.hasFirstDraft = true;
            }
            else
            {
                (record.moreDrafts ??= []).Add(draft);
            }
        }

        public void AddRange(Drafts drafts)
        {
            foreach (var draft in drafts)
            {
                Add(draft);
            }
        }

        public Enumerator GetEnumerator() => new(record);

        IEnumerator<DesignationDraft> IEnumerable<DesignationDraft>.GetEnumerator() => GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        internal struct Enumerator(MappedRecord record) : IEnumerator<DesignationDraft>
        {
            private int index = -1;

            public readonly DesignationDraft Current => index == 0 ? record.firstDraft : record.moreDrafts![index - 1];

            readonly object System.Collections.IEnumerator.Current => Current;

            public void Reset() => index = -1;

            public readonly void Dispose()
            {
            }

            public bool MoveNext()
            {
                index++;
                return index == 0 ? record.hasFirstDraft : index - 1 < (record.moreDrafts?.Count ?? 0);
            }
        }
    }
}

/// <summary>One publication of a list, mapped: its records by key and its instant.</summary>
internal sealed class Snapshot
{
    public Snapshot(Instant? published, string? version)
        : this(published, version, new Dictionary<string, MappedRecord>(StringComparer.Ordinal))
    {
    }

    /// <summary>A snapshot over <paramref name="records"/>, a dictionary no longer used, emptied (see <see cref="UnchangedRecords"/>).</summary>
    public Snapshot(Instant? published, string? version, Dictionary<string, MappedRecord> records)
    {
        Published = published;
        Version = version;
        records.Clear();
        Records = records;
    }

    public Instant? Published { get; }

    public string? Version { get; }

    public Dictionary<string, MappedRecord> Records { get; }

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
