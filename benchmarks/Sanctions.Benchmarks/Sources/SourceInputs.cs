using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Sanctions.Benchmarks.Sources;

/// <summary>
/// Benchmark inputs for the importers: the sample files in tests/Sanctions.Sources.Tests/Fixtures
/// (see PROVENANCE.md there; read in place, never copied) with their records repeated under new
/// ids until the input reaches the wanted size.
/// </summary>
/// <remarks>Deterministic, so the host process (for the throughput columns) and the benchmark process build the same bytes.</remarks>
internal static partial class SourceInputs
{
    public const int TargetBytes = 100 * 1024 * 1024;

    /// <summary>About the size of OFAC's SDN list.</summary>
    public const int SdnSizedEntries = 18_000;

    private static readonly ConcurrentDictionary<string, Input> Cache = new();

    /// <summary>A generated input: files (name and bytes) and how many primary records they hold.</summary>
    public sealed record Input(IReadOnlyList<(string Name, byte[] Bytes)> Files, int Records)
    {
        public long Bytes => Files.Sum(f => (long)f.Bytes.Length);
    }

    public static string FixturePath(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sanctions.Core.sln")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            throw new InvalidOperationException("Run the benchmarks from inside the repository: Sanctions.Core.sln not found above " + AppContext.BaseDirectory);
        }

