namespace Sanctions.Core.Regimes;

/// <summary>What a country-level measure restricts. The JSON and CLI form is the kebab-case name.</summary>
public enum CountryMeasureKind
{
    /// <summary>Nearly all dealings with the country or region are prohibited (US measures on Iran, North Korea, Cuba, Syria, Crimea).</summary>
    ComprehensiveEmbargo = 0,

    /// <summary>Arms transfers are prohibited, in the <see cref="ArmsDirection"/> given.</summary>
    ArmsEmbargo = 1,

    /// <summary>Particular sectors or dealings are restricted (EU Regulation 833/2014).</summary>
    Sectoral = 2,

    /// <summary>Exports of listed dual-use items and technology are restricted or need approval (the UNSCR 2231 missile-technology restrictions on Iran). Compliance checks apply it to dual-use goods; arms fall under <see cref="ArmsEmbargo"/>.</summary>
    ExportControl = 3,

    /// <summary>Other restrictions.</summary>
    Other = 4,
}

/// <summary>Which way an arms embargo runs. The JSON form is the lowercase name.</summary>
public enum ArmsDirection
{
    /// <summary>Arms may not be supplied to the target.</summary>
    Inbound = 0,

    /// <summary>Arms may not be bought from the target.</summary>
    Outbound = 1,

    /// <summary>Both ways.</summary>
    Both = 2,
}
