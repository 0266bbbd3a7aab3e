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

    // The layers of Sanctions.Core, bottom up (docs/internals.md): a folder uses only folders of a lower layer, so dependencies run
    // one way. The model's four folders share a layer and do not use one another.
    [Fact]
    public void Library_DependenciesRunOneWay()
    {
        var layers = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["Temporal"] = 0,
            ["Parties"] = 1,
            ["Regimes"] = 2,
            ["Memberships"] = 2,
            ["Relations"] = 2,
            ["Treaties"] = 2,
            ["World"] = 3,
            ["Serialization"] = 4,
            ["Compliance"] = 5,
        };
        var root = Path.Combine(RepositoryPaths.Root(), "src", "Sanctions.Core");
        var names = string.Join("|", layers.Keys);
        var full = new Regex($@"Sanctions\.Core\.({names})\b", RegexOptions.CultureInvariant);

        // Relative references (cref="Serialization.WorldJson…") only for the two top layers: "World." is also a property's name.
        var relative = new Regex(@"(?<![\w.])(Serialization|Compliance)\.[A-Z]", RegexOptions.CultureInvariant);
        var offenders = layers.Keys
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories)
                .SelectMany(f => File.ReadLines(f).Select((line, i) => (folder, f, i, line))))
            .SelectMany(x => full.Matches(x.line).Concat(relative.Matches(x.line)).Select(m => (x.folder, x.f, x.i, used: m.Groups[1].Value)))
            .Where(x => x.used != x.folder && layers[x.used] >= layers[x.folder])
            .Select(x => $"{Path.GetRelativePath(root, x.f)}:{x.i + 1}: {x.folder} uses {x.used}")
            .Distinct()
            .ToArray();
        Assert.Empty(offenders);
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(root, "World"), "*.cs"));
    }

    // Enum words are written once, in EnumWords (format, compliance wording and the CLI); nothing derives them from member names.
    [Fact]
    public void Src_EnumWordsComeFromTheOneTable()
    {
        var root = RepositoryPaths.Root();
        var derived = new Regex(@"\bKebab\w*\(|EnumText", RegexOptions.CultureInvariant);
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => derived.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(root, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToArray();
        Assert.Empty(offenders);
        Assert.Contains("international-organization", EnumWords.PartyKind.Words);
    }
}
