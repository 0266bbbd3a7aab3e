using System.CommandLine;
using NodaTime;
using Sanctions.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Sanctions.Cli;

/// <summary>The <c>sanctions</c> command line: parses, runs one command, and turns every failure into one line on stderr and an exit code.</summary>
internal static class CliApp
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="clock">The clock that says what today is.</param>
    /// <param name="console">Human output; null for a plain console over <paramref name="output"/> (no colour, no ANSI).</param>
    /// <returns>The exit code: 0 ran, 2 bad usage or input, 1 anything else.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, IClock clock, IAnsiConsole? console = null) =>
        console is null ? Run(args, output, error, clock, () => PlainConsole(output), mayBeInteractive: false) : Run(args, output, error, clock, () => console, mayBeInteractive: true);

    /// <summary>Runs the tool with a console made only when a command writes to it (see <see cref="CliContext.Console"/>).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="clock">The clock that says what today is.</param>
    /// <param name="console">Makes the human output's console.</param>
    /// <param name="mayBeInteractive">False when that console is plain (never interactive).</param>
    /// <returns>The exit code: 0 ran, 2 bad usage or input, 1 anything else.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, IClock clock, Func<IAnsiConsole> console, bool mayBeInteractive)
    {
        var context = new CliContext(output, error, clock, console, mayBeInteractive);
        try
        {
            var root = CreateRoot(context, args.Length > 0 ? args[0] : null);
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                var help = parse.CommandResult.Command == root ? "sanctions --help" : $"sanctions {parse.CommandResult.Command.Name} --help";
                error.WriteLine("sanctions: " + string.Join(" ", parse.Errors.Select(e => e.Message)) + Suggestions.For(parse) + $" (see {help})");
                return ExitCodes.BadInput;
            }

            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            error.WriteLine("sanctions: " + OneLine(e.Message));
            return ExitCodes.BadInput;
        }
#pragma warning disable CA1031 // The last line of defence: a bug gets a message, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"sanctions: internal error ({e.GetType().Name}): {OneLine(e.Message)}");
            return ExitCodes.Failure;
        }
    }

    /// <summary>Creates the root command with the global options and every command of the catalog.</summary>
    /// <param name="context">What the commands run with.</param>
    /// <param name="first">
    /// The first argument, when known: if it names a command exactly, the root gets that command alone. The first argument
    /// that names a command always makes the parser enter it, and what is parsed after it depends only on that command and
    /// the root's options, so the result is the same; parsing against one command rather than twelve took a cold start
    /// about 30 ms less (start-up, issue 16). Anything else (no argument, an option, help, a mistyped name) gets every command.
    /// </param>
    public static RootCommand CreateRoot(CliContext context, string? first = null)
    {
        var root = new RootCommand("Dated questions about sanctions, memberships and treaties, over the embedded seed world or your own world files.");

        // --json applies everywhere. --data and --known-at say which world to answer from: they are accepted before the command
        // (as the contract's global options) and listed in the help of the commands that answer from a world, not elsewhere.
        root.Add(GlobalOptions.Data);
        root.Add(GlobalOptions.MergeSources);
        root.Add(GlobalOptions.KnownAt);
        root.Add(GlobalOptions.Json);
        var commands = CommandCatalog.Create();
        if (first is not null && commands.FirstOrDefault(c => string.Equals(c.Name, first, StringComparison.Ordinal)) is { } named)
        {
            commands = [named];
        }

        foreach (var command in commands)
        {
            var created = command.Create(context);
            if (command.AnswersFromWorld)
            {
                created.Add(GlobalOptions.Data);
                created.Add(GlobalOptions.MergeSources);
                created.Add(GlobalOptions.KnownAt);
            }
            else
            {
                created.Validators.Add(result =>
                {
                    foreach (var option in new Option[] { GlobalOptions.Data, GlobalOptions.MergeSources, GlobalOptions.KnownAt })
                    {
                        if (result.GetResult(option) is not null)
                        {
                            result.AddError($"{created.Name} does not take {option.Name}: it does not answer from a world.");
                        }
                    }
                });
            }

            root.Add(created);
        }

        return root;
    }

    /// <summary>Whether human output must be plain text: when standard output is redirected, or <c>NO_COLOR</c> is set to anything
    /// but the empty string (no-color.org).</summary>
    public static bool WantsPlainOutput(bool outputRedirected, string? noColor) => outputRedirected || !string.IsNullOrEmpty(noColor);

    /// <summary>A console of plain text, as used when output is redirected, under <c>NO_COLOR</c> and in tests: no colour, no ANSI codes,
    /// tables drawn with ASCII (<c>+</c>, <c>-</c>, <c>|</c>) instead of Unicode boxes.</summary>
    public static IAnsiConsole PlainConsole(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 160;
        console.Profile.Capabilities.Unicode = false;
        console.Pipeline.Attach(new AsciiTables());
        return console;
    }

    private static string OneLine(string message) => string.Join(" ", message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    // Every table written to a plain console gets an ASCII border, whatever border the command chose.
    private sealed class AsciiTables : IRenderHook
    {
        public IEnumerable<IRenderable> Process(RenderOptions options, IEnumerable<IRenderable> renderables) =>
            renderables.Select(r =>
            {
                if (r is Table table)
                {
                    table.Border = TableBorder.Ascii;
                }

                return r;
            });
    }
}
