using System.Text.Json;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;
using Sanctions.Sources.Mapping;

namespace Sanctions.Sources.Tests.Mapping;

// FtM entities keep what they say (issue 16 item 1, issue 14): referents, positions, legal form, incorporation, contacts,
// every program and date of a Sanction, and a designation with an unknown start for a target whose topics say it is
// sanctioned when the file holds no Sanction entity for it. Read from the copied zala export (CC BY-NC, tests only).
public sealed class FtmFactsTests
{
    private const string File = "opensanctions/zala_entities.ftm.json";

    private static async Task<ImportResult> Import() =>
        await ListImporter.ImportAsync(ImportFormat.Ftm, [Fixture.PathOf(File)], null, null, Fixture.Token);

    private static JsonElement Entity(string id) =>
        System.IO.File.ReadLines(Fixture.PathOf(File)).Select(l => JsonDocument.Parse(l).RootElement).Single(e => e.GetProperty("id").GetString() == id);

    private static string[] Values(JsonElement entity, string property) =>
        entity.GetProperty("properties").TryGetProperty(property, out var values) ? [.. values.EnumerateArray().Select(v => v.GetString()!)] : [];

    [Fact]
    public async Task Referents_AreKeptAsCrossReferences()
    {
        var world = (await Import()).World;
        const string id = "NK-aU5ybkbRFJucf8YMwsJvDw";
        var referents = Entity(id).GetProperty("referents").EnumerateArray().Select(r => r.GetString()!).ToHashSet();

        var kept = world.GetParty(new PartyId("os:" + id)).Identifiers.Where(i => i.Scheme == FtmFacts.ReferentScheme).Select(i => i.Value).ToHashSet();

        Assert.NotEmpty(referents);
        Assert.Equal(referents, kept);
    }

    [Fact]
    public async Task PositionsLegalFormIncorporationAndContacts_AreKept()
    {
        var world = (await Import()).World;
        const string person = "NK-aU5ybkbRFJucf8YMwsJvDw";
        const string company = "NK-abdzbEBkqyT29GyREbiURZ";

        Assert.Equal(Values(Entity(person), "position").ToHashSet(), world.Positions.Where(p => p.Holder.Value == "os:" + person).Select(p => p.Title).ToHashSet());
        var zala = Assert.IsType<Organization>(world.GetParty(new PartyId("os:" + company)));
        Assert.Equal(string.Join("; ", Values(Entity(company), "legalForm")), zala.LegalForm);
        Assert.Equal(Values(Entity(company), "incorporationDate").Select(PartialDate.Parse).Min(), zala.Incorporated);
        Assert.Equal(Values(Entity(company), "email").Order(), zala.Contacts.Where(c => c.Kind == ContactKind.Email).Select(c => c.Value).Order());
        Assert.DoesNotContain(zala.Identifiers, i => i.Scheme is "email" or "phone" or "website");
    }

    [Fact]
    public async Task Sanction_KeepsEveryProgramAndDate()
    {
        var world = (await Import()).World;

        var seco = Assert.Single(world.Designations, d => d.Id == "os-sanction/ch-seco-c14ce2961b2453e0bf9d925ecb9e05883596cb9c");
        Assert.Equal(PeriodEnd.On(new PartialDate(2023, 12, 21)), seco.Valid.Start);
        Assert.Contains("started: 2025-04-23", seco.Remarks, StringComparison.Ordinal);
        var france = Assert.Single(world.Designations, d => d.Id == "os-sanction/fr-ga-59c5b9f1ea81eb049090ac188d4e10f4c6860481");
        Assert.All(Values(Entity("fr-ga-59c5b9f1ea81eb049090ac188d4e10f4c6860481"), "program"), p => Assert.Contains("program: " + p, france.Remarks, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SanctionTopicWithoutSanction_IsDesignatedFromAnUnknownDay()
    {
        var world = (await Import()).World;
        const string id = "NK-2Tbri3s6GgNtAwsSXh4qpL";
        var datasets = Entity(id).GetProperty("datasets").EnumerateArray().Select(d => d.GetString()!).ToList();

        var designations = world.Designations.Where(d => d.Party.Value == "os:" + id).ToList();

        Assert.Equal(datasets.Where(d => !d.StartsWith("ext_", StringComparison.Ordinal)).Select(d => "os:" + d).Order(), designations.Select(d => d.List.Value).Order());
        Assert.All(designations, d => Assert.NotEqual(PeriodEndKind.Date, d.Valid.Start.Kind));
    }

    [Fact]
    public async Task SanctionTopicWithoutSanction_ChecksNotClearUnderItsAuthority()
    {
        // Issue 14's example: a target sanctioned by topic only checked clear. Its designation starts on an unknown day, so a
        // check on any day under the dataset authority's jurisdiction is at least a review, never clear.
        var world = (await Import()).World;
        const string id = "NK-2Tbri3s6GgNtAwsSXh4qpL";
        var designations = world.Designations.Where(d => d.Party.Value == "os:" + id).ToList();
        Assert.NotEmpty(designations);
        var engine = new Sanctions.Core.Compliance.ComplianceEngine(world);
        foreach (var authority in designations.Select(d => world.FindList(d.List)!.Authority).Distinct())
        {
            var code = world.FindAuthority(authority)!.Jurisdiction;
            var result = engine.Check(new Sanctions.Core.Compliance.ComplianceRequest(new PartyId("os:" + id), new NodaTime.LocalDate(2024, 1, 1), [code]));
            Assert.NotEqual(Sanctions.Core.Compliance.Verdict.Clear, result.Verdict);
        }
    }
}
