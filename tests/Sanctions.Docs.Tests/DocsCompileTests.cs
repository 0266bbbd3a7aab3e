using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Sanctions.Docs.Tests;

/// <summary>
/// Every C# block of README.md, docs/*.md and the packages' README files compiles as a user's project would compile it: .NET 10, the
/// SDK's implicit usings, nullable on, warnings as errors, with the usings the block shows and the packages it names. A block with
/// top-level statements is a program; one that ends in <c>// output</c> comment lines after a blank line is run, and what it prints must be
/// those lines. And no link in those files leaves the repository.
/// </summary>
public sealed partial class DocsCompileTests
{
    private static readonly string Root = RepositoryRoot();

    // What `dotnet new console` gives: the SDK's implicit usings.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    // The .NET 10 reference assemblies; the packages the docs use (from this test's output folder); and, for the ASP.NET Core
    // examples, the Microsoft.AspNetCore.App shared framework this test runs on (its assemblies, by file name, where the output
    // folder has none).
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
    {
        var packages = Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
            .Where(f => Regex.IsMatch(Path.GetFileName(f), @"^(Sanctions\.|NodaTime|FsCheck|FSharp\.Core|xunit\.v3\.(assert|core|common)|Microsoft\.Extensions\.)", RegexOptions.IgnoreCase))
            .ToList();
        var aspNetCore = Path.GetDirectoryName(typeof(Microsoft.AspNetCore.Builder.WebApplication).Assembly.Location)!;
        var names = packages.Select(Path.GetFileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        packages.AddRange(Directory.GetFiles(aspNetCore, "Microsoft.*.dll")
            .Where(f => Regex.IsMatch(Path.GetFileName(f), @"^Microsoft\.(AspNetCore|Extensions)\.") && names.Add(Path.GetFileName(f))));
        return [.. Net100.References.All, .. packages.Select(f => MetadataReference.CreateFromFile(f))];
    });

    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Documents())
        {
            var count = CodeBlocks(File.ReadAllText(Path.Combine(Root, file))).Count;
            for (var i = 0; i < count; i++)
            {
                data.Add(file, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void CSharpBlock_CompilesAndPrintsWhatItsCommentsSay(string file, int index)
    {
        var (line, code) = CodeBlocks(File.ReadAllText(Path.Combine(Root, file)))[index];
        var where = $"{file}:{line}";
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Preview), path: where, cancellationToken: TestContext.Current.CancellationToken);
        var program = tree.GetRoot(TestContext.Current.CancellationToken).DescendantNodes().OfType<GlobalStatementSyntax>().Any();
        var compilation = CSharpCompilation.Create(
            "DocsBlock" + index,
            [tree, CSharpSyntaxTree.ParseText(ImplicitUsings, new CSharpParseOptions(LanguageVersion.Preview), cancellationToken: TestContext.Current.CancellationToken)],
            References.Value,
            new CSharpCompilationOptions(program ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                {
                    // A user's project does not fail on these: an unused using, an async method without await, the SDK's default NoWarn (1701, 1702).
                    ["CS8019"] = ReportDiagnostic.Suppress,
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                    ["CS1998"] = ReportDiagnostic.Suppress,

                    // A block that shows an API as a function of typed parameters declares it and does not call it.
                    ["CS8321"] = ReportDiagnostic.Suppress,
                }));

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image, cancellationToken: TestContext.Current.CancellationToken);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(emitted.Success, $"{where}: the block does not compile:\n{string.Join("\n", errors)}");

        var expected = ExpectedOutput(code);
        if (!program || expected is null)
        {
            return;
        }

        Assert.Equal(expected, Run(image.ToArray()));
    }

    [Fact]
    public void Documents_HaveCSharpBlocks()
    {
        // The theory above has work to do: the README's example and the docs' examples are found.
        Assert.Contains("README.md", Documents());
        Assert.True(Blocks().Count >= 8, $"{Blocks().Count} blocks");
    }

    [Fact]
    public void Links_StayInTheRepository()
    {
        var problems = new List<string>();
        foreach (var file in Documents().Append("docs/cli.md").Distinct())
        {
            var text = File.ReadAllText(Path.Combine(Root, file));
            foreach (Match m in MarkdownLink().Matches(text))
            {
                var target = m.Groups[1].Value.Split('#')[0];
                if (target.Length == 0 || target.StartsWith("http://", StringComparison.Ordinal) || target.StartsWith("https://", StringComparison.Ordinal))
                {
                    continue;
                }

                var resolved = Path.GetFullPath(Path.Combine(Root, Path.GetDirectoryName(file)!, target));
                if (!resolved.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || (!File.Exists(resolved) && !Directory.Exists(resolved)))
                {
                    problems.Add($"{file}: link to '{m.Groups[1].Value}' leads to nothing in the repository");
                }
            }

            foreach (Match m in OutsidePath().Matches(text))
            {
                problems.Add($"{file}: points outside the repository: '{m.Value}'");
            }
        }

        Assert.Empty(problems);
    }

    // README.md, docs/*.md and the packages' README files, relative to the repository root.
    private static List<string> Documents() =>
    [
        "README.md",
        .. Directory.GetFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Root, f)).Order(StringComparer.Ordinal),
        .. Directory.GetFiles(Path.Combine(Root, "src"), "README.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Root, f)).Order(StringComparer.Ordinal),
    ];

    // The ```csharp blocks of a Markdown text, with the line each starts on.
    private static List<(int Line, string Code)> CodeBlocks(string markdown)
    {
        var blocks = new List<(int, string)>();
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() is "```csharp" or "```cs" or "```c#")
            {
                var start = i + 1;
                var end = start;
                while (end < lines.Length && lines[end].Trim() != "```")
                {
                    end++;
                }

                blocks.Add((start + 1, string.Join("\n", lines[start..end])));
                i = end;
            }
        }

        return blocks;
    }

    // The trailing comment lines after the last blank line of a block, without their "// " (null when the block does not end so).
    private static string[]? ExpectedOutput(string code)
    {
        var lines = code.TrimEnd().Split('\n');
        var tail = lines.Reverse().TakeWhile(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal)).Reverse().ToArray();
        if (tail.Length == 0 || tail.Length == lines.Length || lines[^(tail.Length + 1)].Trim().Length != 0)
        {
            return null;
        }

        return [.. tail.Select(l => l.TrimStart()[2..]).Select(l => l.StartsWith(' ') ? l[1..] : l)];
    }

    private static string[] Run(byte[] image)
    {
        var context = new AssemblyLoadContext("docs-block", isCollectible: true);
        var original = Console.Out;
        using var output = new StringWriter();
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(image));
            Console.SetOut(output);
            var entry = assembly.EntryPoint!;
            var result = entry.Invoke(null, entry.GetParameters().Length == 0 ? [] : [Array.Empty<string>()]);
            if (result is Task task)
            {
                task.GetAwaiter().GetResult();
            }
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
        finally
        {
            Console.SetOut(original);
            context.Unload();
        }

        return output.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sanctions.Core.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (Sanctions.Core.sln) above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    // Paths of the session's shared folder, which a clone of the repository does not have.
    [GeneratedRegex(@"(?<![\w/.])(\.\./)*shared/(specs|data)/[\w./-]*|/work/[\w./-]+")]
    private static partial Regex OutsidePath();
}
