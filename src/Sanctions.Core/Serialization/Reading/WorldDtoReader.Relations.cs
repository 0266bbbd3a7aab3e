using System.Globalization;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;
using Sanctions.Core.World;

namespace Sanctions.Core.Serialization;

// Treaties and treaty actions, memberships, relations and positions.
internal sealed partial class WorldDtoReader
{
    public void Treaty(TreatyDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var id = IdText(dto.Id, loc, Fields.Id.Value);
        var name = Required(dto.Name, loc, Fields.Name.Value);
        var concluded = Date(dto.Concluded, loc, Fields.Concluded.Value);
        var source = Source(dto.Source, loc);
        if (id is null || name is null)
        {
            Dropped(id);
            return;
        }

        AddConstructed(WorldCollection.Treaties, loc, id, () => new Treaty(new TreatyId(id), name, concluded, dto.Remarks, source), t => builder.AddTreaty(t));
    }

    public void TreatyAction(TreatyActionDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var treaty = IdText(dto.Treaty, loc, Fields.Treaty.Value);
        var party = IdText(dto.Party, loc, Fields.Party.Value);
        var ok = Enum(dto.Type, EnumWords.TreatyActionKind, loc, Fields.Type.Value, required: true, out var kind);
        var date = dto.Date is null ? Missing<PeriodEnd>(loc, Fields.Date.Value) : ActionDay(dto.Date, loc, Fields.Date.Value);
        var recorded = Recorded(dto.Recorded, loc);
        var source = Source(dto.Source, loc);
        if (treaty is null || party is null || !ok || date is not { } day)
        {
            return;
        }

        AddConstructed(WorldCollection.TreatyActions, loc, null, () => Treaties.TreatyAction.Of(new TreatyId(treaty), new PartyId(Shared.Id(party)), kind, day, recorded, source), a => builder.AddTreatyAction(a));
    }

    public void Membership(MembershipDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var member = IdText(dto.Member, loc, Fields.Member.Value);
        var organization = IdText(dto.Organization, loc, Fields.Organization.Value);
        var status = Required(dto.Status, loc, Fields.Status.Value);
        var valid = Valid(dto.Valid, loc);
        var recorded = Recorded(dto.Recorded, loc);
        var source = Source(dto.Source, loc);
        if (member is null || organization is null || status is null)
        {
            return;
        }

        AddConstructed(
            WorldCollection.Memberships,
            loc,
            null,
            () => new Membership(new PartyId(Shared.Id(member)), new PartyId(Shared.Id(organization)), new MembershipStatus(status), valid, recorded, source),
            m => builder.AddMembership(m));
    }

    public void Relation(RelationDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var ok = Enum(dto.Type, EnumWords.RelationKind, loc, Fields.Type.Value, required: true, out var kind);
        var from = IdText(dto.From, loc, Fields.From.Value);
        var to = IdText(dto.To, loc, Fields.To.Value);
        var valid = Valid(dto.Valid, loc);
        var recorded = Recorded(dto.Recorded, loc);
        var source = Source(dto.Source, loc);
        if (dto.Percent is { } p && p is < 0 or > 100)
        {
            Problem(loc.At(Fields.Percent.Value), string.Create(CultureInfo.InvariantCulture, $"{p} is not a percentage: expected a number from 0 to 100."));
            ok = false;
        }
        else if (dto.Percent is not null && ok && kind != RelationKind.Ownership)
        {
            Problem(loc.At(Fields.Percent.Value), $"Only ownership has a percentage; this relation is of type '{dto.Type}'.");
            ok = false;
        }

        if (!ok || from is null || to is null)
        {
            return;
        }

        AddConstructed(
            WorldCollection.Relations,
            loc,
            null,
            () => new Relation(kind, new PartyId(Shared.Id(from)), new PartyId(Shared.Id(to)), valid, dto.Percent, dto.Role, recorded, source),
            r => builder.AddRelation(r));
    }

    public void Position(PositionDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var holder = IdText(dto.Holder, loc, Fields.Holder.Value);
        var title = Required(dto.Title, loc, Fields.Title.Value);
        var organization = dto.Organization is null ? null : IdText(dto.Organization, loc, Fields.Organization.Value);
        var valid = Valid(dto.Valid, loc);
        var recorded = Recorded(dto.Recorded, loc);
        var source = Source(dto.Source, loc);
        if (holder is null || title is null)
        {
            return;
        }

        AddConstructed(
            WorldCollection.Positions,
            loc,
            null,
            () => new Position(new PartyId(Shared.Id(holder)), title, valid, organization is null ? null : new PartyId(Shared.Id(organization)), recorded, source),
            p => builder.AddPosition(p));
    }
}
