using System.Diagnostics;
using System.Diagnostics.Metrics;
using Sanctions.Core.Compliance;

namespace Sanctions.Hosting;

/// <summary>
/// The metrics of the <c>Sanctions.Hosting</c> meter (<see cref="MeterName"/>): checks by verdict and their duration, screens, world
/// reloads by outcome, and the age of the world in service.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>instrument</term><description>what it counts</description></listheader>
/// <item><term><c>sanctions.checks</c> (counter, tag <c>verdict</c>)</term><description>compliance checks made through <see cref="ComplianceChecker"/></description></item>
/// <item><term><c>sanctions.check.duration</c> (histogram, s)</term><description>how long each check took</description></item>
/// <item><term><c>sanctions.screens</c> (counter)</term><description>name screens reported with <see cref="RecordScreen"/></description></item>
/// <item><term><c>sanctions.world.reloads</c> (counter, tag <c>outcome</c>: loaded, unchanged, failed)</term><description>world reloads</description></item>
/// <item><term><c>sanctions.world.age</c> (gauge, s)</term><description><see cref="SanctionsWorldProvider.WorldAge"/></description></item>
/// <item><term><c>sanctions.world.generation</c> (gauge)</term><description><see cref="SanctionsSnapshot.Generation"/> of the world in service</description></item>
/// </list>
/// <para>The meter comes from the container's <see cref="IMeterFactory"/> when there is one (every .NET host registers it), so that
/// tests can listen to one container's meter alone.</para>
/// </remarks>
/// <threadsafety>Safe to use from any number of threads.</threadsafety>
public sealed class SanctionsMetrics : IDisposable
{
    /// <summary>The name of the meter: <c>Sanctions.Hosting</c>.</summary>
    public const string MeterName = "Sanctions.Hosting";

    private readonly Meter meter;
    private readonly bool ownsMeter;
    private readonly Counter<long> checks;
    private readonly Histogram<double> checkDuration;
    private readonly Counter<long> screens;
    private readonly Counter<long> reloads;
    private SanctionsWorldProvider? provider;

    /// <summary>Creates the metrics; <c>AddSanctions</c> does this for you.</summary>
    /// <param name="meterFactory">Where the meter comes from; a meter of this instance's own when null.</param>
    public SanctionsMetrics(IMeterFactory? meterFactory = null)
    {
        ownsMeter = meterFactory is null;
        meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        checks = meter.CreateCounter<long>("sanctions.checks", "{check}", "Compliance checks made, by verdict.");
        checkDuration = meter.CreateHistogram<double>("sanctions.check.duration", "s", "How long a compliance check took.");
        screens = meter.CreateCounter<long>("sanctions.screens", "{screen}", "Name screens made.");
        reloads = meter.CreateCounter<long>("sanctions.world.reloads", "{reload}", "World reloads, by outcome (loaded, unchanged, failed).");
        meter.CreateObservableGauge("sanctions.world.age", ObserveAge, "s", "How long the world in service has gone without being confirmed current.");
        meter.CreateObservableGauge("sanctions.world.generation", ObserveGeneration, "{world}", "The generation of the world in service.");
    }

    /// <summary>Counts a compliance check.</summary>
    /// <param name="verdict">Its verdict.</param>
    /// <param name="elapsed">How long it took.</param>
    public void RecordCheck(Verdict verdict, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>("verdict", verdict.ToString().ToLowerInvariant());
        checks.Add(1, tag);
        checkDuration.Record(elapsed.TotalSeconds, tag);
    }

    /// <summary>Counts a name screen: the extension point for a screener served from a world component.</summary>
    /// <param name="count">How many names were screened.</param>
    public void RecordScreen(long count = 1) => screens.Add(count);

    /// <summary>Disposes the meter when this instance created it.</summary>
    public void Dispose()
    {
        if (ownsMeter)
        {
            meter.Dispose();
        }
    }

    internal void Reloaded(WorldReloadOutcome outcome) =>
        reloads.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString().ToLowerInvariant()));

    internal void Observe(SanctionsWorldProvider worldProvider) => provider = worldProvider;

    private IEnumerable<Measurement<double>> ObserveAge() =>
        provider?.WorldAge is { } age ? [new Measurement<double>(age.TotalSeconds)] : [];

    private IEnumerable<Measurement<long>> ObserveGeneration() =>
        provider?.CurrentOrNull is { } snapshot ? [new Measurement<long>(snapshot.Generation)] : [];
}
