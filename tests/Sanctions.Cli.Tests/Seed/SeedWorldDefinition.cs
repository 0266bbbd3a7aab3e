using NodaTime;
using Sanctions.Core;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;
using Sanctions.Core.World;

namespace Sanctions.Cli.Tests.Seed;

/// <summary>
/// The seed world written as code over the fact base: every date and every source comes from <see cref="SeedFacts"/> by fact id,
/// so that nothing is typed twice and every fact carries the id it comes from (<see cref="Provenance.Record"/>).
/// </summary>
/// <remarks>
/// This is the generator of <c>data/seed-world.json</c>, the world the CLI embeds: <c>SeedWorldFileTests</c> checks that the file is
/// exactly this definition's output in the JSON format, and rewrites it when <c>SANCTIONS_WRITE_SEED_WORLD=1</c>. What the fact
/// base holds that the model cannot express, and why, is listed in <c>docs/seed-world.md</c>.
/// </remarks>
internal sealed class SeedWorldDefinition
{
    private static readonly PartyId Sco = SeedIds.Sco;
    private static readonly PartyId Iran = SeedIds.Iran;
    private static readonly PartyId Russia = SeedIds.Russia;
    private static readonly PartyId Rogozin = SeedIds.Rogozin;
    private static readonly PartyId Dehghan = SeedIds.Dehghan;
    private static readonly PartyId Putin = SeedIds.Putin;
    private static readonly PartyId Rouhani = SeedIds.Rouhani;
    private static readonly PartyId Rosoboronexport = SeedIds.Rosoboronexport;
    private static readonly InstrumentId Caatsa = SeedIds.Caatsa;
    private static readonly InstrumentId Caatsa231 = SeedIds.Caatsa231;
    private static readonly InstrumentId Unscr2231 = SeedIds.Unscr2231;
    private static readonly TreatyId Treaty2001 = SeedIds.Treaty2001;
    private static readonly TreatyId Treaty2025 = SeedIds.Treaty2025;

    private static readonly AuthorityId Us = new("US");
    private static readonly AuthorityId UsOfac = new("US-OFAC");
    private static readonly AuthorityId UsState = new("US-STATE");
    private static readonly AuthorityId Eu = new("EU");
    private static readonly AuthorityId UnSc = new("UN-SC");
    private static readonly AuthorityId UkHmt = new("UK-HMT");

    private static readonly ListId Sdn = new("us-ofac-sdn");
    private static readonly ListId EuList = new("eu-fsf");
    private static readonly ListId UkList = new("uk-hmt-consolidated");
    private static readonly ListId Lsp231 = new("us-state-caatsa-231-lsp");
    private static readonly ListId Sanctioned231 = new("us-state-caatsa-231-sanctioned");
    private static readonly ListId Inksna = new("us-state-inksna");
    private static readonly ListId Sst = new("us-state-sst");

    private readonly SeedFacts facts;
    private readonly WorldBuilder b = new();

    private SeedWorldDefinition(SeedFacts facts) => this.facts = facts;

    /// <summary>Builds the seed world from the fact base.</summary>
    /// <param name="facts">The fact base.</param>
    /// <returns>The validated world.</returns>
    public static SanctionsWorld Build(SeedFacts facts) => new SeedWorldDefinition(facts).Define().Build();

    private Provenance P(string id, string? note = null) => facts.Provenance(id, note);

    private PartialDate From(string id) => facts.From(id);

    private ValidPeriod Period(string id) => facts.Period(id);

    // Record time (docs/seed-world.md, "When each fact became known"): a fact is recorded from 00:00 UTC of the first day it was
    // certainly public: its start day when exact, the day after the last day of a partial start. A fact that ended by an event (a term
    // ending, a measure lifted) was first known open-ended: it is recorded twice, open from its start until the day its end became public,
    // and with its end from then on. An end fixed in advance (a resolution's term) is known from the start.
    private static Instant PublicFrom(PartialDate date) =>
        (date.IsExact ? date.Earliest : date.Latest.PlusDays(1)).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();

    private static IEnumerable<(ValidPeriod Valid, RecordPeriod Recorded, bool Superseded)> Versions(ValidPeriod valid, PartialDate? published = null, bool endKnownInAdvance = false)
    {
        // An unknown start is public by its upper bound at the latest.
        var start = published ?? valid.From ?? (valid.Start.Latest is { } l ? PartialDate.FromDate(l) : null);
        Instant? from = start is { } p ? PublicFrom(p) : null;
        if (valid.To is not { } to || endKnownInAdvance || (from is { } f && PublicFrom(to) <= f))
        {
            yield return (valid, new RecordPeriod(from, null), false);
            yield break;
        }

        var ended = PublicFrom(to);
        yield return (new ValidPeriod(valid.From, null), new RecordPeriod(from, ended), true);
        yield return (valid, RecordPeriod.Since(ended), false);
    }

    private static PartyName[] Names(string primary, params string[] aliases) =>
        [new PartyName(primary), .. aliases.Select(a => new PartyName(a, NameKind.Alias))];

    private WorldBuilder Define()
    {
        b.Dataset = new DatasetInfo(
            SeedIds.DatasetName,
            "1",
            Description: "The world of August 2017 around the Russia–Iran arms talks, the SCO and CAATSA, carried forward to today with the verified facts of the project's fact base.");
        Authorities();
        Instruments();
        Parties();
        ScoMemberships();
        Designations();
        CountryMeasures();
        Treaties();
        Persons();
        return b;
    }

