using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sanctions.Core.Serialization;

namespace Sanctions.Sources.Tests.Mapping;

/// <summary>
/// A history import takes over the mapping of records whose rows did not change (issue 16, speed): the world, the issues
/// and the counts must be what mapping every row of every publication gives.
/// </summary>
public sealed class UnchangedRecordsTests
{
    private const string Sample = "ofac_sdn_csv_2019_sample/";

    private static readonly string[] Files = ["sdn.csv", "add.csv", "alt.csv"];

    private static string[][] SampleRows() =>
        [.. Files.Select(f => File.ReadAllText(Fixture.PathOf(Sample + f), Encoding.UTF8).Split('\n').Where(l => l.Length > 0).Select(l => l + "\n").ToArray())];

    [Fact]
    public async Task ImportHistory_OneEntryRenamed_TakesOverTheOthersAndGivesTheSameWorld()
    {
        var first = SampleRows();
        var second = first.Select(f => f.ToArray()).ToArray();
        second[0][3] = second[0][3].Replace("EMPRESA CUBANA", "EMPRESA CUBANA NUEVA", StringComparison.Ordinal);
        var third = second.Select(f => f.ToArray()).ToArray();
        third[0] = [.. third[0].Where((_, i) => i != 10)];
        var publications = Publications([first, second, third]);

        var (taken, mapped) = await Both(publications, lenient: false);

        // 500 entries: the second publication takes over all but the renamed one, the third all but the one after it.
        Assert.InRange(taken, 900, 998);
        Assert.Equal(mapped.Without, mapped.With);
    }

    [Fact]
    public async Task ImportHistory_UnchangedRowsThatWarnMovedDown_WarnAgainAtTheirNewLines()
    {
        // A reading warning (a birth date in no known form) and a linking one (Linked To no entry), on rows that do not change
        // while a row above them goes: each publication warns again, at the rows' new lines, as mapping every row does.
        var first = SampleRows();
        first[0][20] = ReplaceField(first[0][20], 11, "\"DOB sometime in 1970.\"");
        first[0][30] = ReplaceField(first[0][30], 11, "\"Linked To: NO SUCH ENTRY ANYWHERE.\"");
        var second = first.Select(f => f.ToArray()).ToArray();
        second[0] = [.. second[0].Where((_, i) => i != 5)];
        var third = second.Select(f => f.ToArray()).ToArray();
        third[0] = [.. third[0].Where((_, i) => i != 2)];

        var (taken, mapped) = await Both(Publications([first, second, third]), lenient: false);

        Assert.InRange(taken, 900, 998);
        Assert.Equal(mapped.Without, mapped.With);
        Assert.Contains("sdn.csv:21", mapped.With, StringComparison.Ordinal);
        Assert.Contains("sdn.csv:20", mapped.With, StringComparison.Ordinal);
        Assert.Contains("sdn.csv:19", mapped.With, StringComparison.Ordinal);
        Assert.Contains("sdn.csv:29", mapped.With, StringComparison.Ordinal);
    }

    [Property(MaxTest = 25)]
    public Property ImportHistory_RandomEdits_TakingOverGivesWhatMappingEveryRowGives() =>
        Prop.ForAll(Edits().ToArbitrary(), edits =>
        {
            var rows = SampleRows();
            var versions = new List<string[][]> { rows };
            var removed = new List<string>();
            foreach (var publication in edits)
            {
                rows = rows.Select(f => f.ToList().ToArray()).ToArray();
                foreach (var (op, at, other) in publication)
                {
                    rows = Apply(rows, op, at, other, removed);
                }

                versions.Add(rows);
            }

            var (_, result) = Both(Publications(versions), lenient: true).GetAwaiter().GetResult();
            return result.Without == result.With;
        });

    // Publications of 0-8 edits each, 1-4 publications after the sample.
    private static Gen<(int Op, int At, int Other)[][]> Edits() =>
        (from op in Gen.Choose(0, 10) from at in Gen.Choose(0, 10_000) from other in Gen.Choose(0, 10_000) select (op, at, other))
            .ArrayOf().Select(a => a.Take(8).ToArray())
            .ArrayOf().Where(a => a.Length is > 0 and <= 4);

