using System.Collections.Immutable;
using Sanctions.Core.Regimes;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Mapping;

/// <summary>Where a list entry goes: its list, authority, measures and program mapping.</summary>
internal sealed record ListTarget(
    string Source,
    ListId List,
    AuthorityId Authority,
    ImmutableArray<MeasureKind> Measures,
    Func<string, Action<string>, ProgramId> Program);

/// <summary>
/// What <see cref="EntryMapper.LinkByName"/> needs of an entry that names links (<c>Linked To:</c>): its id,
/// location and linked names, not the whole entry.
/// </summary>
/// <remarks>
/// About half the entries of an OFAC list name a link; keeping each whole entry (names, ids, remarks, facts) until
/// the end of the file made every collection during the import copy them into the older generations. For the same
/// reason the names are kept as an array of their own (the entry's list is emptied and filled again for the next
/// record) and the location without its path, which is made only for a warning.
/// </remarks>
internal readonly record struct LinkSource(string RecordId, EntryLocation Location, LinkedNames LinkedTo, string PartyId, string Source)
{
    public static LinkSource Of(ListEntry entry, string partyId, string source) => new(entry.RecordId, entry.LazyLocation, LinkedNames.Of(entry.LinkedToOrEmpty), partyId, source);

    /// <summary>
    /// Keeps an entry for <see cref="EntryMapper.LinkByName"/> only when it names links, and of it only what the
    /// linking looks at: holding entries until the end of the file made each garbage collection copy them all.
    /// </summary>
    public static void KeepIfLinking(LinkSources linking, ListEntry entry, string partyId, string source)
    {
        if (entry.LinkedToOrEmpty.Count > 0)
        {
            linking.Add(Of(entry, partyId, source));
        }
    }
}

/// <summary>
/// The <c>Linked To</c> names of an entry, copied: the one name most entries give held as it is, several as an array of their
/// own (the entry's list is emptied and filled again for the next record). A list, or an array for one name, was an object
/// more per linking entry for every collection to copy until the end of the file.
/// </summary>
internal readonly struct LinkedNames : IEquatable<LinkedNames>
{
    // A string (one name) or a string[] (several); null for none.
    private readonly object? names;

    private LinkedNames(object? names) => this.names = names;

    public int Count => names switch { null => 0, string => 1, _ => ((string[])names).Length };

    public string this[int index] => names is string one && index == 0 ? one : names is string[] several ? several[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public static LinkedNames Of(List<string> names) => new(names.Count switch { 0 => null, 1 => names[0], _ => names.ToArray() });

    public bool Equals(LinkedNames other) => Equals(names, other.names);

    public override bool Equals(object? obj) => obj is LinkedNames other && Equals(other);

    public override int GetHashCode() => names?.GetHashCode() ?? 0;

    public override string ToString() => names switch { null => string.Empty, string one => one, _ => string.Join(", ", (string[])names) };
}

/// <summary>
/// The <see cref="LinkSource"/>s of a publication, in the order added, in chunks: a list's doubling array (about 1 MB for an
/// SDN-sized list) was copied at each growth, on the large object heap.
/// </summary>
/// <remarks>
/// The chunks are on the large object heap, which the collector does not copy: they live until the end of the file, and as
/// chunks under its threshold (1,024 items) each was copied from generation 0 to 1 and from 1 to 2 during an import.
/// </remarks>
internal sealed class LinkSources : IReadOnlyList<LinkSource>
{
    /// <summary>Items per chunk: 2,048 of 80 bytes (160 KB).</summary>
    private const int Chunk = 2048;

    private readonly List<LinkSource[]> chunks = [];

    public int Count { get; private set; }

    public LinkSource this[int index] =>
        (uint)index < (uint)Count ? chunks[index / Chunk][index % Chunk] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Add(LinkSource item)
    {
        if (Count == chunks.Count * Chunk)
        {
            chunks.Add(new LinkSource[Chunk]);
        }

        chunks[^1][Count++ % Chunk] = item;
    }

    public IEnumerator<LinkSource> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
