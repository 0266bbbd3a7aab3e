using NodaTime;
using Spectre.Console;

namespace Sanctions.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;

        // Colour and tables only on a terminal that wants them; plain text when redirected or NO_COLOR is set.
        var plain = CliApp.WantsPlainOutput(Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR"));
        // Made when a command first writes a table: commands that write only lines or JSON never make one (start-up).
        return plain
            ? CliApp.Run(args, Console.Out, Console.Error, SystemClock.Instance, static () => CliApp.PlainConsole(Console.Out), mayBeInteractive: false)
            : CliApp.Run(args, Console.Out, Console.Error, SystemClock.Instance, static () => AnsiConsole.Console, mayBeInteractive: true);
    }
}