    private void Authorities()
    {
        // Each authority and list cites the first fact that names it.
        b.AddAuthority(new Authority(Us, "United States federal government (Congress and President)", "US", P("B02")));
        b.AddAuthority(new Authority(UsOfac, "US Treasury, Office of Foreign Assets Control (OFAC)", "US", P("C06")));
        b.AddAuthority(new Authority(UsState, "US Department of State", "US", P("B08")));
        b.AddAuthority(new Authority(Eu, "Council of the European Union", "EU", P("C08")));
        b.AddAuthority(new Authority(UnSc, "United Nations Security Council", "UN", P("D02")));
        b.AddAuthority(new Authority(UkHmt, "HM Treasury (UK)", "UK", P("C14")));

        b.AddList(new SanctionsList(Sdn, "Specially Designated Nationals and Blocked Persons List (SDN)", UsOfac, source: P("C06")));
        b.AddList(new SanctionsList(EuList, "EU consolidated list of persons subject to financial sanctions", Eu, source: P("C08")));
        b.AddList(new SanctionsList(UkList, "UK consolidated list of financial sanctions targets", UkHmt, source: P("C14")));
        b.AddList(new SanctionsList(Lsp231, "CAATSA Section 231 List of Specified Persons", UsState, source: P("B08", "39 entities (33 defence, 6 intelligence); sent to Congress 2017-10-26 after missing the 2017-10-01 statutory deadline; expanded by 33 names to 72 on 2018-09-20 (B10)")));
        b.AddList(new SanctionsList(Sanctioned231, "Persons sanctioned under CAATSA Section 231", UsState, source: P("B11")));
        b.AddList(new SanctionsList(Inksna, "Iran, North Korea, and Syria Nonproliferation Act (INKSNA) sanctions", UsState, source: P("B15")));
        b.AddList(new SanctionsList(Sst, "State Sponsors of Terrorism", UsState, source: P("F04")));

        b.AddProgram(new SanctionsProgram(new ProgramId("UK-RUSSIA"), "UK Russia sanctions regime", UkHmt, source: P("C14")));
        b.AddProgram(new SanctionsProgram(new ProgramId("UN-1718"), "UN sanctions regime on the DPRK (resolution 1718)", UnSc, [new InstrumentId("un:res-1718")], P("F01")));
    }

    private void Instrument(string id, string title, InstrumentKind kind, AuthorityId authority, string? citation, string factId, bool dated = true, string? partOf = null, string? note = null) =>
        b.AddInstrument(new LegalInstrument(
            new InstrumentId(id), title, kind, authority, citation, dated ? From(factId) : null, partOf: partOf is null ? null : new InstrumentId(partOf), source: P(factId, note)));

    private void Instruments()
    {
        Instrument(Caatsa.Value, "Countering America's Adversaries Through Sanctions Act (CAATSA)", InstrumentKind.Statute, Us, facts["B01"].Object, "B02", note: "citation: B01");
        Instrument("us:pl-115-44:title-1", facts["B04"].Object, InstrumentKind.StatutePart, Us, "CAATSA Title I (Iran)", "B04", partOf: Caatsa.Value);
        Instrument("us:pl-115-44:title-2", facts["B05"].Object, InstrumentKind.StatutePart, Us, "CAATSA Title II (Russia)", "B05", partOf: Caatsa.Value);
        Instrument("us:pl-115-44:title-3", facts["B06"].Object, InstrumentKind.StatutePart, Us, "CAATSA Title III (North Korea)", "B06", partOf: Caatsa.Value, note: "KIMSA enacted as CAATSA Title III (F03)");
        Instrument(Caatsa231.Value, "CAATSA Section 231: sanctions on significant transactions with the Russian defence or intelligence sectors", InstrumentKind.StatutePart, Us, "CAATSA §231", "B07", partOf: Caatsa.Value, note: "mandatory sanctions (at least 5 of the 12 measures of §235) for transactions on or after 2017-08-02");
        Instrument("us:pl-114-122", "North Korea Sanctions and Policy Enhancement Act of 2016 (NKSPEA)", InstrumentKind.Statute, Us, "Public Law 114-122 (H.R. 757)", "F02");
        Instrument("us:inksna", "Iran, North Korea, and Syria Nonproliferation Act (INKSNA)", InstrumentKind.Statute, Us, "INKSNA", "B15", dated: false, note: "named by B15; its enactment date is not in the fact base");

        Instrument("us:eo-13660", "Executive Order 13660 (national emergency with respect to Ukraine)", InstrumentKind.ExecutiveOrder, Us, "EO 13660", "G01");
        Instrument("us:eo-13661", "Executive Order 13661 (blocking property of additional persons contributing to the situation in Ukraine)", InstrumentKind.ExecutiveOrder, Us, "EO 13661", "G02", note: "signed 2014-03-16; its designations announced 2014-03-17");
        Instrument("us:eo-13662", "Executive Order 13662 (sectoral authority, Russia)", InstrumentKind.ExecutiveOrder, Us, "EO 13662", "G03");
        Instrument("us:eo-13685", "Executive Order 13685 (Crimea)", InstrumentKind.ExecutiveOrder, Us, "EO 13685", "G04");
        Instrument("us:eo-14024", "Executive Order 14024 (harmful foreign activities of the Russian Federation)", InstrumentKind.ExecutiveOrder, Us, "EO 14024", "G05", note: "date is best knowledge only");
        Instrument("us:eo-13582", "Executive Order 13582 (Syria-related)", InstrumentKind.ExecutiveOrder, Us, "EO 13582", "B14", dated: false, note: "named by B14 as the authority of Rosoboronexport's 2018 designation; its date is not in the fact base");
        Instrument("us:eo-13876", "Executive Order 13876 (blocking the Supreme Leader of Iran, his office and appointees)", InstrumentKind.ExecutiveOrder, Us, "EO 13876", "D13");

        Instrument("eu:reg-208/2014", "Council Regulation (EU) No 208/2014 (misappropriation of Ukrainian state funds)", InstrumentKind.Regulation, Eu, "Regulation (EU) No 208/2014", "G06");
        Instrument("eu:reg-269/2014", "Council Regulation (EU) No 269/2014 (actions undermining the territorial integrity of Ukraine)", InstrumentKind.Regulation, Eu, "Regulation (EU) No 269/2014", "G07", note: "first 21 listings the same day");
        Instrument("eu:dec-2014/145", "Council Decision 2014/145/CFSP (actions undermining the territorial integrity of Ukraine)", InstrumentKind.Decision, Eu, "Decision 2014/145/CFSP", "G07");
        Instrument("eu:reg-833/2014", "Council Regulation (EU) No 833/2014 (sectoral measures, Russia)", InstrumentKind.Regulation, Eu, "Regulation (EU) No 833/2014", "G08");
        Instrument("eu:dec-2014/512", "Council Decision 2014/512/CFSP (sectoral measures, Russia)", InstrumentKind.Decision, Eu, "Decision 2014/512/CFSP", "G08");
        Instrument("eu:cp-2007/246", "Council Common Position 2007/246/CFSP (arms embargo on Iran)", InstrumentKind.Decision, Eu, "Common Position 2007/246/CFSP", "D11");
        Instrument("eu:dec-2010/413", "Council Decision 2010/413/CFSP (restrictive measures against Iran)", InstrumentKind.Decision, Eu, "Decision 2010/413/CFSP", "D11", dated: false, note: "named by D11 as the later home of the EU arms embargo; its date is not in the fact base");

        Instrument("un:res-1718", "UN Security Council resolution 1718 (2006) (DPRK)", InstrumentKind.Resolution, UnSc, "UNSCR 1718", "F01", note: "adopted unanimously; creates the 1718 sanctions committee");
        Instrument("un:res-1747", "UN Security Council resolution 1747 (2007) (Iran)", InstrumentKind.Resolution, UnSc, "UNSCR 1747", "I07", note: "adopted unanimously; I07 verifies the day D09 left unverified");
        Instrument("un:res-1874", "UN Security Council resolution 1874 (2009) (DPRK)", InstrumentKind.Resolution, UnSc, "UNSCR 1874", "I12", note: "adopted unanimously");
        Instrument("un:res-2270", "UN Security Council resolution 2270 (2016) (DPRK)", InstrumentKind.Resolution, UnSc, "UNSCR 2270", "I14");
        Instrument("us:eo-12959", "Executive Order 12959 (prohibiting certain transactions with respect to Iran)", InstrumentKind.ExecutiveOrder, Us, "EO 12959", "I20", note: "effective 1995-05-07 (I21)");
        Instrument("us:eo-13059", "Executive Order 13059 (prohibiting certain transactions with respect to Iran)", InstrumentKind.ExecutiveOrder, Us, "EO 13059", "I22");
        Instrument("us:31-cfr-560", "Iranian Transactions and Sanctions Regulations, 31 CFR part 560", InstrumentKind.Regulation, UsOfac, "31 CFR part 560 (ITSR)", "I23", note: "the date is the renaming and reissue as the ITSR; the Iranian Transactions Regulations are older");
        Instrument("us:eo-13722", "Executive Order 13722 (blocking property of the Government of North Korea and the Workers' Party of Korea)", InstrumentKind.ExecutiveOrder, Us, "EO 13722", "I25");
        Instrument("us:31-cfr-510", "North Korea Sanctions Regulations, 31 CFR part 510", InstrumentKind.Regulation, UsOfac, "31 CFR part 510 (NKSR)", "I26", note: "reissued in full 2018-03-05 (I27)");
        Instrument("un:res-1929", "UN Security Council resolution 1929 (2010) (Iran)", InstrumentKind.Resolution, UnSc, "UNSCR 1929", "D10", note: "ban on transfers of major conventional arms to Iran");
        Instrument(Unscr2231.Value, "UN Security Council resolution 2231 (2015) (endorsing the JCPOA)", InstrumentKind.Resolution, UnSc, "UNSCR 2231", "D02", note: "adopted unanimously (15-0)");
        Instrument("un:res-1737", "UN Security Council resolution 1737 (2006) (Iran)", InstrumentKind.Resolution, UnSc, "UNSCR 1737", "I05", note: "adopted unanimously; also named by D15 among the resolutions re-applied by the snapback");
        foreach (var n in new[] { "1696", "1803", "1835" })
        {
            Instrument($"un:res-{n}", $"UN Security Council resolution {n} (Iran)", InstrumentKind.Resolution, UnSc, $"UNSCR {n}", "D15", dated: false, note: "named by D15 among the resolutions re-applied by the snapback; its date is not in the fact base");
        }
    }

