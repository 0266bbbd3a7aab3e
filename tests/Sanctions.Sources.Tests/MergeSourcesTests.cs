using System.Collections.Immutable;
using NodaTime;
using Sanctions.Core.Parties;
using Sanctions.Core.Relations;
using Sanctions.Core.Serialization;
using Sanctions.Core.World;

namespace Sanctions.Sources.Tests;

/// <summary>
/// Issue 16, "Sources merge": worlds imported from OFAC CSV (two publications), OFAC XML and the US CSL merge into one world
/// without error, each source's party kept whole and tied to the others of its id by a same-as relation.
/// The inputs are the copies in Fixtures/ (see its PROVENANCE.md).
/// </summary>
public sealed class MergeSourcesTests
{
    private static async Task<SanctionsWorld[]> ImportAll()
    {
        var csv2021 = await ListImporter.ImportSourcesAsync(ImportFormat.OfacSdnCsv,
            [.. new[] { "sdn.csv", "add.csv", "alt.csv" }.Select(f => Fixture.File("ofac_sdn_csv_2021_slice/" + f))], new ImportOptions { Lenient = true }, null, Fixture.Token);
        var csv2019 = await ListImporter.ImportSourcesAsync(ImportFormat.OfacSdnCsv,
            [.. new[] { "sdn.csv", "add.csv", "alt.csv" }.Select(f => Fixture.File("ofac_sdn_csv_2019_sample/" + f))],
            new ImportOptions { Published = Instant.FromUtc(2019, 1, 15, 0, 0) }, null, Fixture.Token);
        var csvTiny = await ListImporter.ImportSourcesAsync(ImportFormat.OfacSdnCsv,
            [.. new[] { "sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv" }.Select(f => Fixture.File("ofac_sdn_csv_tiny/" + f))],
            new ImportOptions { Published = Instant.FromUtc(2025, 5, 16, 0, 0), Lenient = true }, null, Fixture.Token);
        var xml = await ListImporter.ImportSourcesAsync(ImportFormat.OfacXml,
            [Fixture.File("ofac_xml/consolidated_sdnlist_format_excerpt.xml")], new ImportOptions { Lenient = true }, null, Fixture.Token);
        var csl = await ListImporter.ImportSourcesAsync(ImportFormat.UsCsl, [Fixture.File("us_csl/consolidated.csv")],
            new ImportOptions { Published = Instant.FromUtc(2025, 6, 25, 0, 0), Lenient = true }, null, Fixture.Token);
        return [csv2021.World, csv2019.World, csvTiny.World, xml.World, csl.World];
    }

