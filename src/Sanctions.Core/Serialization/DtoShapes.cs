using System.Text.Json;

namespace Sanctions.Core.Serialization;

// The shape of every DTO for DtoParser: its properties in declaration order (the order the writer writes), each with the
// reader of its value. A test holds each shape to the source-generated contract of its DTO (same names, same order).
internal static class Shapes
{
    public static readonly DtoShape<DatasetDto> Dataset = new(
        static () => new DatasetDto(),
        ("name", (DatasetDto d, ref Utf8JsonReader r) => d.Name = DtoParser.String(ref r)),
        ("version", (DatasetDto d, ref Utf8JsonReader r) => d.Version = DtoParser.String(ref r)),
        ("published", (DatasetDto d, ref Utf8JsonReader r) => d.Published = DtoParser.String(ref r)),
        ("description", (DatasetDto d, ref Utf8JsonReader r) => d.Description = DtoParser.String(ref r)));

    public static readonly DtoShape<ProvenanceDto> Provenance = new(
        static () => new ProvenanceDto(),
        ("source", (ProvenanceDto d, ref Utf8JsonReader r) => d.Source = DtoParser.Shared(ref r)),
        ("record", (ProvenanceDto d, ref Utf8JsonReader r) => d.Record = DtoParser.String(ref r)),
        ("publication", (ProvenanceDto d, ref Utf8JsonReader r) => d.Publication = DtoParser.Shared(ref r)),
        ("published", (ProvenanceDto d, ref Utf8JsonReader r) => d.Published = DtoParser.Shared(ref r)),
        ("verified", (ProvenanceDto d, ref Utf8JsonReader r) => d.Verified = DtoParser.Bool(ref r)),
        ("note", (ProvenanceDto d, ref Utf8JsonReader r) => d.Note = DtoParser.String(ref r)));

    public static readonly DtoShape<PeriodDto> Period = new(
        static () => new PeriodDto(),
        ("from", (PeriodDto d, ref Utf8JsonReader r) => d.From = DtoParser.Shared(ref r)),
        ("to", (PeriodDto d, ref Utf8JsonReader r) => d.To = DtoParser.Shared(ref r)));

    public static readonly DtoShape<NameDto> Name = new(
        static () => new NameDto(),
        ("value", (NameDto d, ref Utf8JsonReader r) => d.Value = DtoParser.String(ref r)),
        ("kind", (NameDto d, ref Utf8JsonReader r) => d.Kind = DtoParser.Shared(ref r)),
        ("script", (NameDto d, ref Utf8JsonReader r) => d.Script = DtoParser.Shared(ref r)),
        ("language", (NameDto d, ref Utf8JsonReader r) => d.Language = DtoParser.Shared(ref r)));

    public static readonly DtoShape<IdentifierDto> Identifier = new(
        static () => new IdentifierDto(),
        ("scheme", (IdentifierDto d, ref Utf8JsonReader r) => d.Scheme = DtoParser.Shared(ref r)),
        ("value", (IdentifierDto d, ref Utf8JsonReader r) => d.Value = DtoParser.String(ref r)),
        ("country", (IdentifierDto d, ref Utf8JsonReader r) => d.Country = DtoParser.Shared(ref r)),
        ("note", (IdentifierDto d, ref Utf8JsonReader r) => d.Note = DtoParser.String(ref r)));

    public static readonly DtoShape<AddressDto> Address = new(
        static () => new AddressDto(),
        ("street", (AddressDto d, ref Utf8JsonReader r) => d.Street = DtoParser.String(ref r)),
        ("city", (AddressDto d, ref Utf8JsonReader r) => d.City = DtoParser.Shared(ref r)),
        ("region", (AddressDto d, ref Utf8JsonReader r) => d.Region = DtoParser.String(ref r)),
        ("postalCode", (AddressDto d, ref Utf8JsonReader r) => d.PostalCode = DtoParser.String(ref r)),
        ("country", (AddressDto d, ref Utf8JsonReader r) => d.Country = DtoParser.Shared(ref r)),
        ("full", (AddressDto d, ref Utf8JsonReader r) => d.Full = DtoParser.String(ref r)));