    private void State(string alpha2, string alpha3, string name, string factId, params string[] aliases) =>
        b.AddParty(new State(new PartyId("iso:" + alpha2), Names(name, aliases), alpha2, alpha3, source: P(factId, "ISO 3166-1 codes")));

    private void Parties()
    {
        State("CN", "CHN", "China", "A02a", "People's Republic of China");
        State("KZ", "KAZ", "Kazakhstan", "A02b", "Republic of Kazakhstan");
        State("KG", "KGZ", "Kyrgyzstan", "A02c", "Kyrgyz Republic");
        State("RU", "RUS", "Russia", "A02d", "Russian Federation");
        State("TJ", "TJK", "Tajikistan", "A02e", "Republic of Tajikistan");
        State("UZ", "UZB", "Uzbekistan", "A02f", "Republic of Uzbekistan");
        State("IN", "IND", "India", "A07a", "Republic of India");
        State("PK", "PAK", "Pakistan", "A07b", "Islamic Republic of Pakistan");
        State("IR", "IRN", "Iran", "A09", "Islamic Republic of Iran");
        State("BY", "BLR", "Belarus", "A15", "Republic of Belarus");
        State("MN", "MNG", "Mongolia", "A20");
        State("AF", "AFG", "Afghanistan", "A21");
        State("LK", "LKA", "Sri Lanka", "A22");
        State("TR", "TUR", "Turkey", "A23", "Türkiye");
        State("AZ", "AZE", "Azerbaijan", "A24a");
        State("AM", "ARM", "Armenia", "A24b");
        State("KH", "KHM", "Cambodia", "A24c");
        State("NP", "NPL", "Nepal", "A24d");
        State("EG", "EGY", "Egypt", "A25a");
        State("QA", "QAT", "Qatar", "A25b");
        State("SA", "SAU", "Saudi Arabia", "A25c");
        State("BH", "BHR", "Bahrain", "A26a");
        State("MV", "MDV", "Maldives", "A26b");
        State("AE", "ARE", "United Arab Emirates", "A26c", "UAE");
        State("KW", "KWT", "Kuwait", "A26d");
        State("MM", "MMR", "Myanmar", "A26e");
        State("LA", "LAO", "Laos", "A27", "Lao People's Democratic Republic");
        State("KP", "PRK", "North Korea", "F04", "Democratic People's Republic of Korea", "DPRK");
        State("US", "USA", "United States", "D07", "United States of America");

        b.AddParty(new InternationalOrganization(
            Sco, Names("Shanghai Cooperation Organisation", "SCO", "Shanghai Cooperation Organization"), From("A01"), source: P("A01", "creation proclaimed in Shanghai"),
            remarks: "2010-06-11 (A06): rule that states under UN Security Council sanctions cannot be admitted as members (Tashkent summit; it blocked Iran). 2025-09-01 (A28): observer and dialogue-partner statuses merged into one 'SCO partner' status (Tianjin Declaration)."));
        b.AddParty(new InternationalOrganization(
            new PartyId("org:shanghai-five"), Names("Shanghai Five"), From("A03"), source: P("A03"),
            remarks: "Predecessor of the SCO, formed in Shanghai by all SCO founders except Uzbekistan (A03). Its members' periods are not in the fact base."));

        Organization("org:rosoboronexport", "Rosoboronexport", "company", "B09a", "RU");
        Organization("org:rostec", "Rostec", "company", "B09b", "RU");
        Organization("org:almaz-antey", "Almaz-Antey", "company", "B09c", "RU");
        Organization("org:fsb", "Federal Security Service (FSB)", "intelligence-service", "B09d", "RU", "FSB");
        Organization("org:svr", "Foreign Intelligence Service (SVR)", "intelligence-service", "B09e", "RU", "SVR");
        Organization("org:gru", "Main Intelligence Directorate (GRU)", "intelligence-service", "B09f", "RU", "GRU");
        Organization("org:cn-edd", "Equipment Development Department", "armed-forces", "B11", "CN", "China Equipment Development Department");
        Organization("org:tr-ssb", "Presidency of Defense Industries (SSB)", "public-body", "B12", "TR", "SSB");
        Organization("org:roscosmos", "Roscosmos", "public-body", "C04", "RU");

        Person(Rogozin.Value, "Dmitry Olegovich Rogozin", "C01", [From("C01")], [facts["C01"].Object], "Dmitry Rogozin");
        Person(Putin.Value, "Vladimir Putin", "C11", [], []);
        Person(Dehghan.Value, "Hossein Dehghan", "C19", [PartialDate.Parse("1957-03-02")], [], note: "birth date as stated in C19");
        Person(Rouhani.Value, "Hassan Rouhani", "C15", [], []);
        Person("person:amir-hatami", "Amir Hatami", "C20", [], []);
        Person("person:mohammad-reza-gharaei-ashtiani", "Mohammad-Reza Gharaei Ashtiani", "I35", [], []);
        Person("person:li-shangfu", "Li Shangfu", "B11", [], [], note: "director of China's Equipment Development Department (B11)");
    }

