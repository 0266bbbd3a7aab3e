using FsCheck;
using FsCheck.Fluent;
using Sanctions.Core.Parties;
using Sanctions.Core.Serialization;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;
using Xunit;

namespace Sanctions.Core.Tests.Serialization;

// What a list says about a party (birth facts with their kind and words, citizenships, contacts, legal form, name notes):
// written in both forms, read back equal, accepted by the schema (WorldSchemaTests), and old files read unchanged.
public sealed partial class WorldJsonTests
{
    private static readonly NodaTime.Instant Renamed = NodaTime.Instant.FromUtc(2022, 1, 5, 18, 51);

    internal static SanctionsWorld FactsWorld() => new WorldBuilder { Dataset = new DatasetInfo("facts", "1") }
        .AddParty(new Person(new PartyId("un:6907996"), [new PartyName("ABDUL HAQ"), new PartyName("Abdul Haq Wasiq", NameKind.Alias) { Note = "Taliban era name" }])
        {
            BirthDateFacts =
            [
                new BirthDate(new PartialDate(1973, 11), text: "Nov. 1973"),
                new BirthDate(new PartialDate(1960), approximate: true),
                new BirthDate(new PartialDate(1955), new PartialDate(1958), approximate: true, text: "1955 to 1958 (Approximately)"),
                new BirthDate(null, text: "30-35 years old"),
                new BirthDate(new PartialDate(1963, 12, 21)),
            ],
            BirthPlaceFacts = [new BirthPlace("possibly Sabratha, Talil neighbourhood") { Approximate = true }, new BirthPlace("Kabul, Afghanistan", "Kabul", null, "AF")],
            Citizenships = ["AF", "Palestinian"],
            Contacts = [new Contact(ContactKind.Phone, "+93 700 000 000", "office")],
        })
        .AddParty(new Organization(
            new PartyId("ofac:1"),
            [
                new PartyName("ACME LLC") { Recorded = RecordPeriod.Since(Renamed) },
                new PartyName("ACME TRADING", NameKind.FormerName) { Note = "no longer given by the list; kept from an earlier publication", Recorded = RecordPeriod.Since(Renamed) },
                new PartyName("ACME TRADING") { Recorded = new RecordPeriod(Renamed - NodaTime.Duration.FromDays(31), Renamed) },
            ])
        {
            LegalForm = "Limited Liability Company",
            Incorporated = new PartialDate(2011, 4),
            Dissolved = new PartialDate(2025, 4, 3),
            Contacts = [new Contact(ContactKind.Email, "info@acme.example"), new Contact(ContactKind.Website, "www.acme.example")],
        })
        .Build();

    [Fact]
    public void Facts_RoundTripInBothForms() => WorldRoundTrip.AssertRoundTrips(FactsWorld());

    [Fact]
    public void Facts_AreWrittenWithTheListsWords()
    {
        var json = WorldJson.Serialize(FactsWorld());

        Assert.Contains("\"birthDateFacts\": [", json, StringComparison.Ordinal);
        Assert.Contains("\"text\": \"30-35 years old\"", json, StringComparison.Ordinal);
        Assert.Contains("\"approximate\": true", json, StringComparison.Ordinal);
        Assert.True(((Person)WorldJson.Deserialize(json).GetParty(new PartyId("un:6907996"))).BirthPlaceFacts[0].Approximate);
        Assert.Contains("\"citizenships\": [", json, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"email\"", json, StringComparison.Ordinal);
        Assert.Contains("\"note\": \"Taliban era name\"", json, StringComparison.Ordinal);
        Assert.Contains("\"legalForm\": \"Limited Liability Company\"", json, StringComparison.Ordinal);
        Assert.Contains("\"dissolved\": \"2025-04-03\"", json, StringComparison.Ordinal);
        Assert.Equal(new PartialDate(2025, 4, 3), ((Organization)WorldJson.Deserialize(json).GetParty(new PartyId("ofac:1"))).Dissolved);
    }

    [Fact]
    public void Facts_LeftOutWhenEmpty_SoOldFilesAreWrittenAsBefore()
    {
        var json = WorldJson.Serialize(SerializationTestWorlds.Full());

        Assert.DoesNotContain("birthDateFacts", json, StringComparison.Ordinal);
        Assert.DoesNotContain("contacts", json, StringComparison.Ordinal);
        Assert.DoesNotContain("citizenships", json, StringComparison.Ordinal);
        Assert.All(WorldJson.Deserialize(json).Parties.SelectMany(p => p.Names), n => Assert.Equal(RecordPeriod.Always, n.Recorded));
    }

