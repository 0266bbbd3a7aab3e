using Sanctions.Core.Regimes;
using Sanctions.Sources.Mapping;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Ofac;

/// <summary>Where OFAC entries go, for both OFAC formats: the SDN or the consolidated (non-SDN) list and its measures.</summary>
internal static class OfacTargets
{
    public static ListTarget Of(Catalog catalog, OfacList list, string format)
    {
        var authority = catalog.Authority(Catalog.Ofac);
        var listId = list == OfacList.Sdn
            ? catalog.List("us-ofac-sdn", "Specially Designated Nationals and Blocked Persons List (SDN)", authority)
            : catalog.List("us-ofac-cons", "OFAC Consolidated Sanctions List (non-SDN)", authority);
        var source = "ofac-" + (list == OfacList.Sdn ? "sdn" : "cons") + "-" + format;
        return new ListTarget(source, listId, authority, list == OfacList.Sdn ? [MeasureKind.AssetFreeze] : [MeasureKind.Other], catalog.OfacProgram);
    }

    /// <summary>Non-SDN entries under EO 13662 are sectoral (SSI); other non-SDN lists impose narrower measures than blocking.</summary>
    public static ListTarget Measures(ListTarget target, OfacList list, ListEntry entry) =>
        list == OfacList.Consolidated && entry.Programs.Contains("UKRAINE-EO13662") ? target with { Measures = [MeasureKind.SectoralRestriction] } : target;
}
