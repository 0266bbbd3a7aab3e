using System.Collections.Immutable;
using Sanctions.Core.Parties;
using Sanctions.Core.World;

namespace Sanctions.Core.Serialization;

// Parties, with their names, identifiers and addresses.
internal sealed partial class WorldDtoReader
{
    public void Party(PartyDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var id = IdText(dto.Id, loc, Fields.Id.Value);
        var kindOk = true;
        PartyKind kind = default;
        if (dto.Type is null)
        {
            Problem(loc.At(Fields.Type.Value), "Missing required property 'type': expected one of " + EnumWords.PartyKind.Expected + ".");
            kindOk = false;
        }
        else if (!EnumWords.PartyKind.TryParse(dto.Type, out kind))
        {
            Problem(loc.At(Fields.Type.Value), EnumWords.PartyKind.Unknown(dto.Type));
            kindOk = false;
        }

        var names = Names(dto.Names, loc);
        if (kindOk)
        {
            NotApplicable(dto, kind, loc);
        }

        var identifiers = List(dto.Identifiers, loc, Fields.Identifiers.Value, identifier);
        var addresses = List(dto.Addresses, loc, Fields.Addresses.Value, address);
        var countries = Strings(dto.Countries, loc, Fields.Countries.Value, countriesSeen);
        var source = Source(dto.Source, loc);
        var birthDates = Dates(dto.BirthDates, loc, Fields.BirthDates.Value);
        var birthPlaces = Strings(dto.BirthPlaces, loc, Fields.BirthPlaces.Value);
        var nationalities = Strings(dto.Nationalities, loc, Fields.Nationalities.Value, nationalitiesSeen);
        var founded = Date(dto.Founded, loc, Fields.Founded.Value);
        var parent = dto.ParentState is null ? null : IdText(dto.ParentState, loc, Fields.ParentState.Value);
        if (id is null || !kindOk || names.IsDefaultOrEmpty)
        {
            Dropped(id);
            return;
        }

        // Constructed in place rather than through Construct: parties are most of a world, and a closure each adds up.
        var partyId = new PartyId(Shared.Id(id));
        Party party;
        try
        {
            // The lists are set after the constructor, which takes sequences (an immutable array passed as one is boxed), and
            // which for some kinds does not take every common field. A state's countries default to its alpha-2 code and are
            // replaced only when the file gives them.
            party = kind switch
            {
                PartyKind.State => new State(partyId, names, dto.Alpha2, dto.Alpha3, dto.IsRegion ?? false, parent is null ? null : new PartyId(Shared.Id(parent)), source: source, remarks: dto.Remarks)
                {
                    Identifiers = identifiers,
                    Addresses = addresses,
                },
                PartyKind.Person => new Person(partyId, names, gender: dto.Gender, source: source, remarks: dto.Remarks)
                {
                    BirthDates = birthDates,
                    BirthPlaces = birthPlaces,
                    Nationalities = nationalities,
                    Identifiers = identifiers,
                    Addresses = addresses,
                    Countries = countries,
                },
                PartyKind.Organization => new Organization(partyId, names, dto.Category, source: source, remarks: dto.Remarks)
                {
                    Identifiers = identifiers,
                    Addresses = addresses,
                    Countries = countries,
                },
                PartyKind.InternationalOrganization => new InternationalOrganization(partyId, names, founded, source: source, remarks: dto.Remarks)
                {
                    Identifiers = identifiers,
                    Addresses = addresses,
                    Countries = countries,
                },
                PartyKind.Vessel => new Vessel(partyId, names, dto.Imo, dto.Flag, dto.VesselType, dto.CallSign, dto.Tonnage, source: source, remarks: dto.Remarks)
                {
                    Identifiers = identifiers,
                    Addresses = addresses,
                    Countries = countries,
                },
                _ => new Aircraft(partyId, names, dto.Registration, dto.Model, dto.SerialNumber, source: source, remarks: dto.Remarks)
                {
                    Identifiers = identifiers,
                    Addresses = addresses,
                    Countries = countries,
                },
            };
        }
        catch (ArgumentException e)
        {
            Rejected(loc, e);
            Dropped(id);
            return;
        }

        if (kind is PartyKind.State && dto.Countries is not null)
        {
            party = party with { Countries = countries };
        }

        party = Facts(party, dto, loc);
        Origin(WorldCollection.Parties, loc);
        builder.AddParty(party);
    }

