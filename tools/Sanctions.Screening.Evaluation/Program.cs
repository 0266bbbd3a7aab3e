using System.Diagnostics;
using System.Globalization;
using nietras.SeparatedValues;
using NodaTime;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;
using Sanctions.Screening;
using Sanctions.Sources;

// The screening evaluation of docs/screening.md: name pairs against logic-v2, recall on UN and US Congress names as written and
// treated, false alerts on 50,000 synthetic people, and correlation with OFAC's own scores.
//
//   dotnet run -c Release --project tools/Sanctions.Screening.Evaluation [-- --shared ../shared/data] [--skip-lists]
//
// The fixtures are read from tests/Sanctions.Screening.Tests/Fixtures/evaluation (copied with PROVENANCE.md); the SDN of
// 2024-05-01 and the UN list of 2026-02-27 from the shared data folder (not copied: official lists, imported here with the
// project's own importers).
var root = FindRoot();
var fixtures = Path.Combine(root, "tests", "Sanctions.Screening.Tests", "Fixtures", "evaluation");
var shared = Arg("--shared") ?? Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
var culture = CultureInfo.InvariantCulture;
var options = ScreeningOptions.Default;

// --set Name=Value (repeatable) changes one option, to see how a setting moves the figures.
for (var i = 0; i + 1 < args.Length; i++)
{
    if (args[i] == "--set")
    {
        var (key, value) = (args[i + 1].Split('=')[0], args[i + 1].Split('=')[1]);
        var property = typeof(ScreeningOptions).GetProperty(key) ?? throw new ArgumentException($"--set: no option '{key}'.");
        options = options with { };
        property.SetValue(options, Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
    }
}
// --compare A B: how two names fold and compare (the analysis, the score and its evidence), then stop.
if (Array.IndexOf(args, "--compare") is var at and >= 0 && at + 2 < args.Length)
{
    foreach (var n in new[] { args[at + 1], args[at + 2] })
    {
        Console.WriteLine($"{n} -> {string.Join(" ", NameAnalyzer.Analyze(n))}");
    }

    var (s, e) = Screener.Compare(args[at + 1], args[at + 2], null, options);
    Console.WriteLine($"score {s:0.000}");
    e.ToList().ForEach(x => Console.WriteLine($"  {x}"));
    return 0;
}

Console.WriteLine($"screening evaluation, {options.Algorithm}, alert threshold {options.AlertThreshold.ToString("0.00", culture)}");
Console.WriteLine();

NamePairs();
OfacParity();
if (!args.Contains("--skip-lists"))
{
    Lists();
}

return 0;

void NamePairs()
{
    var cases = Csv(Path.Combine(fixtures, "cases.csv"));
    var frozen = Csv(Path.Combine(fixtures, "logicv2-frozen.csv"))
        .GroupBy(r => (r["name1"], r["name2"], r["schema"]))
        .ToDictionary(g => g.Key, g => double.Parse(g.First()["score"], culture));
    var ours = new Counts();
    var oursShared = new Counts();
    var theirs = new Counts();
    var strong = (Matched: 0, All: 0);
    var misses = new List<string>();
    foreach (var row in cases)
    {
        var truth = row["is_match"] == "true";
        var (score, evidence) = Screener.Compare(row["name1"], row["name2"], Kind(row["schema"]), options);
        var predicted = score >= options.AlertThreshold;
        ours.Add(truth, predicted);
        if (frozen.TryGetValue((row["name1"], row["name2"], row["schema"]), out var theirScore))
        {
            oursShared.Add(truth, predicted);
            theirs.Add(truth, theirScore >= 0.70);
        }

        if (truth && row["quality"] == "STRONG")
        {
            strong.All++;
            strong.Matched += predicted ? 1 : 0;
        }

        if (truth != predicted)
        {
            misses.Add($"  {(truth ? "FN" : "FP")} {score:0.000} [{row["schema"]}/{row["quality"]}] {row["name1"]} | {row["name2"]}");
        }
    }

    Console.WriteLine("## Name pairs (cases.csv)");
    Console.WriteLine($"| | pairs | precision | recall | F1 |");
    Console.WriteLine($"|---|---:|---:|---:|---:|");
    Console.WriteLine($"| this screener, all pairs | {ours.N} | {ours.Precision:0.000} | {ours.Recall:0.000} | {ours.F1:0.000} |");
    Console.WriteLine($"| this screener, the pairs logic-v2 scored | {oursShared.N} | {oursShared.Precision:0.000} | {oursShared.Recall:0.000} | {oursShared.F1:0.000} |");
    Console.WriteLine($"| logic-v2 (logicv2-frozen.csv, 0.70) | {theirs.N} | {theirs.Precision:0.000} | {theirs.Recall:0.000} | {theirs.F1:0.000} |");
    Console.WriteLine($"STRONG positives matched: {strong.Matched} of {strong.All}");
    if (args.Contains("--misses"))
    {
        misses.ForEach(Console.WriteLine);
    }

    Console.WriteLine();
}

void OfacParity()
{
    var rows = Csv(Path.Combine(fixtures, "ofac_fixtures.csv"));
    var pairs = rows.Select(r => (Ours: Screener.Compare(r["query_name"], r["result_name"], null, options).Score, Ofac: double.Parse(r["ofac_score"], culture) / 100)).ToArray();
    Console.WriteLine("## OFAC parity (ofac_fixtures.csv)");
    Console.WriteLine($"{pairs.Length} pairs; Pearson correlation with OFAC's score: {Pearson(pairs):0.000}; Spearman: {Spearman(pairs):0.000}");
    Console.WriteLine();
}

void Lists()
{
    var sdnPath = Path.Combine(shared, "official", "ofac_sdn_history", "sdn-scraped-2024-05-01T18-43Z.csv");
    var unPath = Path.Combine(shared, "official", "un", "un_consolidated_2026-02-27_full.xml");
    var published = Instant.FromUtc(2024, 5, 1, 18, 43);
    var watch = Stopwatch.StartNew();

    // The importer tells OFAC CSV files apart by name: the dated archive copy is read as sdn.csv from a temporary folder.
    var temp = Directory.CreateTempSubdirectory("sdn-2024-05-01");
    File.Copy(sdnPath, Path.Combine(temp.FullName, "sdn.csv"));
    var sdn = ListImporter.ImportAsync(ImportFormat.OfacSdnCsv, [Path.Combine(temp.FullName, "sdn.csv")], new ImportOptions { Published = published, Lenient = true }).GetAwaiter().GetResult().World;
    temp.Delete(true);
    var un = ListImporter.ImportAsync(ImportFormat.UnXml, [unPath], new ImportOptions { Lenient = true }).GetAwaiter().GetResult().World;
    Console.WriteLine($"SDN 2024-05-01: {sdn.Parties.Length} parties; UN 2026-02-27: {un.Parties.Length} parties (imported in {watch.Elapsed.TotalSeconds:0.0} s)");
    var day = new LocalDate(2024, 5, 1);

    if (Arg("--time") is null)
    {
        Recall(sdn, day);
    }

    // False alerts: synthetic people against the SDN and the UN list.
    FalseAlerts(sdn, un, day);
}

void Recall(SanctionsWorld sdn, LocalDate day)
{
    // Recall: the positives as listed parties beside the whole SDN, screened as written and treated.
    Console.WriteLine();
    Console.WriteLine("## Recall (positives listed beside the SDN of 2024-05-01)");
    Console.WriteLine("| names | treatment | screened | found (alert, the right party) | recall | as persons, with birth date and nationality |");
    Console.WriteLine("|---|---|---:|---:|---:|---:|");
    foreach (var file in new[] { "positives_un_untreated.csv", "positives_us_congress_untreated.csv" })
    {
        var people = Csv(Path.Combine(fixtures, file)).Where(r => r["full_name"].Length > 0).ToArray();
        var builder = new WorldBuilder(sdn);
        builder.AddList(new SanctionsList(new ListId("eval-positives"), "evaluation positives", sdn.Lists[0].Authority));
        for (var i = 0; i < people.Length; i++)
        {
            var r = people[i];
            builder.AddParty(new Person(new PartyId($"eval:{i}"), [new PartyName(r["full_name"])],
                birthDates: PartialDate.TryParse(r["date_of_birth"], out var dob) ? [dob] : [],
                nationalities: r["nationality"].Length > 0 ? [r["nationality"]] : []));
            builder.AddDesignation(new Designation($"eval-d{i}", new PartyId($"eval:{i}"), new ListId("eval-positives"), ValidPeriod.Since(new PartialDate(2020))));
        }

        var world = builder.Build();
        var screener = Screener.Build(world, options);
        foreach (var (treatment, change) in Treatments())
        {
            int screened = 0, found = 0, foundQualified = 0;
            for (var i = 0; i < people.Length; i++)
            {
                var name = change(people[i]["full_name"]);
                if (name is null)
                {
                    continue;
                }

                screened++;
                var query = new ScreeningQuery(name, day);
                var hit = screener.Screen(query).Any(m => m.Party.Id.Value == $"eval:{i}");
                found += hit ? 1 : 0;
                if (!hit && args.Contains("--misses") && screened % 7 == 0)
                {
                    var best = screener.Screen(query with { MinScore = 0 }).FirstOrDefault(m => m.Party.Id.Value == $"eval:{i}");
                    Console.WriteLine($"  miss ({treatment}): {name} ~ {people[i]["full_name"]}: {best?.ToString() ?? "not a candidate"}");
                }

                var qualified = query with
                {
                    Kind = PartyKind.Person,
                    BirthDate = PartialDate.TryParse(people[i]["date_of_birth"], out var dob) ? dob : null,
                    Countries = people[i]["nationality"].Length > 0 ? [people[i]["nationality"]] : [],
                };
                foundQualified += screener.Screen(qualified).Any(m => m.Party.Id.Value == $"eval:{i}") ? 1 : 0;
            }

            Console.WriteLine($"| {file} | {treatment} | {screened} | {found} | {(double)found / screened:0.000} | {(double)foundQualified / screened:0.000} |");
        }
    }

}

void FalseAlerts(SanctionsWorld sdn, SanctionsWorld un, LocalDate day)
{
    var watch = Stopwatch.StartNew();
    var both = new WorldBuilder(sdn).AddWorld(un).Build();
    watch.Restart();
    var all = Screener.Build(both, options);
    var build = watch.Elapsed;
    var negatives = Csv(Path.Combine(fixtures, "negatives_us.csv"));
    if (Arg("--time") is { } timed)
    {
        var q = new ScreeningQuery(timed, day);
        for (var k = 0; k < 1000; k++)
        {
            all.Screen(q);
        }

        var sw = Stopwatch.StartNew();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var k = 0; k < 10000; k++)
        {
            all.Screen(q);
        }

        Console.WriteLine($"time '{timed}': {sw.Elapsed.TotalMicroseconds / 10000:0.0} µs, {(GC.GetAllocatedBytesForCurrentThread() - before) / 10000} B, {Screener.LastCandidates} candidates (index built in {build.TotalMilliseconds:0} ms)");
        return;
    }

    if (args.Contains("--profile"))
    {
        var sw = Stopwatch.StartNew();
        long candidates = 0;
        var slow = new List<(double Ms, int Candidates, string Name)>();
        foreach (var r in negatives.Take(3000))
        {
            var t = sw.Elapsed.TotalMilliseconds;
            all.Screen(new ScreeningQuery(r["full_name"], day));
            candidates += Screener.LastCandidates;
            slow.Add((sw.Elapsed.TotalMilliseconds - t, Screener.LastCandidates, r["full_name"]));
        }

        Console.WriteLine($"profile: 3000 queries, {sw.Elapsed.TotalMilliseconds / 3000:0.000} ms each, {candidates / 3000.0:0.0} candidates each");
        slow.OrderByDescending(x => x.Ms).Take(10).ToList().ForEach(x => Console.WriteLine($"  {x.Ms:0.00} ms {x.Candidates} {x.Name}"));
        return;
    }

    if (Arg("--negatives") is { } count)
    {
        negatives = negatives.Take(int.Parse(count, culture)).ToList();
    }

    int alerts = 0, alertsPlain = 0;
    var examples = new List<string>();
    watch.Restart();
    // Names alone are screened for the first 10,000 people (a figure for comparison); every person with qualifiers.
    var plainCount = Math.Min(negatives.Count, int.Parse(Arg("--plain") ?? "10000", culture));
    var results = new (bool Plain, bool Qualified, string Example)[negatives.Count];
    Parallel.For(0, negatives.Count, i =>
    {
        var r = negatives[i];
        var query = new ScreeningQuery(r["full_name"], day);
        var plain = i < plainCount ? all.Screen(query) : [];
        var qualified = all.Screen(query with
        {
            BirthDate = PartialDate.TryParse(r["date_of_birth"], out var dob) ? dob : null,
            Countries = r["nationality"].Length > 0 ? [r["nationality"]] : [],
            Gender = r["gender"].Length > 0 ? r["gender"] : null,
            Kind = PartyKind.Person,
        });
        results[i] = (!plain.IsEmpty, !qualified.IsEmpty, qualified.IsEmpty ? string.Empty : $"  {r["full_name"]} ~ {qualified[0]}");
    });
    var elapsed = watch.Elapsed;
    foreach (var (plain, qualified, example) in results)
    {
        alertsPlain += plain ? 1 : 0;
        alerts += qualified ? 1 : 0;
        if (qualified && examples.Count < 15)
        {
            examples.Add(example);
        }
    }

    Console.WriteLine();
    Console.WriteLine("## False alerts (negatives_us.csv against SDN 2024-05-01 + UN 2026-02-27)");
    Console.WriteLine($"{both.Parties.Length} parties, {all.NameCount} names indexed in {build.TotalMilliseconds:0} ms");
    Console.WriteLine($"| | people | with an alert | rate |");
    Console.WriteLine($"|---|---:|---:|---:|");
    Console.WriteLine($"| names only (the first {plainCount}) | {plainCount} | {alertsPlain} | {100.0 * alertsPlain / plainCount:0.00} % |");
    Console.WriteLine($"| as persons, with birth date, nationality, gender | {negatives.Count} | {alerts} | {100.0 * alerts / negatives.Count:0.00} % |");
    Console.WriteLine($"({negatives.Count + plainCount} queries in {elapsed.TotalSeconds:0.0} s on {Environment.ProcessorCount} cores, {(negatives.Count + plainCount) / elapsed.TotalSeconds:0} names/s{LoadNote()})");
    examples.ForEach(Console.WriteLine);
}