    public static readonly DtoShape<PartyDto> Party = new(
        static () => new PartyDto(),
        ("kind", (PartyDto d, ref Utf8JsonReader r) => d.RecordKind = DtoParser.Shared(ref r)),
        ("id", (PartyDto d, ref Utf8JsonReader r) => d.Id = DtoParser.String(ref r)),
        ("type", (PartyDto d, ref Utf8JsonReader r) => d.Type = DtoParser.Shared(ref r)),
        ("names", (PartyDto d, ref Utf8JsonReader r) => d.Names = DtoParser.Objects(ref r, Name)),
        ("alpha2", (PartyDto d, ref Utf8JsonReader r) => d.Alpha2 = DtoParser.String(ref r)),
        ("alpha3", (PartyDto d, ref Utf8JsonReader r) => d.Alpha3 = DtoParser.String(ref r)),
        ("isRegion", (PartyDto d, ref Utf8JsonReader r) => d.IsRegion = DtoParser.Bool(ref r)),
        ("parentState", (PartyDto d, ref Utf8JsonReader r) => d.ParentState = DtoParser.String(ref r)),
        ("birthDates", (PartyDto d, ref Utf8JsonReader r) => d.BirthDates = DtoParser.Strings(ref r)),
        ("birthPlaces", (PartyDto d, ref Utf8JsonReader r) => d.BirthPlaces = DtoParser.SharedStrings(ref r)),
        ("nationalities", (PartyDto d, ref Utf8JsonReader r) => d.Nationalities = DtoParser.SharedStrings(ref r)),
        ("gender", (PartyDto d, ref Utf8JsonReader r) => d.Gender = DtoParser.Shared(ref r)),
        ("category", (PartyDto d, ref Utf8JsonReader r) => d.Category = DtoParser.Shared(ref r)),
        ("founded", (PartyDto d, ref Utf8JsonReader r) => d.Founded = DtoParser.String(ref r)),
        ("imo", (PartyDto d, ref Utf8JsonReader r) => d.Imo = DtoParser.String(ref r)),
        ("flag", (PartyDto d, ref Utf8JsonReader r) => d.Flag = DtoParser.Shared(ref r)),
        ("vesselType", (PartyDto d, ref Utf8JsonReader r) => d.VesselType = DtoParser.Shared(ref r)),
        ("callSign", (PartyDto d, ref Utf8JsonReader r) => d.CallSign = DtoParser.String(ref r)),
        ("tonnage", (PartyDto d, ref Utf8JsonReader r) => d.Tonnage = DtoParser.String(ref r)),
        ("registration", (PartyDto d, ref Utf8JsonReader r) => d.Registration = DtoParser.String(ref r)),
        ("model", (PartyDto d, ref Utf8JsonReader r) => d.Model = DtoParser.String(ref r)),
        ("serialNumber", (PartyDto d, ref Utf8JsonReader r) => d.SerialNumber = DtoParser.String(ref r)),
        ("identifiers", (PartyDto d, ref Utf8JsonReader r) => d.Identifiers = DtoParser.Objects(ref r, Identifier)),
        ("addresses", (PartyDto d, ref Utf8JsonReader r) => d.Addresses = DtoParser.Objects(ref r, Address)),
        ("countries", (PartyDto d, ref Utf8JsonReader r) => d.Countries = DtoParser.SharedStrings(ref r)),
        ("remarks", (PartyDto d, ref Utf8JsonReader r) => d.Remarks = DtoParser.String(ref r)),
        ("source", (PartyDto d, ref Utf8JsonReader r) => d.Source = DtoParser.Object(ref r, Provenance)));

    public static readonly DtoShape<AuthorityDto> Authority = new(
        static () => new AuthorityDto(),
        ("kind", (AuthorityDto d, ref Utf8JsonReader r) => d.RecordKind = DtoParser.String(ref r)),
        ("id", (AuthorityDto d, ref Utf8JsonReader r) => d.Id = DtoParser.String(ref r)),
        ("name", (AuthorityDto d, ref Utf8JsonReader r) => d.Name = DtoParser.String(ref r)),
        ("jurisdiction", (AuthorityDto d, ref Utf8JsonReader r) => d.Jurisdiction = DtoParser.String(ref r)),
        ("source", (AuthorityDto d, ref Utf8JsonReader r) => d.Source = DtoParser.Object(ref r, Provenance)));

