using Sanctions.Core;
using Sanctions.Core.Parties;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Mapping;

/// <summary>The <c>Linked To:</c> names of a publication's entries, resolved once all its entries are mapped.</summary>
internal sealed partial class EntryMapper
{
    /// <summary>
    /// Names noted per chunk: 8,192 of 12 bytes (96 KB), on the large object heap, which the collector does not copy (they
    /// live until the publication is linked: under its threshold, each chunk was copied from generation 0 to 1 and 1 to 2).
    /// </summary>
    private const int LinkNameChunk = 8192;

    /// <summary>
    /// The names of the records this mapper added to its snapshot, in order (see <see cref="NoteLinkNames"/>), in chunks of
    /// <see cref="LinkNameChunk"/>: a list's doubling array was copied at each growth and, past 5,000 names, made on the
    /// large object heap each time.
    /// </summary>
    private readonly List<LinkName[]> linkNames = [];

    /// <summary>How many names <see cref="linkNames"/> holds.</summary>
    private int linkNameCount;

    /// <summary>How many records <see cref="linkNames"/> covers.</summary>
    private int linkNamesRecords;

    /// <summary>Whether a record's party changed after its names were noted (names merged): the noted names are then not used.</summary>
    private bool linkNamesStale;

    /// <summary>
    /// Resolves <c>Linked To:</c> names, adding associate relations: by primary name first, then, when no entry has that
    /// primary name, by an alias only one entry has. (138 OFAC vessels link to the National Iranian Tanker Company, a
    /// name that is also another entry's alias: the primary name decides.)
    /// </summary>
    public void LinkByName(IReadOnlyList<LinkSource> entries, Snapshot snapshot)
    {
        // Only the names some entry links to are indexed: indexing every name of every record (a list per name)
        // cost more than the rest of the linking, for the few names that are looked up.
        // Each linked name is made a key once: the keys are used again below.
        // Not made for as many names as entries link: most link to a few names (every vessel of a fleet to its owner).
        var byName = new Dictionary<string, (List<string> Primary, List<string> Alias)>(StringComparer.OrdinalIgnoreCase);
        var keys = new List<string>(entries.Count);
        var filter = new LinkKeyFilter();
        for (var e = 0; e < entries.Count; e++)
        {
            var names = entries[e].LinkedTo;
            for (var n = 0; n < names.Count; n++)
            {
                var linked = names[n];
                var key = NameKey(linked);
                keys.Add(key);
                filter.Add(key);
                // The two lists are made for a name's first link only, not for each entry that links to it.
                ref var ids = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byName, key, out var known);
                if (!known)
                {
                    ids = ([], []);
                }
            }
        }

        if (byName.Count > 0)
        {
            // Every name of every record is looked up, by its key's characters: a key string is made only for a name that
            // is not normalized already (rare), not for each name ending in a dot (S.A., LTD.).
            var lookup = byName.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!linkNamesStale && linkNamesRecords == snapshot.Records.Count)
            {
                // The names as mapping noted them, in the same order: the filter is tried on each name's noted key length and
                // first letter, and only a name that passes is read again. Going through every record's party and names
                // here, long after they were made, was mostly waiting for memory.
                for (var c = 0; c < linkNames.Count; c++)
                {
                    foreach (ref readonly var noted in linkNames[c].AsSpan(0, Math.Min(LinkNameChunk, linkNameCount - (c * LinkNameChunk))))
                    {
                        if ((noted.Filter < 0 || filter.MayHold(noted.Filter)) && snapshot.Records.At(noted.Record).Party.Names[noted.Name] is var name
                            && NameKeySpan(name.Value) is var key && filter.MayHold(key) && lookup.TryGetValue(key, out var ids))
                        {
                            AddMatch(ids, name.Kind, snapshot.Records.At(noted.Record).Key);
                        }
                    }
                }
            }
            else
            {
                foreach (var record in snapshot.Records.Values)
                {
                    foreach (var name in record.Party.Names)
                    {
                        if (name.Kind != NameKind.WeakAlias && NameKeySpan(name.Value) is var key && filter.MayHold(key) && lookup.TryGetValue(key, out var ids))
                        {
                            AddMatch(ids, name.Kind, record.Key);
                        }
                    }
                }
            }
        }

        // The message for a name that links to no entry, made once per name: every vessel of a fleet whose owner is not on the
        // list (138 in a real SDN for one tanker company) gets the same text, which the issues then share.
        Dictionary<string, string>? unmatched = null;
        var k = 0;
        for (var e = 0; e < entries.Count; e++)
        {
            var (recordId, location, linkedTo, partyId, source) = entries[e];
            for (var n = 0; n < linkedTo.Count; n++)
            {
                var linked = linkedTo[n];
                var found = byName.TryGetValue(keys[k++], out var ids);
                var matches = !found ? [] : ids.Primary.Count > 0 ? ids.Primary : ids.Alias;
                if (matches.Count == 1 && matches[0] != partyId)
                {
                    snapshot.Records[partyId].Relations.Add(new Relation(
                        RelationKind.Associate, new PartyId(partyId), new PartyId(matches[0]), ValidPeriod.Always, null, "Linked To", default, new Provenance(source, recordId)));
                }
                else if (matches.Count == 0)
                {
                    ref var message = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(unmatched ??= new(StringComparer.Ordinal), linked, out _);
                    message ??= $"Linked To: '{linked}' names no entry of this publication; kept in remarks only";
                    diagnostics.Warn(location, recordId, message);
                }
                else
                {
                    diagnostics.Warn(location, recordId, matches.Count > 1
                        ? $"Linked To: '{linked}' matches several entries by {(ids.Primary.Count > 0 ? "primary name" : "alias")}; kept in remarks only"
                        : $"Linked To: '{linked}' names the entry itself; kept in remarks only");
                }
            }
        }
    }

    private static void AddMatch((List<string> Primary, List<string> Alias) ids, NameKind kind, string recordKey)
    {
        var list = kind == NameKind.Primary ? ids.Primary : ids.Alias;
        if (!list.Contains(recordKey))
        {
            list.Add(recordKey);
        }
    }

    /// <summary>
    /// Notes the names of a record just mapped, for <see cref="LinkByName"/>: each with the length and first letter of its
    /// key (what <see cref="LinkKeyFilter"/> tests), taken while the name is at hand. Weak aliases are never linked to.
    /// </summary>
    private void NoteLinkNames(MappedRecord record)
    {
        linkNamesRecords++;
        var names = record.Party.Names;
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Kind != NameKind.WeakAlias)
            {
                if (linkNameCount == linkNames.Count * LinkNameChunk)
                {
                    linkNames.Add(new LinkName[LinkNameChunk]);
                }

                linkNames[^1][linkNameCount++ % LinkNameChunk] = new LinkName(record.Index, LinkKeyFilter.Pack(NameKeySpan(names[i].Value)), i);
            }
        }
    }

    /// <summary>
    /// A name noted for linking: its record's row in the snapshot's table, its key's length and first letter packed (negative:
    /// always looked up) and its place among the party's names (12 bytes, no reference for the collector to follow).
    /// </summary>
    private readonly record struct LinkName(int Record, int Filter, int Name);

    private static string NameKey(string name) => TextValues.Normalize(name).TrimEnd('.');

    /// <summary>The characters of <see cref="NameKey"/>.</summary>
    private static ReadOnlySpan<char> NameKeySpan(string name) =>
        TextValues.IsNormalized(name) ? name.AsSpan().TrimEnd('.') : NameKey(name).AsSpan();
}
