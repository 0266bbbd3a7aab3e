namespace Sanctions.Core.Tests;

/// <summary>Where the repository is, for tests that read its files.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder that holds Sanctions.Core.sln, above the test's output folder.</summary>
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sanctions.Core.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (Sanctions.Core.sln) above " + AppContext.BaseDirectory);
    }
}
