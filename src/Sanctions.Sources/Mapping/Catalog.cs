using System.Collections.Immutable;
using Sanctions.Core;
using Sanctions.Core.Regimes;

namespace Sanctions.Sources.Mapping;

/// <summary>
/// The reference data an import adds beside the parties: authorities, lists, programs and the
/// legal instruments behind them. Only what the imported records use is added to the world.
/// </summary>
/// <remarks>
/// Program tables name only the instruments a tag itself cites (an executive order number in the
/// tag) or that OFAC's program pages list for it; adoption dates are left out rather than guessed.
/// An unknown tag becomes a program with no legal basis and a warning.
/// </remarks>
internal sealed class Catalog
{
    public static readonly Provenance Reference = new("sanctions-sources-catalog", note: "reference data of the Sanctions.Sources importers");

    private readonly Dictionary<string, Authority> authorities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SanctionsList> lists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SanctionsProgram> programs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LegalInstrument> instruments = new(StringComparer.Ordinal);

    /// <summary>OFAC tags already mapped without a warning (unknown tags are warned about at every use).</summary>
    private readonly Dictionary<string, ProgramId> ofacTags = new(StringComparer.Ordinal);

    public IEnumerable<Authority> Authorities => authorities.Values;

    public IEnumerable<SanctionsList> Lists => lists.Values;

    public IEnumerable<SanctionsProgram> Programs => programs.Values;

    public IEnumerable<LegalInstrument> Instruments => instruments.Values;

    public static readonly (string Id, string Name) Ofac = ("US-OFAC", "US Treasury, Office of Foreign Assets Control");
    public static readonly (string Id, string Name) Bis = ("US-BIS", "US Commerce, Bureau of Industry and Security");
    public static readonly (string Id, string Name) State = ("US-STATE", "US Department of State");
    public static readonly (string Id, string Name) UnSc = ("UN-SC", "United Nations Security Council");

    public AuthorityId Authority((string Id, string Name) authority) => Authority(authority.Id, authority.Name);

    public AuthorityId Authority(string id, string name)
    {
        if (!authorities.ContainsKey(id))
        {
            authorities[id] = new Authority(new AuthorityId(id), name, source: Reference);
        }

        return new AuthorityId(id);
    }

    public ListId List(string id, string name, AuthorityId authority, string? url = null)
    {
        if (!lists.ContainsKey(id))
        {
            lists[id] = new SanctionsList(new ListId(id), name, authority, url, Reference);
        }

        return new ListId(id);
    }

    public ProgramId Program(string id, string name, AuthorityId authority, IEnumerable<(string Id, string Title, InstrumentKind Kind)> basis)
    {
        if (!programs.ContainsKey(id))
        {
            var ids = new List<InstrumentId>();
            foreach (var (instrumentId, title, kind) in basis)
            {
                if (!instruments.ContainsKey(instrumentId))
                {
                    instruments[instrumentId] = new LegalInstrument(new InstrumentId(instrumentId), title, kind, authority, source: Reference);
                }

                ids.Add(new InstrumentId(instrumentId));
            }

            programs[id] = new SanctionsProgram(new ProgramId(id), name, authority, ids, Reference);
        }

        return new ProgramId(id);
    }

    public ImmutableArray<InstrumentId> BasisOf(ProgramId program) =>
        programs.TryGetValue(program.Value, out var p) ? p.Basis : [];

    private static (string, string, InstrumentKind) Eo(int number) =>
        ($"us-eo-{number}", $"Executive Order {number}", InstrumentKind.ExecutiveOrder);

    private static (string, string, InstrumentKind) Law(string id, string title) => (id, title, InstrumentKind.Statute);

    private static (string, string, InstrumentKind) Cfr(int part, string title) => ($"us-31cfr-{part}", $"{title} (31 CFR part {part})", InstrumentKind.Regulation);

    private static (string, string, InstrumentKind) Res(int number) =>
        ($"unscr-{number}", $"UN Security Council Resolution {number}", InstrumentKind.Resolution);

