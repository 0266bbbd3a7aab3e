using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sanctions.Core.Serialization;

// The shape of the format, one class per JSON object. Everything is text or a plain number so that reading never stops at a
// bad value: the mapper (WorldDtoReader) checks each value and reports its path. Property order is the order written.
// Unknown properties land in Extra. RecordKind is the JSON Lines "kind"; it is never written in the document form.
#pragma warning disable CA2227 // DTOs are filled by the serializer.
#pragma warning disable CA1002 // List<T> is what the source generator fills fastest.

internal abstract class ExtensibleDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class WorldDocumentDto : ExtensibleDto
{
    public string? Format { get; set; }

    public int? Version { get; set; }

    public DatasetDto? Dataset { get; set; }

    public List<PartyDto>? Parties { get; set; }

    public List<AuthorityDto>? Authorities { get; set; }

    public List<InstrumentDto>? Instruments { get; set; }

    public List<ProgramDto>? Programs { get; set; }

    public List<ListDto>? Lists { get; set; }

    public List<DesignationDto>? Designations { get; set; }

    public List<CountryMeasureDto>? CountryMeasures { get; set; }

    public List<TreatyDto>? Treaties { get; set; }

    public List<TreatyActionDto>? TreatyActions { get; set; }

    public List<MembershipDto>? Memberships { get; set; }

    public List<RelationDto>? Relations { get; set; }

    public List<PositionDto>? Positions { get; set; }
}

internal sealed class HeaderDto : ExtensibleDto
{
    [JsonPropertyName("kind")]
    public string? RecordKind { get; set; }

    public string? Format { get; set; }

    public int? Version { get; set; }

    public DatasetDto? Dataset { get; set; }
}

internal sealed class DatasetDto : ExtensibleDto
{
    public string? Name { get; set; }

    public string? Version { get; set; }

    public string? Published { get; set; }

    public string? Description { get; set; }
}

internal sealed class ProvenanceDto : ExtensibleDto
{
    public string? Source { get; set; }

    public string? Record { get; set; }

    public string? Publication { get; set; }

    public string? Published { get; set; }

    public bool? Verified { get; set; }

    public string? Note { get; set; }
}

// Both ends are always written, null for an open end.
internal sealed class PeriodDto : ExtensibleDto
{
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? From { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? To { get; set; }
}

internal sealed class NameDto : ExtensibleDto
{
    public string? Value { get; set; }

    public string? Kind { get; set; }

    public string? Script { get; set; }

    public string? Language { get; set; }

    public string? Note { get; set; }

    public PeriodDto? Recorded { get; set; }
}

internal sealed class IdentifierDto : ExtensibleDto
{
    public string? Scheme { get; set; }

    public string? Value { get; set; }

    public string? Country { get; set; }

    public string? Note { get; set; }
}

internal sealed class AddressDto : ExtensibleDto
{
    public string? Street { get; set; }

    public string? City { get; set; }

    public string? Region { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }

    public string? Full { get; set; }
}

internal sealed class PartyDto : ExtensibleDto
{
    [JsonPropertyName("kind")]
    public string? RecordKind { get; set; }

    public string? Id { get; set; }

    public string? Type { get; set; }

    public List<NameDto>? Names { get; set; }

    // state
    public string? Alpha2 { get; set; }

    public string? Alpha3 { get; set; }

    public bool? IsRegion { get; set; }

    public string? ParentState { get; set; }

    // person
    public List<string>? BirthDates { get; set; }

    public List<string>? BirthPlaces { get; set; }

    public List<string>? Nationalities { get; set; }

    public string? Gender { get; set; }

    // organization
    public string? Category { get; set; }

    // international organization
    public string? Founded { get; set; }

    // vessel
    public string? Imo { get; set; }

    public string? Flag { get; set; }

    public string? VesselType { get; set; }

    public string? CallSign { get; set; }

    public string? Tonnage { get; set; }

    // aircraft
    public string? Registration { get; set; }

    public string? Model { get; set; }

    public string? SerialNumber { get; set; }

    // every party
    public List<IdentifierDto>? Identifiers { get; set; }

    public List<AddressDto>? Addresses { get; set; }

    public List<string>? Countries { get; set; }

    public string? Remarks { get; set; }

    public ProvenanceDto? Source { get; set; }

    // what the list says (person: birth facts and citizenships; organization: legal form, incorporation and dissolution; every party: contacts)
    public List<BirthDateDto>? BirthDateFacts { get; set; }

    public List<BirthPlaceDto>? BirthPlaceFacts { get; set; }

    public List<string>? Citizenships { get; set; }

    public string? LegalForm { get; set; }

    public string? Incorporated { get; set; }

    public string? Dissolved { get; set; }

    public List<ContactDto>? Contacts { get; set; }
}

internal sealed class BirthDateDto : ExtensibleDto
{
    public string? From { get; set; }

