using NodaTime;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Ofac;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Mapping;

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
internal sealed class XmlMapping(ImportContext context, ImportPublication publication, Instant? published, PublicationHeader header, bool streamed)
{
    private readonly List<(ListEntry Entry, ListTarget Target, string PartyId)> entries = [];
    private readonly LinkSources linking = new();
    private readonly ImportDiagnostics diagnostics = context.Diagnostics;
    private readonly ImportDiagnostics aside = new(context.Diagnostics.Lenient);
    private Snapshot? snapshot;
    private EntryMapper? mapper;
    private ImportException? failure;
    private int mapped;

    /// <summary>Reads the files of one XML publication with <paramref name="readFile"/>, which gives each entry to the mapping.</summary>
    public static (Snapshot Snapshot, int Imported) Read(
        ImportPublication publication, Instant? published, ImportContext context, Action<SourceFile, PublicationHeader, XmlMapping> readFile)
    {
        // The publication instant is in the file header, read before the first entry.
        var mark = context.Diagnostics.Checkpoint();
        var header = new PublicationHeader();
        var mapping = new XmlMapping(context, publication, published, header, streamed: published is not null || publication.Files.Count == 1);
        foreach (var file in publication.Files)
        {
            readFile(file, header, mapping);
        }

        if (mapping.Finish() is { } result)
        {
            return result;
        }

        // A later header changed the instant the entries were mapped with (outside the schema, but possible):
        // forget this pass and hold the entries, as the instant is known only at the end.
        context.Diagnostics.Rollback(mark);
        header = new PublicationHeader();
        mapping = new XmlMapping(context, publication, published, header, streamed: false);
        foreach (var file in publication.Files)
        {
            readFile(file, header, mapping);
        }

        return mapping.Finish() ?? throw new InvalidOperationException("Entries held to the end are mapped with the final instant.");
    }

    /// <summary>Whether <see cref="Add"/> maps each entry at once and keeps nothing of it but what linking needs (<see cref="LinkSource"/>).</summary>
    public bool MapsAtOnce => streamed;

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
        snapshot = ImportContext.NewSnapshot(instant, publication);

        // An entry of OFAC's and the UN's XML takes 1,000-2,000 bytes: room for each, without growing the table.
        snapshot.Presize(publication.Files, 800);
        mapper = context.Mapper(snapshot, sink);
    }

    private void Map(ListEntry entry, ListTarget target, string partyId)
    {
        if (mapper!.Map(entry, target, partyId, snapshot!))
        {
            mapped++;
            LinkSource.KeepIfLinking(linking, entry, partyId, target.Source);
        }
    }
}
