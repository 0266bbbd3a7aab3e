using System.Text.RegularExpressions;
using NodaTime;
using Sanctions.Core.Regimes;
using Sanctions.Sources.Mapping;

namespace Sanctions.Sources.Csl;

/// <summary>The US Consolidated Screening List (CSV): each row goes to the list its <c>source</c> names.</summary>
internal sealed partial class CslSource : IListSource
{
    public (Snapshot Snapshot, int Imported) Read(ImportPublication publication, Instant? published, ImportContext context, CancellationToken cancellationToken)
    {
        var catalog = context.Catalog;
        var snapshot = ImportContext.NewSnapshot(published, publication);
        var mapper = context.Mapper(snapshot);
        var count = 0;
        foreach (var file in publication.Files)
        {
            foreach (var entry in CslCsvReader.Read(file, context.Diagnostics, cancellationToken))
            {
                context.Reporter.Report(file.Name);
                ListTarget target;
                if (Catalog.CslSources.TryGetValue(entry.ListName!, out var source))
                {
                    var authority = catalog.Authority(source.Authority);
                    target = new ListTarget("us-csl", catalog.List(source.ListId, entry.ListName!, authority), authority, [source.Measure],
                        (tag, warn) => catalog.CslProgram(tag, authority, warn));
                }
                else
                {
                    context.Diagnostics.Warn(entry.Location, entry.RecordId, $"source '{entry.ListName}' is not a known screening list; kept under authority US");
                    var authority = catalog.Authority("US", "United States");
                    var slug = Slug().Replace(entry.ListName!.ToLowerInvariant(), "-").Trim('-');
                    target = new ListTarget("us-csl", catalog.List("us-csl-" + slug, entry.ListName!, authority), authority, [MeasureKind.Other],
                        (tag, warn) => catalog.CslProgram(tag, authority, warn));
                }

                var treasury = target.Authority.Value == Catalog.Ofac.Id && entry.RecordId.All(char.IsAsciiDigit);
                count += mapper.Map(entry, target, (treasury ? "ofac:" : "csl:") + entry.RecordId, snapshot) ? 1 : 0;
            }
        }

        return (snapshot, count);
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex Slug();
}