IEnumerable<(string Name, Func<string, string?> Change)> Treatments()
{
    yield return ("as written", n => n);
    yield return ("reordered LAST, Given", n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } w ? $"{w[^1]}, {string.Join(' ', w[..^1])}" : null);
    yield return ("one typo", Typo);
    yield return ("middle name dropped", n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 2 } w ? string.Join(' ', w.Where((_, i) => i != 1)) : null);
    yield return ("Cyrillic round trip", ToCyrillic);
}

// One letter of the longest word changed to the next letter of the alphabet, in its middle: a plain typing error.
// The machine's load average over the last minute, where the system tells it (Linux), so that the timing line says what else ran;
// nothing where it does not. Timing is this tool's, not the library's.
static string LoadNote()
{
    try
    {
        var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        return $", load average {first} over the last minute";
    }
    catch (IOException)
    {
        return string.Empty;
    }
    catch (UnauthorizedAccessException)
    {
        return string.Empty;
    }
}

static string? Typo(string name)
{
    var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    var longest = words.Select((w, i) => (w, i)).MaxBy(x => x.w.Length);
    if (longest.w.Length < 4)
    {
        return null;
    }

    var chars = longest.w.ToCharArray();
    var at = chars.Length / 2;
    chars[at] = char.IsLetter(chars[at]) ? (char)(char.ToLowerInvariant(chars[at]) == 'z' ? 'a' : chars[at] + 1) : chars[at];
    words[longest.i] = new string(chars);
    return string.Join(' ', words);
}

