using System.Collections;
using System.Runtime.InteropServices;
using Sanctions.Core.Parties;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;

namespace Sanctions.Sources.Mapping;

/// <summary>
/// The records of one publication (<see cref="Snapshot.Records"/>), by key, in the order added: each record a row of a few
/// large arrays, reached through a <see cref="MappedRecord"/>, not an object of its own.
/// </summary>
/// <remarks>
/// <para>The records live until the publication is merged, so through every collection of an import. As objects (one per
/// entry, 150–170 bytes with its first designation draft), an 18,000-entry list kept 18,000 more objects and about 3 MB for
/// every collection to mark and copy, from generation 0 to 1 and from 1 to 2. As rows of arrays of
/// <see cref="ChunkRows"/> (on the large object heap, which the collector does not copy), they are neither made one by one
/// nor copied; only what they refer to is.</para>
/// <para>Nothing is removed from a table but by <see cref="Clear"/>: row <c>i</c> is the <c>i</c>-th key added, so
/// <see cref="Values"/> and <see cref="Keys"/> give the records in the order added, as the dictionary this replaces did.
/// The arrays are added one at a time as rows are: never grown by doubling and copied.</para>
/// </remarks>
internal sealed class RecordTable
{
    /// <summary>Rows per array: about 130–140 KB of rows, on the large object heap (85,000 bytes and more).</summary>
    private const int ChunkRows = 1024;

    private const int ChunkShift = 10;

    private readonly Dictionary<string, int> rowOf = new(StringComparer.Ordinal);
    private readonly List<RecordRow[]> chunks = [];

    public int Count { get; private set; }

    /// <summary>How many keys the table holds without growing its look-up (see <see cref="EnsureCapacity"/>).</summary>
    public int Capacity => rowOf.Capacity;

    /// <summary>The keys, in the order added.</summary>
    public IEnumerable<string> Keys => rowOf.Keys;

    /// <summary>The records, in the order added.</summary>
    public ValueCollection Values => new(this);

    /// <summary>The record of <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">No record has that key.</exception>
    public MappedRecord this[string key] => TryGetValue(key, out var record) ? record : throw new KeyNotFoundException($"no record '{key}'");

    /// <summary>Makes room in the look-up for <paramref name="capacity"/> keys (the rows need none: they are added by arrays).</summary>
    public void EnsureCapacity(int capacity) => rowOf.EnsureCapacity(capacity);

    public bool ContainsKey(string key) => rowOf.ContainsKey(key);

    public bool TryGetValue(string key, out MappedRecord record)
    {
        if (rowOf.TryGetValue(key, out var row))
        {
            record = new MappedRecord(this, row);
            return true;
        }

        record = default;
        return false;
    }

    /// <summary>The record of <paramref name="key"/>, added with <paramref name="party"/> when there is none (<paramref name="known"/> false); one hash of the key either way.</summary>
    public MappedRecord GetOrAdd(string key, Party party, out bool known)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(rowOf, key, out known);
        if (!known)
        {
            slot = NewRow(key, party);
        }

        return new MappedRecord(this, slot);
    }

    /// <summary>Adds a record for <paramref name="key"/>, with <paramref name="party"/> and nothing else stated yet.</summary>
    /// <exception cref="ArgumentException">A record has that key already.</exception>
    public MappedRecord Add(string key, Party party)
    {
        var record = GetOrAdd(key, party, out var known);
        return known ? throw new ArgumentException($"a record '{key}' is there already", nameof(key)) : record;
    }

    /// <summary>
    /// The record of <paramref name="key"/> made anew with <paramref name="party"/> and nothing else stated: added when there
    /// is none, emptied in its place when there is one (as a dictionary's value replaced keeps its key's place).
    /// </summary>
    public MappedRecord Set(string key, Party party)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(rowOf, key, out var known);
        if (known)
        {
            RowAt(slot) = new RecordRow { Key = key, Party = party };
        }
        else
        {
            slot = NewRow(key, party);
        }

        return new MappedRecord(this, slot);
    }

    /// <summary>
    /// Adds for <paramref name="key"/> a record stating what <paramref name="from"/> (a record of another table) states: the
    /// same row, its lists shared, as the record object was shared between two publications' dictionaries.
    /// </summary>
    /// <exception cref="ArgumentException">A record has that key already.</exception>
    public MappedRecord AddCopy(string key, MappedRecord from)
    {
        var record = Add(key, from.Party);
        record.Row = from.Row;
        return record;
    }

    /// <summary>
    /// Adds for <paramref name="key"/> a record stating what <paramref name="from"/> (a record of another table) states, its
    /// relations left out: the designation drafts and positions (in lists of their own), the same party.
    /// </summary>
    /// <exception cref="ArgumentException">A record has that key already.</exception>
    public MappedRecord AddWithoutRelations(string key, MappedRecord from)
    {
        var record = Add(key, from.Party);
        ref readonly var source = ref from.Row;
        ref var row = ref record.Row;
        row.Key = source.Key;
        row.FirstDraft = source.FirstDraft;
        row.HasFirstDraft = source.HasFirstDraft;
        row.MoreDrafts = source.MoreDrafts is { Count: > 0 } more ? [.. more] : null;
        row.Positions = source.Positions is { Count: > 0 } positions ? [.. positions] : null;
        return record;
    }

    /// <summary>The record of row <paramref name="row"/> (the <paramref name="row"/>-th key added).</summary>
    public MappedRecord At(int row) => (uint)row < (uint)Count ? new MappedRecord(this, row) : throw new ArgumentOutOfRangeException(nameof(row));

    /// <summary>Empties the table, keeping its arrays and look-up for the next records.</summary>
    public void Clear()
    {
        for (var c = 0; c < chunks.Count && c * ChunkRows < Count; c++)
        {
            Array.Clear(chunks[c], 0, Math.Min(ChunkRows, Count - (c * ChunkRows)));
        }

        rowOf.Clear();
        Count = 0;
    }

    internal ref RecordRow RowAt(int row) => ref chunks[row >> ChunkShift][row & (ChunkRows - 1)];

    private int NewRow(string key, Party party)
    {
        var row = Count;
        if (row >> ChunkShift == chunks.Count)
        {
            chunks.Add(new RecordRow[ChunkRows]);
        }

        RowAt(row) = new RecordRow { Key = key, Party = party };
        Count++;
        return row;
    }

    /// <summary>The records of a table, in the order added, without a boxed enumerator for <c>foreach</c>.</summary>
    internal readonly struct ValueCollection(RecordTable table) : IEnumerable<MappedRecord>
    {
        public int Count => table.Count;

        public Enumerator GetEnumerator() => new(table);

        IEnumerator<MappedRecord> IEnumerable<MappedRecord>.GetEnumerator() => GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    internal struct Enumerator(RecordTable table) : IEnumerator<MappedRecord>
    {
        private int row = -1;

        public readonly MappedRecord Current => new(table, row);

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++row < table.Count;

        public void Reset() => row = -1;

        public readonly void Dispose()
        {
        }
    }
}

