using System.Text.Json;

namespace Sanctions.Core.Serialization;

// The shape of every DTO for DtoParser: its properties in declaration order (the order the writer writes), each with the
// reader of its value. A test holds each shape to the source-generated contract of its DTO (same names, same order).
internal static class Shapes
{
    public static readonly DtoShape<DatasetDto> Dataset = new(
        static () => new DatasetDto(),
        (Fields.Name, (DatasetDto d, ref Utf8JsonReader r) => d.Name = DtoParser.String(ref r)),
        (Fields.Version, (DatasetDto d, ref Utf8JsonReader r) => d.Version = DtoParser.String(ref r)),
        (Fields.Published, (DatasetDto d, ref Utf8JsonReader r) => d.Published = DtoParser.String(ref r)),
        (Fields.Description, (DatasetDto d, ref Utf8JsonReader r) => d.Description = DtoParser.String(ref r)));

    public static readonly DtoShape<ProvenanceDto> Provenance = new(
        static () => new ProvenanceDto(),
        (Fields.Source, (ProvenanceDto d, ref Utf8JsonReader r) => d.Source = DtoParser.Shared(ref r)),
        (Fields.Record, (ProvenanceDto d, ref Utf8JsonReader r) => d.Record = DtoParser.String(ref r)),
        (Fields.Publication, (ProvenanceDto d, ref Utf8JsonReader r) => d.Publication = DtoParser.Shared(ref r)),
        (Fields.Published, (ProvenanceDto d, ref Utf8JsonReader r) => d.Published = DtoParser.Shared(ref r)),
        (Fields.Verified, (ProvenanceDto d, ref Utf8JsonReader r) => d.Verified = DtoParser.Bool(ref r)),
        (Fields.Note, (ProvenanceDto d, ref Utf8JsonReader r) => d.Note = DtoParser.String(ref r)));

    public static readonly DtoShape<PeriodDto> Period = new(
        static () => new PeriodDto(),
        (Fields.From, (PeriodDto d, ref Utf8JsonReader r) => d.From = DtoParser.Shared(ref r)),
        (Fields.To, (PeriodDto d, ref Utf8JsonReader r) => d.To = DtoParser.Shared(ref r)));

    public static readonly DtoShape<NameDto> Name = new(
        static () => new NameDto(),
        (Fields.Value, (NameDto d, ref Utf8JsonReader r) => d.Value = DtoParser.String(ref r)),
        (Fields.Kind, (NameDto d, ref Utf8JsonReader r) => d.Kind = DtoParser.Shared(ref r)),
        (Fields.Script, (NameDto d, ref Utf8JsonReader r) => d.Script = DtoParser.Shared(ref r)),
        (Fields.Language, (NameDto d, ref Utf8JsonReader r) => d.Language = DtoParser.Shared(ref r)),
        (Fields.Note, (NameDto d, ref Utf8JsonReader r) => d.Note = DtoParser.Shared(ref r)),
        (Fields.Recorded, (NameDto d, ref Utf8JsonReader r) => d.Recorded = DtoParser.Object(ref r, Period)));

    public static readonly DtoShape<IdentifierDto> Identifier = new(
        static () => new IdentifierDto(),
        (Fields.Scheme, (IdentifierDto d, ref Utf8JsonReader r) => d.Scheme = DtoParser.Shared(ref r)),
        (Fields.Value, (IdentifierDto d, ref Utf8JsonReader r) => d.Value = DtoParser.String(ref r)),
        (Fields.Country, (IdentifierDto d, ref Utf8JsonReader r) => d.Country = DtoParser.Shared(ref r)),
        (Fields.Note, (IdentifierDto d, ref Utf8JsonReader r) => d.Note = DtoParser.String(ref r)));

    public static readonly DtoShape<AddressDto> Address = new(
        static () => new AddressDto(),
        (Fields.Street, (AddressDto d, ref Utf8JsonReader r) => d.Street = DtoParser.String(ref r)),
        (Fields.City, (AddressDto d, ref Utf8JsonReader r) => d.City = DtoParser.Shared(ref r)),
        (Fields.Region, (AddressDto d, ref Utf8JsonReader r) => d.Region = DtoParser.String(ref r)),
        (Fields.PostalCode, (AddressDto d, ref Utf8JsonReader r) => d.PostalCode = DtoParser.String(ref r)),
        (Fields.Country, (AddressDto d, ref Utf8JsonReader r) => d.Country = DtoParser.Shared(ref r)),
        (Fields.Full, (AddressDto d, ref Utf8JsonReader r) => d.Full = DtoParser.String(ref r)));

