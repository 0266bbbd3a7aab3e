using System.Diagnostics;
using System.Globalization;
using Sanctions.Screening;

namespace Sanctions.Benchmarks.Screening;

/// <summary>
/// A console loop for profiling the screener (<c>screening-profile QUERY [SECONDS]</c>, QUERY one of the benchmark's queries or
/// <c>batch</c>), where BenchmarkDotNet's separate process gets in the way of a sampling profiler: <c>dotnet-trace collect
/// --profile dotnet-sampled-thread-time --format Speedscope -- Sanctions.Benchmarks screening-profile exact 10</c>. Prints the
/// query's candidates, how many the filter left to score, and the time per query. Not a benchmark.
/// </summary>
internal static class ScreeningProfile
{
    public static void Run(string[] args)
    {
        var what = args.Length > 1 ? args[1] : "exact";
        var seconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 5;
        var bench = new ScreeningBenchmarks { Query = what == "batch" ? "exact" : what };
        bench.Setup();
        Console.WriteLine($"// scored after the filter: {Screener.LastScored}");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long count = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            if (what == "batch")
            {
                bench.Batch_AllCores();
                count += 2000;
            }
            else
            {
                for (var i = 0; i < 1000; i++)
                {
                    bench.Query_Screener();
                }

                count += 1000;
            }
        }

        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"{what}: {clock.Elapsed.TotalMilliseconds * 1000 / count:0.0} µs per query, {cpu.TotalMilliseconds * 1000 / count:0.0} µs of CPU ({count} queries)");
    }
}
