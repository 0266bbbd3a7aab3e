using System.Text.RegularExpressions;

namespace Sanctions.Cli.Tests.Commands;

// docs/cli.md's contract names every option of import and every field its --json writes (issue 16: --history, --lenient,
// publications, read/imported/skipped). The CLI is the truth here: a new option or field must be added to the contract.
public sealed partial class ImportContractDocTests : IDisposable
{
    private static readonly string Manifest = Path.Combine(AppContext.BaseDirectory, "Fixtures", "history", "manifest.csv");

    private readonly string directory = Directory.CreateTempSubdirectory("sanctions-import-contract-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Contract_NamesEveryImportOption()
    {
        var help = CliRunner.Run("import", "--help").Out;
        var options = LongOption().Matches(help).Select(m => m.Value).Where(o => o is not "--help" and not "--json").Distinct().ToList();
        Assert.Contains("--history", options);
        Assert.Contains("--lenient", options);

        var rows = string.Join('\n', Contract().Split('\n').Where(l => l.StartsWith("| `import ", StringComparison.Ordinal)));
        Assert.All(options, o => Assert.True(rows.Contains(o, StringComparison.Ordinal), $"docs/cli.md's contract table does not name import's {o}"));
        Assert.Contains("MANIFEST", rows, StringComparison.Ordinal);
        Assert.Contains("`published,files`", rows, StringComparison.Ordinal);
    }

    [Fact]
    public void Contract_NamesEveryImportFormat()
    {
        var help = CliRunner.Run("import", "--help").Out;
        var formats = Regex.Match(help, @"<([a-z-]+(\|[a-z-]+)+)>").Groups[1].Value.Split('|');
        Assert.Contains("bis-dpl", formats);

        var rows = string.Join('\n', Contract().Split('\n').Where(l => l.StartsWith("| `import ", StringComparison.Ordinal)));
        Assert.All(formats, f => Assert.True(rows.Contains($"`{f}`", StringComparison.Ordinal), $"docs/cli.md's contract table does not name format {f}"));
    }

    [Fact]
    public void Contract_NamesEveryImportJsonField()
    {
        var json = CliRunner.Run("import", "ofac-sdn-csv", "--history", Manifest, "--out", Path.Combine(directory, "w.json"), "--json").Json;

        var line = Assert.Single(Contract().Split('\n'), l => l.StartsWith("- `import`:", StringComparison.Ordinal));
        var fields = json.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("publications", fields);
        Assert.All(fields, f => Assert.True(line.Contains($"\"{f}\"", StringComparison.Ordinal), $"docs/cli.md's contract does not list import's JSON field {f}"));
    }

    // The "## The contract" section of docs/cli.md, to its end.
    private static string Contract()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sanctions.Core.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        var text = File.ReadAllText(Path.Combine(dir.FullName, "docs", "cli.md")).ReplaceLineEndings("\n");
        var start = text.IndexOf("\n## The contract", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/cli.md has no '## The contract' section");
        return text[start..];
    }

    [GeneratedRegex(@"--[a-z][a-z-]*")]
    private static partial Regex LongOption();
}
