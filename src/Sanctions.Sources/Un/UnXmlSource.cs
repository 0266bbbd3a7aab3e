using NodaTime;
using Sanctions.Core.Regimes;
using Sanctions.Sources.Mapping;

namespace Sanctions.Sources.Un;

/// <summary>The UN Security Council Consolidated List (XML).</summary>
internal sealed class UnXmlSource : IListSource
{
    public (Snapshot Snapshot, int Imported) Read(ImportPublication publication, Instant? published, ImportContext context, CancellationToken cancellationToken) =>
        XmlMapping.Read(publication, published, context, (file, header, mapping) =>
        {
            var catalog = context.Catalog;
            var authority = catalog.Authority(Catalog.UnSc);
            var target = new ListTarget("un-sc-xml", catalog.List("un-sc-consolidated", "United Nations Security Council Consolidated List", authority), authority,
                [MeasureKind.AssetFreeze, MeasureKind.TravelBan], catalog.UnProgram);
            foreach (var entry in UnXmlReader.Read(file, context.Diagnostics, header, cancellationToken))
            {
                context.Reporter.Report(file.Name);
                mapping.Add(entry, target, "un:" + entry.RecordId);
            }
        });
}
