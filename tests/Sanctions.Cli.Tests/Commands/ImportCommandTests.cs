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
        Assert.Equal(new Sanctions.Core.Temporal.PartialDate(2024, 1, 10), designation.Valid.From);
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
}