    public static readonly DtoShape<BirthDateDto> BirthDate = new(
        static () => new BirthDateDto(),
        (Fields.From, (BirthDateDto d, ref Utf8JsonReader r) => d.From = DtoParser.String(ref r)),
        (Fields.To, (BirthDateDto d, ref Utf8JsonReader r) => d.To = DtoParser.String(ref r)),
        (Fields.Approximate, (BirthDateDto d, ref Utf8JsonReader r) => d.Approximate = DtoParser.Bool(ref r)),
        (Fields.Text, (BirthDateDto d, ref Utf8JsonReader r) => d.Text = DtoParser.String(ref r)));

    public static readonly DtoShape<BirthPlaceDto> BirthPlace = new(
        static () => new BirthPlaceDto(),
        (Fields.Text, (BirthPlaceDto d, ref Utf8JsonReader r) => d.Text = DtoParser.Shared(ref r)),
        (Fields.City, (BirthPlaceDto d, ref Utf8JsonReader r) => d.City = DtoParser.Shared(ref r)),
        (Fields.Region, (BirthPlaceDto d, ref Utf8JsonReader r) => d.Region = DtoParser.Shared(ref r)),
        (Fields.Country, (BirthPlaceDto d, ref Utf8JsonReader r) => d.Country = DtoParser.Shared(ref r)),
        (Fields.Approximate, (BirthPlaceDto d, ref Utf8JsonReader r) => d.Approximate = DtoParser.Bool(ref r)));

    public static readonly DtoShape<ContactDto> Contact = new(
        static () => new ContactDto(),
        (Fields.Type, (ContactDto d, ref Utf8JsonReader r) => d.Type = DtoParser.Shared(ref r)),
        (Fields.Value, (ContactDto d, ref Utf8JsonReader r) => d.Value = DtoParser.String(ref r)),
        (Fields.Note, (ContactDto d, ref Utf8JsonReader r) => d.Note = DtoParser.String(ref r)));

