using System.Collections.Immutable;
using Sanctions.Core;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Ftm;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Mapping;

/// <summary>
/// What FollowTheMoney entities say beyond names and links: countries as upper-case ISO codes, contact details, positions,
/// every program and date of a Sanction, and a designation for a target whose topics say it is sanctioned when the file
/// holds no Sanction entity for it.
/// </summary>
internal static class FtmFacts
{
    /// <summary>The identifier scheme of an OpenSanctions referent: the id of a source record merged into the entity.</summary>
    public const string ReferentScheme = "opensanctions-referent";

    private static readonly (string Property, ContactKind Kind)[] ContactProperties =
        [("phone", ContactKind.Phone), ("email", ContactKind.Email), ("website", ContactKind.Website)];

    /// <summary>FtM writes ISO codes in lower case (<c>ru</c>) and some pseudo-codes (<c>eu</c>, <c>suhh</c>): upper-case codes where they are ISO, the text otherwise.</summary>
    public static ImmutableArray<string> Countries(IEnumerable<string> values)
    {
        var result = new DistinctArray<string>();
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var trimmed = value.Trim();
            result.Add(trimmed.Length == 2 ? CountryNames.CodeOf(trimmed.ToUpperInvariant()) ?? trimmed : CountryNames.CodeOrText(trimmed)!);
        }

        return result.ToImmutable();
    }

    public static ImmutableArray<Contact> Contacts(FtmEntity entity)
    {
        var result = new DistinctArray<Contact>();
        foreach (var (property, kind) in ContactProperties)
        {
            foreach (var value in entity.Get(property))
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    result.Add(new Contact(kind, value.Trim()));
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>A person's <c>position</c> values, each as a position held at some time the file does not say.</summary>
    public static void AddPositions(FtmEntity entity, MappedRecord record)
    {
        if (entity.Schema != "Person")
        {
            return;
        }

        foreach (var title in entity.Get("position").Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal))
        {
            record.Positions.Add(new Position(record.Party.Id, title.Trim(), ValidPeriod.Always, null, default, new Provenance(FtmMapper.Source, entity.Id)));
        }
    }

    /// <summary>Every program of a Sanction: each <c>programId</c>, else each <c>program</c>, named by the <c>program</c> at the same place where there is one.</summary>
    public static List<ProgramId> Programs(FtmEntity sanction, string dataset, AuthorityId authority, Catalog catalog)
    {
        var ids = sanction.Get("programId").Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
        var names = sanction.Get("program").Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
        var keys = ids.Count > 0 ? ids : names;
        var programs = new List<ProgramId>();
        for (var i = 0; i < keys.Count; i++)
        {
            var name = ids.Count == 0 ? keys[i] : i < names.Count && ids.Count == names.Count ? names[i] : names.Count == 1 ? names[0] : keys[i];
            var program = catalog.Program($"os:{dataset}:{keys[i]}", name, authority, []);
            if (!programs.Contains(program))
            {
                programs.Add(program);
            }
        }

        return programs;
    }

    public static PartialDate? Earliest(FtmEntity entity, string property, ImportDiagnostics diagnostics) => Dates(entity, property, diagnostics).Select(d => (PartialDate?)d).Min();

    public static PartialDate? Latest(FtmEntity entity, string property, ImportDiagnostics diagnostics) => Dates(entity, property, diagnostics).Select(d => (PartialDate?)d).Max();

    /// <summary>
    /// A target whose topics include <c>sanction</c> but for which the file holds no Sanction entity is designated all
    /// the same, from a day the file does not give (an unknown start, see docs/concepts.md), never from a made-up date:
    /// on the list of each of its datasets, by that dataset's authority, except OpenSanctions' enrichment datasets
    /// (named <c>ext_…</c>, such as the company registry <c>ext_ru_egrul</c>), which list no one. With only those, a
    /// warning says so.
    /// </summary>
    public static int DesignateSanctionTopics(IReadOnlyDictionary<string, FtmEntity> entities, EntryMapper context, ImportDiagnostics diagnostics, Snapshot snapshot)
    {
        var sanctioned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities.Values)
        {
            if (entity.Schema == "Sanction" && entity.First("entity") is { } target)
            {
                sanctioned.Add(target);
            }
        }

        var count = 0;
        foreach (var entity in entities.Values)
        {
            if (!entity.Get("topics").Contains("sanction") || sanctioned.Contains(entity.Id)
                || !snapshot.Records.TryGetValue("os:" + entity.Id, out var record))
            {
                continue;
            }

            var datasets = entity.Datasets.Where(d => !string.IsNullOrWhiteSpace(d)).Select(d => d.Trim()).Distinct(StringComparer.Ordinal)
                .Where(d => !d.StartsWith("ext_", StringComparison.Ordinal)).ToList();
            if (datasets.Count == 0)
            {
                diagnostics.Warn(entity.Location, entity.Id,
                    $"topic 'sanction' but no Sanction entity, and its datasets [{string.Join(", ", entity.Datasets)}] are only enrichment datasets (ext_…); not designated");
                continue;
            }

            foreach (var dataset in datasets)
            {
                var (authorityId, authorityName) = FtmMapper.AuthorityOf(dataset, null);
                var authority = context.Catalog.Authority(authorityId, authorityName);
                var list = context.Catalog.List("os:" + dataset, "OpenSanctions dataset " + dataset, authority);
                record.Designations.Add(new DesignationDraft(
                    $"os-topic/{entity.Id}/{dataset}", record.Party.Id, list, [], [MeasureKind.Other], [], null, null, null,
                    "topic 'sanction' with no Sanction entity in the file: designated by the dataset's authority from a day the file does not give",
                    context.ProvenanceOf(FtmMapper.Source, entity.Id)));
                count++;
            }
        }

        return count;
    }

    private static IEnumerable<PartialDate> Dates(FtmEntity entity, string property, ImportDiagnostics diagnostics)
    {
        foreach (var text in entity.Get(property))
        {
            if (SourceDate.TryParseIso(text, out var date))
            {
                yield return EntryMapper.ToPartialDate(date);
            }
            else
            {
                diagnostics.RejectValue(entity.Location.WithPath("$.properties." + property), entity.Id, $"{property} '{text}' is not an ISO date");
            }
        }
    }
}
