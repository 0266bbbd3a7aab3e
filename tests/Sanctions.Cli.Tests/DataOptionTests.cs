using Sanctions.Cli.Data;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Serialization;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Cli.Tests;

/// <summary><c>--data</c> (repeatable, merged) and <c>validate</c> over files in the project's JSON format.</summary>
public sealed class DataOptionTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("sanctions-cli-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Data_FilesThatDisagreeOnAParty_ExitTwo()
    {
        var seed = Write("seed.json", WorldLoader.Resource(WorldLoader.SeedResource));
        var conflicting = new WorldBuilder()
            .AddParty(new InternationalOrganization(SeedIds.Sco, [new PartyName("Shanghai Cooperation Organisation")]))
            .AddParty(new State(new PartyId("iso:XK"), [new PartyName("Testland")], "XK"))
            .AddMembership(new Membership(new PartyId("iso:XK"), SeedIds.Sco, MembershipStatus.Applicant, ValidPeriod.Since(new PartialDate(2026))))
            .Build();
        var extra = Write("extra.jsonl", WorldJson.SerializeLines(conflicting));

        var result = CliRunner.Run("members", "SCO", "--status", "applicant", "--on", "2026-06-01", "--data", seed, "--data", extra, "--json");

        // The two files disagree on the SCO party record, so the merge is refused, with the reason: one clear line, exit 2.
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("merged world", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_TwoCompatibleFiles_AnswerFromBoth()
    {
        var seed = Write("seed.json", WorldLoader.Resource(WorldLoader.SeedResource));
        var sco = WorldLoader.Seed.GetParty(SeedIds.Sco);
        var extra = new WorldBuilder()
            .AddParty(sco)
            .AddParty(new State(new PartyId("iso:XK"), [new PartyName("Testland")], "XK"))
            .AddMembership(new Membership(new PartyId("iso:XK"), SeedIds.Sco, MembershipStatus.Applicant, ValidPeriod.Since(new PartialDate(2026))))
            .Build();
        var extraPath = Write("extra.jsonl", WorldJson.SerializeLines(extra));

        var json = CliRunner.Run("members", "SCO", "--on", "2026-06-01", "--data", seed, "--data", extraPath, "--json").Json;
        var statuses = json.GetProperty("members").Strings("status");
        Assert.Contains("applicant", statuses);
        Assert.Equal(10, statuses.Count(s => s == "member"));
    }

    // Issue 16, names versioned: under --known-at, a renamed party is named as the list named it then, with its name now.
    [Fact]
    public void Designations_KnownAtBeforeARename_NamesThePartyAsTheListDidThen()
    {
        var renamed = NodaTime.Instant.FromUtc(2022, 1, 5, 18, 51);
        var world = new WorldBuilder()
            .AddAuthority(new Sanctions.Core.Regimes.Authority(new Sanctions.Core.Regimes.AuthorityId("US-OFAC"), "OFAC", "US"))
            .AddList(new Sanctions.Core.Regimes.SanctionsList(new Sanctions.Core.Regimes.ListId("us-sdn"), "SDN", new Sanctions.Core.Regimes.AuthorityId("US-OFAC")))
            .AddParty(new Organization(new PartyId("ofac:8237"),
            [
                new PartyName("JUAREZ CARTEL") { Recorded = RecordPeriod.Since(renamed) },
                new PartyName("CARRILLO FUENTES ORGANIZATION") { Recorded = new RecordPeriod(renamed - NodaTime.Duration.FromDays(34), renamed) },
            ]))
            .AddDesignation(new Sanctions.Core.Regimes.Designation("d", new PartyId("ofac:8237"), new Sanctions.Core.Regimes.ListId("us-sdn"), ValidPeriod.Since(new PartialDate(2000, 6, 1))))
            .Build();
        var path = Write("renamed.json", WorldJson.Serialize(world));

        var then = CliRunner.Run("designations", "ofac:8237", "--on", "2021-12-20", "--known-at", "2021-12-20T00:00:00Z", "--data", path);
        var now = CliRunner.Run("designations", "ofac:8237", "--on", "2021-12-20", "--data", path);

        Assert.Equal(0, then.ExitCode);
        Assert.StartsWith("CARRILLO FUENTES ORGANIZATION (now JUAREZ CARTEL) [ofac:8237]: 1 designation", then.Out, StringComparison.Ordinal);
        Assert.StartsWith("JUAREZ CARTEL [ofac:8237]: 1 designation", now.Out, StringComparison.Ordinal);
    }

    // Issue 16, sources merge: two imports stating one id otherwise merge with --merge-sources (same-as), and the check of either
    // record counts the other's designation.
    private (string Sdn, string Csl) TwoSources()
    {
        static Sanctions.Core.World.SanctionsWorld Source(string source, string list, string name, Sanctions.Core.Regimes.MeasureKind measure) => new WorldBuilder()
            .AddAuthority(new Sanctions.Core.Regimes.Authority(new Sanctions.Core.Regimes.AuthorityId("US-OFAC"), "OFAC", "US"))
            .AddList(new Sanctions.Core.Regimes.SanctionsList(new Sanctions.Core.Regimes.ListId(list), list, new Sanctions.Core.Regimes.AuthorityId("US-OFAC")))
            .AddParty(new Organization(new PartyId("ofac:306"), [new PartyName(name)], source: new Sanctions.Core.Provenance(source, "306")))
            .AddDesignation(new Sanctions.Core.Regimes.Designation("d-" + source, new PartyId("ofac:306"), new Sanctions.Core.Regimes.ListId(list),
                ValidPeriod.Since(new PartialDate(2000, 6, 1)), measures: [measure], source: new Sanctions.Core.Provenance(source, "306")))
            .Build();
        return (Write("sdn.json", WorldJson.Serialize(Source("ofac-sdn-csv", "us-sdn", "BANCO NACIONAL DE CUBA", Sanctions.Core.Regimes.MeasureKind.AssetFreeze))),
            Write("csl.json", WorldJson.Serialize(Source("us-csl", "us-csl-sdn", "Banco Nacional de Cuba", Sanctions.Core.Regimes.MeasureKind.Other))));
    }

    [Fact]
    public void Data_TwoSourcesStatingOneIdOtherwise_WithoutMergeSources_ExitTwoWithAHint()
    {
        var (sdn, csl) = TwoSources();
        var result = CliRunner.Run("check", "--party", "ofac:306", "--jurisdiction", "US", "--on", "2024-01-01", "--data", sdn, "--data", csl);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--merge-sources", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_TwoSourcesWithMergeSources_CheckOfEitherRecordIsBlocked_ScreenSaysTheyAreOne()
    {
        var (sdn, csl) = TwoSources();
        foreach (var party in new[] { "ofac:306", "ofac:306~us-csl" })
        {
            var json = CliRunner.Run("check", "--party", party, "--jurisdiction", "US", "--on", "2024-01-01", "--data", sdn, "--data", csl, "--merge-sources", "--json").Json;
            Assert.Equal("blocked", json.GetProperty("verdict").GetString());
        }

        var screen = CliRunner.Run("screen", "Banco Nacional de Cuba", "--on", "2024-01-01", "--data", sdn, "--data", csl, "--merge-sources", "--json").Json;
        var matches = screen.GetProperty("matches").EnumerateArray().ToList();
        Assert.Equal(2, matches.Count);
        Assert.All(matches, m => Assert.Single(m.GetProperty("sameAs").EnumerateArray()));
    }

    [Fact]
    public void Validate_InvalidFile_ReportsEveryProblemWithItsPath_ExitsTwo()
    {
        var path = Write("bad.json", """{"format":"sanctions-world","version":1,"parties":[{"id":"x"}]}""");
        var result = CliRunner.Run("validate", path, "--json");
        Assert.Equal(2, result.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(result.Out);
        Assert.False(doc.RootElement.GetProperty("valid").GetBoolean());
        var paths = doc.RootElement.GetProperty("problems").Strings("path");
        Assert.Contains("$.parties[0].type", paths);
        Assert.Contains("$.parties[0].names", paths);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public void Data_InvalidFile_ExitsTwoWithTheFirstProblemsPath()
    {
        var path = Write("bad.json", """{"format":"sanctions-world","version":1,"parties":[{"id":"x"}]}""");
        var result = CliRunner.Run("members", "SCO", "--data", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(path, result.Error, StringComparison.Ordinal);
        Assert.Contains("$.parties[0]", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NotJson_ExitsTwo()
    {
        var path = Write("garbage.json", "{ not json");
        var result = CliRunner.Run("validate", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
    }
}
