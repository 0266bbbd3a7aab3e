using System.CommandLine;

namespace Sanctions.Cli.Commands;

/// <summary>
/// One command of the <c>sanctions</c> tool: a name, its arguments and options, and what it does. Each command is one small class in
/// <c>Commands/</c>, listed once in <see cref="CommandCatalog"/>.
/// </summary>
/// <remarks>
/// To add a command: derive from this class, declare the arguments and options as fields, add them in <see cref="Configure"/>, and
/// answer in <see cref="Execute"/> through the library's public API. Read the global options from the <see cref="CliContext"/>
/// (<see cref="CliContext.World"/>, <see cref="CliContext.KnownAt"/>, <see cref="CliContext.Json"/>, <see cref="CliContext.Today"/>);
/// throw <see cref="CliException"/> for bad input (exit 2); return <see cref="ExitCodes.Ok"/> when the command ran.
/// </remarks>
internal abstract class CliCommand
{
    /// <summary>The command's name on the command line.</summary>
    public abstract string Name { get; }

    /// <summary>One line of help.</summary>
    public abstract string Description { get; }

    /// <summary>Whether the command answers from a world, and so takes <c>--data</c> and <c>--known-at</c> (listed in its help).</summary>
    public virtual bool AnswersFromWorld => true;

    /// <summary>Creates the System.CommandLine command, bound to <paramref name="context"/>.</summary>
    public Command Create(CliContext context)
    {
        var command = new Command(Name, Description);
        Configure(command);
        command.SetAction(parse =>
        {
            context.Bind(parse);
            try
            {
                return Execute(parse, context);
            }
            catch (Sanctions.Core.World.UnknownReferenceException e)
            {
                // An id, code or status the world does not hold is bad input (exit 2) with the nearest known values, never an empty answer.
                throw new CliException(e.Message, e);
            }
        });
        return command;
    }

    /// <summary>Adds the command's arguments and options.</summary>
    protected abstract void Configure(Command command);

    /// <summary>Runs the command.</summary>
    /// <returns>The exit code.</returns>
    /// <exception cref="CliException">Bad input.</exception>
    protected abstract int Execute(ParseResult parse, CliContext context);
}
