using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sanctions.Core.Compliance;
using Sanctions.Core.World;

namespace Sanctions.Hosting;

/// <summary><c>services.AddSanctions(o =&gt; …)</c>: a world kept current, and what answers from it, in dependency injection.</summary>
public static class SanctionsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SanctionsWorldProvider"/> (a singleton and a hosted service that loads the world at start), <see cref="ComplianceChecker"/>,
    /// <see cref="SanctionsMetrics"/>, <see cref="SanctionsWorldHealthCheck"/>, <see cref="TimeProvider.System"/> as the <see cref="TimeProvider"/>
    /// unless one is registered, and the world in service and its <see cref="ComplianceEngine"/>
    /// (both transient: each resolution gets the world in service at that moment). The options are validated when the host starts.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options: at least the world files or a source.</param>
    /// <returns>A builder to add world components with.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    public static SanctionsBuilder AddSanctions(this IServiceCollection services, Action<SanctionsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<SanctionsOptions>()
            .Configure(configure)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SanctionsOptions>, SanctionsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new SanctionsMetrics(sp.GetService<IMeterFactory>()));
        services.TryAddSingleton(sp => new SanctionsWorldProvider(
            sp.GetRequiredService<IOptions<SanctionsOptions>>(),
            sp.GetRequiredService<SanctionsMetrics>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<SanctionsWorldProvider>>()));
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<SanctionsWorldProvider>());
        services.TryAddSingleton(sp => new ComplianceChecker(sp.GetRequiredService<SanctionsWorldProvider>(), sp.GetRequiredService<SanctionsMetrics>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<SanctionsWorldHealthCheck>();
        services.TryAddTransient(sp => sp.GetRequiredService<SanctionsWorldProvider>().Current);
        services.TryAddTransient(sp => sp.GetRequiredService<SanctionsSnapshot>().World);
        services.TryAddTransient(sp => sp.GetRequiredService<SanctionsSnapshot>().Engine);
        return new SanctionsBuilder(services);
    }
}

/// <summary>What <see cref="SanctionsServiceCollectionExtensions.AddSanctions"/> returns: adds things derived from each world.</summary>
/// <param name="services">The services.</param>
public sealed class SanctionsBuilder(IServiceCollection services)
{
    /// <summary>The services.</summary>
    public IServiceCollection Services { get; } = services;

    /// <summary>
    /// Builds a <typeparamref name="T"/> over each new world before it is put in service (a name-screening index, say), and registers
    /// <typeparamref name="T"/> as transient: each resolution gets the one built over the world in service. A build that throws fails the
    /// reload and the old world (with its component) stays.
    /// </summary>
    /// <typeparam name="T">The component's type.</typeparam>
    /// <param name="build">Builds the component over a world.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="build"/> is null.</exception>
    public SanctionsBuilder AddWorldComponent<T>(Func<SanctionsWorld, T> build)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(build);
        Services.Configure<SanctionsOptions>(o => o.Components.Add((typeof(T), world => build(world))));
        Services.TryAddTransient(sp => sp.GetRequiredService<SanctionsSnapshot>().Get<T>());
        return this;
    }
}

// Names every problem (the Validate call above only says that there are some).
internal sealed class SanctionsOptionsValidator : IValidateOptions<SanctionsOptions>
{
    public ValidateOptionsResult Validate(string? name, SanctionsOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
