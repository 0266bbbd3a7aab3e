using BenchmarkDotNet.Attributes;
using NodaTime;
using Sanctions.Core.Parties;
using Sanctions.Core.Testing;
using Sanctions.Core.World;
using Sanctions.Screening;
using Sanctions.Sources;

namespace Sanctions.Benchmarks.Screening;

/// <summary>
/// Name screening on the SDN of 2024-05-01 (14,966 parties), beside a Watchman-style baseline in the same class: a linear scan that
/// scores every listed name by token Jaro-Winkler (each query word's best Jaro-Winkler against the name's words, averaged).
/// </summary>
/// <remarks>The world is imported from the shared data folder (<c>../shared/data/official/ofac_sdn_history</c>) when it is there;
/// otherwise a synthetic world of the same size is generated, and <see cref="WorldSource"/> says which.</remarks>
[MemoryDiagnoser]
[MedianColumn]
public class ScreeningBenchmarks
{
    private const int BatchSize = 2000;
    private static readonly LocalDate On = new(2024, 5, 1);
    private SanctionsWorld world = null!;
    private Screener screener = null!;
    private string[][] listedTokens = null!;
    private ScreeningQuery query = null!;
    private string[] queryTokens = null!;
    private ScreeningQuery[] batch = null!;
    private string batchFile = string.Empty;

    /// <summary>The batch's 2,000 names (set up with <see cref="Setup"/>).</summary>
    internal IReadOnlyList<ScreeningQuery> BatchQueries => batch;

    /// <summary>The world (set up with <see cref="Setup"/>).</summary>
    internal SanctionsWorld World => world;

    /// <summary>The screener (set up with <see cref="Setup"/>).</summary>
    internal Screener BuiltScreener => screener;

    /// <summary>Where the world came from: the SDN file, or a generated world of the same size.</summary>
    public static string WorldSource { get; private set; } = "not loaded";

    /// <summary>The query screened: a listed name as written, with a typo, a common given name with an unlisted family name, an
    /// unlisted name whose words are near many listed words, and a name that has no candidate (checked in the setup).</summary>
    [Params("exact", "typo", "common", "near-many", "no-candidate")]
    public string Query { get; set; } = "exact";