    /// <summary>OFAC program tags: name and basis.</summary>
    private static readonly Dictionary<string, (string Name, (string, string, InstrumentKind)[] Basis)> OfacPrograms = new(StringComparer.Ordinal)
    {
        ["SDGT"] = ("Specially Designated Global Terrorists", [Eo(13224)]),
        ["SDT"] = ("Specially Designated Terrorists (Middle East peace process)", [Eo(12947)]),
        ["FTO"] = ("Foreign Terrorist Organizations", [Law("us-ina-219", "Immigration and Nationality Act, section 219")]),
        ["SDNT"] = ("Specially Designated Narcotics Traffickers", [Eo(12978)]),
        ["SDNTK"] = ("Foreign Narcotics Kingpin Designation Act", [Law("us-kingpin-act", "Foreign Narcotics Kingpin Designation Act")]),
        ["ILLICIT-DRUGS-EO14059"] = ("Illicit drug trade", [Eo(14059)]),
        ["TCO"] = ("Transnational Criminal Organizations", [Eo(13581)]),
        ["NPWMD"] = ("Non-proliferation of weapons of mass destruction", [Eo(13382)]),
        ["IFSR"] = ("Iranian Financial Sanctions Regulations", [Cfr(561, "Iranian Financial Sanctions Regulations")]),
        ["IRAN"] = ("Iran (Iranian Transactions and Sanctions Regulations)", [Cfr(560, "Iranian Transactions and Sanctions Regulations")]),
        ["IRGC"] = ("Islamic Revolutionary Guard Corps", [Eo(13224)]),
        ["IRAN-HR"] = ("Iran human rights abuses", [Eo(13553)]),
        ["IRAN-TRA"] = ("Iran technology for human rights abuses", [Eo(13606)]),
        ["IRAN-EO13846"] = ("Iran (EO 13846)", [Eo(13846)]),
        ["IRAN-EO13871"] = ("Iran metals sectors", [Eo(13871)]),
        ["IRAN-EO13876"] = ("Iran Supreme Leader's office", [Eo(13876)]),
        ["IRAN-EO13902"] = ("Iran economic sectors", [Eo(13902)]),
        ["IRAN-CON-ARMS-EO"] = ("Iran conventional arms", [Eo(13949)]),
        ["EO13599"] = ("Government of Iran and Iranian financial institutions", [Eo(13599)]),
        ["EO13622"] = ("Iran petroleum and petrochemical purchases", [Eo(13622)]),
        ["EO13645"] = ("Iran (EO 13645)", [Eo(13645)]),
        ["FSE-IR"] = ("Foreign Sanctions Evaders (Iran)", [Eo(13608)]),
        ["FSE-SY"] = ("Foreign Sanctions Evaders (Syria)", [Eo(13608)]),
        ["SYRIA"] = ("Syria", [Eo(13338), Eo(13572), Eo(13573), Eo(13582)]),
        ["SYRIA-EO13894"] = ("Syria (EO 13894)", [Eo(13894)]),
        ["HRIT-IR"] = ("Iran technology for human rights abuses", [Eo(13606)]),
        ["HRIT-SY"] = ("Syria technology for human rights abuses", [Eo(13606)]),
        ["NS-PLC"] = ("Palestinian Legislative Council (non-SDN)", []),
        ["UKRAINE-EO13660"] = ("Ukraine-related (EO 13660)", [Eo(13660)]),
        ["UKRAINE-EO13661"] = ("Ukraine-related (EO 13661)", [Eo(13661)]),
        ["UKRAINE-EO13662"] = ("Ukraine-related sectoral (EO 13662)", [Eo(13662)]),
        ["UKRAINE-EO13685"] = ("Crimea region (EO 13685)", [Eo(13685)]),
        ["RUSSIA-EO14024"] = ("Russian harmful foreign activities (EO 14024)", [Eo(14024)]),
        ["CAATSA - RUSSIA"] = ("Countering America's Adversaries Through Sanctions Act, Russia", [Law("us-caatsa", "Countering America's Adversaries Through Sanctions Act (Public Law 115-44)")]),
        ["CAATSA - IRAN"] = ("Countering America's Adversaries Through Sanctions Act, Iran", [Law("us-caatsa", "Countering America's Adversaries Through Sanctions Act (Public Law 115-44)")]),
        ["CYBER2"] = ("Malicious cyber-enabled activities", [Eo(13694), Eo(13757)]),
        ["CYBER"] = ("Malicious cyber-enabled activities", [Eo(13694)]),
        ["ELECTION-EO13848"] = ("Foreign interference in US elections", [Eo(13848)]),
        ["GLOMAG"] = ("Global Magnitsky", [Eo(13818)]),
        ["MAGNIT"] = ("Sergei Magnitsky Rule of Law Accountability Act", [Law("us-magnitsky-act", "Sergei Magnitsky Rule of Law Accountability Act of 2012")]),
        ["VENEZUELA"] = ("Venezuela (EO 13692)", [Eo(13692)]),
        ["VENEZUELA-EO13850"] = ("Venezuela (EO 13850)", [Eo(13850)]),
        ["VENEZUELA-EO13884"] = ("Government of Venezuela (EO 13884)", [Eo(13884)]),
        ["DPRK"] = ("North Korea (EO 13551)", [Eo(13551)]),
        ["DPRK2"] = ("North Korea (EO 13687)", [Eo(13687)]),
        ["DPRK3"] = ("North Korea (EO 13722)", [Eo(13722)]),
        ["DPRK4"] = ("North Korea (EO 13810)", [Eo(13810)]),
        ["DPRK-NKSPEA"] = ("North Korea Sanctions and Policy Enhancement Act", [Law("us-nkspea", "North Korea Sanctions and Policy Enhancement Act of 2016")]),
        ["LIBYA2"] = ("Libya (EO 13566)", [Eo(13566)]),
        ["LIBYA3"] = ("Libya (EO 13726)", [Eo(13726)]),
        ["IRAQ2"] = ("Iraq (EO 13315)", [Eo(13315)]),
        ["IRAQ3"] = ("Iraq stabilisation (EO 13438)", [Eo(13438)]),
        ["BALKANS"] = ("Western Balkans (EO 13219)", [Eo(13219)]),
        ["BELARUS"] = ("Belarus (EO 13405)", [Eo(13405)]),
        ["BURUNDI"] = ("Burundi (EO 13712)", [Eo(13712)]),
        ["CAR"] = ("Central African Republic (EO 13667)", [Eo(13667)]),
        ["CUBA"] = ("Cuba (Cuban Assets Control Regulations)", [Cfr(515, "Cuban Assets Control Regulations")]),
        ["DRCONGO"] = ("Democratic Republic of the Congo (EO 13413)", [Eo(13413)]),
        ["HK-EO13936"] = ("Hong Kong normalization (EO 13936)", [Eo(13936)]),
        ["LEBANON"] = ("Lebanon (EO 13441)", [Eo(13441)]),
        ["NICARAGUA"] = ("Nicaragua (EO 13851)", [Eo(13851)]),
        ["SOMALIA"] = ("Somalia (EO 13536)", [Eo(13536)]),
        ["SOUTH SUDAN"] = ("South Sudan (EO 13664)", [Eo(13664)]),
        ["SUDAN"] = ("Sudan", [Eo(13067)]),
        ["DARFUR"] = ("Darfur (EO 13400)", [Eo(13400)]),
        ["YEMEN"] = ("Yemen (EO 13611)", [Eo(13611)]),
        ["ZIMBABWE"] = ("Zimbabwe (EO 13288)", [Eo(13288)]),
        ["CMIC-EO13959"] = ("Chinese military-industrial complex companies", [Eo(13959)]),
        ["JADE"] = ("Tom Lantos Block Burmese JADE Act", [Law("us-jade-act", "Tom Lantos Block Burmese JADE (Junta's Anti-Democratic Efforts) Act of 2008")]),
        ["BURMA-EO14014"] = ("Burma (EO 14014)", [Eo(14014)]),
    };

