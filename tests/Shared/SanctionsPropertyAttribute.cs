using FsCheck.Xunit;
using Sanctions.Core.Testing;

namespace Sanctions.Testing;

/// <summary>
/// A property with this suite's settings: the Sanctions.Core arbitraries, a fixed number of cases (so a CI run does
/// the same amount of work every time), and a replay seed from the <c>SANCTIONS_FSCHECK_REPLAY</c> environment
/// variable when it is set (to rerun a failure printed by CI, e.g. <c>SANCTIONS_FSCHECK_REPLAY="(123,456)"</c>).
/// FsCheck prints the seed of every failing run, with the shrunk counterexample.
/// </summary>
// FsCheck's PropertyAttribute has no constructor taking source information, so this one cannot pass it on (xUnit3003).
#pragma warning disable xUnit3003
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SanctionsPropertyAttribute : PropertyAttribute
{
    /// <summary>The number of cases every property runs unless it says otherwise.</summary>
    public const int Cases = 100;

    public SanctionsPropertyAttribute()
    {
        Arbitrary = [typeof(SanctionsArbitraries)];
        MaxTest = Cases;
        EndSize = 100;
        var replay = Environment.GetEnvironmentVariable("SANCTIONS_FSCHECK_REPLAY");
        if (!string.IsNullOrWhiteSpace(replay))
        {
            Replay = replay;
        }
    }
}
#pragma warning restore xUnit3003
