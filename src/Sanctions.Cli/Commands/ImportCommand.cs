using System.CommandLine;
using NodaTime;
using Sanctions.Cli.Data;
using Sanctions.Cli.Output;
using Sanctions.Core.Serialization;
using Sanctions.Sources;
using Sanctions.Sources.Diagnostics;
using Spectre.Console;

namespace Sanctions.Cli.Commands;

/// <summary>
/// <c>import FORMAT FILE... --out FILE [--published INSTANT] [--lenient]</c>: read published lists into a world file;
/// <c>import FORMAT --history MANIFEST --out FILE</c>: read successive publications listed in a manifest into one world with record time.
/// </summary>
internal sealed class ImportCommand : CliCommand
{
    private readonly Argument<string> format = new("FORMAT") { Description = "One of " + string.Join(", ", ImportFormatNames.All) + "." };

    private readonly Argument<string[]> files = new("FILE")
    {
        Description = "The files of one publication (for ofac-sdn-csv: sdn.csv or cons_prim.csv, with add, alt and comments files, told apart by name, or by content when the name says nothing).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string?> history = new("--history")
    {
        Description = "A CSV manifest (header published,files) of successive publications, oldest first: each row an instant and the "
            + "publication's files separated by ';', relative to the manifest. Imported into one world with record time, instead of FILE....",
        HelpName = "MANIFEST",
    };

    private readonly Option<string> output = new("--out") { Description = "The world file to write (.json, or .jsonl for JSON Lines).", Required = true, HelpName = "FILE" };

    private readonly Option<Instant?> published = CommonOptions.Instant(
        "--published", "When the list was published (ISO-8601 instant); overrides the date the file states.", "2025-05-16T00:00:00Z");

    private readonly Option<bool> lenient = new("--lenient") { Description = "Skip and count malformed rows instead of stopping at the first one." };

    public override string Name => "import";

    public override string Description => "Read published lists (" + string.Join(", ", ImportFormatNames.All) + ") into a world file.";

    public override bool AnswersFromWorld => false;

    protected override void Configure(Command command)
    {
        // An unknown format is a parse error of its own, so it is reported beside a missing --out, not hidden behind it.
        format.Validators.Add(result =>
        {
            var name = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (name is not null && !ImportFormatNames.TryParse(name, out _))
            {
                result.AddError(UnknownFormat(name));
            }
        });
        format.CompletionSources.Add(ImportFormatNames.All.ToArray());
        command.Add(format);
        command.Add(files);
        command.Add(output);
        command.Add(published);
        command.Add(lenient);
        command.Add(history);
    }

    private static string UnknownFormat(string name) =>
        $"import: unknown format '{name}'; expected one of {string.Join(", ", ImportFormatNames.All)}.";

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var name = parse.GetRequiredValue(format);
        if (!ImportFormatNames.TryParse(name, out var kind))
        {
            throw new CliException(UnknownFormat(name));
        }

        var paths = parse.GetValue(files) ?? [];
        var manifest = parse.GetValue(history);
        if (manifest is null && paths.Length == 0)
        {
            throw new CliException("import: name the files of one publication, or a manifest of several with --history MANIFEST.");
        }

        if (manifest is not null && paths.Length > 0)
        {
            throw new CliException("import: give either FILE... (one publication) or --history MANIFEST (several), not both.");
        }

        if (manifest is not null && parse.GetValue(published) is not null)
        {
            throw new CliException("import: --published does not go with --history: the manifest dates every publication.");
        }

        var target = parse.GetRequiredValue(output);
        var extension = Path.GetExtension(target);
        if (extension is not (".json" or ".jsonl" or ".ndjson"))
        {
            throw new CliException($"import: --out '{target}' must end in .json or .jsonl.");
        }

        CheckOut(target);
        var options = new ImportOptions { Published = parse.GetValue(published), Lenient = parse.GetValue(lenient) };
        var publications = manifest is null
            ? [new ImportPublication([.. paths.Select(Source)], options.Published)]
            : HistoryManifest.Read(manifest);
        ImportResult result;
        try
        {
            result = context.MayBeInteractive && context.Console.Profile.Capabilities.Interactive && !context.Json
                ? WithProgressBar(context, kind, publications, options)
                : ListImporter.ImportHistoryAsync(kind, publications, options).GetAwaiter().GetResult();
        }
        catch (ImportException e)
        {
            throw new CliException("import: " + e.Message, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"import: cannot read the input: {e.Message}", e);
        }

        try
        {
            // Written whole to a temporary file beside the target, then renamed: a failure leaves an existing file as it was.
            WorldJson.WriteFileAsync(result.World, target).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"import: --out {target}: cannot write the file: {e.Message}", e);
        }

        if (context.Json)
        {
            Json.Write(context, w =>
            {
                w.WriteStartObject();
                w.WriteString("format", ImportFormatNames.NameOf(kind));
                w.WriteStartArray("files");
                foreach (var file in publications.SelectMany(p => p.Files))
                {
                    w.WriteStringValue(file.Name);
                }

                w.WriteEndArray();
                w.WriteNumber("publications", publications.Count);
                w.WriteNumber("parties", result.World.Parties.Length);
                w.WriteNumber("designations", result.World.Designations.Length);
                w.WriteNumber("read", result.Read);
                w.WriteNumber("imported", result.Imported);
                w.WriteNumber("skipped", result.Skipped);
                w.WriteStartArray("warnings");
                foreach (var warning in result.Warnings)
                {
                    w.WriteStringValue(warning);
                }

                w.WriteEndArray();
                w.WriteString("out", target);
                w.WriteEndObject();
            });
        }
        else
        {
            context.Line($"{target}: {result.World.Parties.Length} parties, {result.World.Designations.Length} designations "
                + $"({result.Read} records read, {result.Imported} imported, {result.Skipped} skipped, {result.Issues.Length} warnings)");
            foreach (var warning in result.Warnings)
            {
                context.Error.WriteLine("warning: " + warning);
            }
        }

        return ExitCodes.Ok;
    }

    /// <summary>Refuses, before any work, an --out that names a directory or a directory that does not exist.</summary>
    internal static void CheckOut(string target)
    {
        if (Directory.Exists(target))
        {
            throw new CliException($"import: --out {target}: is a directory; name the world file to write.");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(target));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new CliException($"import: --out {target}: the directory {directory} does not exist.");
        }
    }

    /// <summary>A file named on the command line; a missing one is bad input naming it.</summary>
    private static SourceFile Source(string path) =>
        File.Exists(path) ? SourceFile.FromPath(path) : throw new CliException($"import: {path}: no such file.");

    private static ImportResult WithProgressBar(CliContext context, ImportFormat kind, List<ImportPublication> publications, ImportOptions options)
    {
        ImportResult? result = null;
        context.Console.Progress().Start(progress =>
        {
            var task = progress.AddTask("reading").IsIndeterminate();
            var reporter = new Reporter(p => task.Description = publications.Count > 1
                ? $"publication {p.Publication} of {p.Publications}: {Path.GetFileName(p.File)}: {p.RecordsRead:N0} records"
                : $"{Path.GetFileName(p.File)}: {p.RecordsRead:N0} records");
            result = ListImporter.ImportHistoryAsync(kind, publications, options, reporter).GetAwaiter().GetResult();
            task.StopTask();
        });
        return result!;
    }

    private sealed class Reporter(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
