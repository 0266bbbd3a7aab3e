namespace Sanctions.Cli;

/// <summary>The exit codes of the contract (<c>docs/cli.md</c>).</summary>
internal static class ExitCodes
{
    /// <summary>The command ran, whatever the verdict or the number of matches.</summary>
    public const int Ok = 0;

    /// <summary>Anything else that went wrong: a bug.</summary>
    public const int Failure = 1;

    /// <summary>Bad usage or bad input: unknown option, bad date, unreadable or invalid file, ambiguous or unknown name.</summary>
    public const int BadInput = 2;
}
