using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.World;

namespace Sanctions.Core.Tests.World;

/// <summary>Adding your own facts to an imported world: a clash names the field that differs and says how to combine the two.</summary>
public sealed partial class WorldBuilderTests
{
    private static SanctionsWorld Imported() => new WorldBuilder()
        .AddAuthority(new Authority(new AuthorityId("US-OFAC"), "Office of Foreign Assets Control", "US", new Provenance("ofac-sdn")))
        .AddParty(new Organization(new PartyId("ofac:1"), [new PartyName("Example Trading LLC")]))
        .Build();

    [Fact]
    public void AddWorld_SameIdOtherName_NamesTheFieldAndBothValues()
    {
        var builder = new WorldBuilder(Imported()).AddAuthority(new Authority(new AuthorityId("US-OFAC"), "OFAC", "US", new Provenance("ofac-sdn")));

        Assert.False(builder.TryBuild(out _, out var problems));

        var problem = Assert.Single(problems);
        Assert.Contains("Duplicate id 'US-OFAC'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("name ('OFAC' here, 'Office of Foreign Assets Control' in authorities[0])", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("jurisdiction", problem.Message, StringComparison.Ordinal);
        Assert.Contains("give yours an id of its own", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddWorld_SameIdOtherKind_SaysSo()
    {
        var builder = new WorldBuilder(Imported()).AddParty(new Person(new PartyId("ofac:1"), [new PartyName("Example Trading LLC")]));

        Assert.False(builder.TryBuild(out _, out var problems));

        Assert.Contains("a different kind of fact (Person here, Organization in parties[0])", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddWorld_SameIdOtherNames_ShowsTheCollections()
    {
        var builder = new WorldBuilder(Imported()).AddParty(new Organization(new PartyId("ofac:1"), [new PartyName("Example Trading LLC"), new PartyName("ETL", NameKind.Alias)]));

        Assert.False(builder.TryBuild(out _, out var problems));

        Assert.Contains("names ([Example Trading LLC, ETL (Alias)] here, [Example Trading LLC] in parties[0])", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddWorld_YourOwnFactsWithTheirOwnIds_Merge()
    {
        var world = new WorldBuilder(Imported())
            .AddParty(new Organization(new PartyId("mine:customer-42"), [new PartyName("Our Customer GmbH")]))
            .AddWorld(Imported())
            .Build();

        Assert.Equal(2, world.Parties.Length);
    }
}
