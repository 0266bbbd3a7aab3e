using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;
using Sanctions.Core.World;

namespace Sanctions.Core.Tests.Serialization;

/// <summary>
/// Example worlds for the format tests. Every party, organisation and date here is fictional ("Ruritania", "Example
/// Trading"): these worlds exercise the format, they state nothing about the real world.
/// </summary>
public static class SerializationTestWorlds
{
    private static readonly Instant Published = Instant.FromUtc(2024, 5, 27, 19, 47, 2);
    private static readonly Instant Corrected = Instant.FromUtc(2024, 6, 3, 8, 0, 0) + Duration.FromMilliseconds(125);

    /// <summary>A world with no facts at all, only a dataset name.</summary>
    public static SanctionsWorld Empty() => new WorldBuilder { Dataset = new DatasetInfo("empty") }.Build();

    /// <summary>A small world: a few parties of three types, one list, one designation, one membership. Used by the golden files.</summary>
    public static SanctionsWorld Small()
    {
        var b = new WorldBuilder { Dataset = new DatasetInfo("small-example", "1", Published, "A small fictional world for the golden files.") };
        b.AddParty(new State((PartyId)"iso:RU", [new PartyName("Ruritania")], "RU", "RUR"));
        b.AddParty(new InternationalOrganization((PartyId)"org:league", [new PartyName("League of Example States"), new PartyName("LES", NameKind.Alias)], new PartialDate(2001, 6)));
        b.AddParty(new Person(
            (PartyId)"ex:person-1",
            [new PartyName("Ivan Example"), new PartyName("Иван Пример", NameKind.Alias, "Cyrl", "ru"), new PartyName("The Closer", NameKind.WeakAlias)],
            birthDates: [new PartialDate(1963, 7)],
            nationalities: ["RU"]));
        b.AddAuthority(new Authority((AuthorityId)"EX-OFFICE", "Example Sanctions Office"));
        b.AddList(new SanctionsList((ListId)"ex-list", "Example Consolidated List", (AuthorityId)"EX-OFFICE"));
        b.AddDesignation(new Designation("ex-1", (PartyId)"ex:person-1", (ListId)"ex-list", ValidPeriod.Since(new PartialDate(2014, 3, 17))));
        b.AddMembership(new Membership((PartyId)"iso:RU", (PartyId)"org:league", MembershipStatus.Observer, new ValidPeriod(new PartialDate(2005, 7), new PartialDate(2023, 7, 4))));
        b.AddMembership(new Membership((PartyId)"iso:RU", (PartyId)"org:league", MembershipStatus.Member, ValidPeriod.Since(new PartialDate(2023, 7, 4))));
        return b.Build();
    }

