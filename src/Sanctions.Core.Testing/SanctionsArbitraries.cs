using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;
using Sanctions.Core.World;

namespace Sanctions.Core.Testing;

/// <summary>
/// FsCheck arbitraries (generator and shrinker) for every public Sanctions.Core model type, for registration with
/// FsCheck: <c>[Property(Arbitrary = [typeof(SanctionsArbitraries)])]</c>, or
/// <c>ArbMap.Default.MergeArbFactory</c>/<c>Config.WithArbitrary</c>.
/// </summary>
/// <remarks>
/// <para>Generators come from <see cref="SanctionsGen"/> and shrinkers from <see cref="SanctionsShrink"/>. A
/// <see cref="SanctionsWorld"/> or <see cref="Testing.WorldFacts"/> parameter gets a consistent world sized by FsCheck's
/// size; an <see cref="Testing.InvalidWorld"/> parameter a world with one defect (not shrunk: shrinking would move the
/// item it names). Ids, names and regimes are not shrunk.</para>
/// </remarks>
/// <threadsafety>All members are thread safe.</threadsafety>
public static class SanctionsArbitraries
{
    /// <summary>Calendar days (<see cref="SanctionsGen.Date()"/>), shrinking towards 2000-01-01.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LocalDate> LocalDate() => Arb.From(SanctionsGen.Date(), SanctionsShrink.Date);

    /// <summary>Instants from 2000 to 2030.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Instant> Instant() => Arb.From(SanctionsGen.Instant());

    /// <summary>Partial dates at every precision, shrinking to coarser precision and towards 2000.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PartialDate> PartialDate() => Arb.From(SanctionsGen.PartialDate(), SanctionsShrink.PartialDate);

    /// <summary>Valid periods with exact, partial and open ends, shrinking to open ends.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ValidPeriod> ValidPeriod() => Arb.From(SanctionsGen.ValidPeriod(), SanctionsShrink.ValidPeriod);

    /// <summary>Record periods, shrinking to <see cref="Temporal.RecordPeriod.Always"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RecordPeriod> RecordPeriod() => Arb.From(SanctionsGen.RecordPeriod(), SanctionsShrink.RecordPeriod);

    /// <summary>Certainties.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Certainty> Certainty() => Arb.From(SanctionsGen.Certainty());

    /// <summary>Party ids.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PartyId> PartyId() => Arb.From(SanctionsGen.PartyId());

    /// <summary>Authority ids.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<AuthorityId> AuthorityId() => Arb.From(SanctionsGen.AuthorityId());

    /// <summary>List ids.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ListId> ListId() => Arb.From(SanctionsGen.ListId());

    /// <summary>Program ids.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ProgramId> ProgramId() => Arb.From(SanctionsGen.ProgramId());

    /// <summary>Instrument ids.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<InstrumentId> InstrumentId() => Arb.From(SanctionsGen.InstrumentId());

    /// <summary>Treaty ids.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TreatyId> TreatyId() => Arb.From(SanctionsGen.TreatyId());

    /// <summary>Membership statuses.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<MembershipStatus> MembershipStatus() => Arb.From(SanctionsGen.MembershipStatus());

    /// <summary>Names in many scripts.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PartyName> PartyName() => Arb.From(SanctionsGen.PartyName());

    /// <summary>Identifiers.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Identifier> Identifier() => Arb.From(SanctionsGen.Identifier());

    /// <summary>Addresses.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Address> Address() => Arb.From(SanctionsGen.Address());

    /// <summary>Provenance.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Provenance> Provenance() => Arb.From(SanctionsGen.Provenance());

    /// <summary>Parties of every kind, shrinking to one name and no identifiers or addresses.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Party> Party() => Arb.From(SanctionsGen.Party(), SanctionsShrink.Party);

    /// <summary>States and regions.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<State> State() => Arb.From(SanctionsGen.State(), s => SanctionsShrink.Party(s).Cast<State>());

    /// <summary>Persons.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Person> Person() => Arb.From(SanctionsGen.Person(), s => SanctionsShrink.Party(s).Cast<Person>());

    /// <summary>Organisations.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Organization> Organization() => Arb.From(SanctionsGen.Organization(), s => SanctionsShrink.Party(s).Cast<Organization>());

    /// <summary>International organisations.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<InternationalOrganization> InternationalOrganization() =>
        Arb.From(SanctionsGen.InternationalOrganization(), s => SanctionsShrink.Party(s).Cast<InternationalOrganization>());

    /// <summary>Vessels.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Vessel> Vessel() => Arb.From(SanctionsGen.Vessel(), s => SanctionsShrink.Party(s).Cast<Vessel>());

    /// <summary>Aircraft.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Aircraft> Aircraft() => Arb.From(SanctionsGen.Aircraft(), s => SanctionsShrink.Party(s).Cast<Aircraft>());

    /// <summary>Authorities.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Authority> Authority() => Arb.From(SanctionsGen.Authority());

    /// <summary>Legal instruments.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LegalInstrument> LegalInstrument() => Arb.From(SanctionsGen.LegalInstrument());

    /// <summary>Sanctions programs.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SanctionsProgram> SanctionsProgram() => Arb.From(SanctionsGen.SanctionsProgram());

    /// <summary>Sanctions lists.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SanctionsList> SanctionsList() => Arb.From(SanctionsGen.SanctionsList());

    /// <summary>Standalone designations, shrinking their periods, records and details.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Designation> Designation() => Arb.From(SanctionsGen.Designation(), SanctionsShrink.Designation);

    /// <summary>Standalone country measures, shrinking their periods and records.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CountryMeasure> CountryMeasure() => Arb.From(SanctionsGen.CountryMeasure(), SanctionsShrink.CountryMeasure);

    /// <summary>Treaties.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Treaty> Treaty() => Arb.From(SanctionsGen.Treaty());

    /// <summary>Standalone treaty actions.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TreatyAction> TreatyAction() => Arb.From(SanctionsGen.TreatyAction());

    /// <summary>Standalone memberships, shrinking their periods and records.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Membership> Membership() => Arb.From(SanctionsGen.Membership(), SanctionsShrink.Membership);

    /// <summary>Standalone relations, shrinking their periods and records.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Relation> Relation() => Arb.From(SanctionsGen.Relation(), SanctionsShrink.Relation);

    /// <summary>Standalone positions, shrinking their periods and records.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Position> Position() => Arb.From(SanctionsGen.Position(), SanctionsShrink.Position);

    /// <summary>The facts of consistent worlds, shrinking to smaller worlds that still build.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<WorldFacts> WorldFacts() => Arb.From(SanctionsGen.WorldFacts(), SanctionsShrink.WorldFacts);

    /// <summary>Consistent, built worlds, shrinking to smaller worlds.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SanctionsWorld> SanctionsWorld() => Arb.From(SanctionsGen.World(), SanctionsShrink.World);

    /// <summary>Worlds with one deliberate defect (not shrunk).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<InvalidWorld> InvalidWorld() => Arb.From(SanctionsGen.InvalidWorld());
}
