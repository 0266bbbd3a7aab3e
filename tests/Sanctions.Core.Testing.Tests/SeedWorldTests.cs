using NodaTime;
using Sanctions.Core.Parties;
using Sanctions.Core.Serialization;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Testing.Tests;

/// <summary>The embedded seed world.</summary>
public sealed class SeedWorldTests
{
    [Fact]
    public void Load_ReadsTheEmbeddedWorld_Once()
    {
        var world = SeedWorld.Load();
        Assert.Equal("sanctions-core-seed", world.Dataset.Name);
        Assert.Same(world, SeedWorld.Load());
        Assert.True(world.Parties.Length > 10);
    }

    [Fact]
    public void Load_IranIsAnScoMember_On20240101()
    {
        // Fact base: Iran became a full SCO member on 2023-07-04.
        var status = SeedWorld.Load().AsOf(new LocalDate(2024, 1, 1)).StatusIn(new PartyId("iso:IR"), new PartyId("org:SCO"));
        Assert.Equal("member", status?.Fact.Status.Value);
        Assert.Equal(Certainty.Certain, status?.Certainty);
    }

    [Fact]
    public void OpenJson_RoundTripsThroughWorldJson()
    {
        using var reader = new StreamReader(SeedWorld.OpenJson());
        var text = reader.ReadToEnd();
        var world = WorldJson.Deserialize(text);
        // The content hash is the SHA-256 of the canonical bytes: equal hashes, the same facts.
        Assert.Equal(WorldJson.ComputeContentHash(SeedWorld.Load()), WorldJson.ComputeContentHash(world));
        Assert.Equal(WorldJson.ComputeContentHash(SeedWorld.Load()), WorldJson.ComputeContentHash(WorldJson.Deserialize(WorldJson.Serialize(world))));
    }
}
