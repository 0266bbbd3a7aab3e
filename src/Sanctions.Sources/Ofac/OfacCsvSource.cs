using NodaTime;
using Sanctions.Sources.Mapping;

namespace Sanctions.Sources.Ofac;

/// <summary>OFAC legacy CSV: the primary file of each list with its address, alias and remarks files.</summary>
internal sealed class OfacCsvSource : IListSource
{
    public SourceFile PrimaryOf(ImportPublication publication) => OfacCsvFiles.Group(publication.Files)[0].Primary;

    public (Snapshot Snapshot, int Imported) Read(ImportPublication publication, Instant? published, ImportContext context, CancellationToken cancellationToken)
    {
        var snapshot = ImportContext.NewSnapshot(published, publication);
        var mapper = context.Mapper(snapshot);
        var mapped = 0;
        var linking = new List<LinkSource>();
        foreach (var group in OfacCsvFiles.Group(publication.Files))
        {
            var target = OfacTargets.Of(context.Catalog, group.List, "csv");
            foreach (var entry in OfacCsvReader.Read(group, context.Diagnostics, cancellationToken))
            {
                context.Reporter.Report(group.Primary.Name);
                var partyId = "ofac:" + entry.RecordId;
                if (mapper.Map(entry, OfacTargets.Measures(target, group.List, entry), partyId, snapshot))
                {
                    mapped++;
                    LinkSource.KeepIfLinking(linking, entry, partyId, target.Source);
                }
            }
        }

        mapper.LinkByName(linking, snapshot);
        return (snapshot, mapped);
    }
}
