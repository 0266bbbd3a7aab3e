using System.Text;

namespace Sanctions.Cli.Tests.Commands;

// Bad input and bad places to write: exit 2 with one line on stderr that says what and where, never 1 or a stack trace.
public sealed class BadInputCommandTests : IDisposable
{
    private const string SdnRow = "7,\"EXAMPLE TRADING LLC\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";

    private readonly string directory = Directory.CreateTempSubdirectory("sanctions-bad-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private string Write(string name, string content) => Write(name, Encoding.UTF8.GetBytes(content));

    private static void BadInput(CliResult result, string fragment)
    {
        Assert.Equal(2, result.ExitCode);
        var error = result.Error.TrimEnd();
        Assert.DoesNotContain('\n', error);
        Assert.StartsWith("sanctions: ", error, StringComparison.Ordinal);
        Assert.Contains(fragment, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_OutIsADirectory_ExitsTwo()
    {
        var sdn = Write("sdn.csv", SdnRow);
        var target = Directory.CreateDirectory(Path.Combine(directory, "world.json")).FullName;

        BadInput(CliRunner.Run("import", "ofac-sdn-csv", sdn, "--out", target), "is a directory");
    }

    [Fact]
    public void Import_OutInAMissingDirectory_ExitsTwo()
    {
        var sdn = Write("sdn.csv", SdnRow);

        BadInput(CliRunner.Run("import", "ofac-sdn-csv", sdn, "--out", Path.Combine(directory, "no", "world.json")), "does not exist");
    }

    [Fact]
    public void Import_OutCannotBeWritten_ExitsTwoAndLeavesTheOldFile()
    {
        var sdn = Write("sdn.csv", SdnRow);

        // A path through a regular file cannot be written, even by root (read-only directories can be).
        var blocker = Write("file", "x");
        BadInput(CliRunner.Run("import", "ofac-sdn-csv", sdn, "--out", Path.Combine(blocker, "world.json")), "--out");
        Assert.Equal("x", File.ReadAllText(blocker));
    }

    [Fact]
    public void Import_EmptyPrimaryFile_ExitsTwo()
    {
        var sdn = Write("sdn.csv", string.Empty);

        BadInput(CliRunner.Run("import", "ofac-sdn-csv", sdn, "--out", Path.Combine(directory, "w.json")), "holds no entries");
        Assert.False(File.Exists(Path.Combine(directory, "w.json")));
    }

    [Fact]
    public void Import_FtmIdOfSpaces_ExitsTwo()
    {
        var ftm = Write("entities.ftm.json", "{\"id\": \"   \", \"schema\": \"Person\", \"properties\": {\"name\": [\"X\"]}}\n");

        BadInput(CliRunner.Run("import", "ftm", ftm, "--out", Path.Combine(directory, "w.json")), "entities.ftm.json:1");
    }

    [Fact]
    public void Import_FailureLeavesAnExistingWorldAsItWas()
    {
        var world = Write("w.json", "old");
        var sdn = Write("sdn.csv", SdnRow + "8,\"CUT");

        BadInput(CliRunner.Run("import", "ofac-sdn-csv", sdn, "--out", world), "sdn.csv:2");
        Assert.Equal("old", File.ReadAllText(world));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { (byte)'\\', (byte)'u', (byte)'d', (byte)'8', (byte)'0', (byte)'0' })]
    public void Validate_WorldWithInvalidText_ExitsTwoWithThePath(byte[] bad)
    {
        byte[] json = [.. """{"format": "sanctions-world", "version": 1, "parties": [{"id": "p1", "type": "person", "names": [{"value": "X"""u8, .. bad, .. "\"}]}]}"u8];
        var file = Write("w.json", json);

        var result = CliRunner.Run("validate", file, "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("$.parties[0].names[0].value", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(1500)]
    public void Validate_CountsProblemsHonestly_EvenWhenTheListIsCapped(int count)
    {
        var parties = string.Join(", ", Enumerable.Repeat("""{"id": "p", "type": "robot", "names": [{"value": "X"}]}""", count));
        var file = Write("w.json", $$"""{"format": "sanctions-world", "version": 1, "parties": [{{parties}}]}""");

        var text = CliRunner.Run("validate", file);
        var json = System.Text.Json.JsonDocument.Parse(CliRunner.Run("validate", file, "--json").Out).RootElement;

        Assert.Equal(2, text.ExitCode);
        if (count > 1000)
        {
            Assert.Contains($"at least {count} problems (report capped: the first 1000 listed)", text.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("1001 problems", text.Out + text.Error, StringComparison.Ordinal);
            Assert.Equal(count, json.GetProperty("atLeast").GetInt32());
            Assert.True(json.GetProperty("capped").GetBoolean());
        }
        else
        {
            Assert.Contains($"{count} problems", text.Out, StringComparison.Ordinal);
            Assert.False(json.TryGetProperty("capped", out _));
        }
    }

    [Fact]
    public void Validate_DuplicateKey_ExitsTwoWithThePath()
    {
        var file = Write("w.json", """{"format": "sanctions-world", "version": 1, "parties": [{"id": "p1", "id": "p2", "type": "person", "names": [{"value": "X"}]}]}""");

        var result = CliRunner.Run("validate", file, "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("$.parties[0].id", result.Out, StringComparison.Ordinal);
        Assert.Contains("Duplicate property", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_WorldWithInvalidUtf8_ExitsTwo()
    {
        byte[] json = [.. """{"format": "sanctions-world", "version": 1, "parties": [{"id": "p"""u8, 0xC3, .. "\", \"type\": \"person\", \"names\": [{\"value\": \"X\"}]}]}"u8];
        var file = Write("w.json", json);

        BadInput(CliRunner.Run("members", "SCO", "--data", file), "$.parties[0].id");
    }

    [Fact]
    public void Timeline_OutIsADirectory_ExitsTwo()
    {
        var target = Directory.CreateDirectory(Path.Combine(directory, "t.svg")).FullName;

        BadInput(CliRunner.Run("timeline", "Iran", "--format", "svg", "--out", target), "is a directory");
    }
}
