using System.Text;
using Sanctions.Sources.Diagnostics;

namespace Sanctions.Sources.Tests.Robustness;

// The crash classes found on real and mutated files (issue 16): each must end in an ImportException that says where, in
// either mode, or in a result; never another exception.
public sealed class BadInputTests
{
    private const string SdnRow = "1,\"A CO\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"remarks\"\r\n";

    private static Task<ImportResult> Import(ImportFormat format, params SourceFile[] files) =>
        ListImporter.ImportSourcesAsync(format, files, null, null, Fixture.Token);

    private static Task<ImportResult> ImportLenient(ImportFormat format, params SourceFile[] files) =>
        ListImporter.ImportSourcesAsync(format, files, new ImportOptions { Lenient = true }, null, Fixture.Token);

    private static SourceFile Bytes(string name, byte[] content) => SourceFile.FromBytes(name, content);

    private static string Sample(string relative) => File.ReadAllText(Fixture.PathOf(relative), Encoding.UTF8);

    [Theory]
    [InlineData(ImportFormat.UnXml, "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>", "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>")]
    [InlineData(ImportFormat.OfacXml, "<sdnList><sdnEntry>", "</sdnEntry></sdnList>")]
    [InlineData(ImportFormat.UnXml, "<CONSOLIDATED_LIST>", "</CONSOLIDATED_LIST>")]
    public async Task Import_XmlNested40000Deep_IsAnErrorNotAStackOverflow(ImportFormat format, string open, string close)
    {
        var xml = open + string.Concat(Enumerable.Repeat("<a>", 40_000)) + string.Concat(Enumerable.Repeat("</a>", 40_000)) + close;

        var e = await Assert.ThrowsAsync<ImportException>(() => ImportLenient(format, Fixture.Text("deep.xml", xml)));

        Assert.Contains("nest more than 64 deep", e.Message, StringComparison.Ordinal);
        Assert.Equal("deep.xml", e.Location?.File);
        Assert.Equal(1, e.Location?.Line);
    }

