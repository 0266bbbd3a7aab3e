using System.Collections.Immutable;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.World;

namespace Sanctions.Core.Serialization;

// Authorities, instruments, programs, lists, designations and country measures.
internal sealed partial class WorldDtoReader
{
    public void Authority(AuthorityDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var id = IdText(dto.Id, loc, Fields.Id.Value);
        var name = Required(dto.Name, loc, Fields.Name.Value);
        var source = Source(dto.Source, loc);
        if (id is null || name is null)
        {
            Dropped(id);
            return;
        }

        AddConstructed(WorldCollection.Authorities, loc, id, () => new Authority(new AuthorityId(id), name, Empty(dto.Jurisdiction), source), a => builder.AddAuthority(a));
    }

    public void Instrument(InstrumentDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var id = IdText(dto.Id, loc, Fields.Id.Value);
        var ok = Enum(dto.Type, EnumWords.InstrumentKind, loc, Fields.Type.Value, required: true, out var kind);
        var title = Required(dto.Title, loc, Fields.Title.Value);
        var authority = IdText(dto.Authority, loc, Fields.Authority.Value);
        var adopted = Date(dto.Adopted, loc, Fields.Adopted.Value);
        var inForce = Date(dto.EntryIntoForce, loc, Fields.EntryIntoForce.Value);
        var partOf = dto.PartOf is null ? null : IdText(dto.PartOf, loc, Fields.PartOf.Value);
        var source = Source(dto.Source, loc);
        if (id is null || !ok || title is null || authority is null)
        {
            Dropped(id);
            return;
        }

        AddConstructed(
            WorldCollection.Instruments,
            loc,
            id,
            () => new LegalInstrument(new InstrumentId(id), title, kind, new AuthorityId(authority), Empty(dto.Citation), adopted, inForce, partOf is null ? null : new InstrumentId(partOf), dto.Url, source),
            i => builder.AddInstrument(i));
    }

    public void Program(ProgramDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var id = IdText(dto.Id, loc, Fields.Id.Value);
        var name = Required(dto.Name, loc, Fields.Name.Value);
        var authority = IdText(dto.Authority, loc, Fields.Authority.Value);
        var basis = Ids(dto.Basis, loc, Fields.Basis.Value, s => new InstrumentId(s), basisSeen);
        var source = Source(dto.Source, loc);
        if (id is null || name is null || authority is null)
        {
            Dropped(id);
            return;
        }

        AddConstructed(WorldCollection.Programs, loc, id, () => new SanctionsProgram(new ProgramId(id), name, new AuthorityId(authority), basis, source), p => builder.AddProgram(p));
    }

    public void List(ListDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var id = IdText(dto.Id, loc, Fields.Id.Value);
        var name = Required(dto.Name, loc, Fields.Name.Value);
        var authority = IdText(dto.Authority, loc, Fields.Authority.Value);
        var source = Source(dto.Source, loc);
        if (id is null || name is null || authority is null)
        {
            Dropped(id);
            return;
        }

        AddConstructed(WorldCollection.Lists, loc, id, () => new SanctionsList(new ListId(id), name, new AuthorityId(authority), dto.Url, source), l => builder.AddList(l));
    }

    // What a designation's measures are when the file does not say (the constructor's default), and the same boxed once.
    private static readonly ImmutableArray<MeasureKind> DefaultMeasures = [MeasureKind.AssetFreeze];
    private static readonly IEnumerable<MeasureKind> DefaultMeasuresSequence = DefaultMeasures;

    public void Designation(DesignationDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var id = IdText(dto.Id, loc, Fields.Id.Value);
        var party = IdText(dto.Party, loc, Fields.Party.Value);
        var list = IdText(dto.List, loc, Fields.List.Value);
        var programs = Ids(dto.Programs, loc, Fields.Programs.Value, s => new ProgramId(s), programsSeen);
        ImmutableArray<MeasureKind>? measures = dto.Measures is null ? null : Measures(dto.Measures, loc, measuresSeen);
        var basis = Ids(dto.Basis, loc, Fields.Basis.Value, s => new InstrumentId(s), basisSeen);
        var valid = Valid(dto.Valid, loc);
        var recorded = Recorded(dto.Recorded, loc);
        var source = Source(dto.Source, loc);
        if (id is null || party is null || list is null)
        {
            Dropped(id);
            return;
        }

        // In place rather than through AddConstructed, as for parties.
        Designation designation;
        try
        {
            // The lists are set after the constructor, which takes sequences (an immutable array passed as one is boxed);
            // measures not given are the constructor's default, one array shared by every designation read without them.
            designation = new Designation(id, new PartyId(Shared.Id(party)), new ListId(list), valid, null, DefaultMeasuresSequence, null, dto.ListReference, dto.Remarks, recorded, source)
            {
                Programs = programs,
                Measures = measures ?? DefaultMeasures,
                Basis = basis,
            };
        }
        catch (ArgumentException e)
        {
            Rejected(loc, e);
            Dropped(id);
            return;
        }

        Origin(WorldCollection.Designations, loc);
        builder.AddDesignation(designation);
    }

    public void CountryMeasure(CountryMeasureDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var id = IdText(dto.Id, loc, Fields.Id.Value);
        var ok = Enum(dto.Type, EnumWords.CountryMeasureKind, loc, Fields.Type.Value, required: true, out var kind);
        var target = IdText(dto.Target, loc, Fields.Target.Value);
        var authority = IdText(dto.Authority, loc, Fields.Authority.Value);
        ArmsDirection? direction = null;
        if (Enum(dto.Direction, EnumWords.ArmsDirection, loc, Fields.Direction.Value, required: false, out var d) && dto.Direction is not null)
        {
            direction = d;
        }

        var basis = Ids(dto.Basis, loc, Fields.Basis.Value, s => new InstrumentId(s), basisSeen);
        var valid = Valid(dto.Valid, loc);
        var recorded = Recorded(dto.Recorded, loc);
        var source = Source(dto.Source, loc);
        if (id is null || !ok || target is null || authority is null)
        {
            Dropped(id);
            return;
        }

        if (direction is not null && kind != CountryMeasureKind.ArmsEmbargo)
        {
            Problem(loc.At(Fields.Direction.Value), $"Only an arms embargo has a direction; this measure is of type '{dto.Type}'.");
            return;
        }

        AddConstructed(
            WorldCollection.CountryMeasures,
            loc,
            id,
            () => new CountryMeasure(id, new PartyId(Shared.Id(target)), new AuthorityId(authority), kind, valid, direction, basis, dto.Description, recorded, source),
            m => builder.AddCountryMeasure(m));
    }
}
