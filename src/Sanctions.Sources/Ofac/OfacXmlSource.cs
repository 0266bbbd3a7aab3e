using NodaTime;
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
}