// A Latin name written in Cyrillic as a Russian clerk would (sh → ш, j → дж, h → х, w → в…); the screener folds it back.
static string ToCyrillic(string name)
{
    (string Latin, string Cyrillic)[] map =
    [
        ("shch", "щ"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ya", "я"), ("yu", "ю"), ("ph", "ф"),
        ("a", "а"), ("b", "б"), ("c", "к"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "х"), ("i", "и"), ("j", "дж"),
        ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("q", "к"), ("r", "р"), ("s", "с"), ("t", "т"),
        ("u", "у"), ("v", "в"), ("w", "в"), ("x", "кс"), ("y", "й"), ("z", "з"),
    ];
    var text = NameFolding.Fold(name);
    var sb = new System.Text.StringBuilder();
    for (var i = 0; i < text.Length;)
    {
        var hit = map.FirstOrDefault(m => string.CompareOrdinal(text, i, m.Latin, 0, m.Latin.Length) == 0);
        if (hit.Latin is null)
        {
            sb.Append(text[i++]);
        }
        else
        {
            sb.Append(hit.Cyrillic);
            i += hit.Latin.Length;
        }
    }

    return sb.ToString();
}

static PartyKind? Kind(string schema) => schema switch
{
    "Person" => PartyKind.Person,
    "Company" or "Organization" or "LegalEntity" => PartyKind.Organization,
    "Vessel" => PartyKind.Vessel,
    _ => null,
};

static List<Dictionary<string, string>> Csv(string path)
{
    using var reader = Sep.New(',').Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true, DisableFastFloat = true }).FromFile(path);
    var header = reader.Header.ColNames;
    var rows = new List<Dictionary<string, string>>();
    foreach (var row in reader)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            d[header[i]] = i < row.ColCount ? row[i].ToString() : string.Empty;
        }

        rows.Add(d);
    }

    return rows;
}

