using NodaTime;
using Sanctions.Core.Compliance;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Core.Tests.Compliance;

// Builds small fictional worlds for compliance tests: four authorities (US-OFAC, US-STATE, EU, UN-SC), one list and one instrument each,
// and helpers for parties, designations, stakes and country measures. Nothing here is a fact about the real world.
internal sealed class ComplianceWorld
{
    public static readonly LocalDate Day = new(2020, 6, 1);
    public static readonly ListId Sdn = new("test-sdn");
    public static readonly ListId EuList = new("test-eu");
    public static readonly ListId UnList = new("test-un");
    public static readonly ListId Secondary = new("test-secondary");
    public static readonly ListId UkList = new("test-uk");
    public static readonly ListId Ssi = new("test-ssi");
    public static readonly AuthorityId Ofac = new("US-OFAC");
    public static readonly AuthorityId State = new("US-STATE");
    public static readonly AuthorityId Eu = new("EU");
    public static readonly AuthorityId Un = new("UN-SC");
    public static readonly AuthorityId Uk = new("UK-HMT");

    private readonly WorldBuilder builder = new() { Dataset = new DatasetInfo("compliance-test", "1") };
    private int next;

    public ComplianceWorld()
    {
        builder.AddAuthority(new Authority(Ofac, "Test Treasury office"))
            .AddAuthority(new Authority(State, "Test State department"))
            .AddAuthority(new Authority(Eu, "Test Council"))
            .AddAuthority(new Authority(Un, "Test Security Council", "UN"))
            .AddAuthority(new Authority(Uk, "Test UK Treasury", "UK"))
            .AddInstrument(new LegalInstrument(new InstrumentId("us-order"), "Test Order", InstrumentKind.ExecutiveOrder, Ofac, "Test Order 1"))
            .AddInstrument(new LegalInstrument(new InstrumentId("us-act"), "Test Act", InstrumentKind.Statute, State, "Test Act §9"))
            .AddInstrument(new LegalInstrument(new InstrumentId("eu-reg"), "Test Regulation", InstrumentKind.Regulation, Eu, "Test Regulation 1/2000"))
            .AddInstrument(new LegalInstrument(new InstrumentId("un-res"), "Test Resolution", InstrumentKind.Resolution, Un, "Test Resolution 1"))
            .AddInstrument(new LegalInstrument(new InstrumentId("un-late"), "Later Test Resolution", InstrumentKind.Resolution, Un, "Test Resolution 2",
                adopted: new PartialDate(2021, 1, 1)))
            .AddInstrument(new LegalInstrument(new InstrumentId("uk-regs"), "Test Regulations", InstrumentKind.Regulation, Uk, "Test Regulations 2019"))
            .AddList(new SanctionsList(Sdn, "Test SDN list", Ofac))
            .AddList(new SanctionsList(EuList, "Test EU list", Eu))
            .AddList(new SanctionsList(UnList, "Test UN list", Un))
            .AddList(new SanctionsList(Secondary, "Test secondary list", State))
            .AddList(new SanctionsList(UkList, "Test UK list", Uk))
            .AddList(new SanctionsList(Ssi, "Test SSI list", Ofac));
    }

    public static InstrumentId BasisOf(ListId list) => new(list == Sdn || list == Ssi ? "us-order" : list == EuList ? "eu-reg" : list == UnList ? "un-res" : list == UkList ? "uk-regs" : "us-act");

    public static string CitationOf(ListId list) => list == Sdn || list == Ssi ? "Test Order 1" : list == EuList ? "Test Regulation 1/2000" : list == UnList ? "Test Resolution 1" : list == UkList ? "Test Regulations 2019" : "Test Act §9";

    public PartyId Company(string id, string? country = null, string? category = null)
    {
        var party = new PartyId(id);
        builder.AddParty(new Organization(party, [new PartyName(id.ToUpperInvariant() + " Ltd")], category, countries: country is null ? null : [country]));
        return party;
    }

    public PartyId Person(string id, string? nationality = null, string? residence = null, string? citizenship = null)
    {
        var party = new PartyId(id);
        builder.AddParty(new Person(party, [new PartyName("Person " + id)], nationalities: nationality is null ? null : [nationality],
            addresses: residence is null ? null : [new Address(Country: residence)])
        {
            Citizenships = citizenship is null ? [] : [citizenship],
        });
        return party;
    }

    public PartyId Country(string alpha2)
    {
        var party = new PartyId("iso:" + alpha2);
        builder.AddParty(new State(party, [new PartyName("State " + alpha2)], alpha2));
        return party;
    }

    public string Designate(PartyId party, ListId list, ValidPeriod? valid = null, MeasureKind measure = MeasureKind.AssetFreeze, RecordPeriod recorded = default)
    {
        var id = $"d{++next}";
        builder.AddDesignation(new Designation(id, party, list, valid ?? ValidPeriod.Always, measures: [measure], basis: [BasisOf(list)], recorded: recorded));
        return id;
    }

    public ComplianceWorld Owns(PartyId owner, PartyId owned, decimal? percent, ValidPeriod? valid = null, RecordPeriod recorded = default)
    {
        builder.AddRelation(new Relation(RelationKind.Ownership, owner, owned, valid ?? ValidPeriod.Always, percent, recorded: recorded));
        return this;
    }

    public ComplianceWorld SameAs(PartyId record, PartyId other, ValidPeriod? valid = null)
    {
        builder.AddRelation(new Relation(RelationKind.SameAs, record, other, valid ?? ValidPeriod.Always));
        return this;
    }

    public ComplianceWorld Controls(PartyId controller, PartyId controlled, ValidPeriod? valid = null)
    {
        builder.AddRelation(new Relation(RelationKind.Control, controller, controlled, valid ?? ValidPeriod.Always));
        return this;
    }

    public string Measure(PartyId target, AuthorityId authority, CountryMeasureKind kind, ArmsDirection? direction = null, ValidPeriod? valid = null,
        IEnumerable<InstrumentId>? basis = null)
    {
        var id = $"m{++next}";
        var own = authority == Eu ? "eu-reg" : authority == Un ? "un-res" : "us-order";
        builder.AddCountryMeasure(new CountryMeasure(id, target, authority, kind, valid ?? ValidPeriod.Always, direction, basis ?? [new InstrumentId(own)]));
        return id;
    }

    public ComplianceWorld Holds(PartyId person, string title, PartyId organization, ValidPeriod? valid = null)
    {
        builder.AddPosition(new Sanctions.Core.Relations.Position(person, title, valid ?? ValidPeriod.Always, organization));
        return this;
    }

    public SanctionsWorld Build() => builder.Build();

    public static ComplianceRequest Request(PartyId party, params string[] jurisdictions) => new(party, Day, jurisdictions);

    public static ValidPeriod Between(string from, string? to) => new(PartialDate.Parse(from), to is null ? null : PartialDate.Parse(to));

    public static ComplianceResult Check(SanctionsWorld world, ComplianceRequest request) => new ComplianceEngine(world).Check(request);

    public static IEnumerable<ComplianceFinding> By(ComplianceResult result, string rule) => result.Findings.Where(f => f.Rule == rule);
}