    [GlobalSetup]
    public virtual void Setup()
    {
        world = LoadWorld();
        screener = Screener.Build(world);
        listedTokens = [.. world.Parties.SelectMany(p => p.Names).Select(n => NameFolding.Fold(n.Value).Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        var names = world.Parties.OfType<Person>().Select(p => p.Name).ToArray();
        var name = Query switch
        {
            "exact" => names[names.Length / 2],
            "typo" => Typo(names[names.Length / 3]),
            "common" => "Mohammad Thompson",
            "near-many" => "Olga Petrova",
            // Any name, for the profiling loop (ScreeningProfile: screening-profile 'name=AL-TIKRITI, Barzan').
            _ when Query.StartsWith("name=", StringComparison.Ordinal) => Query[5..],
            _ => "Zorblat Quenfrith",
        };
        query = new ScreeningQuery(name, On);
        screener.Screen(query);
        Console.WriteLine($"// query '{name}': {Screener.LastCandidates} candidates; world: {WorldSource}");
        if (Query == "no-candidate" && Screener.LastCandidates != 0)
        {
            throw new InvalidOperationException($"'{name}' has {Screener.LastCandidates} candidates: not a no-candidate query.");
        }

        queryTokens = NameFolding.Fold(name).Split(' ');
        var random = new Random(20240501);
        batch = [.. Enumerable.Range(0, BatchSize).Select(i => new ScreeningQuery(MixedName(random, names, i), On))];
        batchFile = Path.GetTempFileName();
        File.WriteAllLines(batchFile, ["name", .. batch.Select(q => "\"" + q.Names[0].Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")]);
    }

    /// <summary><c>screen --batch</c> as the CLI runs it (ScreenCommand.ScreenRows): the same 2,000 names read from a CSV, a query
    /// per row, screened on every core a few rows at a time, each written as its JSON line (UTF-8) with evidence and designations and
    /// handed over in input order; only the final write of the lines (to standard output or a file) is left out: the sink here drops
    /// them. Time per name; names/s = 1 / time.</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int Batch_CliRows()
    {
        if (Query != "exact")
        {
            return 0;
        }

        return Sanctions.Cli.Commands.ScreenCommand.ScreenRows(world, screener, new ScreeningQuery("-", On), batchFile, null, null, null, null, null, static _ => { }).Rows;
    }

    /// <summary>Deletes the batch's CSV.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        if (batchFile.Length > 0)
        {
            File.Delete(batchFile);
        }
    }

    /// <summary>Watchman-style: every listed name scored by token Jaro-Winkler; the names at 0.85 or more counted.</summary>
    [Benchmark(Baseline = true)]
    public int Query_LinearTokenJaroWinkler()
    {
        var hits = 0;
        foreach (var tokens in listedTokens)
        {
            if (JaroWinkler.TokenScore(queryTokens, tokens) >= 0.85)
            {
                hits++;
            }
        }

        return hits;
    }

    /// <summary>This screener: the index, then the scoring of its candidates, evidence and designations included.</summary>
    [Benchmark]
    public int Query_Screener() => screener.Screen(query).Length;

    /// <summary>Building the screener's index over the world.</summary>
    [Benchmark]
    public int IndexBuild() => Query == "exact" ? Screener.Build(world).NameCount : 0;

    /// <summary><c>screen --batch</c>'s loop: 2,000 mixed names on every core (time per name; names/s = 1 / time).</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int Batch_AllCores()
    {
        if (Query != "exact")
        {
            return 0;
        }

        var total = 0;
        Parallel.For(0, batch.Length, i => Interlocked.Add(ref total, screener.Screen(batch[i]).Length));
        return total;
    }

    /// <summary>The batch's mix, name <paramref name="i"/> of it: a listed person's name as written (i % 4 = 0), with a typo (1), or a
    /// common given name and family name (2, 3), drawn from <paramref name="random"/>.</summary>
    internal static string MixedName(Random random, string[] listed, int i) => (i % 4) switch
    {
        0 => listed[random.Next(listed.Length)],
        1 => Typo(listed[random.Next(listed.Length)]),
        _ => $"{Given[random.Next(Given.Length)]} {Family[random.Next(Family.Length)]}",
    };

    private static readonly string[] Given = ["Mohammad", "John", "Maria", "Ali", "Elena", "Wei", "Olga", "Ahmed", "Jose", "Anna", "Ivan", "Fatima"];
    private static readonly string[] Family = ["Thompson", "Garcia", "Hosseini", "Petrova", "Nguyen", "Schmidt", "Rahimi", "Okafor", "Kowalski", "Haddad"];

    private static string Typo(string name)
    {
        var chars = name.ToCharArray();
        var at = chars.Length / 2;
        chars[at] = chars[at] == 'A' ? 'E' : 'A';
        return new string(chars);
    }

    internal static SanctionsWorld LoadWorld()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sanctions.Core.sln")))
        {
            dir = dir.Parent;
        }

        var sdn = dir is null ? null : Path.Combine(dir.FullName, "..", "shared", "data", "official", "ofac_sdn_history", "sdn-scraped-2024-05-01T18-43Z.csv");
        if (sdn is not null && File.Exists(sdn))
        {
            var temp = Directory.CreateTempSubdirectory("sdn-bench");
            File.Copy(sdn, Path.Combine(temp.FullName, "sdn.csv"));
            var options = new ImportOptions { Published = Instant.FromUtc(2024, 5, 1, 18, 43), Lenient = true };
            var imported = ListImporter.ImportAsync(ImportFormat.OfacSdnCsv, [Path.Combine(temp.FullName, "sdn.csv")], options).GetAwaiter().GetResult().World;
            temp.Delete(true);
            WorldSource = $"SDN 2024-05-01 ({imported.Parties.Length} parties)";
            return imported;
        }

        var generated = SyntheticWorld.Generate(new SyntheticWorldOptions { Parties = 14_966 });
        WorldSource = $"synthetic ({generated.Parties.Length} parties)";
        return generated;
    }
}

/// <summary>Jaro-Winkler similarity and Watchman's token form of it, written for the baseline.</summary>
internal static class JaroWinkler
{
    // Each query word's best Jaro-Winkler against the listed words, averaged over the query words.
    public static double TokenScore(string[] query, string[] listed)
    {
        if (query.Length == 0 || listed.Length == 0)
        {
            return 0;
        }

        double sum = 0;
        foreach (var q in query)
        {
            double best = 0;
            foreach (var l in listed)
            {
                best = Math.Max(best, Similarity(q, l));
            }

            sum += best;
        }

        return sum / query.Length;
    }

    public static double Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        Span<bool> aMatched = stackalloc bool[a.Length];
        Span<bool> bMatched = stackalloc bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (!bMatched[j] && a[i] == b[j])
                {
                    aMatched[i] = bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        for (int i = 0, k = 0; i < a.Length; i++)
        {
            if (!aMatched[i])
            {
                continue;
            }

            while (!bMatched[k])
            {
                k++;
            }

            transpositions += a[i] != b[k] ? 1 : 0;
            k++;
        }

        double m = matches;
        var jaro = ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2.0)) / m)) / 3;
        var prefix = 0;
        while (prefix < Math.Min(4, Math.Min(a.Length, b.Length)) && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * 0.1 * (1 - jaro));
    }
}
