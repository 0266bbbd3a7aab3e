using NodaTime;
using Sanctions.Sources.Mapping;

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
        foreach (var group in groups)
        {
            var target = OfacTargets.Of(context.Catalog, group.List, "csv");
            foreach (var entry in OfacCsvReader.Read(group, context.Diagnostics, cancellationToken, reuse: true))
            {
                context.Reporter.Report(group.Primary.Name);
                var partyId = "ofac:" + entry.RecordId;
                if (unchanged is not null && unchanged.TryTakeOver(entry.RecordId, partyId, snapshot))
                {
                    mapped++;
                    LinkSource.KeepIfLinking(linking, entry, partyId, target.Source);
                    continue;
                }

                var issues = context.Diagnostics.Checkpoint();
                if (mapper.Map(entry, OfacTargets.Measures(target, group.List, entry), partyId, snapshot))
                {
                    mapped++;
                    LinkSource.KeepIfLinking(linking, entry, partyId, target.Source);
                }

                unchanged?.Mapped(partyId, context.Diagnostics.Checkpoint() != issues, snapshot);
            }
        }

        mapper.LinkByName(linking, snapshot);
        unchanged?.End(snapshot);
        return (snapshot, mapped);
    }
}
