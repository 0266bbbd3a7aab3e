namespace Sanctions.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("sanctions: the command line is not built yet.");
        return args.Length == 0 ? 2 : 2;
    }
}
