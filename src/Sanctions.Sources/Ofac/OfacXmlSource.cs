using NodaTime;
using Sanctions.Sources.Mapping;

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
            foreach (var entry in OfacXmlReader.Read(file, context.Diagnostics, header, cancellationToken))
            {
                context.Reporter.Report(file.Name);
                mapping.Add(entry, OfacTargets.Measures(target, list, entry), "ofac:" + entry.RecordId);
            }
        });
}