    public static readonly DtoShape<InstrumentDto> Instrument = new(
        static () => new InstrumentDto(),
        ("kind", (InstrumentDto d, ref Utf8JsonReader r) => d.RecordKind = DtoParser.String(ref r)),
        ("id", (InstrumentDto d, ref Utf8JsonReader r) => d.Id = DtoParser.String(ref r)),
        ("type", (InstrumentDto d, ref Utf8JsonReader r) => d.Type = DtoParser.String(ref r)),
        ("title", (InstrumentDto d, ref Utf8JsonReader r) => d.Title = DtoParser.String(ref r)),
        ("authority", (InstrumentDto d, ref Utf8JsonReader r) => d.Authority = DtoParser.String(ref r)),
        ("citation", (InstrumentDto d, ref Utf8JsonReader r) => d.Citation = DtoParser.String(ref r)),
        ("adopted", (InstrumentDto d, ref Utf8JsonReader r) => d.Adopted = DtoParser.String(ref r)),
        ("entryIntoForce", (InstrumentDto d, ref Utf8JsonReader r) => d.EntryIntoForce = DtoParser.String(ref r)),
        ("partOf", (InstrumentDto d, ref Utf8JsonReader r) => d.PartOf = DtoParser.String(ref r)),
        ("url", (InstrumentDto d, ref Utf8JsonReader r) => d.Url = DtoParser.String(ref r)),
        ("source", (InstrumentDto d, ref Utf8JsonReader r) => d.Source = DtoParser.Object(ref r, Provenance)));

    public static readonly DtoShape<ProgramDto> Program = new(
        static () => new ProgramDto(),
        ("kind", (ProgramDto d, ref Utf8JsonReader r) => d.RecordKind = DtoParser.String(ref r)),
        ("id", (ProgramDto d, ref Utf8JsonReader r) => d.Id = DtoParser.String(ref r)),
        ("name", (ProgramDto d, ref Utf8JsonReader r) => d.Name = DtoParser.String(ref r)),
        ("authority", (ProgramDto d, ref Utf8JsonReader r) => d.Authority = DtoParser.String(ref r)),
        ("basis", (ProgramDto d, ref Utf8JsonReader r) => d.Basis = DtoParser.Strings(ref r)),
        ("source", (ProgramDto d, ref Utf8JsonReader r) => d.Source = DtoParser.Object(ref r, Provenance)));

    public static readonly DtoShape<ListDto> List = new(
        static () => new ListDto(),
        ("kind", (ListDto d, ref Utf8JsonReader r) => d.RecordKind = DtoParser.String(ref r)),
        ("id", (ListDto d, ref Utf8JsonReader r) => d.Id = DtoParser.String(ref r)),
        ("name", (ListDto d, ref Utf8JsonReader r) => d.Name = DtoParser.String(ref r)),
        ("authority", (ListDto d, ref Utf8JsonReader r) => d.Authority = DtoParser.String(ref r)),
        ("url", (ListDto d, ref Utf8JsonReader r) => d.Url = DtoParser.String(ref r)),
        ("source", (ListDto d, ref Utf8JsonReader r) => d.Source = DtoParser.Object(ref r, Provenance)));

