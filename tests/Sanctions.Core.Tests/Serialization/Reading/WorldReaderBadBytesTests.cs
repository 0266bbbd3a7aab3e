using System.Text;
using Sanctions.Core.Serialization;
using Xunit;

namespace Sanctions.Core.Tests.Serialization.Reading;

// Input no writer produces: bytes that are not UTF-8, escapes that are not characters, properties given twice, floods of
// bad values. Each must end in a WorldFormatException with a path (never another exception), and stay small.
public sealed class WorldReaderBadBytesTests
{
    private const string Head = """{"format": "sanctions-world", "version": 1, "dataset": {"name": "t"},""";

    private const string Header = """{"kind":"header","format":"sanctions-world","version":1,"dataset":{"name":"t"}}""";

    private static WorldFormatException Fails(byte[] utf8) =>
        Assert.Throws<WorldFormatException>(() => WorldJson.ReadAsync(new MemoryStream(utf8), null, TestContext.Current.CancellationToken).GetAwaiter().GetResult());

    private static WorldFormatException FailsLines(byte[] utf8) =>
        Assert.Throws<WorldFormatException>(() => WorldJson.ReadLinesAsync(new MemoryStream(utf8), null, TestContext.Current.CancellationToken).GetAwaiter().GetResult());

    private static byte[] Bytes(string before, byte[] middle, string after) => [.. Encoding.UTF8.GetBytes(before), .. middle, .. Encoding.UTF8.GetBytes(after)];

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC3 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })]
    public void Read_InvalidUtf8InAString_IsAProblemAtItsPathAndLine(byte[] bad)
    {
        var json = Bytes(Head + "\n\"parties\": [{\"id\": \"p1\", \"type\": \"person\", \"names\": [{\"value\": \"Iv", bad, "an\"}]}]}");

        var problem = Assert.Single(Fails(json).Problems);

        Assert.Equal("$.parties[0].names[0].value", problem.Path);
        Assert.Equal(2, problem.Line);
        Assert.Contains("not valid text", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("\\udfff")]
    [InlineData("\\ud800\\ud800")]
    public void Read_LoneSurrogateEscape_IsAProblemAtItsPath(string escape)
    {
        var json = Encoding.UTF8.GetBytes(Head + "\"parties\": [{\"id\": \"p" + escape + "\", \"type\": \"person\", \"names\": [{\"value\": \"X\"}]}]}");

        var problem = Assert.Single(Fails(json).Problems);

        Assert.Equal("$.parties[0].id", problem.Path);
        Assert.Contains("lone surrogate", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8InAPropertyName_IsAProblem()
    {
        var json = Bytes(Head + "\"parties\": [{\"id\": \"p1\", \"ty", [0xFF], "pe\": \"person\", \"names\": [{\"value\": \"X\"}]}]}");

        var problem = Assert.Single(Fails(json).Problems);

        Assert.StartsWith("$.parties[0]", problem.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8InTheFormatName_IsAProblem()
    {
        var json = Bytes("""{"format": "sanctions-""", [0xFF], "\", \"version\": 1}");

        Assert.Contains(Fails(json).Problems, p => p.Path == "$.format");
    }

    [Theory]
    [InlineData("""{"id": "p1", "type": "person", "type": "organization", "names": [{"value": "X"}]}""", "$.parties[0].type")]
    [InlineData("""{"id": "p1", "type": "person", "names": [{"value": "X", "value": "Y"}]}""", "$.parties[0].names[0].value")]
    [InlineData("""{"id": "p1", "type": "person", "names": [{"value": "X"}], "zzz": 1, "zzz": 2}""", "$.parties[0].zzz")]
    public void Read_DuplicateProperty_IsAProblemAtItsPath(string party, string path)
    {
        var e = Fails(Encoding.UTF8.GetBytes(Head + "\"parties\": [" + party + "]}"));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(path, problem.Path);
        Assert.Contains("Duplicate property", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateCollection_IsAProblemAtItsPath()
    {
        var e = Fails(Encoding.UTF8.GetBytes(Head + "\"parties\": [], \"parties\": []}"));

        Assert.Contains(e.Problems, p => p.Path == "$.parties" && p.Message.Contains("Duplicate property 'parties'", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SamePropertyInDifferentObjects_IsNoDuplicate()
    {
        var world = WorldJson.Deserialize(Head + "\"parties\": " + """[{"id": "p1", "type": "person", "names": [{"value": "X"}, {"value": "Y"}]}]}""");

        Assert.Equal(2, world.Parties[0].Names.Length);
    }

    [Fact]
    public void ReadLines_InvalidUtf8_IsAProblemAtItsLine()
    {
        var lines = Bytes(Header + "\n{\"kind\":\"party\",\"id\":\"p1\",\"type\":\"person\",\"names\":[{\"value\":\"X", [0xC0, 0x80], "\"}]}\n");

        var problem = Assert.Single(FailsLines(lines).Problems);

        Assert.Equal(2, problem.Line);
        Assert.Equal("$.names[0].value", problem.Path);
    }

    [Fact]
    public void ReadLines_DuplicateProperty_IsAProblemAtItsLine()
    {
        var lines = Encoding.UTF8.GetBytes(Header + "\n{\"kind\":\"party\",\"id\":\"p1\",\"id\":\"p2\",\"type\":\"person\",\"names\":[{\"value\":\"X\"}]}\n");

        var problem = Assert.Single(FailsLines(lines).Problems);

        Assert.Equal(2, problem.Line);
        Assert.Equal("$.id", problem.Path);
    }

    [Fact]
    public void Read_HundredThousandNulls_ListsTheFirstThousandAndCountsTheRest()
    {
        const int Count = 100_000;
        var json = Head + "\"parties\": [" + string.Join(",", Enumerable.Repeat("null", Count)) + "]}";

        var e = Fails(Encoding.UTF8.GetBytes(json));

        Assert.Equal(1001, e.Problems.Length);
        Assert.Equal("$.parties[999]", e.Problems[999].Path);
        Assert.Contains($"{Count - 1000} more problem(s)", e.Problems[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HugeValueWithNul_IsCutAndEscapedInTheMessage()
    {
        var value = "per\0son" + new string('x', 1_000_000);
        var json = Head + "\"parties\": [{\"id\": \"p1\", \"type\": \"" + value.Replace("\0", "\\u0000", StringComparison.Ordinal) + "\", \"names\": [{\"value\": \"X\"}]}]}";

        var problem = Assert.Single(Fails(Encoding.UTF8.GetBytes(json)).Problems);

        Assert.Equal("$.parties[0].type", problem.Path);
        Assert.True(problem.Message.Length < 500, $"message of {problem.Message.Length} characters");
        Assert.Contains("per\\u0000son", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', problem.Message);
        Assert.Contains("more characters", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TopLevelNameWithALoneSurrogate_IsAProblem()
    {
        var e = Fails(Encoding.UTF8.GetBytes("{\"\\ud800\": 1, \"format\": \"sanctions-world\", \"version\": 1}"));

        Assert.NotEmpty(e.Problems);
    }

    [Fact]
    public void ReadLines_NameWithALoneSurrogate_IsAProblemAtItsLine()
    {
        var e = FailsLines(Encoding.UTF8.GetBytes(Header + "\n{\"\\ud800\":1,\"kind\":\"party\",\"id\":\"p1\",\"type\":\"person\",\"names\":[{\"value\":\"X\"}]}\n"));

        Assert.Contains(e.Problems, p => p.Line == 2);
    }
}
