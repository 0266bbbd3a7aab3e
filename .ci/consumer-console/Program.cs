// A new console app (a generic host, as a nightly batch or a worker would be) made from the packed packages only
// (.ci/consumer-check builds it against artifacts/packages): AddSanctions in three lines, a check, a new world file
// published while the host runs, and the check again from the reloaded world.
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using Sanctions.Core.Compliance;
using Sanctions.Core.Parties;
using Sanctions.Hosting;

var folder = Directory.CreateTempSubdirectory("sanctions-console-consumer").FullName;
var worldFile = Path.Combine(folder, "world.json");
await TinyWorld.PublishAsync(worldFile, listed: false);

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
await TinyWorld.PublishAsync(worldFile, listed: true);
await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(30));
var after = checker.Check(request).Verdict;
await host.StopAsync();
Directory.Delete(folder, recursive: true);

Console.WriteLine($"console app: before: {before}, after: {after}");
return before == Verdict.Clear && after == Verdict.Blocked ? 0 : 1;
