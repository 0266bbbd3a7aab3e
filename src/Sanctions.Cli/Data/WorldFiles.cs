using Sanctions.Core.World;

namespace Sanctions.Cli.Data;

/// <summary>Reads world files (<c>.json</c>, <c>.jsonl</c>) in the project's format.</summary>
internal static class WorldFiles
{
    /// <summary>Reads and validates one world file.</summary>
    /// <exception cref="CliException">The file is missing, unreadable or invalid.</exception>
    public static SanctionsWorld Read(string path)
    {
        Exists(path);
        throw NotAvailable(path);
    }

    /// <summary>Every problem of a world file, each with its JSON path (or line); empty when the file is valid.</summary>
    /// <exception cref="CliException">The file is missing or unreadable.</exception>
    public static IReadOnlyList<(string Path, string Message)> Validate(string path)
    {
        Exists(path);
        throw NotAvailable(path);
    }

    private static void Exists(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"{path}: no such file.");
        }
    }

    private static CliException NotAvailable(string path) =>
        new($"{path}: reading world files needs the project's JSON format (Sanctions.Core.Serialization.WorldJson), which is not available yet.");
}
