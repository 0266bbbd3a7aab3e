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
        var console = plain ? CliApp.PlainConsole(Console.Out) : AnsiConsole.Console;
        return CliApp.Run(args, Console.Out, Console.Error, SystemClock.Instance, console);
    }
}