    public static readonly DtoShape<PartyDto> Party = new(
        static () => new PartyDto(),
        (Fields.Kind, (PartyDto d, ref Utf8JsonReader r) => d.RecordKind = DtoParser.Shared(ref r)),
        (Fields.Id, (PartyDto d, ref Utf8JsonReader r) => d.Id = DtoParser.String(ref r)),
        (Fields.Type, (PartyDto d, ref Utf8JsonReader r) => d.Type = DtoParser.Shared(ref r)),
        (Fields.Names, (PartyDto d, ref Utf8JsonReader r) => d.Names = DtoParser.Objects(ref r, Name)),
        (Fields.Alpha2, (PartyDto d, ref Utf8JsonReader r) => d.Alpha2 = DtoParser.String(ref r)),
        (Fields.Alpha3, (PartyDto d, ref Utf8JsonReader r) => d.Alpha3 = DtoParser.String(ref r)),
        (Fields.IsRegion, (PartyDto d, ref Utf8JsonReader r) => d.IsRegion = DtoParser.Bool(ref r)),
        (Fields.ParentState, (PartyDto d, ref Utf8JsonReader r) => d.ParentState = DtoParser.String(ref r)),
        (Fields.BirthDates, (PartyDto d, ref Utf8JsonReader r) => d.BirthDates = DtoParser.Strings(ref r)),
        (Fields.BirthPlaces, (PartyDto d, ref Utf8JsonReader r) => d.BirthPlaces = DtoParser.SharedStrings(ref r)),
        (Fields.Nationalities, (PartyDto d, ref Utf8JsonReader r) => d.Nationalities = DtoParser.SharedStrings(ref r)),
        (Fields.Gender, (PartyDto d, ref Utf8JsonReader r) => d.Gender = DtoParser.Shared(ref r)),
        (Fields.Category, (PartyDto d, ref Utf8JsonReader r) => d.Category = DtoParser.Shared(ref r)),
        (Fields.Founded, (PartyDto d, ref Utf8JsonReader r) => d.Founded = DtoParser.String(ref r)),
        (Fields.Imo, (PartyDto d, ref Utf8JsonReader r) => d.Imo = DtoParser.String(ref r)),
        (Fields.Flag, (PartyDto d, ref Utf8JsonReader r) => d.Flag = DtoParser.Shared(ref r)),
        (Fields.VesselType, (PartyDto d, ref Utf8JsonReader r) => d.VesselType = DtoParser.Shared(ref r)),
        (Fields.CallSign, (PartyDto d, ref Utf8JsonReader r) => d.CallSign = DtoParser.String(ref r)),
        (Fields.Tonnage, (PartyDto d, ref Utf8JsonReader r) => d.Tonnage = DtoParser.String(ref r)),
        (Fields.Registration, (PartyDto d, ref Utf8JsonReader r) => d.Registration = DtoParser.String(ref r)),
        (Fields.Model, (PartyDto d, ref Utf8JsonReader r) => d.Model = DtoParser.String(ref r)),
        (Fields.SerialNumber, (PartyDto d, ref Utf8JsonReader r) => d.SerialNumber = DtoParser.String(ref r)),
        (Fields.Identifiers, (PartyDto d, ref Utf8JsonReader r) => d.Identifiers = DtoParser.Objects(ref r, Identifier)),
        (Fields.Addresses, (PartyDto d, ref Utf8JsonReader r) => d.Addresses = DtoParser.Objects(ref r, Address)),
        (Fields.Countries, (PartyDto d, ref Utf8JsonReader r) => d.Countries = DtoParser.SharedStrings(ref r)),
        (Fields.Remarks, (PartyDto d, ref Utf8JsonReader r) => d.Remarks = DtoParser.String(ref r)),
        (Fields.Source, (PartyDto d, ref Utf8JsonReader r) => d.Source = DtoParser.Object(ref r, Provenance)),
        (Fields.BirthDateFacts, (PartyDto d, ref Utf8JsonReader r) => d.BirthDateFacts = DtoParser.Objects(ref r, BirthDate)),
        (Fields.BirthPlaceFacts, (PartyDto d, ref Utf8JsonReader r) => d.BirthPlaceFacts = DtoParser.Objects(ref r, BirthPlace)),
        (Fields.Citizenships, (PartyDto d, ref Utf8JsonReader r) => d.Citizenships = DtoParser.SharedStrings(ref r)),
        (Fields.LegalForm, (PartyDto d, ref Utf8JsonReader r) => d.LegalForm = DtoParser.Shared(ref r)),
        (Fields.Incorporated, (PartyDto d, ref Utf8JsonReader r) => d.Incorporated = DtoParser.String(ref r)),
        (Fields.Dissolved, (PartyDto d, ref Utf8JsonReader r) => d.Dissolved = DtoParser.String(ref r)),
        (Fields.Contacts, (PartyDto d, ref Utf8JsonReader r) => d.Contacts = DtoParser.Objects(ref r, Contact)));

    public static readonly DtoShape<AuthorityDto> Authority = new(
        static () => new AuthorityDto(),
        (Fields.Kind, (AuthorityDto d, ref Utf8JsonReader r) => d.RecordKind = DtoParser.String(ref r)),
        (Fields.Id, (AuthorityDto d, ref Utf8JsonReader r) => d.Id = DtoParser.String(ref r)),
        (Fields.Name, (AuthorityDto d, ref Utf8JsonReader r) => d.Name = DtoParser.String(ref r)),
        (Fields.Jurisdiction, (AuthorityDto d, ref Utf8JsonReader r) => d.Jurisdiction = DtoParser.String(ref r)),
        (Fields.Source, (AuthorityDto d, ref Utf8JsonReader r) => d.Source = DtoParser.Object(ref r, Provenance)));