    [Fact]
    public async Task Import_CslHeaderWithADuplicateColumn_IsAnErrorAtLineOne()
    {
        var csl = Sample("us_csl/consolidated.csv");
        var broken = csl.Replace("_id,source,", "_id,source,source,", StringComparison.Ordinal);

        var e = await Assert.ThrowsAsync<ImportException>(() => ImportLenient(ImportFormat.UsCsl, Fixture.Text("consolidated.csv", broken)));

        Assert.Equal(1, e.Location?.Line);
        Assert.Contains("names a column more than once", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("source")]
    [InlineData("name")]
    [InlineData("ids")]
    public async Task Import_CslHeaderWithoutARequiredColumn_IsAnErrorNamingIt(string column)
    {
        var lines = Sample("us_csl/consolidated.csv").Split('\n');
        lines[0] = string.Join(',', lines[0].TrimEnd('\r').Split(',').Where(c => c != column));

        var e = await Assert.ThrowsAsync<ImportException>(() => Import(ImportFormat.UsCsl, Fixture.Text("consolidated.csv", string.Join('\n', lines))));

        Assert.Equal(1, e.Location?.Line);
        Assert.Contains($"no '{column}' column", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_DplHeaderWithADuplicateColumn_IsAnErrorAtLineOne()
    {
        var dpl = Sample("us_bis_dpl/dpl.txt");
        var broken = dpl.Replace("\"City\"", "\"City\"\t\"City\"", StringComparison.Ordinal);

        var e = await Assert.ThrowsAsync<ImportException>(() => Import(ImportFormat.BisDpl, Fixture.Text("dpl.txt", broken)));

        Assert.Equal(1, e.Location?.Line);
        Assert.Contains("names a column more than once", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("")]
    [InlineData(" NK-1")]
    [InlineData("NK-1\\t")]
    public async Task Import_FtmIdOfSpaces_IsRejectedAtItsLine(string id)
    {
        var ftm = "{\"id\": \"" + id + "\", \"schema\": \"Person\", \"properties\": {\"name\": [\"X\"]}}\n";

        var e = await Assert.ThrowsAsync<ImportException>(() => Import(ImportFormat.Ftm, Fixture.Text("entities.ftm.json", ftm)));

        Assert.Equal(1, e.Location?.Line);
        Assert.Contains("is not an id", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"caption\": \"   \", ")]
    [InlineData("")]
    public async Task Import_FtmPersonWithBlankNames_IsRefusedAtItsLine(string caption)
    {
        // Found by the fuzz suite (a caption of spaces crashed the mapper with an ArgumentException, no location).
        var ftm = "{\"id\": \"NK-1\", " + caption + "\"schema\": \"Person\", \"properties\": {\"name\": [\"  \"]}}\n";

        var e = await Assert.ThrowsAsync<ImportException>(() => Import(ImportFormat.Ftm, Fixture.Text("entities.ftm.json", ftm)));

        Assert.Equal(1, e.Location?.Line);
        Assert.Contains("has no caption or name", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_FtmDeltaIdOfSpaces_IsRejectedAtItsLine()
    {
        var delta = "{\"op\": \"DEL\", \"entity\": {\"id\": \"  \"}}\n";

        var e = await Assert.ThrowsAsync<ImportException>(() => Import(ImportFormat.Ftm, Fixture.Text("t_20240527194702-x_entities.delta.json", delta)));

        Assert.Contains("is not an id", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xC3 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    public async Task Import_FtmInvalidUtf8_IsRejectedAtItsLine(byte[] bad)
    {
        var good = Encoding.UTF8.GetBytes("{\"id\": \"NK-1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"X\"]}}\n");
        byte[] content = [.. good, .. Encoding.UTF8.GetBytes("{\"id\": \"NK-2\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Ma"), .. bad, .. "\"]}}\n"u8];

        var e = await Assert.ThrowsAsync<ImportException>(() => Import(ImportFormat.Ftm, Bytes("entities.ftm.json", content)));

        Assert.Equal(2, e.Location?.Line);
        Assert.Contains("not valid UTF-8", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_FtmLoneSurrogateEscape_IsRejectedAtItsLine()
    {
        var ftm = "{\"id\": \"NK-1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Ma\\ud800ria\"]}}\n";

        var e = await Assert.ThrowsAsync<ImportException>(() => Import(ImportFormat.Ftm, Fixture.Text("entities.ftm.json", ftm)));

        Assert.Equal(1, e.Location?.Line);
    }

    [Fact]
    public async Task Import_FtmInvalidUtf8Lenient_SkipsTheLineAndKeepsTheOthers()
    {
        byte[] content = [.. "{\"id\": \"NK-1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"X\"]}}\n"u8, .. "{\"id\": \"NK-"u8, 0xFF, .. "\"}\n"u8];

        var result = await ImportLenient(ImportFormat.Ftm, Bytes("entities.ftm.json", content));

        Assert.Equal(1, result.Skipped);
        Assert.Single(result.World.Parties);
    }

    [Theory]
    [InlineData(ImportFormat.OfacSdnCsv, "sdn.csv", "")]
    [InlineData(ImportFormat.OfacSdnCsv, "sdn.csv", "\r\n\x1A\r\n")]
    [InlineData(ImportFormat.UsCsl, "consolidated.csv", "")]
    [InlineData(ImportFormat.UsCsl, "consolidated.csv", "_id,source,entity_number,type,programs,name,start_date,end_date,alt_names,ids\n")]
    [InlineData(ImportFormat.BisDpl, "dpl.txt", "")]
    [InlineData(ImportFormat.UnXml, "un.xml", "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:00Z\"><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>")]
    [InlineData(ImportFormat.OfacXml, "sdn.xml", "<sdnList></sdnList>")]
    [InlineData(ImportFormat.Ftm, "entities.ftm.json", "\n\n")]
    public async Task Import_EmptyPrimaryFile_IsAnErrorNotAnEmptyWorld(ImportFormat format, string name, string content)
    {
        var e = await Assert.ThrowsAsync<ImportException>(() => ImportLenient(format, Fixture.Text(name, content)));

        Assert.Equal(name, e.Location?.File);
        Assert.Contains("holds no entries", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_FtmDeltaWithNoChanges_IsNoError()
    {
        var export = Fixture.Text("x_entities.ftm.json", "{\"id\": \"NK-1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"X\"]}}\n");
        var delta = Fixture.Text("t_20240527194702-x_entities.delta.json", string.Empty);

        var result = await ListImporter.ImportHistoryAsync(
            ImportFormat.Ftm, [new ImportPublication([export, delta], NodaTime.Instant.FromUtc(2024, 5, 27, 0, 0))], null, null, Fixture.Token);

        Assert.Single(result.World.Parties);
    }

    [Theory]
    [InlineData(ImportFormat.OfacSdnCsv, "sdn.csv")]
    [InlineData(ImportFormat.UsCsl, "us_csl/consolidated.csv")]
    [InlineData(ImportFormat.BisDpl, "us_bis_dpl/dpl.txt")]
    public async Task Import_CsvCutInsideTheQuotedLastField_IsAnErrorAtThatRow(ImportFormat format, string file)
    {
        var text = file == "sdn.csv" ? SdnRow + SdnRow.Replace("1,", "2,", StringComparison.Ordinal) : Sample(file);
        var cut = text.TrimEnd('\r', '\n');
        cut = cut[..^4];
        var lastLine = cut.Count(c => c == '\n') + 1;

        var e = await Assert.ThrowsAsync<ImportException>(() => Import(format, Fixture.Text(Path.GetFileName(file), cut)));

        Assert.Contains("not closed", e.Message, StringComparison.Ordinal);
        Assert.Equal(lastLine, e.Location?.Line);
    }

    [Fact]
    public async Task Import_OfacSideFileCutInsideQuotes_IsAnError()
    {
        var alt = "1,10,\"aka\",\"B CO\",-0- \r\n1,11,\"aka\",\"C C";

        var e = await Assert.ThrowsAsync<ImportException>(() => Import(ImportFormat.OfacSdnCsv, Fixture.Text("sdn.csv", SdnRow), Fixture.Text("alt.csv", alt)));

        Assert.Equal("alt.csv", e.Location?.File);
        Assert.Equal(2, e.Location?.Line);
    }

    [Fact]
    public async Task Import_HugeValueWithNul_IsCutAndEscapedInTheMessage()
    {
        var huge = "X\0" + new string('9', 1_000_000);
        var row = huge + ",\"A CO\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";

        var e = await Assert.ThrowsAsync<ImportException>(() => Import(ImportFormat.OfacSdnCsv, Fixture.Text("sdn.csv", row)));

        Assert.True(e.Message.Length < 400, $"a message of {e.Message.Length} characters");
        Assert.DoesNotContain('\0', e.Message);
        Assert.Contains("X\\u0000999", e.Message, StringComparison.Ordinal);
        Assert.Contains("more characters", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_TwentyThousandBadRowsLenient_ListsTheFirstTenThousandAndCountsAll()
    {
        const int Bad = 20_000;
        var text = new StringBuilder(SdnRow);
        for (var i = 0; i < Bad; i++)
        {
            text.Append("x,\"A\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
        }

        var result = await ImportLenient(ImportFormat.OfacSdnCsv, Fixture.Text("sdn.csv", text.ToString()));

        Assert.Equal(Bad, result.Skipped);
        Assert.Equal(ImportDiagnostics.MaxIssues + 1, result.Issues.Length);
        Assert.Contains("more issue(s) not listed", result.Issues[^1].Message, StringComparison.Ordinal);
        Assert.Single(result.World.Parties);
    }
}
