using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using Sanctions.Core.Compliance;
using Sanctions.Core.Serialization;
using Sanctions.Core.World;
using Xunit;

namespace Sanctions.Hosting.Tests;

public sealed class SanctionsWorldProviderTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly TestWorlds files = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));
    private readonly RecordingLoggerProvider logs = new();

    public void Dispose()
    {
        files.Dispose();
    }

    private IHost Host(Action<SanctionsOptions> configure, Action<SanctionsBuilder>? more = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddSingleton<TimeProvider>(clock);
        var sanctions = builder.Services.AddSanctions(configure);
        more?.Invoke(sanctions);
        builder.Services.AddHealthChecks().AddCheck<SanctionsWorldHealthCheck>("sanctions-world");
        return builder.Build();
    }

    private static ComplianceRequest ArmsToIran() =>
        new(TestWorlds.Rosoboronexport, new LocalDate(2017, 8, 5), ["UN", "US", "EU"], counterparty: TestWorlds.Iran, goods: Goods.Arms);

    [Fact]
    public async Task AddSanctions_WorldFile_AnswersChecksFromTheEngineInService()
    {
        var path = files.Write("world.json", TestWorlds.Seed);
        using var host = Host(o => o.WorldFiles.Add(path));
        await host.StartAsync(TestContext.Current.CancellationToken);

        var engine = host.Services.GetRequiredService<ComplianceEngine>();
        var result = host.Services.GetRequiredService<ComplianceChecker>().Check(ArmsToIran());

        Assert.Equal(WorldJson.ComputeContentHash(TestWorlds.Seed), engine.Data.ContentHash);
        Assert.NotEqual(Verdict.Clear, result.Verdict);
        Assert.Equal(engine.Data, result.Data);
        Assert.Equal(1, host.Services.GetRequiredService<SanctionsWorldProvider>().Current.Generation);
        Assert.Contains(logs.Entries, e => e.Id.Id == 1 && e.Id.Name == "WorldLoaded");
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Poll_FileReplaced_NewWorldInServiceAfterOneInterval()
    {
        var path = files.Write("world.json", TestWorlds.Seed);
        using var host = Host(o =>
        {
            o.WorldFiles.Add(path);
            o.WatchFiles = false;
            o.PollInterval = TimeSpan.FromMinutes(5);
        });
        await host.StartAsync(TestContext.Current.CancellationToken);
        var provider = host.Services.GetRequiredService<SanctionsWorldProvider>();
        var changed = NextWorld(provider);

        files.Write("world.json", TestWorlds.SeedPlusOne);
        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.False(changed.IsCompleted);
        clock.Advance(TimeSpan.FromMinutes(1));
        var snapshot = await changed.WaitAsync(Patience, TestContext.Current.CancellationToken);

        Assert.Equal(2, snapshot.Generation);
        Assert.True(provider.Current.World.TryGetParty(TestWorlds.Extra, out _));
        Assert.Equal(clock.GetUtcNow(), snapshot.LoadedAt);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Reload_BadFile_KeepsTheOldWorld_LogsAndReportsDegraded()
    {
        var path = files.Write("world.json", TestWorlds.Seed);
        using var host = Host(o =>
        {
            o.WorldFiles.Add(path);
            o.WatchFiles = false;
            o.PollInterval = Timeout.InfiniteTimeSpan;
        });
        await host.StartAsync(TestContext.Current.CancellationToken);
        var provider = host.Services.GetRequiredService<SanctionsWorldProvider>();
        var before = provider.Current;

        files.WriteText("world.json", "{ \"formatVersion\": 1, \"parties\": [ {");
        var result = await provider.ReloadAsync(TestContext.Current.CancellationToken);
        var health = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(TestContext.Current.CancellationToken);

        Assert.Equal(WorldReloadOutcome.Failed, result.Outcome);
        Assert.IsType<WorldFormatException>(result.Error);
        Assert.Same(before, provider.Current);
        Assert.Same(before.Engine, host.Services.GetRequiredService<ComplianceEngine>());
        Assert.Equal(HealthStatus.Degraded, health.Status);
        Assert.Equal(before.ContentHash, health.Entries["sanctions-world"].Data["contentHash"]);
        Assert.Contains(logs.Entries, e => e.Id.Id == 3 && e.Level == LogLevel.Error && e.Message.Contains(before.ContentHash, StringComparison.Ordinal));

        // The file is fixed: the next reload puts the new world in service and the check is healthy again.
        files.Write("world.json", TestWorlds.SeedPlusOne);
        Assert.Equal(WorldReloadOutcome.Loaded, (await provider.ReloadAsync(TestContext.Current.CancellationToken)).Outcome);
        health = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HealthStatus.Healthy, health.Status);
    }

    [Fact]
    public async Task Reload_SameContent_KeepsTheSnapshotAndConfirmsIt()
    {
        var path = files.Write("world.json", TestWorlds.Seed);
        using var host = Host(o =>
        {
            o.WorldFiles.Add(path);
            o.WatchFiles = false;
            o.PollInterval = Timeout.InfiniteTimeSpan;
            o.MaxWorldAge = TimeSpan.FromHours(1);
        });
        await host.StartAsync(TestContext.Current.CancellationToken);
        var provider = host.Services.GetRequiredService<SanctionsWorldProvider>();
        var before = provider.Current;
        clock.Advance(TimeSpan.FromMinutes(90));
        var stale = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(TestContext.Current.CancellationToken);

        var result = await provider.ReloadAsync(TestContext.Current.CancellationToken);
        var fresh = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Degraded, stale.Status);
        Assert.Equal(TimeSpan.FromMinutes(90).TotalSeconds, stale.Entries["sanctions-world"].Data["ageSeconds"]);
        Assert.Equal(WorldReloadOutcome.Unchanged, result.Outcome);
        Assert.Same(before, provider.Current);
        Assert.Equal(TimeSpan.Zero, provider.WorldAge);
        Assert.Equal(HealthStatus.Healthy, fresh.Status);
    }

    [Fact]
    public async Task Start_NoWorldGiven_FailsNamingTheProblem()
    {
        using var host = Host(o => o.PollInterval = TimeSpan.Zero);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(error.Failures, f => f.Contains("no world to load", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("PollInterval", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_MissingFile_FailsNamingTheFile()
    {
        var path = files.PathOf("absent.json");
        using var host = Host(o => o.WorldFiles.Add(path));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(error.Failures, f => f.Contains(path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_InvalidFirstWorld_FailsWithTheReason()
    {
        var path = files.WriteText("world.json", "not json");
        using var host = Host(o => o.WorldFiles.Add(path));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.IsType<WorldFormatException>(error.InnerException);
        Assert.Contains(logs.Entries, e => e.Id.Id == 4 && e.Level == LogLevel.Critical);
    }

    [Fact]
    public async Task Source_RunEveryInterval_SwapsOnlyWhenTheContentChanges()
    {
        var worlds = new Queue<SanctionsWorld>([TestWorlds.Seed, TestWorlds.Seed, TestWorlds.SeedPlusOne]);
        var runs = 0;
        using var host = Host(o =>
        {
            o.Source = _ =>
            {
                runs++;
                return Task.FromResult(worlds.Dequeue());
            };
            o.PollInterval = TimeSpan.FromHours(1);
        });
        await host.StartAsync(TestContext.Current.CancellationToken);
        var provider = host.Services.GetRequiredService<SanctionsWorldProvider>();
        var first = provider.Current;

        var changed = NextWorld(provider);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Same(first, provider.Current);
        clock.Advance(TimeSpan.FromHours(1));
        var second = await changed.WaitAsync(Patience, TestContext.Current.CancellationToken);

        Assert.Equal(3, runs);
        Assert.Equal(2, second.Generation);
        Assert.Equal("source", second.Source);
    }

    [Fact]
    public async Task WorldComponent_BuiltForEachWorld_ResolvedFromTheWorldInService()
    {
        var path = files.Write("world.json", TestWorlds.Seed);
        using var host = Host(
            o =>
            {
                o.WorldFiles.Add(path);
                o.WatchFiles = false;
                o.PollInterval = Timeout.InfiniteTimeSpan;
            },
            s => s.AddWorldComponent(world => new PartyCount(world.Parties.Length)));
        await host.StartAsync(TestContext.Current.CancellationToken);
        var provider = host.Services.GetRequiredService<SanctionsWorldProvider>();
        var before = host.Services.GetRequiredService<PartyCount>();

        files.Write("world.json", TestWorlds.SeedPlusOne);
        await provider.ReloadAsync(TestContext.Current.CancellationToken);

        Assert.Equal(TestWorlds.Seed.Parties.Length, before.Parties);
        Assert.Equal(TestWorlds.Seed.Parties.Length + 1, host.Services.GetRequiredService<PartyCount>().Parties);
        Assert.Same(provider.Current.Get<PartyCount>(), host.Services.GetRequiredService<PartyCount>());
    }

    [Fact]
    public async Task Watch_FileRenamedOver_ReloadsWithoutPolling()
    {
        var path = files.Write("world.json", TestWorlds.Seed);
        using var host = Host(o =>
        {
            o.WorldFiles.Add(path);
            o.PollInterval = Timeout.InfiniteTimeSpan;
            o.WatchDelay = TimeSpan.FromSeconds(1);
        });
        await host.StartAsync(TestContext.Current.CancellationToken);
        var provider = host.Services.GetRequiredService<SanctionsWorldProvider>();
        var changed = NextWorld(provider);

        files.Write("world.json", TestWorlds.SeedPlusOne);

        // The file system event arrives on its own thread; the reload waits WatchDelay on the fake clock, which is moved on until
        // the world changes (bounded: the event comes within the patience or the test fails).
        var deadline = DateTime.UtcNow + Patience;
        while (!changed.IsCompleted && DateTime.UtcNow < deadline)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(changed, Task.Delay(50, TestContext.Current.CancellationToken));
        }

        Assert.True(changed.IsCompleted, "no reload after the file was replaced");
        Assert.Equal(2, (await changed).Generation);
        Assert.Contains(logs.Entries, e => e.Id.Id == 5);
    }

    [Fact]
    public async Task Metrics_ChecksReloadsAndAge_Published()
    {
        var path = files.Write("world.json", TestWorlds.Seed);
        using var host = Host(o =>
        {
            o.WorldFiles.Add(path);
            o.WatchFiles = false;
            o.PollInterval = Timeout.InfiniteTimeSpan;
        });
        var factory = host.Services.GetRequiredService<IMeterFactory>();
        var measured = new List<(string Instrument, double Value, string? Tag)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SanctionsMetrics.MeterName && instrument.Meter.Scope == factory)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i.Name, v, tags));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i.Name, v, tags));
        listener.Start();

        await host.StartAsync(TestContext.Current.CancellationToken);
        host.Services.GetRequiredService<ComplianceChecker>().Check(ArmsToIran());
        files.WriteText("world.json", "[]");
        await host.Services.GetRequiredService<SanctionsWorldProvider>().ReloadAsync(TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromSeconds(42));
        listener.RecordObservableInstruments();

        lock (measured)
        {
            Assert.Contains(("sanctions.world.reloads", 1, "loaded"), measured);
            Assert.Contains(("sanctions.world.reloads", 1, "failed"), measured);
            Assert.Contains(measured, m => m.Instrument == "sanctions.checks" && m.Tag != "clear");
            Assert.Contains(measured, m => m.Instrument == "sanctions.check.duration");
            Assert.Contains(("sanctions.world.age", 42, null), measured);
            Assert.Contains(("sanctions.world.generation", 1, null), measured);
        }

        void Record(string name, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var tag = tags.Length > 0 ? tags[0].Value?.ToString() : null;
            lock (measured)
            {
                measured.Add((name, value, tag));
            }
        }
    }

    [Fact]
    public void Current_OutsideAHost_LoadsOnFirstRead()
    {
        var path = files.Write("world.jsonl", TestWorlds.Seed);
        var services = new ServiceCollection();
        services.AddSanctions(o => o.WorldFiles.Add(path));
        using var container = services.BuildServiceProvider();

        var world = container.GetRequiredService<SanctionsWorld>();

        Assert.Equal(TestWorlds.Seed.Parties.Length, world.Parties.Length);
    }

    private static Task<SanctionsSnapshot> NextWorld(SanctionsWorldProvider provider)
    {
        var next = new TaskCompletionSource<SanctionsSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.WorldChanged += (_, snapshot) => next.TrySetResult(snapshot);
        return next.Task;
    }

    private sealed record PartyCount(int Parties);
}
