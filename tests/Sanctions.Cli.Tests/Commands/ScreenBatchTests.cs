using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sanctions.Cli.Commands;
using Sanctions.Cli.Data;
using Sanctions.Screening;

namespace Sanctions.Cli.Tests.Commands;

/// <summary><c>screen --batch</c>'s rows, screened on every core a few at a time and written in input order as they are done: the same
/// lines, byte for byte, as screening the rows one by one.</summary>
public sealed class ScreenBatchTests
{
    private static readonly Screener SeedScreener = Screener.Build(WorldLoader.Seed);
    private static readonly LocalDate On = new(2018, 1, 1);

    // Any rows (the seed world's names as written or with a letter changed, names of nobody, blank names) and any window of
    // chunks ahead: the lines handed over are, in order, exactly each row's line from screening it alone.
    [FsCheck.Xunit.Property(MaxTest = 40)]
    public Property ScreenRows_AnyRowsAndWindow_AreTheRowsScreenedOneByOne() =>
        Prop.ForAll(
            Gen.ListOf(RowName()).Select(l => l.Take(90).ToArray()).ToArbitrary(),
            Gen.Elements(1, 2, 3, 5, ScreenCommand.DefaultWindow).ToArbitrary(),
            (names, window) =>
            {
                var csv = Csv(names);
                try
                {
                    var lines = new List<string>();
                    var counts = ScreenCommand.ScreenRows(WorldLoader.Seed, SeedScreener, new ScreeningQuery("-", On), csv, null, null, null, null, null,
                        line => lines.Add(Encoding.UTF8.GetString(line)), window);
                    var expected = names.Select((n, i) => OneByOne(i + 1, n)).ToList();
                    return lines.SequenceEqual(expected, StringComparer.Ordinal) && counts.Rows == names.Length
                        && counts.WithMatches == expected.Count(l => !l.Contains("\"matches\":[]", StringComparison.Ordinal))
                        && counts.NotScreened == expected.Count(l => l.Contains("\"screened\":false", StringComparison.Ordinal));
                }
                finally
                {
                    File.Delete(csv);
                }
            });

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(ScreenCommand.DefaultWindow)]
    public void ScreenRows_ASinkThatFails_FailsTheBatch_WithItsOwnException(int window)
    {
        var csv = Csv([.. Enumerable.Range(0, 200).Select(i => i % 2 == 0 ? "Dmitry Rogozin" : $"Nobody Number{i}")]);
        try
        {
            var written = 0;
            var e = Assert.Throws<IOException>(() => ScreenCommand.ScreenRows(WorldLoader.Seed, SeedScreener, new ScreeningQuery("-", On), csv, null, null, null, null, null,
                _ => { if (++written == 30) { throw new IOException("disk full"); } }, window));
            Assert.Equal("disk full", e.Message);
            Assert.Equal(30, written);
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Fact]
    public void Batch_EachLinesMatches_AreTheSingleScreensMatches()
    {
        string[] names = ["ROGOZIN, Dmitrii", "Dmitri Rogozin", "Nobody At All", "Rogozin", "Igor Sechin"];
        var dir = Directory.CreateTempSubdirectory("screen-batch");
        try
        {
            var csv = Path.Combine(dir.FullName, "people.csv");
            File.WriteAllLines(csv, ["name", .. names.Select(n => "\"" + n + "\"")]);
            var batch = CliRunner.Run("screen", "--batch", csv, "--on", "2018-01-01", "--min-score", "0.5");
            Assert.Equal(0, batch.ExitCode);
            var lines = batch.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(names.Length, lines.Length);
            for (var i = 0; i < names.Length; i++)
            {
                using var line = JsonDocument.Parse(lines[i]);
                var single = CliRunner.Run("screen", names[i], "--on", "2018-01-01", "--min-score", "0.5", "--json").Json;
                Assert.True(JsonElement.DeepEquals(single.GetProperty("matches"), line.RootElement.GetProperty("matches")), names[i]);
            }
        }
        finally
        {
            dir.Delete(true);
        }
    }

    // A row with a blank name is not screened, and its line says so after its (empty) matches, so that it is not read as "no match";
    // a row screened with no match has no such field. The summary of --out counts the rows not screened apart.
    [Fact]
    public void Batch_ABlankName_IsMarkedNotScreened_AndANameWithNoMatchIsNot()
    {
        var dir = Directory.CreateTempSubdirectory("screen-batch");
        try
        {
            var csv = Path.Combine(dir.FullName, "people.csv");
            File.WriteAllLines(csv, ["name", "\"Dmitry Rogozin\"", "\"\"", "\"Nobody At All\"", "\"   \"", "\"-- ? --\""]);
            var batch = CliRunner.Run("screen", "--batch", csv, "--on", "2018-01-01");
            Assert.Equal(0, batch.ExitCode);
            var lines = batch.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
            Assert.Equal(5, lines.Length);
            foreach (var blank in new[] { lines[1], lines[3] })
            {
                Assert.Equal(0, blank.GetProperty("matches").GetArrayLength());
                Assert.False(blank.GetProperty("screened").GetBoolean());
                Assert.Equal("blank name", blank.GetProperty("reason").GetString());
            }

            Assert.Equal("{\"row\":2,\"query\":\"\",\"matches\":[],\"screened\":false,\"reason\":\"blank name\"}", batch.Out.Split('\n')[1].TrimEnd('\r'));
            Assert.NotEqual(0, lines[0].GetProperty("matches").GetArrayLength());
            Assert.Equal(0, lines[2].GetProperty("matches").GetArrayLength());
            Assert.False(lines[0].TryGetProperty("screened", out _));
            Assert.False(lines[2].TryGetProperty("screened", out _));

            // A name with no word to screen (punctuation only) was not screened either, and says why.
            Assert.Equal(0, lines[4].GetProperty("matches").GetArrayLength());
            Assert.False(lines[4].GetProperty("screened").GetBoolean());
            Assert.Equal("no word to screen", lines[4].GetProperty("reason").GetString());

            var output = Path.Combine(dir.FullName, "out.jsonl");
            var written = CliRunner.Run("screen", "--batch", csv, "--on", "2018-01-01", "--out", output);
            Assert.Equal(0, written.ExitCode);
            Assert.Contains("2 rows screened, 1 with matches; 3 not screened (a blank name, or no word to screen)", written.Out, StringComparison.Ordinal);
            Assert.Equal(batch.Out.ReplaceLineEndings(), File.ReadAllText(output).ReplaceLineEndings());
        }
        finally
        {
            dir.Delete(true);
        }
    }

    private static Gen<string> RowName()
    {
        var listed = WorldLoader.Seed.Parties.SelectMany(p => p.Names).Select(n => n.Value).Distinct(StringComparer.Ordinal).ToArray();
        return Gen.OneOf(
            Gen.Elements(listed),
            Gen.Elements(listed).Zip(Gen.Choose(0, 1000)).Select(x => Typo(x.Item1, x.Item2)),
            Gen.Choose(0, 10_000).Select(i => $"Nobody Number{i}"),
            Gen.Constant(string.Empty),
            Gen.Constant("  "),
            Gen.Elements("---", "Mr.", "(?)", "Dr. Mrs."));
    }

    private static string Typo(string name, int at)
    {
        var chars = name.ToCharArray();
        var i = at % chars.Length;
        chars[i] = char.IsLetter(chars[i]) ? (chars[i] == 'a' ? 'e' : 'a') : chars[i];
        return new string(chars);
    }

    private static string Csv(IEnumerable<string> names)
    {
        var csv = Path.GetTempFileName();
        File.WriteAllLines(csv, ["name", .. names.Select(n => "\"" + n.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")]);
        return csv;
    }

    // A row's line from screening it alone, on this thread, with the contract's writer.
    private static string OneByOne(int row, string name)
    {
        // The library refuses a name the analysis keeps no word of; the batch says so on the row.
        var blank = string.IsNullOrWhiteSpace(name);
        var wordless = !blank && NameAnalyzer.Analyze(name).IsEmpty;
        var matches = blank || wordless ? [] : SeedScreener.Screen(new ScreeningQuery(name, On));
        var notScreened = blank ? ScreenCommand.BlankNameReason : wordless ? ScreenCommand.NoWordsReason : null;
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("row", row);
            w.WriteString("query", name);
            ScreenCommand.WriteMatches(w, WorldLoader.Seed, matches);
            if (notScreened is not null)
            {
                ScreenCommand.NotScreened(w, notScreened);
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