    public static readonly DtoShape<InstrumentDto> Instrument = new(
        static () => new InstrumentDto(),
        (Fields.Kind, (InstrumentDto d, ref Utf8JsonReader r) => d.RecordKind = DtoParser.String(ref r)),
        (Fields.Id, (InstrumentDto d, ref Utf8JsonReader r) => d.Id = DtoParser.String(ref r)),
        (Fields.Type, (InstrumentDto d, ref Utf8JsonReader r) => d.Type = DtoParser.String(ref r)),
        (Fields.Title, (InstrumentDto d, ref Utf8JsonReader r) => d.Title = DtoParser.String(ref r)),
        (Fields.Authority, (InstrumentDto d, ref Utf8JsonReader r) => d.Authority = DtoParser.String(ref r)),
        (Fields.Citation, (InstrumentDto d, ref Utf8JsonReader r) => d.Citation = DtoParser.String(ref r)),
        (Fields.Adopted, (InstrumentDto d, ref Utf8JsonReader r) => d.Adopted = DtoParser.String(ref r)),
        (Fields.EntryIntoForce, (InstrumentDto d, ref Utf8JsonReader r) => d.EntryIntoForce = DtoParser.String(ref r)),
        (Fields.PartOf, (InstrumentDto d, ref Utf8JsonReader r) => d.PartOf = DtoParser.String(ref r)),
        (Fields.Url, (InstrumentDto d, ref Utf8JsonReader r) => d.Url = DtoParser.String(ref r)),
        (Fields.Source, (InstrumentDto d, ref Utf8JsonReader r) => d.Source = DtoParser.Object(ref r, Provenance)));

    public static readonly DtoShape<ProgramDto> Program = new(
        static () => new ProgramDto(),
        (Fields.Kind, (ProgramDto d, ref Utf8JsonReader r) => d.RecordKind = DtoParser.String(ref r)),
        (Fields.Id, (ProgramDto d, ref Utf8JsonReader r) => d.Id = DtoParser.String(ref r)),
        (Fields.Name, (ProgramDto d, ref Utf8JsonReader r) => d.Name = DtoParser.String(ref r)),
        (Fields.Authority, (ProgramDto d, ref Utf8JsonReader r) => d.Authority = DtoParser.String(ref r)),
        (Fields.Basis, (ProgramDto d, ref Utf8JsonReader r) => d.Basis = DtoParser.Strings(ref r)),
        (Fields.Source, (ProgramDto d, ref Utf8JsonReader r) => d.Source = DtoParser.Object(ref r, Provenance)));

    public static readonly DtoShape<ListDto> List = new(
        static () => new ListDto(),
        (Fields.Kind, (ListDto d, ref Utf8JsonReader r) => d.RecordKind = DtoParser.String(ref r)),
        (Fields.Id, (ListDto d, ref Utf8JsonReader r) => d.Id = DtoParser.String(ref r)),
        (Fields.Name, (ListDto d, ref Utf8JsonReader r) => d.Name = DtoParser.String(ref r)),
        (Fields.Authority, (ListDto d, ref Utf8JsonReader r) => d.Authority = DtoParser.String(ref r)),
        (Fields.Url, (ListDto d, ref Utf8JsonReader r) => d.Url = DtoParser.String(ref r)),
        (Fields.Source, (ListDto d, ref Utf8JsonReader r) => d.Source = DtoParser.Object(ref r, Provenance)));

    public static readonly DtoShape<DesignationDto> Designation = new(
        static () => new DesignationDto(),
        (Fields.Kind, (DesignationDto d, ref Utf8JsonReader r) => d.RecordKind = DtoParser.Shared(ref r)),
        (Fields.Id, (DesignationDto d, ref Utf8JsonReader r) => d.Id = DtoParser.String(ref r)),
        (Fields.Party, (DesignationDto d, ref Utf8JsonReader r) => d.Party = DtoParser.String(ref r)),
        (Fields.List, (DesignationDto d, ref Utf8JsonReader r) => d.List = DtoParser.Shared(ref r)),
        (Fields.Programs, (DesignationDto d, ref Utf8JsonReader r) => d.Programs = DtoParser.SharedStrings(ref r)),
        (Fields.Measures, (DesignationDto d, ref Utf8JsonReader r) => d.Measures = DtoParser.SharedStrings(ref r)),
        (Fields.Basis, (DesignationDto d, ref Utf8JsonReader r) => d.Basis = DtoParser.SharedStrings(ref r)),
        (Fields.ListReference, (DesignationDto d, ref Utf8JsonReader r) => d.ListReference = DtoParser.String(ref r)),
        (Fields.Remarks, (DesignationDto d, ref Utf8JsonReader r) => d.Remarks = DtoParser.String(ref r)),
        (Fields.Valid, (DesignationDto d, ref Utf8JsonReader r) => d.Valid = DtoParser.Object(ref r, Period)),
        (Fields.Recorded, (DesignationDto d, ref Utf8JsonReader r) => d.Recorded = DtoParser.Object(ref r, Period)),
        (Fields.Source, (DesignationDto d, ref Utf8JsonReader r) => d.Source = DtoParser.Object(ref r, Provenance)));

