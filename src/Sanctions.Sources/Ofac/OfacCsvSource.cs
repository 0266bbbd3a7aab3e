using NodaTime;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Mapping;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Ofac;

/// <summary>OFAC legacy CSV: the primary file of each list with its address, alias and remarks files.</summary>
internal sealed class OfacCsvSource : IListSource
{
    /// <summary>When set, records unchanged since the publication before are taken over rather than mapped again.</summary>
    public UnchangedRecords? Unchanged { get; set; }

    public SourceFile PrimaryOf(ImportPublication publication) => OfacCsvFiles.Group(publication.Files)[0].Primary;

    public (Snapshot Snapshot, int Imported) Read(ImportPublication publication, Instant? published, ImportContext context, CancellationToken cancellationToken)
    {
        var unchanged = Unchanged;
        var snapshot = unchanged?.NewSnapshot(published, ImportContext.VersionOf(published, publication)) ?? ImportContext.NewSnapshot(published, publication);
        var mapper = context.Mapper(snapshot);
        var mapped = 0;
        var linking = new LinkSources();
        var groups = OfacCsvFiles.Group(publication.Files);
        unchanged?.Begin(groups);

        // The primary rows of OFAC's files are 200-260 bytes each (2019 to 2024): 160 leaves room.
        snapshot.Presize(groups.Select(g => g.Primary), 160);
        var diagnostics = context.Diagnostics;
        foreach (var group in groups)
        {
            var target = OfacTargets.Of(context.Catalog, group.List, "csv");
            var primary = group.Primary.Name;

            // An entry whose rows are those of the publication before, read and mapped then without an issue, is taken over
            // before it is read (one list's files only, see UnchangedRecords).
            Func<int, Diagnostics.SourceLocation, bool>? takenOver = unchanged is null ? null : (entNum, location) =>
            {
                if (!unchanged.TryTakeOver(entNum, location, snapshot, linking))
                {
                    return false;
                }

                context.Reporter.Report(primary);
                mapped++;
                return true;
            };

            if (unchanged is null && context.ReadAhead)
            {
                mapped += MapReadAhead(group, target, mapper, snapshot, linking, context, cancellationToken);
                continue;
            }

            // Issues noted since the entry before was done: the reading of this one (or of a row rejected in between).
            var noted = diagnostics.Noted;
            foreach (var entry in OfacCsvReader.Read(group, diagnostics, cancellationToken, reuse: true, takenOver))
            {
                context.Reporter.Report(primary);
                var partyId = "ofac:" + entry.RecordId;
                var link = (LinkSource?)null;
                if (mapper.Map(entry, OfacTargets.Measures(target, group.List, entry), partyId, snapshot))
                {
                    mapped++;
                    if (entry.LinkedToOrEmpty.Count > 0)
                    {
                        link = LinkSource.Of(entry, partyId, target.Source);
                        linking.Add(link.Value);
                    }
                }

                unchanged?.Mapped(int.Parse(entry.RecordId, System.Globalization.CultureInfo.InvariantCulture), partyId, diagnostics.Noted != noted, snapshot, link);
                noted = diagnostics.Noted;
            }
        }

        mapper.LinkByName(linking, snapshot);
        unchanged?.End(snapshot);
        return (snapshot, mapped);
    }

    /// <summary>
    /// Maps one list's entries while they are read on another thread (<see cref="ReadAhead{T}"/>): the reader notes its issues
    /// aside, and each entry's come with it, added before the entry is mapped, so the issues, counts and first error are those
    /// of reading and mapping on one thread. Entries the mapping is done with go back to the reader.
    /// </summary>
    private static int MapReadAhead(
        OfacCsvFiles group, ListTarget target, EntryMapper mapper, Snapshot snapshot, LinkSources linking, ImportContext context, CancellationToken cancellationToken)
    {
        var diagnostics = context.Diagnostics;
        var primary = group.Primary.Name;
        var mapped = 0;
        foreach (var (entry, noted, pool) in ReadAhead<(ListEntry?, ImportDiagnostics.Packet, EntryPool)>.Run(token => Read(group, diagnostics.Lenient, token), parallel: true, cancellationToken))
        {
            // Checked here too: a reader that is done (a short file) no longer looks at the token, and the entries it read ahead
            // would be mapped after a cancellation.
            cancellationToken.ThrowIfCancellationRequested();
            diagnostics.Append(noted);
            if (entry is null)
            {
                continue;
            }

            context.Reporter.Report(primary);
            var partyId = "ofac:" + entry.RecordId;
            if (mapper.Map(entry, OfacTargets.Measures(target, group.List, entry), partyId, snapshot))
            {
                mapped++;
                if (entry.LinkedToOrEmpty.Count > 0)
                {
                    linking.Add(LinkSource.Of(entry, partyId, target.Source));
                }
            }

            pool.Give(entry);
        }

        return mapped;
    }

    /// <summary>
    /// The entries of one list, each with the issues and counts its reading noted and the pool to give it back to; then, without
    /// an entry, those noted after the last.
    /// </summary>
    private static IEnumerable<(ListEntry?, ImportDiagnostics.Packet, EntryPool)> Read(OfacCsvFiles group, bool lenient, CancellationToken cancellationToken)
    {
        var aside = new ImportDiagnostics(lenient);
        var pool = EntryPool.OfThisThread;
        foreach (var entry in OfacCsvReader.Read(group, aside, cancellationToken, pool: pool))
        {
            yield return (entry, aside.Take(), pool);
        }

        yield return (null, aside.Take(), pool);
    }
}
