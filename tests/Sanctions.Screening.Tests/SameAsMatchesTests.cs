using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;

namespace Sanctions.Screening.Tests;

/// <summary>Issue 16, same-as followed: two sources' records of one real party are two matches that say they are one party.</summary>
public sealed class SameAsMatchesTests
{
    [Fact]
    public void Screen_TwoRecordsOfOneParty_EachMatchNamesTheOther()
    {
        var sdn = Worlds.Organization("ofac:306", "BANCO NACIONAL DE CUBA");
        var csl = Worlds.Organization("ofac:306~us-csl", "BANCO NACIONAL DE CUBA");
        var other = Worlds.Organization("ofac:307", "BANCO NACIONAL DE CUBA");
        var b = new Sanctions.Core.World.WorldBuilder();
        b.AddWorld(Worlds.Of(sdn, csl, other));
        b.AddRelation(new Sanctions.Core.Relations.Relation(Sanctions.Core.Relations.RelationKind.SameAs, csl.Id, sdn.Id, ValidPeriod.Always));

        var matches = Screener.Build(b.Build()).Screen(new ScreeningQuery("Banco Nacional de Cuba", Worlds.Day));

        Assert.Equal(3, matches.Length);
        Assert.Equal([csl.Id], matches.Single(m => m.Party.Id == sdn.Id).SameAs);
        Assert.Equal([sdn.Id], matches.Single(m => m.Party.Id == csl.Id).SameAs);
        Assert.Empty(matches.Single(m => m.Party.Id == other.Id).SameAs);
    }
}
