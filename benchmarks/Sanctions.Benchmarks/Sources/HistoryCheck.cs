using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;
using Sanctions.Sources;

namespace Sanctions.Benchmarks.Sources;

/// <summary>
/// <c>history-check FOLDER</c>: imports the unpacked monthly SDN publications (<c>sdn-scraped-*.csv</c>) as one history and
/// checks, for every publication instant t, that the world as known at t says on t's day exactly what that file lists:
/// every ent_num in the file designated (certain), and no other party. Prints one line per publication.
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
            var listed = File.ReadLines(publication.Files[0].Name)
                .Select(l => l.Split(',', 2)[0].Trim())
                .Where(id => id.Length > 0 && id.All(char.IsAsciiDigit))
                .Select(id => "ofac:" + id)
                .ToHashSet(StringComparer.Ordinal);
            var view = world.AsOf(at.InUtc().Date, at);
            var designated = world.Parties.Where(p => view.IsDesignated(p.Id) == Certainty.Certain).Select(p => p.Id.Value).ToHashSet(StringComparer.Ordinal);
            var missing = listed.Except(designated).ToList();
            var extra = designated.Except(listed).ToList();
            failures += missing.Count + extra.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(publication.Files[0].Name)}: listed {listed.Count}, designated {designated.Count}, missing {missing.Count} {string.Join(' ', missing.Take(3))}, extra {extra.Count} {string.Join(' ', extra.Take(3))}"));
        }

        Console.WriteLine(failures == 0 ? "every publication: the world says what the file lists" : $"{failures} differences");
        Environment.ExitCode = failures == 0 ? 0 : 1;
    }

    private static Instant InstantOf(string path)
    {
        var stamp = Stamp().Match(Path.GetFileName(path)).Groups[1].Value;
        return Instant.FromDateTimeOffset(DateTimeOffset.ParseExact(stamp, "yyyy-MM-dd'T'HH-mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
    }

    [GeneratedRegex(@"sdn-scraped-(\d{4}-\d\d-\d\dT\d\d-\d\d)Z\.csv")]
    private static partial Regex Stamp();
}