    public static readonly DtoShape<CountryMeasureDto> CountryMeasure = new(
        static () => new CountryMeasureDto(),
        (Fields.Kind, (CountryMeasureDto d, ref Utf8JsonReader r) => d.RecordKind = DtoParser.Shared(ref r)),
        (Fields.Id, (CountryMeasureDto d, ref Utf8JsonReader r) => d.Id = DtoParser.String(ref r)),
        (Fields.Type, (CountryMeasureDto d, ref Utf8JsonReader r) => d.Type = DtoParser.Shared(ref r)),
        (Fields.Target, (CountryMeasureDto d, ref Utf8JsonReader r) => d.Target = DtoParser.String(ref r)),
        (Fields.Authority, (CountryMeasureDto d, ref Utf8JsonReader r) => d.Authority = DtoParser.Shared(ref r)),
        (Fields.Direction, (CountryMeasureDto d, ref Utf8JsonReader r) => d.Direction = DtoParser.String(ref r)),
        (Fields.Basis, (CountryMeasureDto d, ref Utf8JsonReader r) => d.Basis = DtoParser.SharedStrings(ref r)),
        (Fields.Description, (CountryMeasureDto d, ref Utf8JsonReader r) => d.Description = DtoParser.String(ref r)),
        (Fields.Valid, (CountryMeasureDto d, ref Utf8JsonReader r) => d.Valid = DtoParser.Object(ref r, Period)),
        (Fields.Recorded, (CountryMeasureDto d, ref Utf8JsonReader r) => d.Recorded = DtoParser.Object(ref r, Period)),
        (Fields.Source, (CountryMeasureDto d, ref Utf8JsonReader r) => d.Source = DtoParser.Object(ref r, Provenance)));

    public static readonly DtoShape<TreatyDto> Treaty = new(
        static () => new TreatyDto(),
        (Fields.Kind, (TreatyDto d, ref Utf8JsonReader r) => d.RecordKind = DtoParser.String(ref r)),
        (Fields.Id, (TreatyDto d, ref Utf8JsonReader r) => d.Id = DtoParser.String(ref r)),
        (Fields.Name, (TreatyDto d, ref Utf8JsonReader r) => d.Name = DtoParser.String(ref r)),
        (Fields.Concluded, (TreatyDto d, ref Utf8JsonReader r) => d.Concluded = DtoParser.String(ref r)),
        (Fields.Remarks, (TreatyDto d, ref Utf8JsonReader r) => d.Remarks = DtoParser.String(ref r)),
        (Fields.Source, (TreatyDto d, ref Utf8JsonReader r) => d.Source = DtoParser.Object(ref r, Provenance)));

    public static readonly DtoShape<TreatyActionDto> TreatyAction = new(
        static () => new TreatyActionDto(),
        (Fields.Kind, (TreatyActionDto d, ref Utf8JsonReader r) => d.RecordKind = DtoParser.Shared(ref r)),
        (Fields.Treaty, (TreatyActionDto d, ref Utf8JsonReader r) => d.Treaty = DtoParser.Shared(ref r)),
        (Fields.Party, (TreatyActionDto d, ref Utf8JsonReader r) => d.Party = DtoParser.String(ref r)),
        (Fields.Type, (TreatyActionDto d, ref Utf8JsonReader r) => d.Type = DtoParser.Shared(ref r)),
        (Fields.Date, (TreatyActionDto d, ref Utf8JsonReader r) => d.Date = DtoParser.Shared(ref r)),
        (Fields.Recorded, (TreatyActionDto d, ref Utf8JsonReader r) => d.Recorded = DtoParser.Object(ref r, Period)),
        (Fields.Source, (TreatyActionDto d, ref Utf8JsonReader r) => d.Source = DtoParser.Object(ref r, Provenance)));

