using System.CommandLine;

namespace Sanctions.Cli.Commands;

/// <summary>A command of the contract whose capability has not landed yet: it says so and exits with 2, whatever its arguments.</summary>
internal sealed class NotAvailableCommand(string name, string description, string capability) : CliCommand
{
    private readonly Argument<string[]> rest = new("ARGS") { Arity = ArgumentArity.ZeroOrMore, Hidden = true };

    public override string Name => name;

    public override string Description => description + " (not available yet)";

    protected override void Configure(Command command)
    {
        command.Add(rest);
        command.TreatUnmatchedTokensAsErrors = false;
    }

    protected override int Execute(ParseResult parse, CliContext context) =>
        throw new CliException($"'{name}' is not available yet: it arrives with {capability}.");
}
