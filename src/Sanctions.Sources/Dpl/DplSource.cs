using NodaTime;
using Sanctions.Sources.Mapping;

namespace Sanctions.Sources.Dpl;

/// <summary>The BIS Denied Persons List (tab-delimited): rows grouped into parties, each denied by a denial order.</summary>
internal sealed class DplSource : IListSource
{
    /// <summary>The program tag every DPL entry gets: the list is one program, the denial orders.</summary>
    private static readonly string[] DenialOrderTag = ["denial-order"];

    public (Snapshot Snapshot, int Imported) Read(ImportPublication publication, Instant? published, ImportContext context, CancellationToken cancellationToken)
    {
        var catalog = context.Catalog;
        var snapshot = ImportContext.NewSnapshot(published, publication);
        var mapper = context.Mapper(snapshot);

        // The same list, authority and measure as the DPL rows of the Consolidated Screening List.
        var source = Catalog.CslSources[Catalog.DplCslSource];
        var authority = catalog.Authority(source.Authority);
        var target = new ListTarget("bis-dpl", catalog.List(source.ListId, Catalog.DplCslSource, authority), authority, [source.Measure],
            (_, _) => catalog.BisDenialOrders());
        var rows = 0;
        foreach (var file in publication.Files)
        {
            foreach (var party in DplTxtReader.Read(file, context.Diagnostics, cancellationToken))
            {
                context.Reporter.Report(file.Name);
                if (mapper.Map(party.Entry, target, DplTxtReader.PartyIdPrefix + party.Entry.RecordId, snapshot, DenialOrderTag))
                {
                    rows += party.Lines.Count;
                }
            }
        }

        return (snapshot, rows);
    }
}