    /// <summary>A world that uses every type and every field of the format at least once, with facts added in no particular order.</summary>
    public static SanctionsWorld Full()
    {
        var manualish = new Provenance("example-registry", "R-17", "2024-05 edition", Published, isVerified: false, note: "Transcribed by hand.");
        var sourced = new Provenance("ex-list", "4632", "issue 12", Published);
        var b = new WorldBuilder { Dataset = new DatasetInfo("full-example", "2024.05", Published, "Every field of the format.") };

        // Parties, in no particular order.
        b.AddParty(new Vessel((PartyId)"ex:vessel-1", [new PartyName("MV Example Star"), new PartyName("Star of Example", NameKind.FormerName)], "IMO9123456", "RU", "Crude Oil Tanker", "UBCD7", "150,000",
            [new Identifier("imo", "9123456")], sourced, "Renamed twice.") with
        { Addresses = [new Address(Full: "Port of Example")], Countries = ["RU"] });
        b.AddParty(new State((PartyId)"iso:RU", [new PartyName("Ruritania"), new PartyName("Republic of Ruritania", NameKind.Alias, "Latn", "en")], "RU", "RUR",
            identifiers: [new Identifier("iso-numeric", "999")], addresses: [new Address(City: "Strelsau", Country: "RU")], source: sourced, remarks: "A fictional state."));
        b.AddParty(new State((PartyId)"iso:RU-NORTH", [new PartyName("North Ruritania")], isRegion: true, parentState: (PartyId)"iso:RU"));
        b.AddParty(new State((PartyId)"iso:XX", [new PartyName("Elsewhere")], "XX") with { Countries = [] });
        b.AddParty(new State((PartyId)"iso:YY", [new PartyName("Yonder")], "YY") with { Countries = ["YY", "XX"] });
        b.AddParty(new Person(
            (PartyId)"ex:person-1",
            [new PartyName("Ivan Example"), new PartyName("Иван Пример", NameKind.Alias, "Cyrl", "ru"), new PartyName("The Closer", NameKind.WeakAlias), new PartyName("Ivan O'Brien-Example", NameKind.FormerName)],
            birthDates: [new PartialDate(1963, 7), new PartialDate(1964), new PartialDate(1963, 7, 21)],
            birthPlaces: ["Strelsau, Ruritania"],
            nationalities: ["RU", "XX"],
            gender: "male",
            identifiers: [new Identifier("passport", "P 12/34\"56", "RU", "Expired.")],
            addresses: [new Address("1 Example Street", "Strelsau", "Capital", "10001", "RU"), new Address(Full: "c/o <Example> & Sons")],
            countries: ["RU"],
            source: manualish,
            remarks: "Line one.\nLine two with a tab\tand emoji 🚢."));
        b.AddParty(new Person((PartyId)"ex:person-2", [new PartyName("Maria Sample")]));
        b.AddParty(new Organization((PartyId)"ex:org-1", [new PartyName("Example Trading LLC"), new PartyName("ООО Пример", NameKind.Alias, "Cyrl")], "company",
            [new Identifier("lei", "5493001KJTIIGC8Y1R12")], [new Address(Country: "RU")], ["RU"], sourced, "A trading house."));
        b.AddParty(new Organization((PartyId)"ex:org-2", [new PartyName("Example Holdings")]));
        b.AddParty(new Organization((PartyId)"ex:ministry", [new PartyName("Ministry of Examples")], "ministry"));
        b.AddParty(new InternationalOrganization((PartyId)"org:league", [new PartyName("League of Example States")], new PartialDate(2001, 6, 15),
            [new Identifier("wikidata", "Q0")], [new Address(City: "Zenda")], sourced, "Founded by treaty.") with
        { Countries = ["RU"] });
        b.AddParty(new Aircraft((PartyId)"ex:aircraft-1", [new PartyName("Example Air 1")], "RA-00001", "Example 100", "SN-1", [new Identifier("icao24", "abc123")], sourced, "Grounded.") with
        { Addresses = [new Address(City: "Hangar 4")], Countries = ["RU"] });

        b.AddAuthority(new Authority((AuthorityId)"EX-OFFICE", "Example Sanctions Office", "EX", sourced));
        b.AddAuthority(new Authority((AuthorityId)"EX-TRADE", "Example Trade Bureau"));
        b.AddInstrument(new LegalInstrument((InstrumentId)"ex-act", "Example Sanctions Act", InstrumentKind.Statute, (AuthorityId)"EX-OFFICE", "Pub. L. 1-1", new PartialDate(2010),
            new PartialDate(2010, 2, 1), null, "https://example.org/act", sourced));
        b.AddInstrument(new LegalInstrument((InstrumentId)"ex-act-s2", "Section 2", InstrumentKind.StatutePart, (AuthorityId)"EX-OFFICE", partOf: (InstrumentId)"ex-act"));
        b.AddInstrument(new LegalInstrument((InstrumentId)"ex-order", "Executive Order 1", InstrumentKind.ExecutiveOrder, (AuthorityId)"EX-TRADE", adopted: new PartialDate(2014, 3, 6)));
        b.AddProgram(new SanctionsProgram((ProgramId)"EX-PROG", "Example Program", (AuthorityId)"EX-OFFICE", [(InstrumentId)"ex-act", (InstrumentId)"ex-order"], sourced));
        b.AddProgram(new SanctionsProgram((ProgramId)"EX-OTHER", "Other Program", (AuthorityId)"EX-TRADE"));
        b.AddList(new SanctionsList((ListId)"ex-list", "Example Consolidated List", (AuthorityId)"EX-OFFICE", "https://example.org/list", sourced));
        b.AddList(new SanctionsList((ListId)"ex-trade-list", "Example Entity List", (AuthorityId)"EX-TRADE"));

        b.AddDesignation(new Designation("ex-2", (PartyId)"ex:org-1", (ListId)"ex-trade-list", new ValidPeriod(new PartialDate(2015), new PartialDate(2020, 1, 1)),
            measures: [], recorded: new RecordPeriod(Published, Corrected)));
        b.AddDesignation(new Designation("ex-1", (PartyId)"ex:person-1", (ListId)"ex-list", ValidPeriod.Since(new PartialDate(2014, 3, 17)), [(ProgramId)"EX-PROG", (ProgramId)"EX-OTHER"],
            [MeasureKind.AssetFreeze, MeasureKind.TravelBan, MeasureKind.SecondarySanctionsExposure], [(InstrumentId)"ex-order"], "EX-4632", "Listed for examples.", RecordPeriod.Since(Published), sourced));
        b.AddDesignation(new Designation("ex-3", (PartyId)"ex:vessel-1", (ListId)"ex-list", ValidPeriod.Always));
        b.AddDesignation(new Designation("ex-4", (PartyId)"ex:aircraft-1", (ListId)"ex-list", new ValidPeriod(null, new PartialDate(2022, 2)),
            measures: [MeasureKind.SectoralRestriction, MeasureKind.ExportRestriction, MeasureKind.ArmsEmbargo, MeasureKind.Other], recorded: new RecordPeriod(null, Corrected)));

        b.AddCountryMeasure(new CountryMeasure("cm-2", (PartyId)"iso:RU", (AuthorityId)"EX-TRADE", CountryMeasureKind.ArmsEmbargo, ValidPeriod.Since(new PartialDate(2014)), ArmsDirection.Both,
            [(InstrumentId)"ex-order"], "Arms both ways.", RecordPeriod.Since(Published), sourced));
        b.AddCountryMeasure(new CountryMeasure("cm-1", (PartyId)"iso:RU-NORTH", (AuthorityId)"EX-OFFICE", CountryMeasureKind.ComprehensiveEmbargo, ValidPeriod.Since(new PartialDate(2014, 12))));
        b.AddCountryMeasure(new CountryMeasure("cm-3", (PartyId)"iso:RU", (AuthorityId)"EX-OFFICE", CountryMeasureKind.Sectoral, ValidPeriod.Always));
        b.AddCountryMeasure(new CountryMeasure("cm-4", (PartyId)"iso:XX", (AuthorityId)"EX-TRADE", CountryMeasureKind.ExportControl, ValidPeriod.Always));
        b.AddCountryMeasure(new CountryMeasure("cm-5", (PartyId)"iso:XX", (AuthorityId)"EX-TRADE", CountryMeasureKind.Other, ValidPeriod.Always));
        b.AddCountryMeasure(new CountryMeasure("cm-6", (PartyId)"iso:YY", (AuthorityId)"EX-TRADE", CountryMeasureKind.ArmsEmbargo, ValidPeriod.Always, ArmsDirection.Outbound));
        b.AddCountryMeasure(new CountryMeasure("cm-7", (PartyId)"iso:YY", (AuthorityId)"EX-TRADE", CountryMeasureKind.ArmsEmbargo, ValidPeriod.Always, ArmsDirection.Inbound));

        b.AddTreaty(new Treaty((TreatyId)"ex-treaty", "Treaty of Example", new PartialDate(2001, 6, 15), "Open to all.", sourced));
        b.AddTreaty(new Treaty((TreatyId)"ex-accord", "Example Accord"));
        b.AddTreatyAction(new TreatyAction((TreatyId)"ex-treaty", (PartyId)"iso:RU", TreatyActionKind.Withdrawal, new PartialDate(2020, 3), RecordPeriod.Since(Published), sourced));
        b.AddTreatyAction(new TreatyAction((TreatyId)"ex-treaty", (PartyId)"iso:RU", TreatyActionKind.Signature, new PartialDate(2001, 6, 15)));
        b.AddTreatyAction(new TreatyAction((TreatyId)"ex-treaty", (PartyId)"iso:RU", TreatyActionKind.Ratification, new PartialDate(2002)));
        b.AddTreatyAction(new TreatyAction((TreatyId)"ex-treaty", (PartyId)"iso:RU", TreatyActionKind.EntryIntoForce, new PartialDate(2002, 5)));
        b.AddTreatyAction(new TreatyAction((TreatyId)"ex-accord", (PartyId)"iso:XX", TreatyActionKind.Accession, new PartialDate(2010)));
        b.AddTreatyAction(new TreatyAction((TreatyId)"ex-accord", (PartyId)"iso:XX", TreatyActionKind.Suspension, new PartialDate(2012)));
        b.AddTreatyAction(new TreatyAction((TreatyId)"ex-accord", (PartyId)"iso:YY", TreatyActionKind.Signature, new PartialDate(2010)));
        b.AddTreatyAction(new TreatyAction((TreatyId)"ex-accord", (PartyId)"iso:YY", TreatyActionKind.Termination, new PartialDate(2011)));

        b.AddMembership(new Membership((PartyId)"iso:RU", (PartyId)"org:league", new MembershipStatus("dialogue partner"), new ValidPeriod(new PartialDate(2005, 7), new PartialDate(2010))));
        b.AddMembership(new Membership((PartyId)"iso:RU", (PartyId)"org:league", MembershipStatus.Observer, new ValidPeriod(new PartialDate(2010), new PartialDate(2023, 7, 4)), RecordPeriod.Since(Published), sourced));
        b.AddMembership(new Membership((PartyId)"iso:RU", (PartyId)"org:league", MembershipStatus.Member, ValidPeriod.Since(new PartialDate(2023, 7, 4))));
        b.AddMembership(new Membership((PartyId)"iso:XX", (PartyId)"org:league", new MembershipStatus("SCO-style partner"), ValidPeriod.Always, new RecordPeriod(null, Published)));
        b.AddMembership(new Membership((PartyId)"iso:XX", (PartyId)"org:league", MembershipStatus.Applicant, ValidPeriod.Always, RecordPeriod.Since(Published)));

        b.AddRelation(new Relation(RelationKind.Ownership, (PartyId)"ex:person-1", (PartyId)"ex:org-1", ValidPeriod.Since(new PartialDate(2016)), 33.333m, "shareholder", RecordPeriod.Since(Published), sourced));
        b.AddRelation(new Relation(RelationKind.Ownership, (PartyId)"ex:org-2", (PartyId)"ex:org-1", ValidPeriod.Since(new PartialDate(2016)), 50.50m));
        b.AddRelation(new Relation(RelationKind.Control, (PartyId)"ex:person-1", (PartyId)"ex:org-2", ValidPeriod.Always));
        b.AddRelation(new Relation(RelationKind.Directorship, (PartyId)"ex:person-2", (PartyId)"ex:org-1", new ValidPeriod(new PartialDate(2017, 1), null), role: "director"));
        b.AddRelation(new Relation(RelationKind.Family, (PartyId)"ex:person-2", (PartyId)"ex:person-1", ValidPeriod.Always, role: "spouse"));
        b.AddRelation(new Relation(RelationKind.Associate, (PartyId)"ex:person-1", (PartyId)"ex:person-2", ValidPeriod.Always));
        b.AddRelation(new Relation(RelationKind.Agent, (PartyId)"ex:org-2", (PartyId)"ex:person-1", ValidPeriod.Always));
        b.AddRelation(new Relation(RelationKind.Ownership, (PartyId)"ex:person-1", (PartyId)"ex:vessel-1", ValidPeriod.Always));

        b.AddPosition(new Position((PartyId)"ex:person-1", "Deputy Minister of Examples", new ValidPeriod(new PartialDate(2011, 12, 23), new PartialDate(2018, 5, 18)), (PartyId)"ex:ministry", RecordPeriod.Since(Published), sourced));
        b.AddPosition(new Position((PartyId)"ex:person-2", "Adviser", ValidPeriod.Always));
        return b.Build();
    }
}