    private void Organization(string id, string name, string category, string factId, string country, params string[] aliases) =>
        b.AddParty(new Organization(new PartyId(id), Names(name, aliases), category, countries: [country], source: P(factId)));

    private void Person(string id, string name, string factId, PartialDate[] born, string[] birthPlaces, string? alias = null, string? note = null) =>
        b.AddParty(new Person(new PartyId(id), alias is null ? Names(name) : Names(name, alias), born, birthPlaces, source: P(factId, note)));

    private void Member(string alpha2, MembershipStatus status, ValidPeriod valid, Provenance source)
    {
        foreach (var (v, recorded, _) in Versions(valid))
        {
            b.AddMembership(new Membership(new PartyId("iso:" + alpha2), Sco, status, v, recorded, source));
        }
    }

    private void ScoMemberships()
    {
        var member = MembershipStatus.Member;
        var observer = MembershipStatus.Observer;
        var dialogue = MembershipStatus.DialoguePartner;
        var partner = MembershipStatus.Partner;
        var merged = From("A28");
        const string mergedNote = "status folded into 'SCO partner' on 2025-09-01 (A28)";

        foreach (var (code, id) in new[] { ("CN", "A02a"), ("KZ", "A02b"), ("KG", "A02c"), ("RU", "A02d"), ("TJ", "A02e"), ("UZ", "A02f") })
        {
            Member(code, member, Period(id), P(id, "founding member"));
        }

        Member("IN", observer, Period("A07a"), P("A07a", "admitted at the 2005 Astana summit"));
        Member("IN", member, Period("A08a"), P("A08a"));
        Member("PK", observer, Period("A07b"), P("A07b", "admitted at the 2005 Astana summit"));
        Member("PK", member, Period("A08b"), P("A08b"));

        Member("IR", observer, Period("A09"), P("A09", "applied for full membership in 2008 (A10), backed by Russia (A11); accession procedure launched 2021-09-17 (A12); memorandum of obligations 2022-09 (A13)"));
        Member("IR", member, Period("A14"), P("A14"));

        Member("BY", dialogue, Period("A15"), P("A15"));
        Member("BY", observer, Period("A16"), P("A16", "accession procedure initiated 2022-09-16 (A17); memorandum of obligations welcomed 2023-07-04 (A18)"));
        Member("BY", member, Period("A19"), P("A19", "10th member"));

        Member("MN", observer, Period("A20"), P("A20", "first observer"));
        Member("MN", partner, ValidPeriod.Since(merged), P("A28", "Mongolia's observer status (A20) folded into 'SCO partner'"));
        Member("AF", observer, Period("A21"), P("A21"));
        Member("AF", partner, ValidPeriod.Since(merged), P("A28", "Afghanistan's observer status (A21) folded into 'SCO partner'"));

        // The start of a status known only from a summit decision is unknown: on or after the decision, and on or before the first day a
        // snapshot of the fact base shows it (A29 for 2017-06-09; A28's count for the day before the merger).
        var beforeMerge = merged.Earliest.PlusDays(-1);
        var a29 = From("A29").Earliest;
        foreach (var (code, id, note) in new[]
        {
            // One rule for every partner (docs/seed-world.md): the status begins when the memorandum granting it is signed.
            ("LK", "I41", "memorandum signed in May 2010; decided at Yekaterinburg 2009-06-16 (I39, I40, correcting A22; foreign ministers agreed 2009-05-15, I38)"),
            ("TR", "I47", "memorandum signed in Almaty; decided at the Beijing summit (A23)"),
            ("AZ", "A24a", "decided at the Ufa summit; memorandum date not in the fact base: start unknown, on or after the decision and by the A29 snapshot"),
            ("AM", "I49", "memorandum signed in Beijing, in force on signing; decided at Ufa (A24b)"),
            ("KH", "I48", "memorandum signed in Xi'an; decided at Ufa (A24c)"),
            ("NP", "A24d", "decided at the Ufa summit; memorandum date not in the fact base: start unknown, on or after the decision and by the A29 snapshot"),
            ("EG", "I44a", "memorandum signed at Tashkent; decided at Dushanbe 2021-09-17 (A25a, I43)"),
            ("QA", "I44b", "memorandum signed at Tashkent; decided at Dushanbe 2021-09-17 (A25b, I43)"),
            ("SA", "I45", "memorandum signed at the Samarkand summit (month); decided at Dushanbe 2021-09-17 (A25c, I43); approved by the Saudi cabinet 2023-03-28 (I46)"),
            ("BH", "A26a", "granted or launched at the Samarkand summit (15-16 Sep 2022); memorandum dates not in the fact base: start unknown, on or after the summit and by the day before the merger (A28 counts 14 dialogue partners)"),
            ("MV", "A26b", "granted or launched at the Samarkand summit (15-16 Sep 2022); memorandum dates not in the fact base: start unknown, on or after the summit and by the day before the merger (A28 counts 14 dialogue partners)"),
            ("AE", "A26c", "granted or launched at the Samarkand summit (15-16 Sep 2022); memorandum dates not in the fact base: start unknown, on or after the summit and by the day before the merger (A28 counts 14 dialogue partners)"),
            ("KW", "A26d", "granted or launched at the Samarkand summit (15-16 Sep 2022); memorandum dates not in the fact base: start unknown, on or after the summit and by the day before the merger (A28 counts 14 dialogue partners)"),
            ("MM", "A26e", "granted or launched at the Samarkand summit (15-16 Sep 2022); memorandum dates not in the fact base: start unknown, on or after the summit and by the day before the merger (A28 counts 14 dialogue partners)"),
        })
        {
            var decisionOnly = id.StartsWith("A24", StringComparison.Ordinal) || id.StartsWith("A26", StringComparison.Ordinal);
            var start = decisionOnly ? PeriodEnd.Between(From(id).Earliest, id.StartsWith("A24", StringComparison.Ordinal) ? a29 : beforeMerge) : PeriodEnd.On(From(id));
            Member(code, dialogue, ValidPeriod.Of(start, merged), P(id, note + "; " + mergedNote));
            Member(code, partner, ValidPeriod.Since(merged), P("A28", $"dialogue-partner status ({id}) folded into 'SCO partner'"));
        }

        Member("LA", partner, ValidPeriod.Since(From("A27")), P("A27", "admitted at the Tianjin summit on the day the statuses were merged into 'SCO partner' (A28)"));
    }

