using System.Text;
using Sanctions.Sources.Diagnostics;

namespace Sanctions.Sources.Tests;

/// <summary>The copied sample files (see Fixtures/PROVENANCE.md) and small helpers.</summary>
internal static class Fixture
{
    public static CancellationToken Token => TestContext.Current.CancellationToken;

    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    public static SourceFile File(string relative) => SourceFile.FromPath(PathOf(relative));

    public static SourceFile Text(string name, string content) => SourceFile.FromBytes(name, Encoding.UTF8.GetBytes(content));

    public static ImportDiagnostics Strict() => new(lenient: false);

    public static ImportDiagnostics Lenient() => new(lenient: true);

    /// <summary>The 1-based line of the first line of a fixture that contains <paramref name="text"/>.</summary>
    public static int LineOf(string relative, string text)
    {
        var lines = System.IO.File.ReadAllLines(PathOf(relative), Encoding.UTF8);
        return Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal)) + 1;
    }
}
