using System.CommandLine;
using NodaTime;
using Sanctions.Cli.Commands;
using Spectre.Console;

namespace Sanctions.Cli.Tests;

/// <summary>
/// What start-up leaves out (issue 16, the CLI's cold import): the root made with only the command the first argument
/// names must parse every command line as the root with every command does, and the console is made only when a
/// command writes a table.
/// </summary>
public sealed class StartupTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("sanctions-startup-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    /// <summary>Every command, each with tails that parse, fail, ask for help, mistype an option or give a global one.</summary>
    public static TheoryData<string, string[]> CommandLines()
    {
        string[][] tails =
        [
            [], ["--help"], ["-h"], ["--json"], ["--bogus"], ["--outt", "x.json"], ["a", "b", "c"], ["--data", "w.json"],
            ["--known-at", "2024-01-01T00:00:00Z"], ["--merge-sources"], ["ofac-sdn-csv", "sdn.csv", "--out", "w.json"],
            ["--on", "2020-01-01"], ["--json", "--help"], ["import"], ["--", "--json"],
        ];
        var data = new TheoryData<string, string[]>();
        foreach (var command in CommandCatalog.Create())
        {
            foreach (var tail in tails)
            {
                data.Add(command.Name, tail);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void CreateRoot_FirstArgumentNamesACommand_ParsesAsTheRootWithEveryCommand(string command, string[] tail)
    {
        string[] args = [command, .. tail];
        var context = Context(out _);

        var every = CliApp.CreateRoot(context).Parse(args);
        var one = CliApp.CreateRoot(context, command).Parse(args);

        Assert.Single(CliApp.CreateRoot(context, command).Subcommands);
        Assert.Equal(Describe(every), Describe(one));
        if (tail.Contains("--help") || tail.Contains("-h"))
        {
            Assert.Equal(Help(every), Help(one));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("--help")]
    [InlineData("imprt ofac-sdn-csv")]
    [InlineData("--json status")]
    [InlineData("IMPORT")]
    public void CreateRoot_FirstArgumentNamesNoCommand_HasEveryCommand(string commandLine)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var root = CliApp.CreateRoot(Context(out _), args.Length > 0 ? args[0] : null);

        Assert.Equal(CommandCatalog.Create().Select(c => c.Name), root.Subcommands.Select(c => c.Name));
    }

    [Fact]
    public void Run_ImportWithPlainOutput_NeverMakesTheConsole()
    {
        var sdn = Path.Combine(directory, "sdn.csv");
        File.WriteAllText(sdn, "7,\"EXAMPLE TRADING LLC\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
        var world = Path.Combine(directory, "world.json");
        var made = 0;
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = CliApp.Run(
            ["import", "ofac-sdn-csv", sdn, "--out", world, "--published", "2024-01-10T00:00:00Z"], output, error, new FixedClock(Instant.FromUtc(2026, 1, 1, 0, 0)),
            () =>
            {
                made++;
                return CliApp.PlainConsole(output);
            },
            mayBeInteractive: false);

        Assert.Equal(0, code);
        Assert.Equal(0, made);
        Assert.True(File.Exists(world));
        Assert.StartsWith(world + ": 1 parties", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CommandThatWritesATable_MakesTheConsoleOnce()
    {
        var made = 0;
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = CliApp.Run(
            ["parties", "treaty:ru-ir-2025", "--on", "2025-06-01"], output, error, new FixedClock(Instant.FromUtc(2026, 1, 1, 0, 0)),
            () =>
            {
                made++;
                return CliApp.PlainConsole(output);
            },
            mayBeInteractive: false);

        Assert.Equal(0, code);
        Assert.Equal(1, made);
        Assert.Equal(CliRunner.Run(new FixedClock(Instant.FromUtc(2026, 1, 1, 0, 0)), "parties", "treaty:ru-ir-2025", "--on", "2025-06-01").Out, output.ToString());
    }

    private static CliContext Context(out StringWriter output)
    {
        output = new StringWriter();
        var console = CliApp.PlainConsole(output);
        return new CliContext(output, TextWriter.Null, new FixedClock(Instant.FromUtc(2026, 1, 1, 0, 0)), console);
    }

    // What the parser made of a command line: the command, tokens, errors, unmatched tokens and the suggestions printed for them.
    private static string Describe(ParseResult parse) =>
        string.Join(
            "\n",
            [
                parse.CommandResult.Command.Name,
                string.Join("|", parse.Tokens.Select(t => t.Type + ":" + t.Value)),
                string.Join("|", parse.Errors.Select(e => e.Message)),
                string.Join("|", parse.UnmatchedTokens),
                Suggestions.For(parse),
                parse.Action?.GetType().FullName ?? "-",
            ]);

    private static string Help(ParseResult parse)
    {
        using var output = new StringWriter();
        parse.Invoke(new InvocationConfiguration { Output = output, Error = TextWriter.Null, EnableDefaultExceptionHandler = false });
        return output.ToString();
    }
}