    private void Designate(string factId, PartyId party, ListId list, MeasureKind[] measures, string[] basis, string? program = null, string? remarks = null, string? note = null,
        ValidPeriod? valid = null, PartialDate? published = null, string? id = null)
    {
        foreach (var (v, recorded, superseded) in Versions(valid ?? Period(factId), published))
        {
            b.AddDesignation(new Designation(
                (id ?? "seed:" + factId) + (superseded ? "~open" : string.Empty), party, list, v,
                program is null ? null : [new ProgramId(program)], measures, basis.Select(x => new InstrumentId(x)), remarks: remarks, recorded: recorded, source: P(factId, note)));
        }
    }

    private void Designations()
    {
        MeasureKind[] freeze = [MeasureKind.AssetFreeze];
        Designate("C06", Rogozin, Sdn, freeze, ["us:eo-13661"], remarks: "One of the seven Russian officials in the annex of EO 13661; announced 2014-03-17, not 2014-03-20.",
            note: "the OFAC program tag (best knowledge UKRAINE-EO13661, C07) is not verified and is left out");
        Designate("C08", Rogozin, EuList, [MeasureKind.AssetFreeze, MeasureKind.TravelBan], ["eu:reg-269/2014", "eu:dec-2014/145"],
            note: "the implementing regulation (believed to be 284/2014) is not verified and is left out");
        Designate("C11", Putin, Sdn, freeze, [], note: "the authority (best knowledge EO 14024, tag RUSSIA-EO14024, C12) is not verified and is left out");
        Designate("C13", Putin, EuList, freeze, ["eu:reg-269/2014"], remarks: "Asset freeze only; no EU travel ban then (OJ L 53 of 25.2.2022).",
            note: "the implementing regulation (2022/332) number is not verified and is left out");
        Designate("C14", Putin, UkList, freeze, [], program: "UK-RUSSIA", remarks: "HM Treasury added him to its consolidated list on 25 Feb 2022, not 28 Feb.");
        Designate("C22", Dehghan, Sdn, freeze, [], remarks: "Designated with eight other appointees of the Supreme Leader and the Armed Forces General Staff.",
            note: "the authority (inferred EO 13876, tag IRAN-EO13876, C23) is not verified and is left out");
        Designate("B14", Rosoboronexport, Sdn, freeze, ["us:eo-13582"], remarks: "Syria-related authority, EO 13582; part of OFAC's Russia package of 2018-04-06.", note: "the package: G09");
        Designate("B15", Rosoboronexport, Inksna, [MeasureKind.Other], ["us:inksna"],
            remarks: "Determination 2017-01-17, sent to Congress 2017-03-21; an earlier INKSNA listing dates from September 2015. The measures and the end of the period are not in the fact base.",
            valid: ValidPeriod.Of(From("B15"), PeriodEnd.Unknown));

        foreach (var (factId, party) in new[]
        {
            ("B09a", Rosoboronexport), ("B09b", new PartyId("org:rostec")), ("B09c", new PartyId("org:almaz-antey")),
            ("B09d", new PartyId("org:fsb")), ("B09e", new PartyId("org:svr")), ("B09f", new PartyId("org:gru")),
        })
        {
            // Both times (B07, B08, I30, I31): §231 reaches significant transactions on or after enactment, so the exposure is valid from
            // 2017-08-02; the List that names the sector's entities was published on 2017-10-27, so it is recorded from then.
            Designate(factId, party, Lsp231, [MeasureKind.SecondarySanctionsExposure], [Caatsa231.Value],
                remarks: "Listed as part of the Russian defence or intelligence sectors: a person who knowingly engages in a significant transaction with it risks sanctions under CAATSA §231.",
                note: "valid from CAATSA's enactment (B07: transactions on or after 2017-08-02), recorded from the List's publication (B08); the List imposes nothing by itself and defines the sectors only in part (I31); sanctions could be imposed from 2018-01-29 (I30)",
                valid: ValidPeriod.Since(From("B07")), published: From(factId));
        }

        Designate("B11", new PartyId("org:cn-edd"), Sanctioned231, [MeasureKind.Other], [Caatsa231.Value],
            remarks: "First CAATSA §231 sanctions, for Su-35 and S-400 deals with Rosoboronexport. Which of the §235 measures were chosen is not in the fact base.");
        b.AddDesignation(new Designation(
            "seed:B11-li-shangfu", new PartyId("person:li-shangfu"), Sanctioned231, Period("B11"), measures: [MeasureKind.Other], basis: [Caatsa231],
            recorded: RecordPeriod.Since(PublicFrom(From("B11"))),
            remarks: "Director of the Equipment Development Department, sanctioned with it. Which of the §235 measures were chosen is not in the fact base.", source: P("B11")));
        Designate("B12", new PartyId("org:tr-ssb"), Sanctioned231, [MeasureKind.Other], [Caatsa231.Value],
            remarks: "Over Turkey's purchase of the S-400. Which of the §235 measures were chosen is not in the fact base.");
        Designate("F04", new PartyId("iso:KP"), Sst, [MeasureKind.Other], [], remarks: "Re-designation as a State Sponsor of Terrorism (removed in 2008).");
        Designate("I29", new PartyId("iso:KP"), Sst, [MeasureKind.Other], [], remarks: "First period on the State Sponsors of Terrorism list, rescinded 2008-10-11; F04 is the 2017 re-designation.");
        Designate("I28", Iran, Sst, [MeasureKind.Other], [], remarks: "Designated a State Sponsor of Terrorism by Secretary Shultz; still designated.");
        Designate("I32a", new PartyId("org:cn-edd"), Sdn, freeze, [Caatsa231.Value], remarks: "Blocking, the severest option of the CAATSA §235 menu, for Su-35 and S-400 purchases from Rosoboronexport (I33).");
        Designate("I32b", new PartyId("person:li-shangfu"), Sdn, freeze, [Caatsa231.Value], remarks: "Director of the Equipment Development Department, blocked with it.");
    }