        return Path.Combine(dir.FullName, "tests", "Sanctions.Sources.Tests", "Fixtures", relative);
    }

    public static Input Get(string name) => Cache.GetOrAdd(name, Build);

    private static Input Build(string name) => name switch
    {
        "ofac-csv-100mb" => OfacCsv(repeat: null),
        "ofac-csv-sdn" => OfacCsv(repeat: SdnSizedEntries / 500),
        "ofac-xml-100mb" => Xml("ofac_xml/consolidated_sdnlist_format_excerpt.xml", "sdnEntry", UidPattern(), 40, null),
        "ofac-xml-sdn" => Xml("ofac_xml/consolidated_sdnlist_format_excerpt.xml", "sdnEntry", UidPattern(), 40, SdnSizedEntries / 40),
        "un-xml-100mb" => Xml("un/un_consolidated_excerpt.xml", null, DataIdPattern(), 41, null),
        "csl-100mb" => Csl(),
        "ftm-100mb" => Ftm(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown input"),
    };

    private static string[] Lines(string relative) =>
        File.ReadAllText(FixturePath(relative), Encoding.UTF8).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();

    /// <summary>The 2019 OFAC CSV sample (500 entries with their addresses and aliases), ent_num offset by 1,000,000 per copy.</summary>
    private static Input OfacCsv(int? repeat)
    {
        var files = new[] { "sdn.csv", "add.csv", "alt.csv" }.ToDictionary(f => f, f => Lines("ofac_sdn_csv_2019_sample/" + f));
        var copyBytes = files.Values.Sum(l => l.Sum(x => x.Length + 2));
        var copies = repeat ?? (int)Math.Ceiling(TargetBytes / (double)copyBytes);
        var output = files.ToDictionary(f => f.Key, _ => new StringBuilder());
        for (var k = 0; k < copies; k++)
        {
            foreach (var (file, lines) in files)
            {
                foreach (var line in lines)
                {
                    // Every file starts with ent_num; add.csv and alt.csv then have their own row number.
                    var comma = line.IndexOf(',', StringComparison.Ordinal);
                    var entNum = long.Parse(line.AsSpan(0, comma), System.Globalization.CultureInfo.InvariantCulture) + (k * 1_000_000L);
                    var rest = line[comma..];
                    if (file != "sdn.csv")
                    {
                        var second = rest.IndexOf(',', 1);
                        var rowNum = long.Parse(rest.AsSpan(1, second - 1), System.Globalization.CultureInfo.InvariantCulture) + (k * 1_000_000L);
                        rest = "," + rowNum.ToString(System.Globalization.CultureInfo.InvariantCulture) + rest[second..];
                    }

                    output[file].Append(entNum.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(rest).Append("\r\n");
                }
            }
        }

        return new Input([.. output.Select(o => (o.Key, Encoding.ASCII.GetBytes(o.Value.ToString())))], files["sdn.csv"].Length * copies);
    }

    [GeneratedRegex(@"(?<=<sdnEntry>\s*<uid>)(\d+)(?=</uid>)")]
    private static partial Regex UidPattern();

    [GeneratedRegex(@"(?<=<DATAID>)(\d+)(?=</DATAID>)")]
    private static partial Regex DataIdPattern();

    /// <summary>Repeats the entries between the first entry start and the end of the last, renumbering the record id.</summary>
    private static Input Xml(string relative, string? entryName, Regex idPattern, int entriesPerCopy, int? repeat)
    {
        var text = File.ReadAllText(FixturePath(relative), Encoding.UTF8);
        var name = entryName ?? "INDIVIDUAL";
        var start = text.IndexOf("<" + name + ">", StringComparison.Ordinal);
        var startLine = text.LastIndexOf('\n', start) + 1;

        // For the UN list, repeat the INDIVIDUALS and ENTITIES blocks together: the body between the root's children.
        string head, body, tail;
        if (entryName is null)
        {
            var bodyStart = text.IndexOf("<INDIVIDUALS>", StringComparison.Ordinal);
            var bodyEnd = text.IndexOf("</CONSOLIDATED_LIST>", StringComparison.Ordinal);
            head = text[..bodyStart];
            body = text[bodyStart..bodyEnd];
            tail = text[bodyEnd..];
        }
        else
        {
            var end = text.LastIndexOf("</" + name + ">", StringComparison.Ordinal) + name.Length + 3;
            head = text[..startLine];
            body = text[startLine..end] + "\r\n";
            tail = text[end..];
        }

        var copies = repeat ?? (int)Math.Ceiling(TargetBytes / (double)Encoding.UTF8.GetByteCount(body));
        var output = new StringBuilder(head, (body.Length * copies) + head.Length + tail.Length + 16);
        for (var k = 0; k < copies; k++)
        {
            var offset = k * 100_000L;
            output.Append(k == 0 ? body : idPattern.Replace(body, m => (long.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) + offset).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        output.Append(tail);
        var fileName = entryName is null ? "consolidated.xml" : "consolidated.xml";
        return new Input([(fileName, Encoding.UTF8.GetBytes(output.ToString()))], entriesPerCopy * copies);
    }

    /// <summary>The 13 CSL rows, each copy with its <c>_id</c> prefixed by the copy number.</summary>
    private static Input Csl()
    {
        var lines = Lines("us_csl/consolidated.csv");
        var header = lines[0];
        var rows = lines[1..];
        var copyBytes = rows.Sum(r => r.Length + 1);
        var copies = (int)Math.Ceiling(TargetBytes / (double)copyBytes);
        var output = new StringBuilder(header).Append('\n');
        for (var k = 0; k < copies; k++)
        {
            var prefix = k.ToString(System.Globalization.CultureInfo.InvariantCulture) + "x";
            foreach (var row in rows)
            {
                output.Append("\"").Append(prefix).Append(row.AsSpan(1)).Append('\n');
            }
        }

        return new Input([("consolidated.csv", Encoding.UTF8.GetBytes(output.ToString()))], rows.Length * copies);
    }

    [GeneratedRegex("\"(NK-[A-Za-z0-9]+|Q\\d+|[a-z]{2,}-[a-z0-9-]+)\"")]
    private static partial Regex FtmId();

    /// <summary>The 91 Zala entities, every id (and reference to one) suffixed by the copy number.</summary>
    private static Input Ftm()
    {
        var lines = Lines("opensanctions/zala_entities.ftm.json");
        var copyBytes = lines.Sum(l => Encoding.UTF8.GetByteCount(l) + 1);
        var copies = (int)Math.Ceiling(TargetBytes / (double)copyBytes);
        var output = new StringBuilder();
        for (var k = 0; k < copies; k++)
        {
            var suffix = "-" + k.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"";
            foreach (var line in lines)
            {
                output.Append(k == 0 ? line : FtmId().Replace(line, m => m.Value[..^1] + suffix)).Append('\n');
            }
        }

        return new Input([("entities.ftm.json", Encoding.UTF8.GetBytes(output.ToString()))], lines.Length * copies);
    }
}