    public string? To { get; set; }

    public bool? Approximate { get; set; }

    public string? Text { get; set; }
}

internal sealed class BirthPlaceDto : ExtensibleDto
{
    public string? Text { get; set; }

    public string? City { get; set; }

    public string? Region { get; set; }

    public string? Country { get; set; }

    public bool? Approximate { get; set; }
}

internal sealed class ContactDto : ExtensibleDto
{
    public string? Type { get; set; }

    public string? Value { get; set; }

    public string? Note { get; set; }
}

internal sealed class AuthorityDto : ExtensibleDto
{
    [JsonPropertyName("kind")]
    public string? RecordKind { get; set; }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Jurisdiction { get; set; }

    public ProvenanceDto? Source { get; set; }
}

internal sealed class InstrumentDto : ExtensibleDto
{
    [JsonPropertyName("kind")]
    public string? RecordKind { get; set; }

    public string? Id { get; set; }

    public string? Type { get; set; }

    public string? Title { get; set; }

    public string? Authority { get; set; }

    public string? Citation { get; set; }

    public string? Adopted { get; set; }

    public string? EntryIntoForce { get; set; }

    public string? PartOf { get; set; }

    public string? Url { get; set; }

    public ProvenanceDto? Source { get; set; }
}

internal sealed class ProgramDto : ExtensibleDto
{
    [JsonPropertyName("kind")]
    public string? RecordKind { get; set; }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Authority { get; set; }

    public List<string>? Basis { get; set; }

    public ProvenanceDto? Source { get; set; }
}

internal sealed class ListDto : ExtensibleDto
{
    [JsonPropertyName("kind")]
    public string? RecordKind { get; set; }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Authority { get; set; }

    public string? Url { get; set; }

    public ProvenanceDto? Source { get; set; }
}

internal sealed class DesignationDto : ExtensibleDto
{
    [JsonPropertyName("kind")]
    public string? RecordKind { get; set; }

    public string? Id { get; set; }

    public string? Party { get; set; }

    public string? List { get; set; }

    public List<string>? Programs { get; set; }

    // Always written, even when empty: absent means the model's default, an asset freeze.
    public List<string>? Measures { get; set; }

    public List<string>? Basis { get; set; }

    public string? ListReference { get; set; }

    public string? Remarks { get; set; }

    public PeriodDto? Valid { get; set; }

    public PeriodDto? Recorded { get; set; }

    public ProvenanceDto? Source { get; set; }
}

internal sealed class CountryMeasureDto : ExtensibleDto
{
    [JsonPropertyName("kind")]
    public string? RecordKind { get; set; }

    public string? Id { get; set; }

    public string? Type { get; set; }

    public string? Target { get; set; }

    public string? Authority { get; set; }

    public string? Direction { get; set; }

    public List<string>? Basis { get; set; }

    public string? Description { get; set; }

    public PeriodDto? Valid { get; set; }

    public PeriodDto? Recorded { get; set; }

    public ProvenanceDto? Source { get; set; }
}

internal sealed class TreatyDto : ExtensibleDto
{
    [JsonPropertyName("kind")]
    public string? RecordKind { get; set; }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Concluded { get; set; }

    public string? Remarks { get; set; }

    public ProvenanceDto? Source { get; set; }
}

internal sealed class TreatyActionDto : ExtensibleDto
{
    [JsonPropertyName("kind")]
    public string? RecordKind { get; set; }

    public string? Treaty { get; set; }

    public string? Party { get; set; }

    public string? Type { get; set; }

    public string? Date { get; set; }

    public PeriodDto? Recorded { get; set; }

    public ProvenanceDto? Source { get; set; }
}

internal sealed class MembershipDto : ExtensibleDto
{
    [JsonPropertyName("kind")]
    public string? RecordKind { get; set; }

    public string? Member { get; set; }

    public string? Organization { get; set; }

    public string? Status { get; set; }

    public PeriodDto? Valid { get; set; }

    public PeriodDto? Recorded { get; set; }

    public ProvenanceDto? Source { get; set; }
}

internal sealed class RelationDto : ExtensibleDto
{
    [JsonPropertyName("kind")]
    public string? RecordKind { get; set; }

    public string? Type { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    public decimal? Percent { get; set; }

    public string? Role { get; set; }

    public PeriodDto? Valid { get; set; }

    public PeriodDto? Recorded { get; set; }

    public ProvenanceDto? Source { get; set; }
}

internal sealed class PositionDto : ExtensibleDto
{
    [JsonPropertyName("kind")]
    public string? RecordKind { get; set; }

    public string? Holder { get; set; }

    public string? Title { get; set; }

    public string? Organization { get; set; }

    public PeriodDto? Valid { get; set; }

    public PeriodDto? Recorded { get; set; }

    public ProvenanceDto? Source { get; set; }
}