    public static readonly DtoShape<DesignationDto> Designation = new(
        static () => new DesignationDto(),
        ("kind", (DesignationDto d, ref Utf8JsonReader r) => d.RecordKind = DtoParser.Shared(ref r)),
        ("id", (DesignationDto d, ref Utf8JsonReader r) => d.Id = DtoParser.String(ref r)),
        ("party", (DesignationDto d, ref Utf8JsonReader r) => d.Party = DtoParser.String(ref r)),
        ("list", (DesignationDto d, ref Utf8JsonReader r) => d.List = DtoParser.Shared(ref r)),
        ("programs", (DesignationDto d, ref Utf8JsonReader r) => d.Programs = DtoParser.SharedStrings(ref r)),
        ("measures", (DesignationDto d, ref Utf8JsonReader r) => d.Measures = DtoParser.SharedStrings(ref r)),
        ("basis", (DesignationDto d, ref Utf8JsonReader r) => d.Basis = DtoParser.SharedStrings(ref r)),
        ("listReference", (DesignationDto d, ref Utf8JsonReader r) => d.ListReference = DtoParser.String(ref r)),
        ("remarks", (DesignationDto d, ref Utf8JsonReader r) => d.Remarks = DtoParser.String(ref r)),
        ("valid", (DesignationDto d, ref Utf8JsonReader r) => d.Valid = DtoParser.Object(ref r, Period)),
        ("recorded", (DesignationDto d, ref Utf8JsonReader r) => d.Recorded = DtoParser.Object(ref r, Period)),
        ("source", (DesignationDto d, ref Utf8JsonReader r) => d.Source = DtoParser.Object(ref r, Provenance)));

    public static readonly DtoShape<CountryMeasureDto> CountryMeasure = new(
        static () => new CountryMeasureDto(),
        ("kind", (CountryMeasureDto d, ref Utf8JsonReader r) => d.RecordKind = DtoParser.Shared(ref r)),
        ("id", (CountryMeasureDto d, ref Utf8JsonReader r) => d.Id = DtoParser.String(ref r)),
        ("type", (CountryMeasureDto d, ref Utf8JsonReader r) => d.Type = DtoParser.Shared(ref r)),
        ("target", (CountryMeasureDto d, ref Utf8JsonReader r) => d.Target = DtoParser.String(ref r)),
        ("authority", (CountryMeasureDto d, ref Utf8JsonReader r) => d.Authority = DtoParser.Shared(ref r)),
        ("direction", (CountryMeasureDto d, ref Utf8JsonReader r) => d.Direction = DtoParser.String(ref r)),
        ("basis", (CountryMeasureDto d, ref Utf8JsonReader r) => d.Basis = DtoParser.SharedStrings(ref r)),
        ("description", (CountryMeasureDto d, ref Utf8JsonReader r) => d.Description = DtoParser.String(ref r)),
        ("valid", (CountryMeasureDto d, ref Utf8JsonReader r) => d.Valid = DtoParser.Object(ref r, Period)),
        ("recorded", (CountryMeasureDto d, ref Utf8JsonReader r) => d.Recorded = DtoParser.Object(ref r, Period)),
        ("source", (CountryMeasureDto d, ref Utf8JsonReader r) => d.Source = DtoParser.Object(ref r, Provenance)));

    public static readonly DtoShape<TreatyDto> Treaty = new(
        static () => new TreatyDto(),
        ("kind", (TreatyDto d, ref Utf8JsonReader r) => d.RecordKind = DtoParser.String(ref r)),
        ("id", (TreatyDto d, ref Utf8JsonReader r) => d.Id = DtoParser.String(ref r)),
        ("name", (TreatyDto d, ref Utf8JsonReader r) => d.Name = DtoParser.String(ref r)),
        ("concluded", (TreatyDto d, ref Utf8JsonReader r) => d.Concluded = DtoParser.String(ref r)),
        ("remarks", (TreatyDto d, ref Utf8JsonReader r) => d.Remarks = DtoParser.String(ref r)),
        ("source", (TreatyDto d, ref Utf8JsonReader r) => d.Source = DtoParser.Object(ref r, Provenance)));

    public static readonly DtoShape<TreatyActionDto> TreatyAction = new(
        static () => new TreatyActionDto(),
        ("kind", (TreatyActionDto d, ref Utf8JsonReader r) => d.RecordKind = DtoParser.Shared(ref r)),
        ("treaty", (TreatyActionDto d, ref Utf8JsonReader r) => d.Treaty = DtoParser.Shared(ref r)),
        ("party", (TreatyActionDto d, ref Utf8JsonReader r) => d.Party = DtoParser.String(ref r)),
        ("type", (TreatyActionDto d, ref Utf8JsonReader r) => d.Type = DtoParser.Shared(ref r)),
        ("date", (TreatyActionDto d, ref Utf8JsonReader r) => d.Date = DtoParser.Shared(ref r)),
        ("recorded", (TreatyActionDto d, ref Utf8JsonReader r) => d.Recorded = DtoParser.Object(ref r, Period)),
        ("source", (TreatyActionDto d, ref Utf8JsonReader r) => d.Source = DtoParser.Object(ref r, Provenance)));