    private void Measure(string id, string factId, PartyId target, AuthorityId authority, CountryMeasureKind kind, ValidPeriod valid, string[] basis, string description,
        ArmsDirection? direction = null, string? note = null, bool endKnownInAdvance = false)
    {
        foreach (var (v, recorded, superseded) in Versions(valid, endKnownInAdvance: endKnownInAdvance))
        {
            b.AddCountryMeasure(new CountryMeasure(id + (superseded ? "~open" : string.Empty), target, authority, kind, v, direction, basis.Select(x => new InstrumentId(x)), description,
                recorded: recorded, source: P(factId, note)));
        }
    }

    private void CountryMeasures()
    {
        // UNSCR 1747 banned arms exports FROM Iran (I08; para 6 only called for restraint on supply to Iran, I09); UNSCR 1929 banned
        // supplying major arms TO Iran from 2010-06-09 (I10). Both ended when the UNSCR 2231 Annex B restrictions took over (D05).
        Measure("seed:I08", "I08", Iran, UnSc, CountryMeasureKind.ArmsEmbargo, new ValidPeriod(From("I07"), From("D05")), ["un:res-1747"],
            "UN ban on arms exports from Iran (UNSCR 1747 para 5; para 6 only called for restraint in supplying major arms to Iran), replaced on Implementation Day by the UNSCR 2231 Annex B restrictions.",
            ArmsDirection.Outbound, "adopted I07; ends on JCPOA Implementation Day (D04), when D05 took over; D09 gave only the year and no direction");
        Measure("seed:I10", "I10", Iran, UnSc, CountryMeasureKind.ArmsEmbargo, new ValidPeriod(From("I10"), From("D05")), ["un:res-1929"],
            "UN ban on supplying Iran with the seven major categories of conventional arms (UNSCR 1929 para 8; vigilance and restraint for other arms), replaced on Implementation Day by the UNSCR 2231 Annex B restrictions.",
            ArmsDirection.Inbound, "ends on JCPOA Implementation Day (D04), when D05 took over");
        Measure("seed:I06", "I06", Iran, UnSc, CountryMeasureKind.ExportControl, new ValidPeriod(From("I05"), From("D05")), ["un:res-1737"],
            "UNSCR 1737: supply to and procurement from Iran of listed nuclear- and ballistic-missile-related items prohibited (no general arms embargo); replaced on Implementation Day by UNSCR 2231.",
            note: "adopted I05; ends on JCPOA Implementation Day (D04)");
        Measure("seed:D05", "D05", Iran, UnSc, CountryMeasureKind.ArmsEmbargo, Period("D05"), [Unscr2231.Value],
            "UNSCR 2231 Annex B arms-transfer restrictions (to and from Iran), until five years after JCPOA Adoption Day (2015-10-18).", ArmsDirection.Both, "Adoption Day: D03");
        Measure("seed:D06", "D06", Iran, UnSc, CountryMeasureKind.ExportControl, Period("D06"), [Unscr2231.Value],
            "UNSCR 2231 missile-related restrictions (transfers of missile-related items and technology to and from Iran need the Security Council's approval), until JCPOA Transition Day.");
        Measure("seed:D15-arms", "D15", Iran, UnSc, CountryMeasureKind.ArmsEmbargo, Period("D15"), ["un:res-1747"],
            "UN ban on arms exports from Iran (UNSCR 1747) re-applied by the snapback of the pre-2231 resolutions (triggered by the E3 on 2025-08-28). Contested: Russia rejects its legality (2025-09-29).",
            ArmsDirection.Outbound, "effective 2025-09-27 20:00 EDT = 2025-09-28 00:00 UTC; trigger: D14; contested: D16; scope: I08");
        Measure("seed:D15-arms-to", "D15", Iran, UnSc, CountryMeasureKind.ArmsEmbargo, Period("D15"), ["un:res-1929"],
            "UN ban on supplying Iran with major conventional arms (UNSCR 1929) re-applied by the snapback. Contested: Russia rejects its legality (2025-09-29).",
            ArmsDirection.Inbound, "effective 2025-09-28 00:00 UTC; trigger: D14; contested: D16; scope: I10");
        Measure("seed:D15", "D15", Iran, UnSc, CountryMeasureKind.Other, Period("D15"), ["un:res-1696", "un:res-1737", "un:res-1747", "un:res-1803", "un:res-1835", "un:res-1929"],
            "UN sanctions of resolutions 1696, 1737, 1747, 1803, 1835 and 1929 re-applied by the snapback; the 1737 list restored (43 individuals, 78 entities). Contested: Russia rejects its legality (2025-09-29).",
            note: "effective 2025-09-27 20:00 EDT = 2025-09-28 00:00 UTC; trigger: D14; contested: D16");
        Measure("seed:D11", "D11", Iran, Eu, CountryMeasureKind.ArmsEmbargo, Period("D11"), ["eu:cp-2007/246", "eu:dec-2010/413"],
            "EU autonomous arms embargo on Iran (Common Position 2007/246/CFSP, later Decision 2010/413/CFSP); still in place after October 2020 and kept beyond JCPOA Transition Day by the Council decision of 2023-10-17.",
            ArmsDirection.Both, "kept: D12; kept beyond Transition Day with the EU nuclear-proliferation measures by Decision (CFSP) 2023/2195 (I18)");
        Measure("seed:I19", "I19", Iran, Eu, CountryMeasureKind.ExportControl, ValidPeriod.Of(PeriodEnd.OnOrBefore(From("I19").Earliest), PeriodEnd.Open), ["eu:dec-2010/413"],
            "EU missile-technology export embargo on Iran, kept on JCPOA Implementation Day and beyond Transition Day (Decision (CFSP) 2023/2195).",
            note: "in force on 2016-01-16 (I19); its start is not in the fact base: unknown, on or before that day; kept after 2023-10-18 (I18)");
        Measure("seed:I15", "I15", Russia, Eu, CountryMeasureKind.ArmsEmbargo, Period("I15"), ["eu:dec-2014/512"],
            "EU arms embargo on Russia (Decision 2014/512/CFSP Art. 2): export of arms of all types to Russia and their import from Russia prohibited, with immediate effect; contracts concluded before 2014-08-01 exempt until that exemption was closed on 2022-04-08.",
            ArmsDirection.Both, "in force on adoption (I16); grandfather clause closed by Decision (CFSP) 2022/578 (I17)");
        Measure("seed:I24", "I24", Iran, UsOfac, CountryMeasureKind.ComprehensiveEmbargo, Period("I24"), ["us:eo-12959", "us:eo-13059", "us:31-cfr-560"],
            "US trade and investment embargo on Iran (EO 12959 under the EO 12957 emergency, consolidated by EO 13059; the ITSR, 31 CFR part 560), in force continuously since 1995 and kept on Implementation Day.",
            note: "effective 1995-05-07 at 12:01 a.m. EDT (I21)");
        Measure("seed:I25", "I25", new PartyId("iso:KP"), UsOfac, CountryMeasureKind.ComprehensiveEmbargo, Period("I25"), ["us:eo-13722", "us:31-cfr-510"],
            "US comprehensive measures on North Korea: EO 13722 blocks the Government of North Korea and the Workers' Party of Korea and bans exports to and new investment in North Korea (NKSR, 31 CFR part 510).",
            note: "signed 2016-03-15, announced 2016-03-16; NKSR first issued I26, reissued I27");
        Measure("seed:I11", "I11", new PartyId("iso:KP"), UnSc, CountryMeasureKind.ArmsEmbargo, Period("I11"), ["un:res-1718", "un:res-1874", "un:res-2270"],
            "UN arms embargo on the DPRK: major arms both ways from UNSCR 1718 (2006); all arms from the DPRK and all but small arms to it from UNSCR 1874 (2009-06-12); small arms too from UNSCR 2270 (2016-03-02).",
            ArmsDirection.Both, "widened by I13 and I14; resolutions adopted after the day asked are not cited");
        Measure("seed:G08", "G08", Russia, Eu, CountryMeasureKind.Sectoral, Period("G08"), ["eu:reg-833/2014", "eu:dec-2014/512"],
            "EU sectoral measures on Russia (Regulation (EU) No 833/2014, Decision 2014/512/CFSP).", note: "from the adoption date; the entry into force is not in the fact base");
        Measure("seed:F01", "F01", new PartyId("iso:KP"), UnSc, CountryMeasureKind.Other, Period("F01"), ["un:res-1718"],
            "UN Security Council sanctions regime on the DPRK (resolution 1718, adopted after the claimed nuclear test of 2006-10-09; 1718 Committee).");
    }

