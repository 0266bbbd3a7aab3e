using Sanctions.Core.Serialization;
using Sanctions.Core.World;

namespace Sanctions.Cli.Data;

/// <summary>Reads world files (<c>.json</c>, <c>.jsonl</c>) in the project's format through <see cref="WorldJson"/>.</summary>
internal static class WorldFiles
{
    /// <summary>Reads and validates one world file.</summary>
    /// <exception cref="CliException">The file is missing, unreadable or invalid: the message names the file and the first problem's JSON path (or line).</exception>
    public static SanctionsWorld Read(string path)
    {
        try
        {
            return Load(path);
        }
        catch (WorldFormatException e)
        {
            var first = e.Problems.IsEmpty ? e.Message : e.Problems[0].ToString();
            throw new CliException($"--data {path}: invalid world file: {e.Problems.Length} problem{(e.Problems.Length == 1 ? string.Empty : "s")}; first: {first} (run `sanctions validate {path}` for all)", e);
        }
    }

    /// <summary>Every problem of a world file, each with its JSON path (and line for JSON Lines); empty when the file is valid.</summary>
    /// <exception cref="CliException">The file is missing or unreadable.</exception>
    public static IReadOnlyList<(string Path, string Message)> Validate(string path)
    {
        try
        {
            Load(path);
            return [];
        }
        catch (WorldFormatException e) when (!e.Problems.IsEmpty)
        {
            return [.. e.Problems.Select(p => (p.Line is { } line ? $"line {line}: {p.Path}" : p.Path, p.Message))];
        }
        catch (WorldFormatException e)
        {
            return [("$", e.Message)];
        }
    }

    private static SanctionsWorld Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"{path}: no such file.");
        }

        try
        {
            return WorldJson.ReadFileAsync(path).GetAwaiter().GetResult();
        }
        catch (ArgumentException e)
        {
            throw new CliException($"{path}: not a world file: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot read the file: {e.Message}", e);
        }
    }
}
