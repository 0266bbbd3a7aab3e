namespace Sanctions.Cli.Commands;

/// <summary>The commands of the <c>sanctions</c> tool, in the order help lists them: the one place a new command is registered.</summary>
internal static class CommandCatalog
{
    /// <summary>Creates every command.</summary>
    public static IReadOnlyList<CliCommand> Create() =>
    [
        new DemoCommand(),
        new MembersCommand(),
        new StatusCommand(),
        new DesignationsCommand(),
        new PartiesCommand(),
        new MeasuresCommand(),
        new DiffCommand(),
        new TimelineCommand(),
        new ValidateCommand(),
        new ScreenCommand(),
        new CheckCommand(),
        new ImportCommand(),
    ];
}
