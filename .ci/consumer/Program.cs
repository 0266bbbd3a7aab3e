// A new ASP.NET Core app made from the packed packages only (.ci/consumer-check builds it against artifacts/packages):
// AddSanctions in three lines, a check over HTTP on 127.0.0.1, a new world file published while serving, and the check again.
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using NodaTime;
using Sanctions.Core.Compliance;
using Sanctions.Core.Parties;
using Sanctions.Hosting;

var folder = Directory.CreateTempSubdirectory("sanctions-consumer").FullName;
var worldFile = Path.Combine(folder, "world.json");
await TinyWorld.PublishAsync(worldFile, listed: false);

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
await TinyWorld.PublishAsync(worldFile, listed: true);
await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(30));
var after = await http.GetStringAsync("/check");
await app.StopAsync();
Directory.Delete(folder, recursive: true);

Console.WriteLine($"before: {before}, after: {after}");
return before == "Clear" && after == "Blocked" ? 0 : 1;
