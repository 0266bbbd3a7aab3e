using FsCheck;
using FsCheck.Fluent;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.Testing;

public static partial class SanctionsGen
{
    /// <summary>Authorities with hierarchical ids (<c>XA</c>, <c>XA-FIN</c>) and their jurisdiction.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Authority> Authority() =>
        from id in AuthorityId()
        from source in Provenance()
        select new Authority(id, $"Authority {id}", null, source);

    /// <summary>Legal instruments of every kind, with partial adoption and entry-into-force dates; standalone, so <c>PartOf</c> refers to a random id.</summary>
    /// <returns>The generator.</returns>
    public static Gen<LegalInstrument> LegalInstrument() =>
        from id in InstrumentId()
        from kind in Gen.Elements(Enum.GetValues<InstrumentKind>())
        from authority in AuthorityId()
        from adopted in PartialDate(FirstDay, LastDay)
        from delay in Gen.Choose(-1, 400)
        from partOf in InstrumentId()
        from hasParent in Gen.Choose(0, 3)
        select new LegalInstrument(
            id, Text($"{kind} {id}"), kind, authority, citation: hasParent == 1 ? Text($"{kind} No. {id}") : null, adopted: adopted,
            entryIntoForce: delay < 0 ? null : Temporal.PartialDate.FromDate(adopted.Earliest.PlusDays(delay)), partOf: hasParent == 0 ? partOf : null);

    /// <summary>Sanctions programs; standalone, so the basis refers to random instrument ids.</summary>
    /// <returns>The generator.</returns>
    public static Gen<SanctionsProgram> SanctionsProgram() =>
        from id in ProgramId()
        from authority in AuthorityId()
        from basis in InstrumentId().ListOf(2)
        from count in Gen.Choose(0, 2)
        select new SanctionsProgram(id, Text($"Program {id}"), authority, basis.Take(count));

    /// <summary>Sanctions lists.</summary>
    /// <returns>The generator.</returns>
    public static Gen<SanctionsList> SanctionsList() =>
        from id in ListId()
        from authority in AuthorityId()
        select new SanctionsList(id, Text($"List {id} of {authority}"), authority, Text($"https://example.org/{id}"));

    /// <summary>Designations with programs, measures, basis, partial periods and record periods; standalone, so their references are random ids.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Designation> Designation() =>
        from n in Gen.Choose(1, 99_999)
        from party in PartyId()
        from list in ListId()
        from valid in ValidPeriod()
        from programs in ProgramId().ListOf(2)
        from measures in Gen.SubListOf(Enum.GetValues<MeasureKind>())
        from basis in InstrumentId().ListOf(1)
        from recorded in RecordPeriod()
        from source in Provenance()
        select new Designation(Text($"d-{n}"), party, list, valid, programs.Distinct(), measures.Count == 0 ? null : measures, basis, Text($"REF-{n}"), null, recorded, source);

    /// <summary>Country measures of every kind (arms embargoes with a direction); standalone, so their references are random ids.</summary>
    /// <returns>The generator.</returns>
    public static Gen<CountryMeasure> CountryMeasure() =>
        from n in Gen.Choose(1, 99_999)
        from target in PartyId()
        from authority in AuthorityId()
        from kind in Gen.Elements(Enum.GetValues<CountryMeasureKind>())
        from direction in Gen.Elements(Enum.GetValues<ArmsDirection>())
        from valid in ValidPeriod()
        from basis in InstrumentId().ListOf(1)
        from recorded in RecordPeriod()
        select new CountryMeasure(Text($"m-{n}"), target, authority, kind, valid, kind == CountryMeasureKind.ArmsEmbargo ? direction : null, basis, Text($"Measure {n}"), recorded);

    /// <summary>Treaties, sometimes with a conclusion date.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Treaty> Treaty() =>
        from id in TreatyId()
        from concluded in PartialDate(FirstDay, LastDay)
        from dated in Gen.Choose(0, 3)
        from word in Gen.Elements(Pools.CompanyWords)
        select new Treaty(id, Text($"Treaty on {word} Cooperation ({id})"), dated == 0 ? null : concluded);

    /// <summary>Single treaty actions of every kind; for actions in a valid order, use the world generators.</summary>
    /// <returns>The generator.</returns>
    public static Gen<TreatyAction> TreatyAction() =>
        from treaty in TreatyId()
        from party in PartyId()
        from kind in Gen.Elements(Enum.GetValues<TreatyActionKind>())
        from date in PartialDate(FirstDay, LastDay)
        from recorded in RecordPeriod()
        select new TreatyAction(treaty, party, kind, date, recorded);

    /// <summary>Memberships of a party in an organisation; standalone, so their references are random ids.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Membership> Membership() =>
        from member in PartyId()
        from organization in PartyId()
        from status in MembershipStatus()
        from valid in ValidPeriod()
        from recorded in RecordPeriod()
        select new Membership(member, organization, status, valid, recorded);

    /// <summary>Relations of every kind between two different parties; ownership carries a percentage from 0 to 100.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Relation> Relation() =>
        from kind in Gen.Elements(Enum.GetValues<RelationKind>())
        from ids in PartyId().Two()
        from percent in Gen.Choose(0, 200)
        from valid in ValidPeriod()
        from recorded in RecordPeriod()
        select new Relation(
            kind, ids.Item1, ids.Item1 == ids.Item2 ? new PartyId(ids.Item2.Value + "-b") : ids.Item2, valid,
            kind == RelationKind.Ownership ? percent / 2m : null, kind == RelationKind.Ownership ? null : kind.ToString().ToLowerInvariant(), recorded);

    /// <summary>Positions held by a person, sometimes in an organisation.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Position> Position() =>
        from holder in PartyId()
        from title in Gen.Elements(Pools.Titles)
        from organization in PartyId()
        from inOrganization in Gen.Choose(0, 1)
        from valid in ValidPeriod()
        from recorded in RecordPeriod()
        select new Position(holder, title, valid, inOrganization == 1 ? organization : null, recorded);
}
