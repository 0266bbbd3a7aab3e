using Xunit;

namespace Sanctions.Docs.Tests;

/// <summary>
/// No source file under <c>src/</c> exceeds 500 lines (issue 17: a newcomer reads one file for one role; a type that outgrows that
/// is split into partial files by role).
/// </summary>
public sealed class SourceFileSizeTests
{
    private const int MaxLines = 500;

    [Fact]
    public void EverySourceFileUnderSrc_HasAtMost500Lines()
    {
        var src = Path.Combine(DocsCompileTests.RepositoryRoot(), "src");
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(src, f)))
            .ToList();
        Assert.NotEmpty(files);

        var tooLong = files
            .Select(f => (File: Path.GetRelativePath(src, f).Replace('\\', '/'), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > MaxLines)
            .OrderByDescending(f => f.Lines)
            .Select(f => $"src/{f.File}: {f.Lines} lines")
            .ToList();
        Assert.True(tooLong.Count == 0, $"Files over {MaxLines} lines (split them into partial files by role):\n" + string.Join("\n", tooLong));
    }

    private static bool IsBuildOutput(string relative)
    {
        var parts = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return parts.Contains("obj") || parts.Contains("bin");
    }
}