    private void Act(TreatyId treaty, PartyId party, TreatyActionKind kind, string factId, string? note = null) =>
        b.AddTreatyAction(new TreatyAction(treaty, party, kind, From(factId), recorded: RecordPeriod.Since(PublicFrom(From(factId))), source: P(factId, note)));

    // A treaty action whose day the fact base does not give (docs/seed-world.md, "Treaty actions of unknown day"): bounded only by dated
    // facts. Recorded, like an unknown start, from its upper bound; without one, from its lower bound (all it asserts is "some day on or
    // after it", which answers possible, never certain).
    private void ActUnknown(TreatyId treaty, PartyId party, TreatyActionKind kind, LocalDate onOrAfter, LocalDate? onOrBefore, string factId, string note)
    {
        var recorded = RecordPeriod.Since(PublicFrom(PartialDate.FromDate(onOrBefore ?? onOrAfter)));
        b.AddTreatyAction(TreatyAction.Of(treaty, party, kind, PeriodEnd.Between(onOrAfter, onOrBefore), recorded, P(factId, note)));
    }

    private void Treaties()
    {
        b.AddTreaty(new Treaty(Treaty2001, "Russia–Iran Treaty on the Foundations of Relations and Principles of Cooperation (2001)", From("E01"),
            "Signed in Moscow by Putin and Khatami (E01; dated 22 Esfand 1379 in the Iranian calendar, I50). Enters into force on the exchange of instruments of ratification (Art. 21, I01). Term: 10 years, automatically extended by 5-year periods (E02, I01). The day of the ratifications and of the entry into force is not in the fact base (2002-04-05, I02, is unverified): unknown, on or after the signature.",
            P("E01", "one outlier source says 22 March")));
        Act(Treaty2001, Russia, TreatyActionKind.Signature, "E01");
        Act(Treaty2001, Iran, TreatyActionKind.Signature, "E01");

        // The 2001 treaty's entry into force (I01: on the exchange of ratifications): after the signature (E01); no dated fact of the fact base
        // says it was in force on any day (E02's extensions are undated; I02's day is unverified), so there is no upper bound.
        var signed2001 = From("E01").Earliest;
        foreach (var party in new[] { Russia, Iran })
        {
            ActUnknown(Treaty2001, party, TreatyActionKind.Ratification, signed2001, null, "I01",
                "ratified for the exchange of instruments (Art. 21), after the signature (E01); the day is not in the fact base");
            ActUnknown(Treaty2001, party, TreatyActionKind.EntryIntoForce, signed2001, null, "I01",
                "in force on the exchange of ratifications (Art. 21), on or after the signature (E01); the day 2002-04-05 (I02) is unverified and not used, and no dated fact bounds it from above");
        }

        b.AddTreaty(new Treaty(Treaty2025, "Russia–Iran Treaty on Comprehensive Strategic Partnership (2025)", From("E03"),
            "Signed in the Kremlin by Putin and Pezeshkian; 47 articles (E03). Term: 20 years with automatic 5-year extensions; not a mutual-defence pact: no duty of military aid, no aid to an aggressor against the other party (E08).",
            P("E03")));
        Act(Treaty2025, Russia, TreatyActionKind.Signature, "E03");
        Act(Treaty2025, Iran, TreatyActionKind.Signature, "E03");
        Act(Treaty2025, Russia, TreatyActionKind.Ratification, "E05", "the State Duma voted on 2025-04-08 (E04); Putin signed the ratification law on 2025-04-21");
        Act(Treaty2025, Iran, TreatyActionKind.Ratification, "E06");
        Act(Treaty2025, Russia, TreatyActionKind.EntryIntoForce, "E07", "per the Russian MFA; Iran's ambassador had claimed in July 2025 that it was already in force");
        Act(Treaty2025, Iran, TreatyActionKind.EntryIntoForce, "E07", "per the Russian MFA; Iran's ambassador had claimed in July 2025 that it was already in force");

        var charter = new TreatyId("treaty:sco-charter");
        b.AddTreaty(new Treaty(charter, "Charter of the Shanghai Cooperation Organisation", From("A04"),
            "Signed at the St Petersburg summit (A04); entered into force 2003-09-19 (A05). Its six founding states are parties from then (I03a-f); India, Pakistan, Iran and Belarus are bound as members from their admission (I04a-d). The days of the ratifications and accessions are not in the fact base: unknown, within their bounds.",
            P("A04")));

        // Founding parties (I03a-f): in force for each on 2003-09-19; consent on an unknown day after the signature (A04), by then.
        var charterSigned = From("A04").Earliest;
        var charterInForce = From("A05").Earliest;
        foreach (var (alpha2, fact) in new[] { ("CN", "I03a"), ("KZ", "I03b"), ("KG", "I03c"), ("RU", "I03d"), ("TJ", "I03e"), ("UZ", "I03f") })
        {
            var party = new PartyId("iso:" + alpha2);
            ActUnknown(charter, party, TreatyActionKind.Ratification, charterSigned, From(fact).Earliest, fact,
                "consent to be bound after the Charter's signature (A04) and by its entry into force (A05); the day is not in the fact base");
            b.AddTreatyAction(new TreatyAction(charter, party, TreatyActionKind.EntryIntoForce, From(fact), RecordPeriod.Since(PublicFrom(From(fact))), P(fact, "with the Charter's entry into force (A05)")));
        }

        // Members admitted later (I04a-d): bound on admission; the day their accession took effect is not verified: unknown, after the
        // Charter's signature (A04) for the accession, after its entry into force (A05) for the Charter's force for them, and by admission.
        foreach (var (alpha2, fact) in new[] { ("IN", "I04a"), ("PK", "I04b"), ("IR", "I04c"), ("BY", "I04d") })
        {
            var party = new PartyId("iso:" + alpha2);
            var admitted = From(fact).Earliest;
            ActUnknown(charter, party, TreatyActionKind.Accession, charterSigned, admitted, fact,
                "accession after the Charter's signature (A04), by admission as a member; the day it took effect is not in the fact base");
            ActUnknown(charter, party, TreatyActionKind.EntryIntoForce, charterInForce, admitted, fact,
                "in force for it after the Charter's entry into force (A05), by admission as a member; the day is not in the fact base");
        }

        b.AddTreaty(new Treaty(new TreatyId("treaty:jcpoa"), "Joint Comprehensive Plan of Action (JCPOA)", From("D01"),
            "Concluded in Vienna (D01); a political commitment rather than a treaty. Adoption Day 2015-10-18 (D03); Implementation Day 2016-01-16 (D04), when UN, EU and US nuclear-related sanctions were lifted; the US announced its withdrawal on 2018-05-08 (D07) and claimed a UN snapback from 2020-09-19 that 13 of 15 Council members called void (D08). The participants' own actions are not in the fact base.",
            P("D01")));
    }

