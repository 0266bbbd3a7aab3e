using System.Collections.Immutable;
using Sanctions.Core.Parties;

namespace Sanctions.Core.Serialization;

// What a list says about a party, as it says it: birth facts, citizenships, legal form, incorporation, dissolution and contacts.
internal sealed partial class WorldDtoReader
{
    // Sets the facts the file gives on the party built from the other fields; a party without them is returned as it is.
    private Party Facts(Party party, PartyDto dto, Loc loc)
    {
        var contacts = dto.Contacts is null ? [] : List(dto.Contacts, loc, Fields.Contacts.Value, Contact);
        if (!contacts.IsEmpty)
        {
            party = party with { Contacts = contacts };
        }

        switch (party)
        {
            case Person person when dto.BirthDateFacts is not null || dto.BirthPlaceFacts is not null || dto.Citizenships is not null:
                return person with
                {
                    BirthDateFacts = dto.BirthDateFacts is null ? [] : List(dto.BirthDateFacts, loc, Fields.BirthDateFacts.Value, BirthDate),
                    BirthPlaceFacts = dto.BirthPlaceFacts is null ? [] : List(dto.BirthPlaceFacts, loc, Fields.BirthPlaceFacts.Value, BirthPlace),
                    Citizenships = Strings(dto.Citizenships, loc, Fields.Citizenships.Value, nationalitiesSeen),
                };
            case Organization organization when dto.LegalForm is not null || dto.Incorporated is not null || dto.Dissolved is not null:
                return organization with
                {
                    LegalForm = Empty(dto.LegalForm),
                    Incorporated = Date(dto.Incorporated, loc, Fields.Incorporated.Value),
                    Dissolved = Date(dto.Dissolved, loc, Fields.Dissolved.Value),
                };
            default:
                return party;
        }
    }

    private BirthDate? BirthDate(BirthDateDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var from = Date(dto.From, loc, Fields.From.Value);
        var to = Date(dto.To, loc, Fields.To.Value);
        if ((dto.From is not null && from is null) || (dto.To is not null && to is null))
        {
            return null;
        }

        try
        {
            return new BirthDate(from, to, dto.Approximate ?? false, dto.Text);
        }
        catch (ArgumentException e)
        {
            Rejected(loc, e);
            return null;
        }
    }

    private BirthPlace? BirthPlace(BirthPlaceDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var text = Required(dto.Text, loc, Fields.Text.Value);
        return text is null ? null : new BirthPlace(text, Empty(dto.City), Empty(dto.Region), Empty(dto.Country)) { Approximate = dto.Approximate ?? false };
    }

    private Contact? Contact(ContactDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var value = Required(dto.Value, loc, Fields.Value.Value);
        var ok = Enum(dto.Type, EnumWords.ContactKind, loc, Fields.Type.Value, required: true, out var kind);
        return value is null || !ok ? null : new Contact(kind, value, dto.Note);
    }
}