    private static string[][] Apply(string[][] rows, int op, int at, int other, List<string> removed)
    {
        var sdn = rows[0].ToList();
        var file = op switch { 6 => 1, 7 => 2, _ => 0 };
        var lines = file == 0 ? sdn : rows[file].ToList();
        if (lines.Count == 0)
        {
            return rows;
        }

        var i = at % lines.Count;
        var line = lines[i];
        switch (op)
        {
            case 0:
                // An entry disappears.
                removed.Add(line);
                lines.RemoveAt(i);
                break;
            case 1:
                // A renamed entry.
                lines[i] = ReplaceField(line, 1, "\"RENAMED " + i + "\"");
                break;
            case 2:
                // A new program tag, unknown to the importer: a warning, reported for every publication.
                lines[i] = ReplaceField(line, 3, "\"NEWPROG-" + (other % 3) + "\"");
                break;
            case 3:
                // Linked To another entry's primary name, which linking resolves over the whole publication.
                lines[i] = ReplaceField(line, 11, "\"Linked To: " + Field(sdn[other % sdn.Count], 1).Trim('"') + ".\"");
                break;
            case 4:
                // An entry comes back.
                if (removed.Count > 0)
                {
                    lines.Insert(i, removed[other % removed.Count]);
                }

                break;
            case 5:
                // A row given twice (lenient: the second is skipped with an issue).
                lines.Insert(i, line);
                break;
            case 6:
                // An address changes its city.
                lines[i] = ReplaceField(line, 3, "\"CITY " + other + "\"");
                break;
            case 7:
                // An alias is dropped.
                lines.RemoveAt(i);
                break;
            case 8:
                // Another line end.
                lines[i] = line.EndsWith("\r\n", StringComparison.Ordinal) ? line[..^2] + "\n" : line[..^1] + "\r\n";
                break;
            case 10:
                // A birth date in no known form: a warning while reading, for every publication, at the row's line.
                lines[i] = ReplaceField(line, 11, "\"DOB about " + other + ".\"");
                break;
            default:
                // Two entries swap places.
                var j = other % lines.Count;
                (lines[i], lines[j]) = (lines[j], lines[i]);
                break;
        }

        var result = rows.ToArray();
        result[file] = [.. lines];
        return result;
    }

    private static string Field(string line, int index) => SplitFields(line)[index];

    private static string ReplaceField(string line, int index, string value)
    {
        var fields = SplitFields(line.TrimEnd('\r', '\n'));
        if (index >= fields.Count)
        {
            return line;
        }

        fields[index] = value;
        return string.Join(',', fields) + line[line.TrimEnd('\r', '\n').Length..];
    }

    // Fields of a row, quotes kept.
    private static List<string> SplitFields(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }

            if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }

    private static List<ImportPublication> Publications(IEnumerable<string[][]> versions) =>
        [.. versions.Select((rows, n) => new ImportPublication(
            [.. rows.Select((lines, f) => Fixture.Text(Files[f], string.Concat(lines)))],
            Instant.FromUtc(2024, 1, 1, 12, 0) + Duration.FromDays(30 * n)))];

    private static async Task<(int Taken, (string Without, string With) Mapped)> Both(List<ImportPublication> publications, bool lenient)
    {
        var options = new ImportOptions { Lenient = lenient };
        var taken = 0;
        var with = await Task.Run(() => Describe(() => ListImporter.Import(ImportFormat.OfacSdnCsv, publications, options, null, Fixture.Token, takeOver: true, tookOver: n => taken = n)));
        var without = await Task.Run(() => Describe(() => ListImporter.Import(ImportFormat.OfacSdnCsv, publications, options, null, Fixture.Token, takeOver: false)));
        return (taken, (without, with));
    }

    // The outcome in full: counts, issues and the world, or the error (an edit may leave a file with no entry).
    internal static string Describe(Func<ImportResult> import)
    {
        try
        {
            var result = import();
            return $"{result.Read} {result.Imported} {result.Skipped}\n{string.Join('\n', result.Issues.Select(i => i.Severity + " " + i))}\n{WorldJson.Serialize(result.World)}";
        }
        catch (Sanctions.Sources.Diagnostics.ImportException e)
        {
            return "error: " + e.Message;
        }
    }
}