static double Pearson((double X, double Y)[] xs)
{
    var mx = xs.Average(p => p.X);
    var my = xs.Average(p => p.Y);
    var cov = xs.Sum(p => (p.X - mx) * (p.Y - my));
    var vx = xs.Sum(p => (p.X - mx) * (p.X - mx));
    var vy = xs.Sum(p => (p.Y - my) * (p.Y - my));
    return cov / Math.Sqrt(vx * vy);
}

static double Spearman((double X, double Y)[] xs)
{
    static double[] Ranks(double[] v)
    {
        var order = v.Select((x, i) => (x, i)).OrderBy(p => p.x).ToArray();
        var ranks = new double[v.Length];
        for (var i = 0; i < order.Length;)
        {
            var j = i;
            while (j + 1 < order.Length && order[j + 1].x == order[i].x)
            {
                j++;
            }

            for (var k = i; k <= j; k++)
            {
                ranks[order[k].i] = (i + j) / 2.0;
            }

            i = j + 1;
        }

        return ranks;
    }

    var rx = Ranks([.. xs.Select(p => p.X)]);
    var ry = Ranks([.. xs.Select(p => p.Y)]);
    return Pearson([.. rx.Zip(ry)]);
}

string? Arg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string FindRoot()
{
    var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sanctions.Core.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new InvalidOperationException("Run from inside the repository (no Sanctions.Core.sln above the current folder).");
}

internal sealed class Counts
{
    public int Tp { get; private set; }

    public int Fp { get; private set; }

    public int Fn { get; private set; }

    public int N { get; private set; }

    public double Precision => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);

    public double Recall => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(bool truth, bool predicted)
    {
        N++;
        Tp += truth && predicted ? 1 : 0;
        Fp += !truth && predicted ? 1 : 0;
        Fn += truth && !predicted ? 1 : 0;
    }
}