    public static readonly DtoShape<MembershipDto> Membership = new(
        static () => new MembershipDto(),
        ("kind", (MembershipDto d, ref Utf8JsonReader r) => d.RecordKind = DtoParser.Shared(ref r)),
        ("member", (MembershipDto d, ref Utf8JsonReader r) => d.Member = DtoParser.String(ref r)),
        ("organization", (MembershipDto d, ref Utf8JsonReader r) => d.Organization = DtoParser.Shared(ref r)),
        ("status", (MembershipDto d, ref Utf8JsonReader r) => d.Status = DtoParser.Shared(ref r)),
        ("valid", (MembershipDto d, ref Utf8JsonReader r) => d.Valid = DtoParser.Object(ref r, Period)),
        ("recorded", (MembershipDto d, ref Utf8JsonReader r) => d.Recorded = DtoParser.Object(ref r, Period)),
        ("source", (MembershipDto d, ref Utf8JsonReader r) => d.Source = DtoParser.Object(ref r, Provenance)));

    public static readonly DtoShape<RelationDto> Relation = new(
        static () => new RelationDto(),
        ("kind", (RelationDto d, ref Utf8JsonReader r) => d.RecordKind = DtoParser.Shared(ref r)),
        ("type", (RelationDto d, ref Utf8JsonReader r) => d.Type = DtoParser.Shared(ref r)),
        ("from", (RelationDto d, ref Utf8JsonReader r) => d.From = DtoParser.String(ref r)),
        ("to", (RelationDto d, ref Utf8JsonReader r) => d.To = DtoParser.String(ref r)),
        ("percent", (RelationDto d, ref Utf8JsonReader r) => d.Percent = DtoParser.Decimal(ref r)),
        ("role", (RelationDto d, ref Utf8JsonReader r) => d.Role = DtoParser.Shared(ref r)),
        ("valid", (RelationDto d, ref Utf8JsonReader r) => d.Valid = DtoParser.Object(ref r, Period)),
        ("recorded", (RelationDto d, ref Utf8JsonReader r) => d.Recorded = DtoParser.Object(ref r, Period)),
        ("source", (RelationDto d, ref Utf8JsonReader r) => d.Source = DtoParser.Object(ref r, Provenance)));

    public static readonly DtoShape<PositionDto> Position = new(
        static () => new PositionDto(),
        ("kind", (PositionDto d, ref Utf8JsonReader r) => d.RecordKind = DtoParser.Shared(ref r)),
        ("holder", (PositionDto d, ref Utf8JsonReader r) => d.Holder = DtoParser.String(ref r)),
        ("title", (PositionDto d, ref Utf8JsonReader r) => d.Title = DtoParser.Shared(ref r)),
        ("organization", (PositionDto d, ref Utf8JsonReader r) => d.Organization = DtoParser.String(ref r)),
        ("valid", (PositionDto d, ref Utf8JsonReader r) => d.Valid = DtoParser.Object(ref r, Period)),
        ("recorded", (PositionDto d, ref Utf8JsonReader r) => d.Recorded = DtoParser.Object(ref r, Period)),
        ("source", (PositionDto d, ref Utf8JsonReader r) => d.Source = DtoParser.Object(ref r, Provenance)));

    public static readonly DtoShape<HeaderDto> Header = new(
        static () => new HeaderDto(),
        ("kind", (HeaderDto d, ref Utf8JsonReader r) => d.RecordKind = DtoParser.String(ref r)),
        ("format", (HeaderDto d, ref Utf8JsonReader r) => d.Format = DtoParser.String(ref r)),
        ("version", (HeaderDto d, ref Utf8JsonReader r) => d.Version = DtoParser.Int(ref r)),
        ("dataset", (HeaderDto d, ref Utf8JsonReader r) => d.Dataset = DtoParser.Object(ref r, Dataset)));
}
