using Sanctions.Core.Compliance;

namespace Sanctions.Hosting;

/// <summary>
/// Checks compliance requests against the world in service and counts them in <see cref="SanctionsMetrics"/>: what an app calls per
/// request. Each check runs on one snapshot, so a reload in the middle of a check does not mix two worlds.
/// </summary>
/// <threadsafety>Safe to use from any number of threads.</threadsafety>
public sealed class ComplianceChecker
{
    private readonly SanctionsWorldProvider provider;
    private readonly SanctionsMetrics metrics;
    private readonly TimeProvider time;

    /// <summary>Creates a checker; <c>AddSanctions</c> does this for you.</summary>
    /// <param name="provider">The world provider.</param>
    /// <param name="metrics">The metrics.</param>
    /// <param name="time">The clock that times checks.</param>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/>, <paramref name="metrics"/> or <paramref name="time"/> is null.</exception>
    public ComplianceChecker(SanctionsWorldProvider provider, SanctionsMetrics metrics, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(time);
        this.provider = provider;
        this.metrics = metrics;
        this.time = time;
    }

    /// <summary>Checks a request against the world in service.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The verdict, its findings and the identity of the data used (its content hash names the world).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">A participant is not a party of the world in service.</exception>
    /// <exception cref="InvalidOperationException">No world could be loaded.</exception>
    public ComplianceResult Check(ComplianceRequest request) => Check(provider.Current, request);

    /// <summary>Checks a request against a given snapshot: the one a request already resolved its parties in, so that both steps see
    /// one world even when a reload comes between them.</summary>
    /// <param name="snapshot">The snapshot, from <see cref="SanctionsWorldProvider.Current"/>.</param>
    /// <param name="request">The request.</param>
    /// <returns>The verdict, its findings and the identity of the data used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or <paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">A participant is not a party of the snapshot's world.</exception>
    public ComplianceResult Check(SanctionsSnapshot snapshot, ComplianceRequest request)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(request);
        var started = time.GetTimestamp();
        var result = snapshot.Engine.Check(request);
        metrics.RecordCheck(result.Verdict, time.GetElapsedTime(started));
        return result;
    }
}
