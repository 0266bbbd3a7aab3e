using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Sanctions.Hosting;

/// <summary>
/// Reports on the world in service: unhealthy when none has loaded; degraded when the last reload failed or the world is older than
/// <see cref="SanctionsOptions.MaxWorldAge"/>; healthy otherwise. The data carries the content hash, dataset, generation, load time and
/// age, so a probe shows which world answers. Register it with
/// <c>services.AddHealthChecks().AddCheck&lt;SanctionsWorldHealthCheck&gt;("sanctions-world")</c>.
/// </summary>
/// <threadsafety>Safe to use from any number of threads.</threadsafety>
public sealed class SanctionsWorldHealthCheck : IHealthCheck
{
    private readonly SanctionsWorldProvider provider;

    /// <summary>Creates the check.</summary>
    /// <param name="provider">The world provider.</param>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null.</exception>
    public SanctionsWorldHealthCheck(SanctionsWorldProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        this.provider = provider;
    }

    /// <inheritdoc/>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = provider.CurrentOrNull;
        var error = provider.LastError;
        if (snapshot is null || provider.WorldAge is not { } age)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("No sanctions world is loaded.", error));
        }

        var data = new Dictionary<string, object>
        {
            ["contentHash"] = snapshot.ContentHash,
            ["dataset"] = snapshot.World.Dataset.ToString(),
            ["generation"] = snapshot.Generation,
            ["loadedAt"] = snapshot.LoadedAt,
            ["ageSeconds"] = Math.Round(age.TotalSeconds, 3),
            ["source"] = snapshot.Source,
        };
        if (error is not null)
        {
            data["lastError"] = error.Message;
            return Task.FromResult(HealthCheckResult.Degraded($"The last reload failed; world {snapshot.Generation} ({snapshot.ContentHash}) stays in service.", error, data));
        }

        return Task.FromResult(age > provider.Options.MaxWorldAge
            ? HealthCheckResult.Degraded($"World {snapshot.Generation} ({snapshot.ContentHash}) was last confirmed current {age} ago, more than {provider.Options.MaxWorldAge}.", null, data)
            : HealthCheckResult.Healthy($"World {snapshot.Generation} ({snapshot.ContentHash}) in service.", data));
    }
}
