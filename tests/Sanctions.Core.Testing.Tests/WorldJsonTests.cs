using FsCheck;
using FsCheck.Fluent;
using Sanctions.Core.Serialization;
using Sanctions.Core.World;

namespace Sanctions.Core.Testing.Tests;

/// <summary>The JSON format (<see cref="WorldJson"/>) keeps every generated world exactly.</summary>
public sealed class WorldJsonTests
{
    // Equal worlds hold equal facts; the format writes each collection in a canonical order, so order is not compared.
    internal static void AssertEqualWorlds(SanctionsWorld expected, SanctionsWorld actual)
    {
        Assert.Equal(expected.Dataset, actual.Dataset);
        AssertSame(expected.Parties, actual.Parties);
        AssertSame(expected.Authorities, actual.Authorities);
        AssertSame(expected.Instruments, actual.Instruments);
        AssertSame(expected.Programs, actual.Programs);
        AssertSame(expected.Lists, actual.Lists);
        AssertSame(expected.Designations, actual.Designations);
        AssertSame(expected.CountryMeasures, actual.CountryMeasures);
        AssertSame(expected.Treaties, actual.Treaties);
        AssertSame(expected.TreatyActions, actual.TreatyActions);
        AssertSame(expected.Memberships, actual.Memberships);
        AssertSame(expected.Relations, actual.Relations);
        AssertSame(expected.Positions, actual.Positions);
    }

    private static void AssertSame<T>(IReadOnlyCollection<T> expected, IReadOnlyCollection<T> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        var missing = expected.Except(actual).ToList();
        Assert.True(missing.Count == 0, $"Lost or changed in the round trip: {string.Join("; ", missing)}; read back: {string.Join("; ", actual.Except(expected))}");
    }

    [SanctionsProperty]
    public void Serialize_Deserialize_GivesAnEqualWorld(WorldFacts facts)
    {
        var world = facts.Build();
        AssertEqualWorlds(world, WorldJson.Deserialize(WorldJson.Serialize(world)));
    }

    [SanctionsProperty]
    public void SerializeLines_DeserializeLines_GivesAnEqualWorld(WorldFacts facts)
    {
        var world = facts.Build();
        AssertEqualWorlds(world, WorldJson.DeserializeLines(WorldJson.SerializeLines(world)));
    }

    [SanctionsProperty]
    public bool Serialize_IsStable_AndContentHashFollowsContent(WorldFacts facts)
    {
        var world = facts.Build();
        var again = WorldJson.Deserialize(WorldJson.Serialize(world));
        return WorldJson.Serialize(again) == WorldJson.Serialize(world) && WorldJson.ComputeContentHash(again) == WorldJson.ComputeContentHash(world);
    }

    [SanctionsProperty(MaxTest = 10)]
    public Property Serialize_Deserialize_KeepsSyntheticWorlds() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, int.MaxValue)), seed =>
        {
            var world = SyntheticWorld.Generate(new SyntheticWorldOptions { Parties = 300, Seed = seed });
            AssertEqualWorlds(world, WorldJson.Deserialize(WorldJson.Serialize(world)));
        });
}
