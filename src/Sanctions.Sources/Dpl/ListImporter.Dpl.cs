using NodaTime;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Dpl;
using Sanctions.Sources.Mapping;

namespace Sanctions.Sources;

/// <summary>The BIS Denied Persons List part of the importer, kept in its own file beside its reader.</summary>
public static partial class ListImporter
{
    /// <summary>The program tag every DPL entry gets: the list is one program, the denial orders.</summary>
    private static readonly string[] DenialOrderTag = ["denial-order"];

    private static (Snapshot, int) ReadDpl(
        ImportPublication publication, Instant? published, Catalog catalog, ImportDiagnostics diagnostics, ProgressReporter reporter, CancellationToken cancellationToken)
    {
        var snapshot = new Snapshot(published, VersionOf(published, publication));
        var mapper = new EntryMapper(catalog, diagnostics, snapshot.Version, published);

        // The same list, authority and measure as the DPL rows of the Consolidated Screening List.
        var source = Catalog.CslSources[Catalog.DplCslSource];
        var authority = catalog.Authority(source.Authority);
        var target = new ListTarget("bis-dpl", catalog.List(source.ListId, Catalog.DplCslSource, authority), authority, [source.Measure],
            (_, _) => catalog.BisDenialOrders());
        var rows = 0;
        foreach (var file in publication.Files)
        {
            foreach (var party in DplTxtReader.Read(file, diagnostics, cancellationToken))
            {
                reporter.Report(file.Name);
                if (mapper.Map(party.Entry, target, DplTxtReader.PartyIdPrefix + party.Entry.RecordId, snapshot, DenialOrderTag))
                {
                    rows += party.Lines.Count;
                }
            }
        }

        return (snapshot, rows);
    }
}
