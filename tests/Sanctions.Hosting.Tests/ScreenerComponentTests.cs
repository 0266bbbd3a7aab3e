using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;
using Sanctions.Screening;
using Xunit;

namespace Sanctions.Hosting.Tests;

/// <summary>The screener as a world component: <c>AddWorldComponent(world =&gt; Screener.Build(world))</c>, rebuilt with each world.</summary>
public sealed class ScreenerComponentTests : IDisposable
{
    private static readonly LocalDate Day = new(2018, 1, 1);
    private readonly TestWorlds files = new();

    public void Dispose() => files.Dispose();

    // The seed world plus one organisation designated on the OFAC SDN list from the start of time.
    private static SanctionsWorld SeedPlusDesignated() =>
        new WorldBuilder(TestWorlds.Seed)
            .AddParty(new Organization(TestWorlds.Extra, [new PartyName("Hosting Test Extra LLC")]))
            .AddDesignation(new Designation("hosting-test:extra", TestWorlds.Extra, new ListId("us-ofac-sdn"), ValidPeriod.Always))
            .Build();

    [Fact]
    public async Task Screener_RebuiltWithEachWorld_AReloadSwapsIt()
    {
        var path = files.Write("world.json", TestWorlds.Seed);
        var services = new ServiceCollection();
        services.AddSanctions(o =>
        {
            o.WorldFiles.Add(path);
            o.WatchFiles = false;
            o.PollInterval = Timeout.InfiniteTimeSpan;
        }).AddWorldComponent(world => Screener.Build(world));
        await using var container = services.BuildServiceProvider();
        var provider = container.GetRequiredService<SanctionsWorldProvider>();
        var before = container.GetRequiredService<Screener>();

        files.Write("world.json", SeedPlusDesignated());
        var reload = await provider.ReloadAsync(TestContext.Current.CancellationToken);
        var after = container.GetRequiredService<Screener>();

        Assert.Equal(WorldReloadOutcome.Loaded, reload.Outcome);
        Assert.NotSame(before, after);
        Assert.Same(provider.Current.Get<Screener>(), after);
        Assert.Equal(before.PartyCount + 1, after.PartyCount);

        // The old screener still answers from the old world (whoever holds it sees one world); the new one knows the new party.
        Assert.Empty(before.Screen(new ScreeningQuery("Hosting Test Extra LLC", Day)));
        var found = Assert.Single(after.Screen(new ScreeningQuery("Hosting Test Extra LLC", Day)));
        Assert.Equal(TestWorlds.Extra, found.Party.Id);
        Assert.Contains(after.Screen(new ScreeningQuery("Dmitry Rogozin", Day)), m => m.Party.Id == new PartyId("person:dmitry-rogozin"));
    }
}
