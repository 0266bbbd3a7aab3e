using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;
using Sanctions.Core.World;

namespace Sanctions.Core.Tests.World;

// A small world from the seed facts (ids in comments refer to shared/data/seed-world/facts.json), for query tests.
internal static class SampleWorld
{
    public static readonly PartyId Sco = new("org:SCO");
    public static readonly PartyId Iran = new("iso:IR");
    public static readonly PartyId Russia = new("iso:RU");
    public static readonly PartyId India = new("iso:IN");
    public static readonly PartyId Belarus = new("iso:BY");
    public static readonly PartyId Rogozin = new("person:rogozin");
    public static readonly PartyId Putin = new("person:putin");
    public static readonly PartyId Roe = new("org:rosoboronexport");
    public static readonly TreatyId Treaty2025 = new("treaty:ru-ir-2025");
    public static readonly ListId Sdn = new("us-ofac-sdn");
    public static readonly ListId EuList = new("eu-fsf");
    public static readonly Instant Published1 = Instant.FromUtc(2014, 3, 17, 16, 0);
    public static readonly Instant Published2 = Instant.FromUtc(2022, 2, 25, 20, 0);

    public static LocalDate D(int y, int m, int d) => new(y, m, d);

    public static WorldBuilder Builder()
    {
        var b = new WorldBuilder { Dataset = new DatasetInfo("sample", "1") };
        b.AddParty(new InternationalOrganization(Sco, [new PartyName("Shanghai Cooperation Organisation"), new PartyName("SCO", NameKind.Alias)], new PartialDate(2001, 6, 15)));
        b.AddParty(new State(Iran, [new PartyName("Iran"), new PartyName("Islamic Republic of Iran", NameKind.Alias)], "IR", "IRN"));
        b.AddParty(new State(Russia, [new PartyName("Russia"), new PartyName("Russian Federation", NameKind.Alias)], "RU", "RUS"));
        b.AddParty(new State(India, [new PartyName("India")], "IN", "IND"));
        b.AddParty(new State(Belarus, [new PartyName("Belarus")], "BY", "BLR"));
        b.AddParty(new Person(Rogozin, [new PartyName("Dmitry Olegovich Rogozin"), new PartyName("Рогозин Дмитрий Олегович", NameKind.Alias, "Cyrl", "ru")], [new PartialDate(1963, 12, 21)], nationalities: ["RU"]));
        b.AddParty(new Person(Putin, [new PartyName("Vladimir Vladimirovich Putin")], nationalities: ["RU"]));
        b.AddParty(new Organization(Roe, [new PartyName("Rosoboronexport"), new PartyName("ROE", NameKind.WeakAlias)], "company", countries: ["RU"]));

        b.AddAuthority(new Authority(new AuthorityId("US-OFAC"), "Office of Foreign Assets Control"));
        b.AddAuthority(new Authority(new AuthorityId("EU"), "Council of the European Union"));
        b.AddAuthority(new Authority(new AuthorityId("UN-SC"), "UN Security Council"));
        b.AddInstrument(new LegalInstrument(new InstrumentId("us-eo-13661"), "Executive Order 13661", InstrumentKind.ExecutiveOrder, new AuthorityId("US-OFAC"), "EO 13661", new PartialDate(2014, 3, 16)));
        b.AddInstrument(new LegalInstrument(new InstrumentId("eu-reg-269-2014"), "Council Regulation (EU) No 269/2014", InstrumentKind.Regulation, new AuthorityId("EU"), "Regulation (EU) No 269/2014", new PartialDate(2014, 3, 17)));
        b.AddProgram(new SanctionsProgram(new ProgramId("UKRAINE-EO13661"), "Ukraine-related (EO 13661)", new AuthorityId("US-OFAC"), [new InstrumentId("us-eo-13661")]));
        b.AddList(new SanctionsList(Sdn, "Specially Designated Nationals and Blocked Persons List", new AuthorityId("US-OFAC")));
        b.AddList(new SanctionsList(EuList, "EU Financial Sanctions Files", new AuthorityId("EU")));

        // C-facts: Rogozin US 2014-03-17, EU 2014-03-21; Putin 2022-02-25. Record times show when the dataset learnt of them.
        b.AddDesignation(new Designation("us:rogozin", Rogozin, Sdn, ValidPeriod.Since(D(2014, 3, 17)), [new ProgramId("UKRAINE-EO13661")], basis: [new InstrumentId("us-eo-13661")], recorded: RecordPeriod.Since(Published1)));
        b.AddDesignation(new Designation("eu:rogozin", Rogozin, EuList, ValidPeriod.Since(D(2014, 3, 21)), basis: [new InstrumentId("eu-reg-269-2014")]));
        b.AddDesignation(new Designation("us:putin", Putin, Sdn, ValidPeriod.Since(D(2022, 2, 25)), recorded: RecordPeriod.Since(Published2)));

        // A-facts: A08a, A09, A14, A15, A16, A19.
        b.AddMembership(new Membership(India, Sco, MembershipStatus.Observer, new ValidPeriod(new PartialDate(2005, 7), D(2017, 6, 9))));
        b.AddMembership(new Membership(India, Sco, MembershipStatus.Member, ValidPeriod.Since(D(2017, 6, 9))));
        b.AddMembership(new Membership(Iran, Sco, MembershipStatus.Observer, new ValidPeriod(new PartialDate(2005, 7), D(2023, 7, 4))));
        b.AddMembership(new Membership(Iran, Sco, MembershipStatus.Member, ValidPeriod.Since(D(2023, 7, 4))));
        b.AddMembership(new Membership(Russia, Sco, MembershipStatus.Member, ValidPeriod.Since(D(2001, 6, 15))));
        b.AddMembership(new Membership(Belarus, Sco, MembershipStatus.DialoguePartner, new ValidPeriod(new PartialDate(2010), new PartialDate(2015))));
        b.AddMembership(new Membership(Belarus, Sco, MembershipStatus.Observer, new ValidPeriod(new PartialDate(2015), D(2024, 7, 4))));
        b.AddMembership(new Membership(Belarus, Sco, MembershipStatus.Member, ValidPeriod.Since(D(2024, 7, 4))));

        b.AddTreaty(new Treaty(Treaty2025, "Treaty on Comprehensive Strategic Partnership between Russia and Iran", new PartialDate(2025, 1, 17)));
        foreach (var party in new[] { Russia, Iran })
        {
            b.AddTreatyAction(new TreatyAction(Treaty2025, party, TreatyActionKind.Signature, D(2025, 1, 17)));
        }

        b.AddTreatyAction(new TreatyAction(Treaty2025, Russia, TreatyActionKind.Ratification, D(2025, 4, 21))); // E05
        b.AddTreatyAction(new TreatyAction(Treaty2025, Iran, TreatyActionKind.Ratification, D(2025, 5, 21))); // E06
        foreach (var party in new[] { Russia, Iran })
        {
            b.AddTreatyAction(new TreatyAction(Treaty2025, party, TreatyActionKind.EntryIntoForce, D(2025, 10, 2)));
        }

        b.AddCountryMeasure(new CountryMeasure("un:iran-arms-2231", Iran, new AuthorityId("UN-SC"), CountryMeasureKind.ArmsEmbargo, ValidPeriod.Between(D(2016, 1, 16), D(2020, 10, 18)), ArmsDirection.Both)); // D05
        b.AddCountryMeasure(new CountryMeasure("eu:iran-arms", Iran, new AuthorityId("EU"), CountryMeasureKind.ArmsEmbargo, ValidPeriod.Since(new PartialDate(2007, 4)))); // D11
        b.AddPosition(new Position(Rogozin, "Deputy Prime Minister of Russia", ValidPeriod.Between(D(2011, 12, 23), D(2018, 5, 18)), Russia));
        b.AddRelation(new Relation(RelationKind.Control, Russia, Roe, ValidPeriod.Always));
        return b;
    }

    public static SanctionsWorld Build() => Builder().Build();
}
