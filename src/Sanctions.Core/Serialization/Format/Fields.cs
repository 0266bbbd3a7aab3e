using System.Text.Json;
using Sanctions.Core.World;

namespace Sanctions.Core.Serialization;

// Every property name of the format, written once: the writer writes these, the reader's shapes (Reading/DtoShapes.cs) look
// for them and name them in problems, and a test holds docs/world.schema.json to this list. The names of the collections
// are those of WorldCollection, which locators spell the same way. Each is kept encoded (for Utf8JsonWriter and for
// matching UTF-8 property names); its text is Value.
internal static class Fields
{
    public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    public static readonly JsonEncodedText Format = JsonEncodedText.Encode("format");
    public static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
    public static readonly JsonEncodedText Dataset = JsonEncodedText.Encode("dataset");
    public static readonly JsonEncodedText Parties = Collection(WorldCollection.Parties);
    public static readonly JsonEncodedText Authorities = Collection(WorldCollection.Authorities);
    public static readonly JsonEncodedText Instruments = Collection(WorldCollection.Instruments);
    public static readonly JsonEncodedText Programs = Collection(WorldCollection.Programs);
    public static readonly JsonEncodedText Lists = Collection(WorldCollection.Lists);
    public static readonly JsonEncodedText Designations = Collection(WorldCollection.Designations);
    public static readonly JsonEncodedText CountryMeasures = Collection(WorldCollection.CountryMeasures);
    public static readonly JsonEncodedText Treaties = Collection(WorldCollection.Treaties);
    public static readonly JsonEncodedText TreatyActions = Collection(WorldCollection.TreatyActions);
    public static readonly JsonEncodedText Memberships = Collection(WorldCollection.Memberships);
    public static readonly JsonEncodedText Relations = Collection(WorldCollection.Relations);
    public static readonly JsonEncodedText Positions = Collection(WorldCollection.Positions);
    public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    public static readonly JsonEncodedText Published = JsonEncodedText.Encode("published");
    public static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");
    public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    public static readonly JsonEncodedText Names = JsonEncodedText.Encode("names");
    public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    public static readonly JsonEncodedText Script = JsonEncodedText.Encode("script");
    public static readonly JsonEncodedText Language = JsonEncodedText.Encode("language");
    public static readonly JsonEncodedText Alpha2 = JsonEncodedText.Encode("alpha2");
    public static readonly JsonEncodedText Alpha3 = JsonEncodedText.Encode("alpha3");
    public static readonly JsonEncodedText IsRegion = JsonEncodedText.Encode("isRegion");
    public static readonly JsonEncodedText ParentState = JsonEncodedText.Encode("parentState");
    public static readonly JsonEncodedText BirthDates = JsonEncodedText.Encode("birthDates");
    public static readonly JsonEncodedText BirthPlaces = JsonEncodedText.Encode("birthPlaces");
    public static readonly JsonEncodedText Nationalities = JsonEncodedText.Encode("nationalities");
    public static readonly JsonEncodedText Gender = JsonEncodedText.Encode("gender");
    public static readonly JsonEncodedText Category = JsonEncodedText.Encode("category");
    public static readonly JsonEncodedText Founded = JsonEncodedText.Encode("founded");
    public static readonly JsonEncodedText Imo = JsonEncodedText.Encode("imo");
    public static readonly JsonEncodedText Flag = JsonEncodedText.Encode("flag");
    public static readonly JsonEncodedText VesselType = JsonEncodedText.Encode("vesselType");
    public static readonly JsonEncodedText CallSign = JsonEncodedText.Encode("callSign");
    public static readonly JsonEncodedText Tonnage = JsonEncodedText.Encode("tonnage");
    public static readonly JsonEncodedText Registration = JsonEncodedText.Encode("registration");
    public static readonly JsonEncodedText Model = JsonEncodedText.Encode("model");
    public static readonly JsonEncodedText SerialNumber = JsonEncodedText.Encode("serialNumber");
    public static readonly JsonEncodedText Identifiers = JsonEncodedText.Encode("identifiers");
    public static readonly JsonEncodedText Scheme = JsonEncodedText.Encode("scheme");
    public static readonly JsonEncodedText Country = JsonEncodedText.Encode("country");
    public static readonly JsonEncodedText Note = JsonEncodedText.Encode("note");
    public static readonly JsonEncodedText Addresses = JsonEncodedText.Encode("addresses");
    public static readonly JsonEncodedText Street = JsonEncodedText.Encode("street");
    public static readonly JsonEncodedText City = JsonEncodedText.Encode("city");
    public static readonly JsonEncodedText Region = JsonEncodedText.Encode("region");
    public static readonly JsonEncodedText PostalCode = JsonEncodedText.Encode("postalCode");
    public static readonly JsonEncodedText Full = JsonEncodedText.Encode("full");
    public static readonly JsonEncodedText Countries = JsonEncodedText.Encode("countries");
    public static readonly JsonEncodedText Remarks = JsonEncodedText.Encode("remarks");
    public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
    public static readonly JsonEncodedText Record = JsonEncodedText.Encode("record");
    public static readonly JsonEncodedText Publication = JsonEncodedText.Encode("publication");
    public static readonly JsonEncodedText Verified = JsonEncodedText.Encode("verified");
    public static readonly JsonEncodedText Jurisdiction = JsonEncodedText.Encode("jurisdiction");
    public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    public static readonly JsonEncodedText Authority = JsonEncodedText.Encode("authority");
    public static readonly JsonEncodedText Citation = JsonEncodedText.Encode("citation");
    public static readonly JsonEncodedText Adopted = JsonEncodedText.Encode("adopted");
    public static readonly JsonEncodedText EntryIntoForce = JsonEncodedText.Encode("entryIntoForce");
    public static readonly JsonEncodedText PartOf = JsonEncodedText.Encode("partOf");
    public static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");
    public static readonly JsonEncodedText Basis = JsonEncodedText.Encode("basis");
    public static readonly JsonEncodedText Party = JsonEncodedText.Encode("party");
    public static readonly JsonEncodedText List = JsonEncodedText.Encode("list");
    public static readonly JsonEncodedText Measures = JsonEncodedText.Encode("measures");
    public static readonly JsonEncodedText ListReference = JsonEncodedText.Encode("listReference");
    public static readonly JsonEncodedText Valid = JsonEncodedText.Encode("valid");
    public static readonly JsonEncodedText Recorded = JsonEncodedText.Encode("recorded");
    public static readonly JsonEncodedText From = JsonEncodedText.Encode("from");
    public static readonly JsonEncodedText To = JsonEncodedText.Encode("to");
    public static readonly JsonEncodedText Target = JsonEncodedText.Encode("target");
    public static readonly JsonEncodedText Direction = JsonEncodedText.Encode("direction");
    public static readonly JsonEncodedText Concluded = JsonEncodedText.Encode("concluded");
    public static readonly JsonEncodedText Treaty = JsonEncodedText.Encode("treaty");
    public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
    public static readonly JsonEncodedText Member = JsonEncodedText.Encode("member");
    public static readonly JsonEncodedText Organization = JsonEncodedText.Encode("organization");
    public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    public static readonly JsonEncodedText Percent = JsonEncodedText.Encode("percent");
    public static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");
    public static readonly JsonEncodedText Holder = JsonEncodedText.Encode("holder");

