using FsCheck;
using FsCheck.Fluent;
using Sanctions.Core.Parties;
using Sanctions.Core.Relations;
using Sanctions.Core.Serialization;

namespace Sanctions.Core.Testing.Tests;

/// <summary>The synthetic world generator: valid, deterministic, and shaped like real data.</summary>
public sealed class SyntheticWorldTests
{
    [SanctionsProperty(MaxTest = 20)]
    public Property Generate_SameSeed_SameWorld_AndAlwaysBuilds() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, int.MaxValue)), Arb.From(Gen.Choose(10, 2000)), (seed, size) =>
        {
            var options = new SyntheticWorldOptions { Parties = size, Seed = seed };
            var a = SyntheticWorld.Generate(options);
            var b = SyntheticWorld.Generate(options);
            Assert.Equal(size, a.Parties.Length);
            Assert.Equal(WorldJson.ComputeContentHash(a), WorldJson.ComputeContentHash(b));
            Assert.NotEqual(WorldJson.ComputeContentHash(a), WorldJson.ComputeContentHash(SyntheticWorld.Generate(options with { Seed = seed + 1L })));
        });

    [Fact]
    public void Generate_HasTheShapeOfRealData()
    {
        var world = SyntheticWorld.Generate(new SyntheticWorldOptions { Parties = 20_000, Seed = 7 });
        var kinds = world.Parties.GroupBy(p => p.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.InRange(kinds[PartyKind.Person], 9_000, 13_000);
        Assert.InRange(kinds[PartyKind.Organization], 5_000, 9_000);
        Assert.True(kinds[PartyKind.Vessel] > 0 && kinds[PartyKind.Aircraft] > 0 && kinds[PartyKind.State] > 5 && kinds[PartyKind.InternationalOrganization] > 0);

        // Names in many scripts.
        var scripts = world.Parties.SelectMany(p => p.Names).Select(n => n.Script).OfType<string>().ToHashSet();
        Assert.Superset(new HashSet<string> { "Latn", "Cyrl", "Arab", "Hani", "Hang", "Grek", "Hebr", "Deva" }, scripts);

        // Designations spread over decades, some delisted, some with partial dates and record history.
        var years = world.Designations.Select(d => d.Valid.From!.Value.Year).ToList();
        Assert.True(years.Min() < 1990 && years.Max() > 2020, $"designations from {years.Min()} to {years.Max()}");
        Assert.Contains(world.Designations, d => d.Valid.To is not null);
        Assert.Contains(world.Designations, d => !d.Valid.IsExact);
        Assert.Contains(world.Designations, d => d.Recorded.To is not null);
        Assert.InRange(world.Designations.Select(d => d.Party).Distinct().Count(), 4_000, 8_000);

        // Ownership chains at least three deep.
        var owners = world.Relations.Where(r => r.Kind == RelationKind.Ownership).ToLookup(r => r.To, r => r.From);
        int Depth(PartyId id, int limit) => limit == 0 ? 0 : 1 + owners[id].Select(o => Depth(o, limit - 1)).DefaultIfEmpty(0).Max();
        Assert.Contains(world.Parties.OfType<Organization>(), o => Depth(o.Id, 4) >= 3);
        Assert.NotEmpty(world.Memberships);
        Assert.NotEmpty(world.TreatyActions);
        Assert.NotEmpty(world.CountryMeasures);
        Assert.NotEmpty(world.Positions);
    }

    [Fact]
    public void Options_RejectTooFewParties() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticWorldOptions { Parties = 9 });
}