    public static readonly DtoShape<MembershipDto> Membership = new(
        static () => new MembershipDto(),
        (Fields.Kind, (MembershipDto d, ref Utf8JsonReader r) => d.RecordKind = DtoParser.Shared(ref r)),
        (Fields.Member, (MembershipDto d, ref Utf8JsonReader r) => d.Member = DtoParser.String(ref r)),
        (Fields.Organization, (MembershipDto d, ref Utf8JsonReader r) => d.Organization = DtoParser.Shared(ref r)),
        (Fields.Status, (MembershipDto d, ref Utf8JsonReader r) => d.Status = DtoParser.Shared(ref r)),
        (Fields.Valid, (MembershipDto d, ref Utf8JsonReader r) => d.Valid = DtoParser.Object(ref r, Period)),
        (Fields.Recorded, (MembershipDto d, ref Utf8JsonReader r) => d.Recorded = DtoParser.Object(ref r, Period)),
        (Fields.Source, (MembershipDto d, ref Utf8JsonReader r) => d.Source = DtoParser.Object(ref r, Provenance)));

    public static readonly DtoShape<RelationDto> Relation = new(
        static () => new RelationDto(),
        (Fields.Kind, (RelationDto d, ref Utf8JsonReader r) => d.RecordKind = DtoParser.Shared(ref r)),
        (Fields.Type, (RelationDto d, ref Utf8JsonReader r) => d.Type = DtoParser.Shared(ref r)),
        (Fields.From, (RelationDto d, ref Utf8JsonReader r) => d.From = DtoParser.String(ref r)),
        (Fields.To, (RelationDto d, ref Utf8JsonReader r) => d.To = DtoParser.String(ref r)),
        (Fields.Percent, (RelationDto d, ref Utf8JsonReader r) => d.Percent = DtoParser.Decimal(ref r)),
        (Fields.Role, (RelationDto d, ref Utf8JsonReader r) => d.Role = DtoParser.Shared(ref r)),
        (Fields.Valid, (RelationDto d, ref Utf8JsonReader r) => d.Valid = DtoParser.Object(ref r, Period)),
        (Fields.Recorded, (RelationDto d, ref Utf8JsonReader r) => d.Recorded = DtoParser.Object(ref r, Period)),
        (Fields.Source, (RelationDto d, ref Utf8JsonReader r) => d.Source = DtoParser.Object(ref r, Provenance)));

    public static readonly DtoShape<PositionDto> Position = new(
        static () => new PositionDto(),
        (Fields.Kind, (PositionDto d, ref Utf8JsonReader r) => d.RecordKind = DtoParser.Shared(ref r)),
        (Fields.Holder, (PositionDto d, ref Utf8JsonReader r) => d.Holder = DtoParser.String(ref r)),
        (Fields.Title, (PositionDto d, ref Utf8JsonReader r) => d.Title = DtoParser.Shared(ref r)),
        (Fields.Organization, (PositionDto d, ref Utf8JsonReader r) => d.Organization = DtoParser.String(ref r)),
        (Fields.Valid, (PositionDto d, ref Utf8JsonReader r) => d.Valid = DtoParser.Object(ref r, Period)),
        (Fields.Recorded, (PositionDto d, ref Utf8JsonReader r) => d.Recorded = DtoParser.Object(ref r, Period)),
        (Fields.Source, (PositionDto d, ref Utf8JsonReader r) => d.Source = DtoParser.Object(ref r, Provenance)));

    public static readonly DtoShape<HeaderDto> Header = new(
        static () => new HeaderDto(),
        (Fields.Kind, (HeaderDto d, ref Utf8JsonReader r) => d.RecordKind = DtoParser.String(ref r)),
        (Fields.Format, (HeaderDto d, ref Utf8JsonReader r) => d.Format = DtoParser.String(ref r)),
        (Fields.Version, (HeaderDto d, ref Utf8JsonReader r) => d.Version = DtoParser.Int(ref r)),
        (Fields.Dataset, (HeaderDto d, ref Utf8JsonReader r) => d.Dataset = DtoParser.Object(ref r, Dataset)));
}
