using System.Collections.Immutable;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.World;

// The checked facts of a world, before indexing.
internal sealed record WorldContent(
    DatasetInfo Dataset,
    ImmutableArray<Party> Parties,
    ImmutableArray<Authority> Authorities,
    ImmutableArray<LegalInstrument> Instruments,
    ImmutableArray<SanctionsProgram> Programs,
    ImmutableArray<SanctionsList> Lists,
    ImmutableArray<Designation> Designations,
    ImmutableArray<CountryMeasure> CountryMeasures,
    ImmutableArray<Treaty> Treaties,
    ImmutableArray<TreatyAction> TreatyActions,
    ImmutableArray<Membership> Memberships,
    ImmutableArray<Relation> Relations,
    ImmutableArray<Position> Positions);
