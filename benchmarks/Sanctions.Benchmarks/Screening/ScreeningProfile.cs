using System.Diagnostics;
using System.Globalization;
using Sanctions.Screening;

namespace Sanctions.Benchmarks.Screening;

/// <summary>
/// A console loop for profiling the screener (<c>screening-profile QUERY [SECONDS | xROUNDS]</c>, QUERY one of the benchmark's queries,
/// <c>batch</c>, <c>batch-cli</c> (the CLI's rows, as Batch_CliRows), <c>batch-seq</c> (the batch on this thread alone), <c>batch-stats</c>, <c>batch-alloc</c> or <c>batch-cli-alloc</c> (bytes a name and what allocates them, sampled), or <c>sample-stats</c> (ScreeningSampleBenchmarks' names)), where BenchmarkDotNet's separate process gets in the way of a sampling profiler: <c>dotnet-trace collect
/// --profile dotnet-sampled-thread-time --format Speedscope -- Sanctions.Benchmarks screening-profile exact 10</c>. Prints the
/// query's candidates, how many the filter left to score, and the time per query. Not a benchmark.
/// </summary>
internal static class ScreeningProfile
{
    public static void Run(string[] args)
    {
        var what = args.Length > 1 ? args[1] : "exact";
        // SECONDS, or "xN": N rounds (1,000 queries, or one batch of 2,000 names, a round), a fixed amount of work for `perf stat`.
        var rounds = args.Length > 2 && args[2].StartsWith('x') ? int.Parse(args[2][1..], CultureInfo.InvariantCulture) : int.MaxValue;
        var seconds = args.Length > 2 && rounds == int.MaxValue ? double.Parse(args[2], CultureInfo.InvariantCulture) : rounds == int.MaxValue ? 5 : double.MaxValue;
        var bench = new ScreeningBenchmarks { Query = what is "batch" or "batch-cli" or "batch-seq" or "batch-stats" or "batch-alloc" or "batch-cli-alloc" or "sample-stats" ? "exact" : what };
        bench.Setup();
        Console.WriteLine($"// scored after the filter: {Screener.LastScored}");
        if (what == "batch-stats")
        {
            BatchStats(bench);
            return;
        }

        if (what is "batch-alloc" or "batch-cli-alloc")
        {
            BatchAllocations(bench, what == "batch-cli-alloc");
            return;
        }

        if (what == "sample-stats")
        {
            SampleStats(bench);
            return;
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long count = 0;
        var baseline = TimeSpan.Zero;
        var baselines = 0;
        for (var round = 0; round < rounds && clock.Elapsed.TotalSeconds < seconds; round++)
        {
            var roundStart = clock.Elapsed;
            var roundCount = count;
            var roundCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var roundGc = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
            if (what == "batch")
            {
                bench.Batch_AllCores();
                count += 2000;
            }
            else if (what == "batch-cli")
            {
                // screen --batch's path (Batch_CliRows): the CSV read, the queries made, screened on every core, each a JSON line.
                bench.Batch_CliRows();
                count += 2000;
            }
            else if (what == "batch-seq")
            {
                // The batch's names one after another on this thread: each name met once a round, as in a batch (no cache warmed by
                // repeating one name), to tell the per-name cost apart from what the second core adds or loses.
                foreach (var q in bench.BatchQueries)
                {
                    bench.BuiltScreener.Screen(q);
                }

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

            if (rounds != int.MaxValue)
            {
                // A fixed number of rounds: each round's time, to see the JIT's tiers arrive (as BenchmarkDotNet's few invocations do), and
                // no baseline between rounds.
                var names = count - roundCount;
                // And the round's collections (gen 0/1/2), their pause time and the bytes allocated a query: what a batch's kept output costs.
                Console.WriteLine($"round {round + 1}: {(clock.Elapsed - roundStart).TotalMilliseconds * 1000 / names:0.0} µs per query, {(Process.GetCurrentProcess().TotalProcessorTime - roundCpu).TotalMilliseconds * 1000 / names:0.0} µs of CPU; "
                    + $"GC {GC.CollectionCount(0) - roundGc.Item1}/{GC.CollectionCount(1) - roundGc.Item2}/{GC.CollectionCount(2) - roundGc.Item3}, paused {(GC.GetTotalPauseDuration() - roundGc.Item4).TotalMilliseconds:0.0} ms, "
                    + $"{(GC.GetTotalAllocatedBytes() - roundGc.Item5) / (double)names / 1024:0.0} KB a query");
                continue;
            }

            // The baseline between rounds, timed apart: under load, the ratio of the two moves less than either.
            var start = clock.Elapsed;
            bench.Query_LinearTokenJaroWinkler();
            baseline += clock.Elapsed - start;
            baselines++;
        }

        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var perQuery = (clock.Elapsed - baseline).TotalMilliseconds * 1000 / count;
        var perBaseline = baseline.TotalMilliseconds * 1000 / Math.Max(1, baselines);
        Console.WriteLine($"{what}: {perQuery:0.0} µs per query, {cpu.TotalMilliseconds * 1000 / count:0.0} µs of CPU ({count} queries); baseline scan {perBaseline:0} µs, ratio {perBaseline / perQuery:0.0}");
    }

    // The batch's names one after another on this thread, ten rounds, with the runtime's allocation samples (an event about every
    // 100 KB allocated, naming the type of the object that crossed it) counted by type: what the bytes a name allocates are made of.
    private static void BatchAllocations(ScreeningBenchmarks bench, bool cli)
    {
        void Round()
        {
            if (cli)
            {
                // screen --batch's path (Batch_CliRows), on every core: the bytes of all threads are counted.
                bench.Batch_CliRows();
                return;
            }

            foreach (var q in bench.BatchQueries)
            {
                bench.BuiltScreener.Screen(q);
            }
        }

        Round();
        using var listener = new AllocationSampler();
        var before = GC.GetTotalAllocatedBytes(true);
        var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        for (var round = 0; round < 10; round++)
        {
            Round();
        }

        var bytes = GC.GetTotalAllocatedBytes(true) - before;
        Console.WriteLine($"10 rounds: GC {GC.CollectionCount(0) - collections.Item1}/{GC.CollectionCount(1) - collections.Item2}/{GC.CollectionCount(2) - collections.Item3}");
        var names = 10 * bench.BatchQueries.Count;
        Console.WriteLine($"{bytes / (double)names:0} bytes a name; samples by type (share of the samples):");
        var total = listener.Samples.Values.Sum();
        foreach (var (type, count) in listener.Samples.OrderByDescending(x => x.Value).Take(30))
        {
            Console.WriteLine($"{count * 100.0 / total,6:0.0} %  {type}");
        }
    }

    private sealed class AllocationSampler : System.Diagnostics.Tracing.EventListener
    {
        public Dictionary<string, int> Samples { get; } = [];

        protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                // The GC keyword (1) at verbose level: GCAllocationTick.
                EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)1);
            }
        }

        protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
        {
            if (e.EventName is not null && e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) && e.PayloadNames is { } names)
            {
                var type = e.Payload![names.IndexOf("TypeName")]?.ToString() ?? "?";
                lock (Samples)
                {
                    Samples[type] = Samples.GetValueOrDefault(type) + 1;
                }
            }
        }
    }

    // ScreeningSampleBenchmarks' names alone on one thread, each the median of 501 runs after 200 (the JIT's tiers past), and the median
    // of those: the benchmark's p50 without BenchmarkDotNet (a quick look, not the figure).
    private static void SampleStats(ScreeningBenchmarks bench)
    {
        var screener = bench.BuiltScreener;
        var names = ScreeningSampleBenchmarks.Names(bench.World);
        var medians = new List<double>();
        for (var k = 0; k < names.Length; k++)
        {
            var q = new ScreeningQuery(names[k], new NodaTime.LocalDate(2024, 5, 1));
            for (var i = 0; i < 200; i++)
            {
                screener.Screen(q);
            }

            var times = new double[501];
            for (var i = 0; i < times.Length; i++)
            {
                var clock = Stopwatch.StartNew();
                screener.Screen(q);
                times[i] = clock.Elapsed.TotalMilliseconds * 1000;
            }

            Array.Sort(times);
            medians.Add(times[times.Length / 2]);
            Console.WriteLine($"{k,3} {times[times.Length / 2],8:0.0} µs {Screener.LastCandidates,5} candidates  {names[k]}");
        }

        medians.Sort();
        Console.WriteLine($"p50 of the sample's medians: {medians[medians.Count / 2]:0.0} µs");
    }

    // Each batch name alone on one thread: its candidates, how many were scored, and its time, the slowest first.
    private static void BatchStats(ScreeningBenchmarks bench)
    {
        var screener = bench.BuiltScreener;
        var rows = new List<(string Name, int Candidates, int Scored, double Micros)>();
        // The whole batch twice first: the names measured first would otherwise run code the JIT has not optimised yet (tiered
        // compilation), and show as a tail that is not there.
        for (var round = 0; round < 2; round++)
        {
            foreach (var q in bench.BatchQueries)
            {
                screener.Screen(q);
            }
        }

        // What a batch's lines list: matches, their evidence and designations, and how many of those designations are distinct (a
        // designation a batch lists again could be written once).
        var all = bench.BatchQueries.Select(screener.Screen).ToArray();
        var listed = all.SelectMany(ms => ms.SelectMany(m => m.Designations)).ToArray();
        Console.WriteLine($"a batch: {all.Count(ms => !ms.IsEmpty)} names with matches, {all.Sum(ms => ms.Length)} matches, {all.Sum(ms => ms.Sum(m => m.Evidence.Length))} evidence entries, "
            + $"{listed.Length} designations listed, {listed.Select(d => d.Fact).Distinct(ReferenceEqualityComparer.Instance).Count()} distinct");
        foreach (var q in bench.BatchQueries)
        {
            screener.Screen(q);
            // The median of 21 runs: a collection or another process's burst lands in one run, not in the name's figure.
            var times = new double[21];
            for (var i = 0; i < times.Length; i++)
            {
                var clock = Stopwatch.StartNew();
                screener.Screen(q);
                times[i] = clock.Elapsed.TotalMilliseconds * 1000;
            }

            Array.Sort(times);
            rows.Add((q.Names[0], Screener.LastCandidates, Screener.LastScored, times[times.Length / 2]));
        }

        Console.WriteLine($"names' medians: mean {rows.Average(r => r.Micros):0.0} µs, top 2 % of names {rows.OrderByDescending(r => r.Micros).Take(rows.Count / 50).Sum(r => r.Micros) / rows.Sum(r => r.Micros):P0} of the time, median {rows.Select(r => r.Micros).Order().ElementAt(rows.Count / 2):0.0} µs, mean candidates {rows.Average(r => r.Candidates):0}");
        foreach (var r in rows.OrderByDescending(r => r.Micros).Take(25))
        {
            Console.WriteLine($"{r.Micros,8:0.0} µs {r.Candidates,6} candidates {r.Scored,4} scored  {r.Name}");
        }
    }
}
