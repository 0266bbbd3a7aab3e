using System.Text.Json;

namespace Sanctions.Cli.Tests.Commands;

// Issue 14's examples on real OFAC publications (Fixtures/real-sdn, rows copied verbatim; see its PROVENANCE.md): a publication without
// listing dates, and the 34 monthly publications, never read "not designated" for a day some reading of them holds the designation.
public sealed class RealSdnPinsTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "real-sdn");
    private const string Putin = "PUTIN, Vladimir Vladimirovich";
    private const string Vtb = "VTB BANK PUBLIC JOINT STOCK COMPANY";

    private readonly string directory = Directory.CreateTempSubdirectory("sanctions-real-sdn-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string ImportPublication()
    {
        var world = Path.Combine(directory, "sdn-2024-05-01.json");
        var result = CliRunner.Run("import", "ofac-sdn-csv", Path.Combine(Fixtures, "2024-05-01", "sdn.csv"), "--published", "2024-05-01T18:43:00Z", "--out", world);
        Assert.Equal(0, result.ExitCode);
        return world;
    }

    private string ImportHistory()
    {
        var world = Path.Combine(directory, "sdn-history.json");
        var result = CliRunner.Run("import", "ofac-sdn-csv", "--history", Path.Combine(Fixtures, "history", "manifest.csv"), "--out", world, "--json");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(34, result.Json.GetProperty("publications").GetInt32());
        return world;
    }

    private static JsonElement Designation(string world, string party, string on)
    {
        var json = CliRunner.Run("designations", party, "--on", on, "--data", world, "--json").Json;
        return Assert.Single(json.GetProperty("designations").EnumerateArray());
    }

    // "import ofac-sdn-csv sdn.csv --published 2024-05-01T18:43:00Z, then designations Putin --on 2023-01-01 → 0 designations": now one,
    // possible, and the reason is its start: unknown, on or before the publication (the CSV has no listing dates).
    [Fact]
    public void Putin_On20230101_AfterImportingThe20240501Publication_IsPossible_StartingOnOrBeforeThePublication()
    {
        var world = ImportPublication();

        var d = Designation(world, Putin, "2023-01-01");
        Assert.Equal("possible", d.GetProperty("certainty").GetString());
        Assert.Equal("..2024-05-01", d.GetProperty("from").GetString());
        Assert.Equal("certain", Designation(world, Putin, "2024-05-01").GetProperty("certainty").GetString());

        var text = CliRunner.Run("designations", Putin, "--on", "2023-01-01", "--data", world).Out;
        Assert.Contains("unknown (..2024-05-01)", text, StringComparison.Ordinal);

        var check = CliRunner.Run("check", "--party", Putin, "--on", "2023-01-01", "--jurisdiction", "US", "--data", world, "--json").Json;
        Assert.Equal("review", check.GetProperty("verdict").GetString());
        Assert.Contains(check.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "direct-designation"
            && f.GetProperty("certainty").GetString() == "possible"
            && f.GetProperty("explanation").GetString()!.Contains("partial or unknown", StringComparison.Ordinal));
    }

    // "History from the 34 monthly SDN publications starts VTB Bank on 2022-03-01 though it was listed on 2022-02-24, so a check on
    // 2022-02-25 says clear": now possible between the last publication without it (2022-02-03) and the first with it (2022-03-01),
    // certain from that one, and the check is a review.
    [Fact]
    public void Vtb_On20220225_InThe34PublicationHistory_IsPossible_CertainFromTheFirstPublicationListingIt()
    {
        var world = ImportHistory();

        var listed = Designation(world, Vtb, "2022-02-25");
        Assert.Equal("possible", listed.GetProperty("certainty").GetString());
        Assert.Equal("2022-02-03..2022-03-01", listed.GetProperty("from").GetString());
        Assert.Equal("certain", Designation(world, Vtb, "2022-03-01").GetProperty("certainty").GetString());
        Assert.Equal("certain", Designation(world, Vtb, "2024-05-01").GetProperty("certainty").GetString());
        Assert.Empty(CliRunner.Run("designations", Vtb, "--on", "2022-02-02", "--data", world, "--json").Json.GetProperty("designations").EnumerateArray());

        var check = CliRunner.Run("check", "--party", Vtb, "--on", "2022-02-25", "--jurisdiction", "US", "--data", world, "--json").Json;
        Assert.Equal("review", check.GetProperty("verdict").GetString());
        Assert.Contains(check.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "direct-designation" && f.GetProperty("certainty").GetString() == "possible");
        Assert.NotEqual("clear", CliRunner.Run("check", "--party", Vtb, "--on", "2022-03-01", "--jurisdiction", "US", "--data", world, "--json").Json.GetProperty("verdict").GetString());
    }
}
