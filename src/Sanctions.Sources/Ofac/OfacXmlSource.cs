using NodaTime;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Mapping;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Ofac;

/// <summary>OFAC legacy XML (<c>sdnList</c>): <c>sdn.xml</c> or <c>consolidated.xml</c>, the list told by the file name.</summary>
internal sealed class OfacXmlSource : IListSource
{
    public (Snapshot Snapshot, int Imported) Read(ImportPublication publication, Instant? published, ImportContext context, CancellationToken cancellationToken) =>
        XmlMapping.Read(publication, published, context, (file, header, mapping) =>
        {
            var name = file.FileName.ToUpperInvariant();
            var list = name.Contains("CONS", StringComparison.Ordinal) || !name.Contains("SDN", StringComparison.Ordinal) ? OfacList.Consolidated : OfacList.Sdn;
            var target = OfacTargets.Of(context.Catalog, list, "xml");
            if (mapping.MapsAtOnce && context.ReadAhead)
            {
                MapReadAhead(file, header, mapping, target, list, context, cancellationToken);
                return;
            }

            // Mapped at once, each entry is done with before the next: the reader fills it again for the next record and
            // lends it its remarks. Held to the end, each is an entry of its own.
            var spare = mapping.MapsAtOnce ? new EntrySpare() : null;
            foreach (var entry in OfacXmlReader.Read(file, context.Diagnostics, header, cancellationToken, spare))
            {
                context.Reporter.Report(file.Name);
                mapping.Add(entry, OfacTargets.Measures(target, list, entry), "ofac:" + entry.RecordId);
                if (spare is not null)
                {
                    spare.Entry = entry;
                }
            }
        });

    /// <summary>
    /// Maps the entries of a file while they are read on another thread (<see cref="ReadAhead{T}"/>): the reader notes its issues
    /// and the header aside, and each entry brings them along, so the mapping sees the issues, counts and header it would have
    /// seen reading on its own thread. Entries the mapping is done with go back to the reader.
    /// </summary>
    private static void MapReadAhead(
        SourceFile file, PublicationHeader header, XmlMapping mapping, ListTarget target, OfacList list, ImportContext context, CancellationToken cancellationToken)
    {
        var before = new PublicationHeader { Published = header.Published, DeclaredCount = header.DeclaredCount };
        foreach (var (entry, noted, stated, pool) in ReadAhead<(ListEntry?, ImportDiagnostics.Packet, (DateTimeOffset?, int?), EntryPool)>.Run(
            token => Read(file, context.Diagnostics.Lenient, before, token), parallel: true, cancellationToken))
        {
            // Checked here too: a reader that is done (a short file) no longer looks at the token, and the entries it read ahead
            // would be mapped after a cancellation.
            cancellationToken.ThrowIfCancellationRequested();
            context.Diagnostics.Append(noted);
            (header.Published, header.DeclaredCount) = stated;
            if (entry is null)
            {
                continue;
            }

            context.Reporter.Report(file.Name);
            mapping.Add(entry, OfacTargets.Measures(target, list, entry), "ofac:" + entry.RecordId);
            pool.Give(entry);
        }
    }

    /// <summary>
    /// The entries of a file, each with the issues, counts and header its reading noted and the pool to give it back to; then,
    /// without an entry, those noted after the last. <paramref name="header"/> starts as the files before left it, and is the
    /// reader's alone.
    /// </summary>
    private static IEnumerable<(ListEntry?, ImportDiagnostics.Packet, (DateTimeOffset?, int?), EntryPool)> Read(
        SourceFile file, bool lenient, PublicationHeader header, CancellationToken cancellationToken)
    {
        var aside = new ImportDiagnostics(lenient);
        var pool = EntryPool.OfThisThread;
        foreach (var entry in OfacXmlReader.Read(file, aside, header, cancellationToken, pool: pool))
        {
            yield return (entry, aside.Take(), (header.Published, header.DeclaredCount), pool);
        }

        yield return (null, aside.Take(), (header.Published, header.DeclaredCount), pool);
    }
}
