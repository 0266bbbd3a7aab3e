using NodaTime;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Serialization;
using Sanctions.Core.Temporal;

namespace Sanctions.Cli.Tests.Commands;

// import FORMAT --history MANIFEST: successive publications (Fixtures/history, synthetic) into one world with record time.
public sealed class ImportHistoryCommandTests : IDisposable
{
    private static readonly string Manifest = Path.Combine(AppContext.BaseDirectory, "Fixtures", "history", "manifest.csv");

    private readonly string directory = Directory.CreateTempSubdirectory("sanctions-history-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(directory, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    // Issue 16: diff shows program changes, which a history records as a new version of the designation (no change of valid time).
    [Theory]
    [InlineData("2024-03-04", "2024-03-05", null, true)]
    [InlineData("2024-03-05", "2024-03-31", null, false)]
    [InlineData("2024-01-01", "2024-03-10", "2024-03-05T11:00:00Z", false)]
    [InlineData("2024-01-01", "2024-03-10", "2024-03-05T12:00:00Z", true)]
    public void Diff_HistoryWithProgramAdded_ShowsTheProgramChangeOnItsDay(string from, string to, string? knownAt, bool shown)
    {
        var world = Path.Combine(directory, "history.json");
        Assert.Equal(0, CliRunner.Run("import", "ofac-sdn-csv", "--history", Manifest, "--out", world).ExitCode);

        string[] args = knownAt is null
            ? ["--data", world, "diff", "--from", from, "--to", to, "--json"]
            : ["--data", world, "--known-at", knownAt, "diff", "--from", from, "--to", to, "--json"];
        var changes = CliRunner.Run(args).Json.GetProperty("changes").EnumerateArray()
            .Where(c => c.GetProperty("kind").GetString() == "program-change").ToList();

        if (!shown)
        {
            Assert.Empty(changes);
            return;
        }

        var change = Assert.Single(changes);
        Assert.Equal("2024-03-05", change.GetProperty("date").GetString());
        Assert.Equal("US-OFAC", change.GetProperty("authority").GetString());
        Assert.Contains("ofac:SDGT → ofac:SDGT, ofac:IRAN", change.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_History_WritesOneWorldWithEveryPublication()
    {
        var world = Path.Combine(directory, "history.json");

        var result = CliRunner.Run("import", "ofac-sdn-csv", "--history", Manifest, "--out", world, "--json");

        var json = result.Json;
        Assert.Equal(3, json.GetProperty("publications").GetInt32());
        Assert.Equal(4, json.GetProperty("files").GetArrayLength());
        var read = await WorldJson.ReadFileAsync(world, null, TestContext.Current.CancellationToken);
        var alpha = new PartyId("ofac:1");
        var beta = new PartyId("ofac:2");
        var gamma = new PartyId("ofac:3");
        var second = Instant.FromUtc(2024, 3, 5, 12, 0);

        // ALPHA: listed in the first, gone in the second, back in the third.
        Assert.Equal(Certainty.Possible, read.AsOf(new LocalDate(2024, 2, 1)).IsDesignated(alpha)); // delisted on an unknown day between the publications (issue 14)
        Assert.Equal(Certainty.Possible, read.AsOf(new LocalDate(2024, 3, 20)).IsDesignated(alpha)); // relisted on an unknown day before the third publication
        Assert.Equal(Certainty.Certain, read.AsOf(new LocalDate(2024, 4, 2)).IsDesignated(alpha));

        // What the list said before the second publication: ALPHA designated, no end known.
        Assert.Equal(Certainty.Certain, read.AsOf(new LocalDate(2024, 3, 20), second - Duration.FromHours(1)).IsDesignated(alpha));

        // BETA: the second publication added a program; the first record is closed at it.
        var betas = read.Designations.Where(d => d.Party == beta).OrderBy(d => d.Recorded.From).ToList();
        Assert.Equal(2, betas.Count);
        Assert.Equal(second, betas[0].Recorded.To);
        Assert.Contains(new ProgramId("ofac:IRAN"), betas[1].Programs);

        // GAMMA: from the second publication; its alias from the third's alt.csv.
        Assert.Contains(read.GetParty(gamma).Names, n => n.Value == "GAMMA MET");
        Assert.Equal(Certainty.Possible, read.AsOf(new LocalDate(2024, 3, 1)).IsDesignated(gamma)); // listed on an unknown day after the first publication and by the second (issue 14)

        // The third row gives a date: its start in UTC.
        Assert.Equal(Instant.FromUtc(2024, 4, 1, 0, 0), read.Dataset.Published);
    }

    [Fact]
    public void Import_HistoryAndFiles_ExitsTwo()
    {
        var result = CliRunner.Run("import", "ofac-sdn-csv", "x.csv", "--history", Manifest, "--out", Path.Combine(directory, "w.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not both", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_NeitherFilesNorHistory_ExitsTwo()
    {
        var result = CliRunner.Run("import", "ofac-sdn-csv", "--out", Path.Combine(directory, "w.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--history", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("published,files\n2024-01-10T12:00:00Z,missing.csv\n", ":2: missing.csv: no such file")]
    [InlineData("published,files\nyesterday,sdn.csv\n", ":2: 'yesterday' is not an instant")]
    [InlineData("when,files\n2024-01-10,sdn.csv\n", ":1: the header has no 'published' column")]
    [InlineData("published,files\n", "lists no publication")]
    [InlineData("published,files\n2024-03-01,sdn.csv\n2024-02-01,sdn.csv\n", ":3: ")]
    [InlineData("published,files\n2024-03-01,\n", ":2: names no file")]
    public void Import_BadManifest_ExitsTwoNamingTheLine(string manifest, string fragment)
    {
        Write("sdn.csv", "1,\"A CO\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
        var path = Write("manifest.csv", manifest);

        var result = CliRunner.Run("import", "ofac-sdn-csv", "--history", path, "--out", Path.Combine(directory, "w.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("manifest.csv" + (fragment.StartsWith(':') ? fragment : string.Empty), result.Error, StringComparison.Ordinal);
        Assert.Contains(fragment.TrimStart(':', '1', '2', '3', ' '), result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_HistoryWithAnAmbiguousFile_ExitsTwoNamingIt()
    {
        Write("sdn-1.csv", "1,\"A CO\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
        Write("odd-1.csv", "1,2,3\r\n");
        var path = Write("manifest.csv", "published,files\n2024-01-10,sdn-1.csv;odd-1.csv\n");

        var result = CliRunner.Run("import", "ofac-sdn-csv", "--history", path, "--out", Path.Combine(directory, "w.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("odd-1.csv", result.Error, StringComparison.Ordinal);
        Assert.Contains("cannot tell which OFAC legacy CSV file", result.Error, StringComparison.Ordinal);
    }
}