    [Fact]
    public async Task Merge_OfacCsvXmlAndCsl_OneWorldKeepingEverySourcesParty()
    {
        var worlds = await ImportAll();

        // Before: one id, two contents, and merging as WorldBuilder does refuses it.
        var builder = new WorldBuilder();
        foreach (var w in worlds)
        {
            builder.AddWorld(w);
        }

        Assert.False(builder.TryBuild(out _, out var problems));
        Assert.Contains(problems, p => p.Message.Contains("Duplicate id 'ofac:", StringComparison.Ordinal));

        var merged = WorldMerge.Merge(worlds);

        // Every party of every source is there, whole, under its id or as a twin of it.
        foreach (var party in worlds.SelectMany(w => w.Parties))
        {
            Assert.Contains(merged.Parties, m => (m.Id == party.Id || m.Id.Value.StartsWith(party.Id.Value + "~", StringComparison.Ordinal)) && m with { Id = party.Id } == party);
        }

        // Every designation too, pointing at its source's party.
        Assert.Equal(worlds.Sum(w => w.Designations.Length), merged.Designations.Length);
        foreach (var designation in merged.Designations)
        {
            var party = Assert.Single(merged.Parties, p => p.Id == designation.Party);
            Assert.Equal(designation.Source.Source, party.Source.Source);
        }

        // Each twin is tied to the party first stated under its id, and the sources disagree on some ids.
        var twins = merged.Parties.Where(p => p.Id.Value.Contains('~', StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(twins);
        foreach (var twin in twins)
        {
            var sameAs = Assert.Single(merged.Relations, r => r.Kind == RelationKind.SameAs && r.From == twin.Id);
            Assert.Equal(twin.Id.Value[..twin.Id.Value.IndexOf('~', StringComparison.Ordinal)], sameAs.To.Value);
            Assert.True(merged.TryGetParty(sameAs.To, out _));
        }

        // The same-as relation survives the JSON format.
        var json = WorldJson.Serialize(merged);
        Assert.Equal(json, WorldJson.Serialize(WorldJson.Deserialize(json)));
    }

    [Fact]
    public async Task Merge_AWorldWithItself_IsThatWorld()
    {
        var worlds = await ImportAll();
        foreach (var world in worlds)
        {
            var merged = WorldMerge.Merge([world, world]);
            Assert.Equal(world.Parties, merged.Parties);
            Assert.Equal(world.Designations, merged.Designations);
            Assert.Equal(world.Relations, merged.Relations);
        }
    }

    [Fact]
    public void Merge_NoWorld_Throws() => Assert.Throws<ArgumentException>(() => WorldMerge.Merge([]));

    [Fact]
    public async Task Merge_ThirdSourceLikeTheSecond_KeptOnceAsTheSameTwin()
    {
        var worlds = await ImportAll();
        var merged = WorldMerge.Merge([worlds[0], worlds[3], worlds[3]]);
        var once = WorldMerge.Merge([worlds[0], worlds[3]]);
        Assert.Equal(once.Parties, merged.Parties);
        Assert.Equal(once.Relations, merged.Relations);
        var sameAs = merged.Relations.Where(r => r.Kind == RelationKind.SameAs).ToList();
        Assert.NotEmpty(sameAs);
        Assert.All(sameAs, r => Assert.Equal(new PartyId(r.To.Value + "~ofac-cons-xml"), r.From));
    }

    // Issue 16, same-as followed: a check of one source's record of a party counts the designations of every record of it, so the
    // CSL's or the consolidated XML's record of an SDN entry is not clear (or only to review) while the SDN record is blocked.
    [Fact]
    public async Task Merge_ComplianceCheckOfEitherRecordOfAParty_GivesOneVerdict()
    {
        var merged = WorldMerge.Merge(await ImportAll());
        var engine = new Sanctions.Core.Compliance.ComplianceEngine(merged);
        var on = new NodaTime.LocalDate(2025, 7, 1);
        var pairs = merged.Relations.Where(r => r.Kind == RelationKind.SameAs).ToList();
        Assert.NotEmpty(pairs);

        var differedBefore = 0;
        foreach (var pair in pairs)
        {
            var twin = engine.Check(new Sanctions.Core.Compliance.ComplianceRequest(pair.From, on, ["US"]));
            var first = engine.Check(new Sanctions.Core.Compliance.ComplianceRequest(pair.To, on, ["US"]));
            Assert.Equal(first.Verdict, twin.Verdict);

            // The finding that comes from the other record names it in its path.
            var own = merged.AsOf(on).DesignationsOf(pair.From).ToImmutableArray().Select(a => a.Fact.Id).ToHashSet();
            var group = merged.AsOf(on).SameAs(pair.From).Select(a => a.Fact).ToHashSet();
            Assert.Contains(pair.To, group);
            foreach (var finding in twin.Findings.Where(f => f.Rule == Sanctions.Core.Compliance.DirectDesignationRule.RuleName && !own.Contains(f.Fact)))
            {
                Assert.Equal(2, finding.Path.Length);
                Assert.Equal(pair.From, finding.Path[0]);
                Assert.Contains(finding.Path[1], group);
                Assert.Contains("recorded as the same party as", finding.Explanation, StringComparison.Ordinal);
            }

            // Without following same-as, the two records' own designations alone would give other verdicts for some pairs.
            var ownWorst = twin.Findings.Where(f => f.Path.Length == 1).Select(f => f.Effect).DefaultIfEmpty(Sanctions.Core.Compliance.Verdict.Clear).Max();
            differedBefore += ownWorst < twin.Verdict ? 1 : 0;
        }

        Assert.True(differedBefore > 0, "no pair whose verdict comes from the other record only: the test would pass without following same-as");
    }

    [Fact]
    public async Task Merge_SameAs_IsFollowedBothWaysAndTransitively()
    {
        var merged = WorldMerge.Merge(await ImportAll());
        var view = merged.AsOf(new NodaTime.LocalDate(2025, 7, 1));
        foreach (var group in merged.Relations.Where(r => r.Kind == RelationKind.SameAs).GroupBy(r => r.To))
        {
            var all = group.Select(r => r.From).Append(group.Key).ToHashSet();
            foreach (var member in all)
            {
                var same = view.SameAs(member).Select(a => a.Fact).ToHashSet();
                Assert.Equal(all.Where(m => m != member).ToHashSet(), same);
                Assert.All(view.SameAs(member), a => Assert.Equal(Sanctions.Core.Temporal.Certainty.Certain, a.Certainty));
            }
        }
    }
}
