namespace Sanctions.Core.Regimes;

/// <summary>What a designation does to the party it names. The JSON and CLI form is the kebab-case name (<c>asset-freeze</c>).</summary>
public enum MeasureKind
{
    /// <summary>Assets are frozen and dealings prohibited (blocking).</summary>
    AssetFreeze = 0,

    /// <summary>Entry into or transit through the territory is banned.</summary>
    TravelBan = 1,

    /// <summary>Particular dealings are restricted (new debt or equity, EO 13662 directives).</summary>
    SectoralRestriction = 2,

    /// <summary>Exports to the party need a licence or are denied (BIS Entity List, Denied Persons List).</summary>
    ExportRestriction = 3,

    /// <summary>Arms may not be supplied to or bought from the party.</summary>
    ArmsEmbargo = 4,

    /// <summary>Dealings expose others to secondary sanctions (CAATSA §231 List of Specified Persons).</summary>
    SecondarySanctionsExposure = 5,

    /// <summary>Other restrictions on procurement, aid or financing.</summary>
    Other = 6,
}