/// <summary>What one publication states about one list record: a row of a <see cref="RecordTable"/>.</summary>
internal struct RecordRow
{
    public string Key;
    public Party Party;
    public List<Relation>? Relations;
    public List<Position>? Positions;
    public DesignationDraft FirstDraft;
    public bool HasFirstDraft;
    public List<DesignationDraft>? MoreDrafts;
}

/// <summary>Everything one publication states about one list record: a row of its snapshot's <see cref="RecordTable"/>.</summary>
/// <remarks>
/// The relation and position lists, which most records of a list do not have, are made on first use, and the designation
/// drafts hold one without a list.
/// </remarks>
internal readonly struct MappedRecord
{
    private readonly RecordTable table;
    private readonly int row;

    internal MappedRecord(RecordTable table, int row)
    {
        this.table = table;
        this.row = row;
    }

    /// <summary>The record's row in its table (the order it was added in).</summary>
    public int Index => row;

    public string Key => Row.Key;

    public Party Party
    {
        get => Row.Party;
        set => Row.Party = value;
    }

    /// <summary>The designations the record states: nearly always one, held without a list.</summary>
    public Drafts Designations => new(this);

    /// <summary>Relations stated by this record, with <see cref="RecordPeriod.Always"/> until merged.</summary>
    public List<Relation> Relations => Row.Relations ??= [];

    public List<Position> Positions => Row.Positions ??= [];

    /// <summary>Whether the record states any relation (without making the list).</summary>
    public bool HasRelations => Row.Relations is { Count: > 0 };

    /// <summary>Whether the record states any position (without making the list).</summary>
    public bool HasPositions => Row.Positions is { Count: > 0 };

    internal ref RecordRow Row => ref table.RowAt(row);

    /// <summary>The designation drafts of a record, in order: the first in the record's row, any more in a list.</summary>
    internal readonly struct Drafts(MappedRecord record) : IEnumerable<DesignationDraft>
    {
        public int Count => !record.Row.HasFirstDraft ? 0 : 1 + (record.Row.MoreDrafts?.Count ?? 0);

        public void Add(DesignationDraft draft)
        {
            ref var row = ref record.Row;
            if (!row.HasFirstDraft)
            {
                row.FirstDraft = draft;
                row.HasFirstDraft = true;
            }
            else
            {
                (row.MoreDrafts ??= []).Add(draft);
            }
        }

        public Enumerator GetEnumerator() => new(record);

        IEnumerator<DesignationDraft> IEnumerable<DesignationDraft>.GetEnumerator() => GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        internal struct Enumerator(MappedRecord record) : IEnumerator<DesignationDraft>
        {
            private int index = -1;

            public readonly DesignationDraft Current => index == 0 ? record.Row.FirstDraft : record.Row.MoreDrafts![index - 1];

            readonly object IEnumerator.Current => Current;

            public void Reset() => index = -1;

            public readonly void Dispose()
            {
            }

            public bool MoveNext()
            {
                index++;
                return index == 0 ? record.Row.HasFirstDraft : index - 1 < (record.Row.MoreDrafts?.Count ?? 0);
            }
        }
    }
}
