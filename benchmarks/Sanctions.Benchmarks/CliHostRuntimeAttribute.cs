using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;

namespace Sanctions.Benchmarks;

/// <summary>
/// Runs a class's benchmarks with the runtime settings the <c>sanctions</c> command line ships with
/// (<c>src/Sanctions.Cli/Sanctions.Cli.csproj</c>): the collector without its background thread
/// (<c>ConcurrentGarbageCollection=false</c>) and no profile-guided re-compilation (<c>TieredPGO=false</c>).
/// </summary>
/// <remarks>
/// A mutator: it changes every job the command line asks for (<c>--job short</c>, <c>--job medium</c>), so a class with it
/// measures the same code as its base class, under the host the CLI gives it. With the concurrent collector (an app's
/// default) generation 0 gets a small budget on a machine with a small cache; without it the budget follows the heap, as
/// in the CLI. Both are reported side by side in docs/benchmarks.md.
/// <para>BenchmarkDotNet sets the collector when it builds a job's project, and it builds one project for the jobs of one
/// run that share an id (a mutator keeps the command line's): run a class with this attribute alone, in its own
/// <c>dotnet run</c>. Its setup calls <see cref="Check"/>, so a run where the setting did not take fails rather than
/// measuring the app's host under the CLI's name.</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CliHostRuntimeAttribute : JobMutatorConfigBaseAttribute
{
    /// <summary>The CLI's runtime settings as a job mutator.</summary>
    public CliHostRuntimeAttribute()
        : base(Job.Default.WithGcConcurrent(false).WithEnvironmentVariable("DOTNET_TieredPGO", "0"))
    {
    }

    /// <summary>Throws when the process does not run with the CLI's collector setting.</summary>
    public static void Check()
    {
        if (System.Runtime.GCSettings.IsServerGC || System.Runtime.GCSettings.LatencyMode != System.Runtime.GCLatencyMode.Batch)
        {
            throw new InvalidOperationException(
                "This benchmark measures the CLI's host (non-concurrent workstation collector), but the process runs with "
                + $"{System.Runtime.GCSettings.LatencyMode}: run the class alone, in its own dotnet run.");
        }
    }
}
