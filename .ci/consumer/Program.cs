// A new ASP.NET Core app made from the packed packages only (.ci/consumer-check builds it against artifacts/packages):
// AddSanctions in three lines, a check over HTTP on 127.0.0.1, a new world file published while serving, and the check again.
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using NodaTime;
using Sanctions.Core.Compliance;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Serialization;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;
using Sanctions.Hosting;

var folder = Directory.CreateTempSubdirectory("sanctions-consumer").FullName;
var worldFile = Path.Combine(folder, "world.json");
await Publish(listed: false);

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
builder.Services.AddSanctions(o => { o.WorldFiles.Add(worldFile); o.WatchDelay = TimeSpan.FromMilliseconds(100); });
var app = builder.Build();
app.MapGet("/check", (ComplianceChecker checker) =>
    checker.Check(new ComplianceRequest(new PartyId("org:acme"), new LocalDate(2025, 1, 1), ["US"])).Verdict.ToString());
await app.StartAsync();

using var http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()) };
var before = await http.GetStringAsync("/check");
var reloaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
app.Services.GetRequiredService<SanctionsWorldProvider>().WorldChanged += (_, _) => reloaded.TrySetResult();
await Publish(listed: true);
await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(30));
var after = await http.GetStringAsync("/check");
await app.StopAsync();
Directory.Delete(folder, recursive: true);

Console.WriteLine($"before: {before}, after: {after}");
return before == "Clear" && after == "Blocked" ? 0 : 1;

// A tiny world: ACME, an OFAC and a UN list, and (once listed) its designation on an OFAC list; written beside the file and renamed over it.
async Task Publish(bool listed)
{
    var ofac = new AuthorityId("US-OFAC");
    var world = new WorldBuilder()
        .AddAuthority(new Authority(ofac, "Office of Foreign Assets Control", "US"))
        .AddList(new SanctionsList(new ListId("us-ofac-sdn"), "SDN List", ofac))
        // A US check also asks UN law (the US is bound by Security Council measures): without a UN list it is a review, never clear.
        .AddAuthority(new Authority(new AuthorityId("UN-SC"), "United Nations Security Council", "UN"))
        .AddList(new SanctionsList(new ListId("un-consolidated"), "UN Security Council Consolidated List", new AuthorityId("UN-SC")))
        .AddParty(new Organization(new PartyId("org:acme"), [new PartyName("ACME Trading LLC")]));
    if (listed)
    {
        world.AddDesignation(new Designation("d1", new PartyId("org:acme"), new ListId("us-ofac-sdn"), ValidPeriod.Since(new LocalDate(2024, 6, 1)), measures: [MeasureKind.AssetFreeze]));
    }

    await WorldJson.WriteFileAsync(world.Build(), worldFile + ".tmp.json");
    File.Move(worldFile + ".tmp.json", worldFile, overwrite: true);
}
