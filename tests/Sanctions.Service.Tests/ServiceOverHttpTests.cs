using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Sanctions.Core.Parties;
using Sanctions.Core.Serialization;
using Sanctions.Core.Testing;
using Sanctions.Core.World;
using Sanctions.Hosting;
using Xunit;

namespace Sanctions.Service.Tests;

/// <summary>The sample service on Kestrel at 127.0.0.1 (a free port), driven over real HTTP.</summary>
public sealed class ServiceOverHttpTests : IAsyncLifetime
{
    private static readonly PartyId Extra = new("org:service-test-extra");
    private readonly string folder = Path.Combine(Path.GetTempPath(), "sanctions-service-tests", Guid.NewGuid().ToString("N"));
    private WebApplication app = null!;
    private HttpClient http = null!;
    private readonly List<MeterListener> listeners = [];

    private string WorldPath => Path.Combine(folder, "world.json");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        Publish(SeedWorld.Load());
        app = ServiceApp.Build(
        [
            $"--Sanctions:WorldFiles:0={WorldPath}",
            "--Sanctions:WatchFiles=true",
            "--Sanctions:WatchDelay=00:00:00.200",
            "--Sanctions:PollInterval=00:00:01",
            "--urls=http://127.0.0.1:0",
        ]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        listeners.ForEach(l => l.Dispose());
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    // Written beside the file and renamed over it, as a publisher should.
    private void Publish(SanctionsWorld world)
    {
        var temporary = WorldPath + ".tmp";
        File.WriteAllText(temporary, WorldJson.Serialize(world));
        File.Move(temporary, WorldPath, overwrite: true);
    }

    private static CheckRequest ArmsToIran() => new("Rosoboronexport", "2017-08-05", ["UN", "US", "EU"], Counterparty: "Iran", Goods: "arms");

    [Fact]
    public async Task Check_ArmsToIranIn2017_IsNotClear_AndNamesTheWorld()
    {
        var response = await http.PostAsJsonAsync("/check", ArmsToIran(), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<CheckResponse>(TestContext.Current.CancellationToken);

        Assert.NotNull(body);
        Assert.Equal("prohibited", body.Verdict);
        Assert.Contains(body.Findings, f => f.Basis.Any(b => b.Contains("2231", StringComparison.Ordinal)));
        Assert.Equal(WorldJson.ComputeContentHash(SeedWorld.Load()), body.Data.ContentHash);
    }

    [Fact]
    public async Task Designations_RogozinOnArticleDay_UsAndEu()
    {
        var body = await http.GetFromJsonAsync<DesignationsResponse>("/parties/Rogozin/designations?on=2017-08-05", TestContext.Current.CancellationToken);

        Assert.NotNull(body);
        Assert.Equal("person", body.Party.Type);
        Assert.Contains(body.Designations, d => d.Authority.StartsWith("US", StringComparison.Ordinal) && d.From == "2014-03-17" && d.Certainty == "certain");
        Assert.Contains(body.Designations, d => d.Authority.StartsWith("EU", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadInput_ClearProblems_NeverAnAnswer()
    {
        var unknown = await http.GetAsync("/parties/Nobody%20At%20All/designations", TestContext.Current.CancellationToken);
        var badDate = await http.GetAsync("/parties/Rogozin/designations?on=2017-13-01", TestContext.Current.CancellationToken);
        var badGoods = await http.PostAsJsonAsync("/check", ArmsToIran() with { Goods = "guns" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("2017-13-01", await badDate.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badGoods.StatusCode);
    }

    [Fact]
    public async Task Screen_SeedWorldName_FindsRogozin_WithDesignationsAndEvidence_AndCountsTheScreen()
    {
        var screens = ScreenCounter();
        var response = await http.PostAsJsonAsync("/screen", new ScreenRequest("Dmitry Rogozin", "2018-01-01"), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<ScreenResponse>(TestContext.Current.CancellationToken);

        Assert.NotNull(body);
        var match = Assert.Single(body.Matches, m => m.PartyId == "person:dmitry-rogozin");
        Assert.Equal(body.Matches[0], match);
        Assert.Equal("person", match.Type);
        Assert.InRange(match.Score, 0.9, 1.0);
        Assert.Equal("strong", match.Band);
        Assert.Equal("Dmitry Rogozin", match.QueryName);
        Assert.Contains("Rogozin", match.MatchedName, StringComparison.Ordinal);
        Assert.Contains(match.Designations, d => d.Authority.StartsWith("US", StringComparison.Ordinal) && d.From == "2014-03-17");
        Assert.Contains(match.Evidence, e => e.Feature.StartsWith("token.", StringComparison.Ordinal) && e.Query == "rogozin");
        Assert.Contains("Rogozin", match.Explanation, StringComparison.Ordinal);
        Assert.Equal(WorldJson.ComputeContentHash(SeedWorld.Load()), body.Data.ContentHash);
        Assert.True(screens.Count >= 1, "the screen was not counted in sanctions.screens");
    }

    [Fact]
    public async Task Screen_UnknownName_NoMatch()
    {
        var response = await http.PostAsJsonAsync("/screen", new ScreenRequest("Quentin Zebulon Marchetti-Vasquez", "2018-01-01", Kind: "person"), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<ScreenResponse>(TestContext.Current.CancellationToken);

        Assert.NotNull(body);
        Assert.Empty(body.Matches);
        Assert.Equal("2018-01-01", body.On);
    }

    [Theory]
    [InlineData(null, "2018-01-01", null, "name:")]
    [InlineData("  ", "2018-01-01", null, "name:")]
    [InlineData("--- (?)", "2018-01-01", null, "no word to screen")]
    [InlineData("Dmitry Rogozin", null, null, "on:")]
    [InlineData("Dmitry Rogozin", "2018-02-30", null, "2018-02-30")]
    [InlineData("Dmitry Rogozin", "2018-01-01", "robot", "robot")]
    public async Task Screen_BadInput_400WithAClearMessage(string? name, string? on, string? kind, string expected)
    {
        var response = await http.PostAsJsonAsync("/screen", new ScreenRequest(name, on, Kind: kind), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    // Counts sanctions.screens measurements of this app's meter (its container's IMeterFactory) from now on.
    private ScreenCount ScreenCounter()
    {
        var factory = app.Services.GetRequiredService<IMeterFactory>();
        var count = new ScreenCount();
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == factory && instrument.Name == "sanctions.screens")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, v, _, _) => Interlocked.Add(ref count.Value, v));
        listener.Start();
        listeners.Add(listener);
        return count;
    }

    private sealed class ScreenCount
    {
        public long Value;

        public long Count => Interlocked.Read(ref Value);
    }

    [Fact]
    public async Task OpenApiAndHealth_Served()
    {
        var openApi = await http.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        var health = await http.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Contains("\"/check\"", openApi, StringComparison.Ordinal);
        Assert.Contains("\"/parties/{id}/designations\"", openApi, StringComparison.Ordinal);
        Assert.Contains("\"/screen\"", openApi, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Reload_WhileRequestsRun_NoRequestFails_AndTheNewWorldAnswers()
    {
        var provider = app.Services.GetRequiredService<SanctionsWorldProvider>();
        var oldHash = provider.Current.ContentHash;
        var reloaded = new TaskCompletionSource<SanctionsSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.WorldChanged += (_, s) => reloaded.TrySetResult(s);
        var newWorld = new WorldBuilder(SeedWorld.Load()).AddParty(new Organization(Extra, [new PartyName("Service Test Extra LLC")])).Build();
        var newHash = WorldJson.ComputeContentHash(newWorld);

        // Four clients send checks until the new world has answered each of them 20 times. A budget of requests made this depend on
        // the machine's speed (a fast one spent 400 requests each before the file watch saw the new world); a minute bounds it instead,
        // after which the pending request is cancelled and the test fails.
        var failures = new List<string>();
        var hashes = new List<string>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        stop.CancelAfter(TimeSpan.FromMinutes(1));
        var clients = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var afterReload = 0;
            while (afterReload < 20)
            {
                try
                {
                    using var response = await http.PostAsJsonAsync("/check", ArmsToIran(), stop.Token);
                    if (!response.IsSuccessStatusCode)
                    {
                        var problem = $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(stop.Token)}";
                        lock (failures)
                        {
                            failures.Add(problem);
                        }

                        continue;
                    }

                    var body = (await response.Content.ReadFromJsonAsync<CheckResponse>(stop.Token))!;
                    lock (hashes)
                    {
                        hashes.Add(body.Data.ContentHash);
                    }

                    if (body.Data.ContentHash == newHash)
                    {
                        afterReload++;
                    }
                }
                catch (HttpRequestException e)
                {
                    lock (failures)
                    {
                        failures.Add(e.Message);
                    }
                }
            }
        })).ToList();

        // Let the clients get going on the old world, then publish the new one; the file watch (or the poll) picks it up.
        while (true)
        {
            lock (hashes)
            {
                if (hashes.Count >= 8)
                {
                    break;
                }
            }

            await Task.WhenAny(Task.WhenAll(clients), Task.Delay(20, stop.Token));
            Assert.False(clients.All(c => c.IsCompleted), "the clients stopped before the reload");
        }

        Publish(newWorld);
        var snapshot = await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(30), stop.Token);
        await Task.WhenAll(clients);

        Assert.Empty(failures);
        Assert.Equal(newHash, snapshot.ContentHash);
        Assert.Contains(oldHash, hashes);
        Assert.Contains(newHash, hashes);
        Assert.Equal(newHash, hashes[^1]);
        Assert.True(hashes.Count(h => h == newHash) >= 4 * 20, $"{hashes.Count(h => h == newHash)} answers from the new world");
    }
}
