namespace Sanctions.Cli;

/// <summary>Bad usage or bad input: the command stops, prints <see cref="Exception.Message"/> as one line on stderr and exits with 2.</summary>
internal sealed class CliException : Exception
{
    public CliException(string message)
        : base(message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CliException()
    {
    }
}
