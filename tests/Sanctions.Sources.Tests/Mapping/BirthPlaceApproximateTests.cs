using FsCheck;
using FsCheck.Fluent;
using Sanctions.Core.Parties;
using Sanctions.Core.Serialization;
using Sanctions.Sources.Mapping;

namespace Sanctions.Sources.Tests.Mapping;

// Issue 16, keep what the list says: a place of birth the list gives as approximate or uncertain (OFAC "POB near Damascus", UN NOTE
// "possibly Sabratha") is flagged, like an approximate date; a place named as near another ("al-Awja, near Tikrit") is not. On real rows
// (Fixtures/PROVENANCE.md).
public sealed class BirthPlaceApproximateTests
{
    private static Person PersonOf(ImportResult result, string id) => Assert.IsType<Person>(result.World.GetParty(new PartyId(id)));

    [Fact]
    public async Task Ofac_PobNearAPlace_IsApproximate_APlaceNearAnotherIsNot()
    {
        var places = await ListImporter.ImportAsync(ImportFormat.OfacSdnCsv, [Fixture.PathOf("ofac_sdn_csv_2021_places/sdn.csv")], null, null, Fixture.Token);
        var excerpt = await ListImporter.ImportAsync(ImportFormat.OfacSdnCsv,
            [.. new[] { "sdn.csv", "alt.csv", "add.csv" }.Select(f => Fixture.PathOf("ofac_sdn_csv_2021_excerpt/" + f))], null, null, Fixture.Token);

        Assert.Equal(new BirthPlace("Near Qerdaha, Syria", country: "SY") { Approximate = true }, Assert.Single(PersonOf(places, "ofac:9343").BirthPlaceFacts));
        Assert.Equal(new BirthPlace("near Damascus, Syria", country: "SY") { Approximate = true }, Assert.Single(PersonOf(places, "ofac:15226").BirthPlaceFacts));
        var awja = excerpt.World.Parties.OfType<Person>().SelectMany(p => p.BirthPlaceFacts).Where(p => p.Text.Contains("near Tikrit", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(awja);
        Assert.All(awja, p => Assert.False(p.Approximate, p.Text));
    }

    [Fact]
    public async Task Un_PlaceGivenAsPossibly_IsApproximate_ANoteThatSaysWhatItIsNowIsNot()
    {
        var result = await ListImporter.ImportAsync(ImportFormat.UnXml, [Fixture.PathOf("un/un_birth_facts_excerpt.xml")], null, null, Fixture.Token);
        var places = result.World.Parties.OfType<Person>().SelectMany(p => p.BirthPlaceFacts).ToList();

        Assert.True(Assert.Single(places, p => p.Text == "possibly Sabratha, Talil neighbourhood").Approximate);
        Assert.False(Assert.Single(places, p => p.Text.Contains("(now Tanganyika Province)", StringComparison.Ordinal)).Approximate);

        // And survives the world JSON.
        var again = WorldJson.Deserialize(WorldJson.Serialize(result.World));
        Assert.Equal(places.ToHashSet(), again.Parties.OfType<Person>().SelectMany(p => p.BirthPlaceFacts).ToHashSet());
    }

    // The flag reads the start of the words or of a bracketed note only, in any case: a qualifier put before any place makes it
    // approximate, and the same words after a place's own name do not.
    [Fact]
    public void IsApproximatePlace_QualifierAtTheStartOrOfANote_Only() =>
        Prop.ForAll(
            Gen.Elements("Damascus, Syria", "Sabratha", "Izhevsk, Udmurt Republic", "al-Awja").ToArbitrary(),
            Gen.Elements("near", "Near", "NEAR", "possibly", "approximately", "circa", "in the area of", "in the vicinity of").ToArbitrary(),
            (place, qualifier) =>
                PartyFacts.IsApproximatePlace($"{qualifier} {place}")
                && PartyFacts.IsApproximatePlace($"{place} ({qualifier} {place})")
                && !PartyFacts.IsApproximatePlace(place)
                && !PartyFacts.IsApproximatePlace($"{place}, {qualifier} {place}")).QuickCheckThrowOnFailure();
}