    // Issue 16, names versioned: a name's record period is written on the name, read back, and answers the name at an instant.
    [Fact]
    public void DatedNames_AreWrittenReadBackAndAnswerTheNameAtAnInstant()
    {
        var json = WorldJson.Serialize(FactsWorld());
        var party = WorldJson.Deserialize(json).Parties.Single(p => p.Id.Value == "ofac:1");

        Assert.Contains("\"recorded\": {", json, StringComparison.Ordinal);
        Assert.Equal(new RecordPeriod(Renamed - NodaTime.Duration.FromDays(31), Renamed), party.Names[2].Recorded);
        Assert.Equal("ACME TRADING", party.NameKnownAt(Renamed - NodaTime.Duration.FromDays(1)));
        Assert.Equal("ACME LLC", party.NameKnownAt(Renamed));
        Assert.Equal("ACME LLC", party.Name);
        Assert.Equal(["ACME TRADING"], party.NamesKnownAt(Renamed - NodaTime.Duration.FromDays(1)).Select(n => n.Value));
        Assert.Equal(["ACME LLC", "ACME TRADING"], party.NamesKnownAt(null).Select(n => n.Value));
        Assert.Equal(NameKind.FormerName, party.NamesKnownAt(null)[1].Kind);
    }

    [Fact]
    public void DatedName_RecordEndingBeforeItStarts_IsAProblemAtItsPath()
    {
        const string Json = """{"format": "sanctions-world", "version": 1, "parties": [{"id": "p", "type": "person", "names": [{"value": "X", "recorded": {"from": "2022-01-05T00:00:00Z", "to": "2021-01-05T00:00:00Z"}}]}]}""";

        var e = Assert.Throws<WorldFormatException>(() => WorldJson.Deserialize(Json));

        Assert.Contains(e.Problems, p => p.ToString().Contains("names[0].recorded", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"from": "1960", "to": "1950"}""", "start no later than its end")]
    [InlineData("""{"approximate": true}""", "needs a date or the list's text")]
    [InlineData("""{"from": "1960-13"}""", "is not a date")]
    public void BadBirthDate_IsAProblemAtItsPath(string fact, string message)
    {
        var json = $$"""{"format": "sanctions-world", "version": 1, "parties": [{"id": "p", "type": "person", "names": [{"value": "X"}], "birthDateFacts": [{{fact}}]}]}""";

        var e = Assert.Throws<WorldFormatException>(() => WorldJson.Deserialize(json));

        Assert.Contains(e.Problems, p => p.ToString().Contains("birthDateFacts[0]", StringComparison.Ordinal) && p.ToString().Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void ContactOfUnknownType_IsAProblem()
    {
        const string json = """{"format": "sanctions-world", "version": 1, "parties": [{"id": "p", "type": "organization", "names": [{"value": "X"}], "contacts": [{"type": "pager", "value": "1"}]}]}""";

        var e = Assert.Throws<WorldFormatException>(() => WorldJson.Deserialize(json));

        Assert.Contains(e.Problems, p => p.ToString().Contains("contacts[0]", StringComparison.Ordinal) && p.ToString().Contains("pager", StringComparison.Ordinal));
    }

    [Fact]
    public void PersonFactsOnAnOrganization_AreAProblem()
    {
        const string json = """{"format": "sanctions-world", "version": 1, "parties": [{"id": "p", "type": "organization", "names": [{"value": "X"}], "citizenships": ["RU"]}]}""";

        var e = Assert.Throws<WorldFormatException>(() => WorldJson.Deserialize(json));

        Assert.Contains(e.Problems, p => p.ToString().Contains("citizenships", StringComparison.Ordinal));
    }

    // Any birth date a list can state survives a write and a read, with its kind.
    [Fact]
    public void AnyBirthDate_RoundTripsWithItsKind() =>
        Prop.ForAll(BirthDates().ToArbitrary(), date =>
        {
            var person = new Person(new PartyId("p"), [new PartyName("X")]) { BirthDateFacts = [date] };
            var world = new WorldBuilder().AddParty(person).Build();
            var read = (Person)WorldJson.DeserializeLines(WorldJson.SerializeLines(world)).Parties.Single();
            return read.BirthDateFacts.SequenceEqual([date]) && read.BirthDateFacts[0].Kind == date.Kind;
        }).QuickCheckThrowOnFailure();

    private static Gen<BirthDate> BirthDates()
    {
        var partial = Gen.Choose(1900, 2010).SelectMany(y => Gen.Choose(0, 12).SelectMany(m => Gen.Choose(0, 28).Select(d =>
            m == 0 ? new PartialDate(y) : d == 0 ? new PartialDate(y, m) : new PartialDate(y, m, d))));
        var text = Gen.Elements<string?>(null, "circa 1960", "24/06/1402 (Hijri Calendar)", "Between Aug. and Sep. 1977", "ü ‘x’");
        return partial.SelectMany(from => Gen.Choose(0, 3).SelectMany(span => Gen.Elements(true, false).SelectMany(approximate => text.Select(t =>
            span switch
            {
                0 => new BirthDate(null, text: t ?? "30-35 years old"),
                1 => new BirthDate(from, null, approximate, t),
                _ => new BirthDate(from, new PartialDate(from.Year + span), approximate, t),
            }))));
    }
}
