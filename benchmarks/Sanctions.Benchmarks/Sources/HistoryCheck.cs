using System.Globalization;
using System.Text.RegularExpressions;
using nietras.SeparatedValues;
using NodaTime;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;
using Sanctions.Sources;

namespace Sanctions.Benchmarks.Sources;

/// <summary>
/// <c>history-check FOLDER</c>: imports the unpacked monthly SDN publications (<c>sdn-scraped-*.csv</c>) as one history and
/// checks, for every publication instant t, that the world as known at t says on t's day exactly what that file lists:
/// every ent_num in the file designated (certain), no other party, and each entry's primary name (<c>SDN_Name</c>) among the party's
/// primary names as known at t. Prints one line per publication.
/// </summary>
internal static partial class HistoryCheck
{
    public static void Run(string[] args)
    {
        var folder = args.Length > 1 ? args[1] : throw new ArgumentException("usage: history-check FOLDER");
        var files = Directory.GetFiles(folder, "sdn-scraped-*.csv").Order(StringComparer.Ordinal).ToList();
        var publications = files.Select(f => new ImportPublication([SourceFile.FromPath(f)], InstantOf(f))).ToList();
        var world = ListImporter.ImportHistoryAsync(ImportFormat.OfacSdnCsv, publications).GetAwaiter().GetResult().World;
        var failures = 0;
        foreach (var publication in publications)
        {
            var at = publication.Published!.Value;
            var names = ListedNames(publication.Files[0].Name);
            var listed = names.Keys.ToHashSet(StringComparer.Ordinal);
            var view = world.AsOf(at.InUtc().Date, at);
            var designated = world.Parties.Where(p => view.IsDesignated(p.Id) == Certainty.Certain).Select(p => p.Id.Value).ToHashSet(StringComparer.Ordinal);
            var missing = listed.Except(designated).ToList();
            var extra = designated.Except(listed).ToList();

            // The primary name the list gave at t (SDN_Name), against the party's primary names as known at t.
            var renamed = world.Parties
                .Where(p => names.TryGetValue(p.Id.Value, out var name) && !p.NamesKnownAt(at).Any(n => n.Kind == NameKind.Primary && n.Value == name))
                .Select(p => p.Id.Value)
                .ToList();
            failures += missing.Count + extra.Count + renamed.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(publication.Files[0].Name)}: listed {listed.Count}, designated {designated.Count}, missing {missing.Count} {string.Join(' ', missing.Take(3))}, extra {extra.Count} {string.Join(' ', extra.Take(3))}, primary name differs {renamed.Count} {string.Join(' ', renamed.Take(3))}"));
        }

        Console.WriteLine(failures == 0 ? "every publication: the world says what the file lists" : $"{failures} differences");
        Environment.ExitCode = failures == 0 ? 0 : 1;
    }

    // Each entry of a legacy SDN file (no header; ent_num, SDN_Name, …) by party id, with its name as the file gives it.
    private static Dictionary<string, string> ListedNames(string path)
    {
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromFile(path);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in reader)
        {
            var id = row[0].Span.Trim();
            if (row.ColCount > 1 && id.Length > 0 && !id.ContainsAnyExceptInRange('0', '9'))
            {
                names.Add("ofac:" + id.ToString(), row[1].ToString().Trim());
            }
        }

        return names;
    }

    private static Instant InstantOf(string path)
    {
        var stamp = Stamp().Match(Path.GetFileName(path)).Groups[1].Value;
        return Instant.FromDateTimeOffset(DateTimeOffset.ParseExact(stamp, "yyyy-MM-dd'T'HH-mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
    }

    [GeneratedRegex(@"sdn-scraped-(\d{4}-\d\d-\d\dT\d\d-\d\d)Z\.csv")]
    private static partial Regex Stamp();
}
