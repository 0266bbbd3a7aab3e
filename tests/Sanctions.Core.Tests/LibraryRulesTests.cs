using System.Text.RegularExpressions;

namespace Sanctions.Core.Tests;

// House rules that the compiler does not check.
public sealed class LibraryRulesTests
{
    [Fact]
    public void Library_NeverReadsTheClock()
    {
        var root = RepositoryPaths.Root();
        var clock = new Regex(@"DateTime(Offset)?\.(Now|UtcNow|Today)|SystemClock\.Instance|Stopwatch\.GetTimestamp|TimeProvider\.System", RegexOptions.CultureInvariant);
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Sanctions.Cli{Path.DirectorySeparatorChar}", StringComparison.Ordinal))

            // The composition roots may name the system clock: the CLI, and AddSanctions' default TimeProvider (every other type of
            // Sanctions.Hosting takes its TimeProvider as an argument).
            .Where(f => !f.EndsWith($"Sanctions.Hosting{Path.DirectorySeparatorChar}SanctionsServiceCollectionExtensions.cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => clock.IsMatch(x.line) && !x.line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Select(x => $"{Path.GetRelativePath(root, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToArray();
        Assert.Empty(offenders);
    }
}
