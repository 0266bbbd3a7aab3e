using System.CommandLine;
using Sanctions.Cli.Data;
using Sanctions.Cli.Output;

namespace Sanctions.Cli.Commands;

/// <summary><c>validate FILE</c>: loads a world file and reports every problem found, with its JSON path.</summary>
internal sealed class ValidateCommand : CliCommand
{
    private readonly Argument<string> file = new("FILE") { Description = "A world file (.json) or JSON Lines world (.jsonl)." };

    public override string Name => "validate";

    public override string Description => "Load a world file and report every problem found, with its JSON path.";

    public override bool AnswersFromWorld => false;

    protected override void Configure(Command command) => command.Add(file);

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var path = parse.GetRequiredValue(file);
        var problems = WorldFiles.Validate(path, out var unlisted);
        if (context.Json)
        {
            Json.Write(context, w =>
            {
                w.WriteStartObject();
                w.WriteBoolean("valid", problems.Count == 0);
                if (unlisted > 0)
                {
                    // The list is capped: its last entry says how many more there were; the count says at least how many.
                    w.WriteBoolean("capped", true);
                    w.WriteNumber("atLeast", problems.Count - 1 + unlisted);
                }

                w.WriteStartArray("problems");
                foreach (var (where, message) in problems)
                {
                    w.WriteStartObject();
                    w.WriteString("path", where);
                    w.WriteString("message", message);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        }
        else if (problems.Count == 0)
        {
            context.Line($"{path}: valid");
        }
        else
        {
            context.Line($"{path}: {WorldFiles.ProblemCount(problems.Count, unlisted)}");
            var table = Text.Table("path", "problem");
            foreach (var (where, message) in problems)
            {
                table.Row(where, message);
            }

            context.Console.Write(table);
        }

        if (problems.Count == 0)
        {
            return ExitCodes.Ok;
        }

        // An invalid file is bad input (exit 2); the report above says every problem, this line the first.
        context.Error.WriteLine($"sanctions: {path} is invalid: {WorldFiles.ProblemCount(problems.Count, unlisted)}; first: {problems[0].Path}: {problems[0].Message}");
        return ExitCodes.BadInput;
    }
}
