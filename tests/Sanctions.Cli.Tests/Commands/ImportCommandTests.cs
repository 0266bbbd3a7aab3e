namespace Sanctions.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("sanctions-import-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Import_OfacCsv_WritesAWorldFile()
    {
        var sdn = Write("sdn.csv", "7,\"EXAMPLE TRADING LLC\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Linked To: NOBODY.\"\r\n");
        var world = Path.Combine(directory, "world.json");
        var result = CliRunner.Run("import", "ofac-sdn-csv", sdn, "--out", world, "--published", "2024-01-10T00:00:00Z", "--json");
        var json = result.Json;
        Assert.Equal("ofac-sdn-csv", json.GetProperty("format").GetString());
        Assert.Equal(1, json.GetProperty("parties").GetInt32());
        Assert.Equal(1, json.GetProperty("designations").GetInt32());
        Assert.Contains("NOBODY", json.GetProperty("warnings")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(world, json.GetProperty("out").GetString());

        var read = await Sanctions.Core.Serialization.WorldJson.ReadFileAsync(world, null, TestContext.Current.CancellationToken);
        var designation = Assert.Single(read.Designations);
        Assert.Equal(Sanctions.Core.Temporal.PeriodEnd.OnOrBefore(new NodaTime.LocalDate(2024, 1, 10)), designation.Valid.Start);
    }

    [Fact]
    public async Task Import_BisDpl_GroupsRowsOfOnePartyAndWritesAWorldFile()
    {
        const string header = "\"Name\"\t\"Street_Address\"\t\"City\"\t\"State\"\t\"Country\"\t\"Postal_Code\"\t\"Effective_Date\"\t\"Expiration_Date\"\t\"Standard_Order\"\t\"Last_Update\"\t\"Action\"\t\"FR_Citation\"";
        const string first = "\"EXAMPLE TRADING LLC\"\t\"1 MAIN ST\"\t\"DUBAI\"\t\"\"\t\"AE\"\t\"\"\t\"06/05/2019\"\t\"12/03/2019\"\t\"Y\"\t\"2019-06-12\"\t\"FR NOTICE ADDED\"\t\"84 F.R. 27233 6/12/2019\"";
        const string second = "\"EXAMPLE TRADING LLC\"\t\"P.O. BOX 1\"\t\"DUBAI\"\t\"\"\t\"AE\"\t\"\"\t\"06/05/2019\"\t\"12/03/2019\"\t\"Y\"\t\"2019-06-12\"\t\"FR NOTICE ADDED\"\t\"84 F.R. 27233 6/12/2019\"";
        var dpl = Write("dpl.txt", header + "\n" + first + "\n" + second);
        var world = Path.Combine(directory, "dpl.json");
        var result = CliRunner.Run("import", "bis-dpl", dpl, "--out", world, "--published", "2019-06-29T00:00:00Z", "--json");
        var json = result.Json;
        Assert.Equal("bis-dpl", json.GetProperty("format").GetString());
        Assert.Equal(1, json.GetProperty("parties").GetInt32());
        Assert.Equal(2, json.GetProperty("read").GetInt32());
        Assert.Equal(0, json.GetProperty("warnings").GetArrayLength());

        var read = await Sanctions.Core.Serialization.WorldJson.ReadFileAsync(world, null, TestContext.Current.CancellationToken);
        var party = Assert.Single(read.Parties);
        Assert.Equal(2, party.Addresses.Length);
        Assert.Equal(new Sanctions.Core.Temporal.PartialDate(2019, 12, 3), Assert.Single(read.Designations).Valid.To);
    }

    [Fact]
    public void Import_Help_ListsBisDpl()
    {
        var result = CliRunner.Run("import", "--help");
        Assert.Contains("bis-dpl", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MalformedRow_ExitsTwoNamingFileAndLine()
    {
        var sdn = Write("sdn.csv", "7,\"A\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\nx,\"B\"\r\n");
        var result = CliRunner.Run("import", "ofac-sdn-csv", sdn, "--out", Path.Combine(directory, "w.json"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("sdn.csv:2", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Import_UnknownFormat_ExitsTwo()
    {
        var result = CliRunner.Run("import", "eu-xml", "x.xml", "--out", Path.Combine(directory, "w.json"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("eu-xml", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_UnknownFormatWithoutOut_NamesTheFormatToo()
    {
        var result = CliRunner.Run("import", "nope-format", "x.csv");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown format 'nope-format'", result.Error, StringComparison.Ordinal);
        Assert.Contains("--out", result.Error, StringComparison.Ordinal);
    }
}