    private void NotApplicable(PartyDto dto, PartyKind kind, Loc loc)
    {
        if (options.IgnoreUnknownProperties)
        {
            return;
        }

        void Check(PartyKind owner, string name, bool present)
        {
            if (present && owner != kind)
            {
                Problem(loc.At(name), $"Property '{name}' does not apply to a party of type '{dto.Type}'; it belongs to type '{EnumWords.PartyKind.Word(owner)}'.");
            }
        }

        Check(PartyKind.State, Fields.Alpha2.Value, dto.Alpha2 is not null);
        Check(PartyKind.State, Fields.Alpha3.Value, dto.Alpha3 is not null);
        Check(PartyKind.State, Fields.IsRegion.Value, dto.IsRegion is not null);
        Check(PartyKind.State, Fields.ParentState.Value, dto.ParentState is not null);
        Check(PartyKind.Person, Fields.BirthDates.Value, dto.BirthDates is not null);
        Check(PartyKind.Person, Fields.BirthPlaces.Value, dto.BirthPlaces is not null);
        Check(PartyKind.Person, Fields.Nationalities.Value, dto.Nationalities is not null);
        Check(PartyKind.Person, Fields.Gender.Value, dto.Gender is not null);
        Check(PartyKind.Organization, Fields.Category.Value, dto.Category is not null);
        Check(PartyKind.InternationalOrganization, Fields.Founded.Value, dto.Founded is not null);
        Check(PartyKind.Vessel, Fields.Imo.Value, dto.Imo is not null);
        Check(PartyKind.Vessel, Fields.Flag.Value, dto.Flag is not null);
        Check(PartyKind.Vessel, Fields.VesselType.Value, dto.VesselType is not null);
        Check(PartyKind.Vessel, Fields.CallSign.Value, dto.CallSign is not null);
        Check(PartyKind.Vessel, Fields.Tonnage.Value, dto.Tonnage is not null);
        Check(PartyKind.Aircraft, Fields.Registration.Value, dto.Registration is not null);
        Check(PartyKind.Aircraft, Fields.Model.Value, dto.Model is not null);
        Check(PartyKind.Aircraft, Fields.SerialNumber.Value, dto.SerialNumber is not null);
        Check(PartyKind.Person, Fields.BirthDateFacts.Value, dto.BirthDateFacts is not null);
        Check(PartyKind.Person, Fields.BirthPlaceFacts.Value, dto.BirthPlaceFacts is not null);
        Check(PartyKind.Person, Fields.Citizenships.Value, dto.Citizenships is not null);
        Check(PartyKind.Organization, Fields.LegalForm.Value, dto.LegalForm is not null);
        Check(PartyKind.Organization, Fields.Incorporated.Value, dto.Incorporated is not null);
        Check(PartyKind.Organization, Fields.Dissolved.Value, dto.Dissolved is not null);
    }

    private ImmutableArray<PartyName> Names(List<NameDto>? names, Loc loc)
    {
        if (names is null or { Count: 0 })
        {
            Problem(loc.At(Fields.Names.Value), names is null ? "Missing required property 'names': a party needs at least one name." : "A party needs at least one name.");
            return default;
        }

        return List(names, loc, Fields.Names.Value, name);
    }

    private PartyName? Name(NameDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var value = Required(dto.Value, loc, Fields.Value.Value);
        var kind = NameKind.Primary;
        var ok = dto.Kind is null || Enum(dto.Kind, EnumWords.NameKind, loc, Fields.Kind.Value, required: false, out kind);
        return value is null || !ok ? null : new PartyName(value, kind, dto.Script, dto.Language) { Note = Empty(dto.Note), Recorded = dto.Recorded is null ? default : Recorded(dto.Recorded, new Loc(loc.At(), -1)) };
    }

    private Identifier? Identifier(IdentifierDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var scheme = Required(dto.Scheme, loc, Fields.Scheme.Value);
        var value = Required(dto.Value, loc, Fields.Value.Value);
        return scheme is null || value is null ? null : new Identifier(scheme, value, dto.Country, dto.Note);
    }

    private Address? Address(AddressDto dto, Loc loc)
    {
        Unknown(dto, loc);
        return new Address(Empty(dto.Street), Empty(dto.City), Empty(dto.Region), Empty(dto.PostalCode), Empty(dto.Country), Empty(dto.Full));
    }
}
