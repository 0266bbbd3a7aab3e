using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Sanctions.Benchmarks;

internal static class Program
{
    // The generated benchmark project is built by BenchmarkDotNet; on a busy two-core machine that can take longer than its
    // default two minutes.
    public static void Main(string[] args)
    {
        // A console measurement that BenchmarkDotNet cannot make: peak memory of a JSON Lines read (see SerializationMemory).
        if (args is ["serialization-memory", ..])
        {
            Serialization.SerializationMemory.Run(args);
            return;
        }

        if (args is ["serialization-phases", ..])
        {
            Serialization.SerializationPhases.Run(args);
            return;
        }

        // A plain loop over one importer, to run under a sampling profiler (see Sources/SourcesProfile).
        if (args is ["sources-profile", ..])
        {
            Sources.SourcesProfile.Run(args);
            return;
        }

        // A plain loop over one screening query, to run under a sampling profiler (see Screening/ScreeningProfile).
        if (args is ["screening-profile", ..])
        {
            Screening.ScreeningProfile.Run(args);
            return;
        }

        // Checks a history import of the monthly SDN publications against the raw files (see Sources/HistoryCheck).
        if (args is ["history-check", ..])
        {
            Sources.HistoryCheck.Run(args);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10)));
    }
}
