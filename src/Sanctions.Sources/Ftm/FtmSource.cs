using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Sanctions.Sources.Mapping;

namespace Sanctions.Sources.Ftm;

/// <summary>
/// OpenSanctions FollowTheMoney entity exports and delta files. The entities live on between the publications of
/// one import: each delta file adds, replaces or deletes some, and the whole set is mapped after each publication.
/// </summary>
internal sealed partial class FtmSource : IListSource
{
    private readonly Dictionary<string, FtmEntity> entities = new(StringComparer.Ordinal);

    /// <summary>Splits FtM publications so that each delta file is a publication of its own, dated by the version stamp in its path.</summary>
    public IReadOnlyList<ImportPublication> Expand(IReadOnlyList<ImportPublication> publications)
    {
        var result = new List<ImportPublication>();
        foreach (var publication in publications)
        {
            var exports = publication.Files.Where(f => !IsDelta(f) && !IsDeltaIndex(f)).ToList();
            var deltas = publication.Files.Where(IsDelta).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
            if (exports.Count > 0 || deltas.Count == 0)
            {
                result.Add(publication with { Files = exports.Count > 0 ? exports : publication.Files });
            }

            foreach (var delta in deltas)
            {
                var stamp = VersionStamp().Match(delta.Name);
                Instant? at = stamp.Success
                    ? Instant.FromDateTimeOffset(DateTimeOffset.ParseExact(stamp.Value, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal))
                    : null;
                result.Add(new ImportPublication([delta], at ?? publication.Published, Path.GetFileNameWithoutExtension(delta.FileName)));
            }
        }

        return result;
    }

    /// <summary>A delta file that changes nothing is a real publication.</summary>
    public bool MayBeEmpty(ImportPublication publication) => publication.Files.All(IsDelta);

    public (Snapshot Snapshot, int Imported) Read(ImportPublication publication, Instant? published, ImportContext context, CancellationToken cancellationToken)
    {
        var diagnostics = context.Diagnostics;
        foreach (var file in publication.Files)
        {
            if (IsDelta(file))
            {
                foreach (var delta in FtmReader.ReadDelta(file, diagnostics, cancellationToken))
                {
                    context.Reporter.Report(file.Name);
                    switch (delta.Op)
                    {
                        case FtmDeltaOp.Delete:
                            if (!entities.Remove(delta.EntityId))
                            {
                                diagnostics.Warn(delta.Location, delta.EntityId, "DEL of an entity that is not stored; nothing to delete");
                            }

                            break;
                        default:
                            // ADD and MOD both carry the full entity; MOD replaces the stored one.
                            entities[delta.EntityId] = delta.Entity!;
                            break;
                    }
                }
            }
            else
            {
                foreach (var entity in FtmReader.ReadEntities(file, diagnostics, cancellationToken))
                {
                    context.Reporter.Report(file.Name);
                    entities[entity.Id] = entity;
                }
            }
        }

        var snapshot = ImportContext.NewSnapshot(published, publication);
        var count = FtmMapper.Map(entities, context.Mapper(snapshot), diagnostics, snapshot);
        return (snapshot, count);
    }

    private static bool IsDelta(SourceFile file) => file.FileName.EndsWith("delta.json", StringComparison.OrdinalIgnoreCase) && !IsDeltaIndex(file);

    private static bool IsDeltaIndex(SourceFile file) => string.Equals(file.FileName, "delta.json", StringComparison.OrdinalIgnoreCase)
        || file.FileName.EndsWith("_delta.json", StringComparison.OrdinalIgnoreCase) && !file.FileName.Contains("entities", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(\d{14})")]
    private static partial Regex VersionStamp();
}