    // What a list says about a party, kept as the list says it (issue 16): dated and worded birth facts, citizenships,
    // contact details, an organisation's legal form, incorporation and dissolution. Each is left out when empty.
    public static readonly JsonEncodedText BirthDateFacts = JsonEncodedText.Encode("birthDateFacts");
    public static readonly JsonEncodedText BirthPlaceFacts = JsonEncodedText.Encode("birthPlaceFacts");
    public static readonly JsonEncodedText Citizenships = JsonEncodedText.Encode("citizenships");
    public static readonly JsonEncodedText Approximate = JsonEncodedText.Encode("approximate");
    public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    public static readonly JsonEncodedText LegalForm = JsonEncodedText.Encode("legalForm");
    public static readonly JsonEncodedText Incorporated = JsonEncodedText.Encode("incorporated");
    public static readonly JsonEncodedText Dissolved = JsonEncodedText.Encode("dissolved");
    public static readonly JsonEncodedText Contacts = JsonEncodedText.Encode("contacts");

    private static readonly JsonEncodedText[] CollectionNames =
        [Parties, Authorities, Instruments, Programs, Lists, Designations, CountryMeasures, Treaties, TreatyActions, Memberships, Relations, Positions];

    // The property of the document that holds a collection.
    public static JsonEncodedText Of(WorldCollection collection) => CollectionNames[(int)collection];

    private static JsonEncodedText Collection(WorldCollection collection) => JsonEncodedText.Encode(WorldCollections.Name(collection));
}