    private void Position(PartyId holder, string factId, PartyId? organization = null, string? note = null, ValidPeriod? valid = null, string? sourceFact = null)
    {
        foreach (var (v, recorded, _) in Versions(valid ?? Period(factId)))
        {
            b.AddPosition(new Position(holder, facts[factId].Object, v, organization, recorded, P(sourceFact ?? factId, note)));
        }
    }

    private void Persons()
    {
        Position(Rogozin, "C02", note: "month precision: from January 2008 to December 2011");
        Position(Rogozin, "C03", Russia, "Deputy Prime Minister for the defence industry");
        Position(Rogozin, "C04", new PartyId("org:roscosmos"));
        Position(Rogozin, "C05", note: "senator from Russian-occupied Zaporizhzhia oblast; the end is not in the fact base: unknown, not open",
            valid: ValidPeriod.Of(From("C05"), PeriodEnd.Unknown));
        Position(Rouhani, "C15", Iran, "two terms; re-elected 2017-05-19 with about 57% (C16); second term endorsed by Khamenei 2017-08-03 (C17); sworn in before the Majlis 2017-08-05 (C18)");
        Position(Dehghan, "C19", Iran, "nominated 2013-08-04, confirmed 2013-08-15; succeeded by Amir Hatami (C20)");
        Position(Dehghan, "C21", note: "adviser to Khamenei; the end is not in the fact base: unknown, not open", valid: ValidPeriod.Of(From("C21"), PeriodEnd.Unknown));
        Position(new PartyId("person:amir-hatami"), "C20", Iran, "succeeded Dehghan (C20); the end, 2021-08-25, from I34, which corrects C20's open end",
            new ValidPeriod(From("C20"), facts.To("I34")), "I34");
        Position(new PartyId("person:mohammad-reza-gharaei-ashtiani"), "I35", Iran, "approved with Raisi's cabinet; succeeded by Aziz Nasirzadeh");

        b.AddRelation(new Relation(
            RelationKind.Associate, Rogozin, Dehghan, new ValidPeriod(From("C09"), From("C09").Earliest.PlusDays(1)),
            role: "met in Tehran on arms supplies and military-technical cooperation", recorded: RecordPeriod.Since(PublicFrom(From("C09"))),
            source: P("C09", "Rogozin headed Russia's delegation to Rouhani's swearing-in; a one-day meeting, modelled as an associate relation over that day")));
    }
}
