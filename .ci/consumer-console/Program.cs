// A new console app (a generic host, as a nightly batch or a worker would be) made from the packed packages only
// (.ci/consumer-check builds it against artifacts/packages): AddSanctions in three lines, a check, a new world file
// published while the host runs, and the check again from the reloaded world.
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using Sanctions.Core.Compliance;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Serialization;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;
using Sanctions.Hosting;

var folder = Directory.CreateTempSubdirectory("sanctions-console-consumer").FullName;
var worldFile = Path.Combine(folder, "world.json");
await Publish(listed: false);

var builder = Host.CreateApplicationBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddSanctions(o => { o.WorldFiles.Add(worldFile); o.WatchDelay = TimeSpan.FromMilliseconds(100); });
using var host = builder.Build();
await host.StartAsync();

var checker = host.Services.GetRequiredService<ComplianceChecker>();
var request = new ComplianceRequest(new PartyId("org:acme"), new LocalDate(2025, 1, 1), ["US"]);
var before = checker.Check(request).Verdict;
var reloaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
host.Services.GetRequiredService<SanctionsWorldProvider>().WorldChanged += (_, _) => reloaded.TrySetResult();
await Publish(listed: true);
await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(30));
var after = checker.Check(request).Verdict;
await host.StopAsync();
Directory.Delete(folder, recursive: true);

Console.WriteLine($"console app: before: {before}, after: {after}");
return before == Verdict.Clear && after == Verdict.Blocked ? 0 : 1;

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
