using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Treaties;

namespace Sanctions.Cli;

/// <summary>Identifiers of the embedded seed world (<c>data/seed-world.json</c>) that the demo and the tests look things up by.</summary>
internal static class SeedIds
{
    /// <summary>The dataset name of the seed world.</summary>
    public const string DatasetName = "sanctions-core-seed";

    public static readonly PartyId Sco = new("org:SCO");
    public static readonly PartyId Iran = new("iso:IR");
    public static readonly PartyId Russia = new("iso:RU");
    public static readonly PartyId Rogozin = new("person:dmitry-rogozin");
    public static readonly PartyId Dehghan = new("person:hossein-dehghan");
    public static readonly PartyId Putin = new("person:vladimir-putin");
    public static readonly PartyId Rouhani = new("person:hassan-rouhani");
    public static readonly PartyId Rosoboronexport = new("org:rosoboronexport");
    public static readonly InstrumentId Caatsa = new("us:pl-115-44");
    public static readonly InstrumentId Caatsa231 = new("us:pl-115-44:s231");
    public static readonly InstrumentId Unscr2231 = new("un:res-2231");
    public static readonly TreatyId Treaty2001 = new("treaty:ru-ir-2001");
    public static readonly TreatyId Treaty2025 = new("treaty:ru-ir-2025");
}