    /// <summary>Maps an OFAC program tag to a program, adding a warning for an unknown tag.</summary>
    public ProgramId OfacProgram(string tag, Action<string> warn)
    {
        // Every entry names its tags: a known one maps the same way each time, so it is looked up once per import.
        if (ofacTags.TryGetValue(tag, out var mapped))
        {
            return mapped;
        }

        var authority = Authority(Ofac);
        if (OfacPrograms.TryGetValue(tag, out var known))
        {
            return ofacTags[tag] = Program("ofac:" + tag, known.Name, authority, known.Basis);
        }

        // A tag naming its executive order still tells the basis: UKRAINE-EO13661, IRAN-EO13846.
        var eo = tag.LastIndexOf("-EO", StringComparison.Ordinal);
        if (eo >= 0 && int.TryParse(tag.AsSpan(eo + 3), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return ofacTags[tag] = Program("ofac:" + tag, tag, authority, [Eo(number)]);
        }

        warn($"OFAC program tag '{tag}' is not in the importer's table; kept as a program without a legal basis");
        return Program("ofac:" + tag, tag, authority, []);
    }

    /// <summary>UN regimes by <c>UN_LIST_TYPE</c>: program id, name and the founding resolutions.</summary>
    private static readonly Dictionary<string, (string Id, string Name, int[] Resolutions)> UnRegimes = new(StringComparer.Ordinal)
    {
        ["Al-Qaida"] = ("unsc-1267", "ISIL (Da'esh) and Al-Qaida sanctions (1267/1989/2253)", [1267, 1989, 2253]),
        ["Taliban"] = ("unsc-1988", "Taliban sanctions (1988)", [1988]),
        ["DPRK"] = ("unsc-1718", "Democratic People's Republic of Korea sanctions (1718)", [1718]),
        ["Iran"] = ("unsc-1737", "Iran sanctions (1737)", [1737]),
        ["Iraq"] = ("unsc-1518", "Iraq sanctions (1518)", [1518]),
        ["Libya"] = ("unsc-1970", "Libya sanctions (1970)", [1970]),
        ["DRC"] = ("unsc-1533", "Democratic Republic of the Congo sanctions (1533)", [1533]),
        ["CAR"] = ("unsc-2127", "Central African Republic sanctions (2127)", [2127]),
        ["Somalia"] = ("unsc-751", "Somalia and Al-Shabaab sanctions (751)", [751]),
        ["Sudan"] = ("unsc-1591", "Sudan sanctions (1591)", [1591]),
        ["SouthSudan"] = ("unsc-2206", "South Sudan sanctions (2206)", [2206]),
        ["Yemen"] = ("unsc-2140", "Yemen sanctions (2140)", [2140]),
        ["Haiti"] = ("unsc-2653", "Haiti sanctions (2653)", [2653]),
        ["GB"] = ("unsc-2048", "Guinea-Bissau sanctions (2048)", [2048]),
    };

    public ProgramId UnProgram(string listType, Action<string> warn)
    {
        var authority = Authority(UnSc);
        if (UnRegimes.TryGetValue(listType, out var regime))
        {
            return Program(regime.Id, regime.Name, authority, regime.Resolutions.Select(Res));
        }

        warn($"UN_LIST_TYPE '{listType}' is not a known regime; kept as a program without a resolution");
        return Program("unsc-" + listType, listType, authority, []);
    }

    /// <summary>US CSL sources: list id, list name, authority, measure; Treasury lists reuse the OFAC ids.</summary>
    public static readonly Dictionary<string, (string ListId, string Abbreviation, (string, string) Authority, MeasureKind Measure)> CslSources = new(StringComparer.Ordinal)
    {
        ["Specially Designated Nationals (SDN) - Treasury Department"] = ("us-ofac-sdn", "SDN", Ofac, MeasureKind.AssetFreeze),
        ["Sectoral Sanctions Identifications List (SSI) - Treasury Department"] = ("us-ofac-ssi", "SSI", Ofac, MeasureKind.SectoralRestriction),
        ["Foreign Sanctions Evaders (FSE) - Treasury Department"] = ("us-ofac-fse", "FSE", Ofac, MeasureKind.Other),
        ["Palestinian Legislative Council List (PLC) - Treasury Department"] = ("us-ofac-plc", "PLC", Ofac, MeasureKind.Other),
        ["Capta List (CAP) - Treasury Department"] = ("us-ofac-cap", "CAP", Ofac, MeasureKind.Other),
        ["Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department"] = ("us-ofac-ns-mbs", "NS-MBS", Ofac, MeasureKind.Other),
        ["Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department"] = ("us-ofac-cmic", "CMIC", Ofac, MeasureKind.Other),
        ["Denied Persons List (DPL) - Bureau of Industry and Security"] = ("us-bis-dpl", "DPL", Bis, MeasureKind.ExportRestriction),
        ["Entity List (EL) - Bureau of Industry and Security"] = ("us-bis-el", "EL", Bis, MeasureKind.ExportRestriction),
        ["Unverified List (UVL) - Bureau of Industry and Security"] = ("us-bis-uvl", "UVL", Bis, MeasureKind.ExportRestriction),
        ["Military End User (MEU) List - Bureau of Industry and Security"] = ("us-bis-meu", "MEU", Bis, MeasureKind.ExportRestriction),
        ["ITAR Debarred (DTC) - State Department"] = ("us-state-dtc", "DTC", State, MeasureKind.ExportRestriction),
        ["Nonproliferation Sanctions (ISN) - State Department"] = ("us-state-isn", "ISN", State, MeasureKind.Other),
    };

    /// <summary>Programs the State Department's nonproliferation list cites, by tag.</summary>
    private static readonly Dictionary<string, (string Name, (string, string, InstrumentKind)[] Basis)> StatePrograms = new(StringComparer.Ordinal)
    {
        ["INKSNA"] = ("Iran, North Korea, and Syria Nonproliferation Act", [Law("us-inksna", "Iran, North Korea, and Syria Nonproliferation Act")]),
        ["EO 13382"] = ("Non-proliferation of weapons of mass destruction", [Eo(13382)]),
        ["CBW"] = ("Chemical and Biological Weapons Control and Warfare Elimination Act", [Law("us-cbw-act", "Chemical and Biological Weapons Control and Warfare Elimination Act of 1991")]),
        ["EO 12938"] = ("Proliferation of weapons of mass destruction (EO 12938)", [Eo(12938)]),
        ["MEU"] = ("Military End User List", []),
    };

    public ProgramId CslProgram(string tag, AuthorityId authority, Action<string> warn)
    {
        if (authority.Value == Ofac.Id)
        {
            return OfacProgram(tag, warn);
        }

        var prefix = authority.Value.ToLowerInvariant();
        if (StatePrograms.TryGetValue(tag, out var known))
        {
            return Program($"{prefix}:{tag}", known.Name, authority, known.Basis);
        }

        warn($"program tag '{tag}' of {authority} is not in the importer's table; kept as a program without a legal basis");
        return Program($"{prefix}:{tag}", tag, authority, []);
    }

    /// <summary>The CSL <c>source</c> of the Denied Persons List: a <c>dpl.txt</c> import uses its list, authority and measure, so both agree.</summary>
    public const string DplCslSource = "Denied Persons List (DPL) - Bureau of Industry and Security";

    /// <summary>
    /// The program of the BIS denial orders the Denied Persons List publishes. Its basis, the Export
    /// Administration Regulations, is recorded as unverified: no stored source of the project states it.
    /// </summary>
    public ProgramId BisDenialOrders()
    {
        var authority = Authority(Bis);
        const string id = "us-15cfr-730-774";
        const string title = "Export Administration Regulations (15 CFR parts 730-774)";
        if (!instruments.ContainsKey(id))
        {
            instruments[id] = new LegalInstrument(new InstrumentId(id), title, InstrumentKind.Regulation, authority, source: new Provenance(
                Reference.Source, isVerified: false,
                note: "unverified: the project's sources (FORMATS.md, DOMAIN.md) do not name the legal basis of BIS denial orders"));
        }

        return Program("us-bis:denial-orders", "BIS denial orders (Denied Persons List)", authority, [(id, title, InstrumentKind.Regulation)]);
    }
}
