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
            throw new CliException($"--data {path}: invalid world file: {ProblemCount(e.Problems.Length, e.Unlisted)}; first: {first} (run `sanctions validate {path}` for all)", e);
        }
    }

    /// <summary>Every problem of a world file, each with its JSON path (and line for JSON Lines); empty when the file is valid.</summary>
    /// <exception cref="CliException">The file is missing or unreadable.</exception>
    public static IReadOnlyList<(string Path, string Message)> Validate(string path) => Validate(path, out _);

    /// <summary>Every problem of a world file, as <see cref="Validate(string)"/>; <paramref name="unlisted"/> counts those found but not listed (the read lists its first 1,000).</summary>
    /// <exception cref="CliException">The file is missing or unreadable.</exception>
    public static IReadOnlyList<(string Path, string Message)> Validate(string path, out int unlisted)
    {
        unlisted = 0;
        try
        {
            Load(path);
            return [];
        }
        catch (WorldFormatException e) when (!e.Problems.IsEmpty)
        {
            unlisted = e.Unlisted;
            return [.. e.Problems.Select(p => (p.Line is { } line ? $"line {line}: {p.Path}" : p.Path, p.Message))];
        }
        catch (WorldFormatException e)
        {
            return [("$", e.Message)];
        }
    }

    /// <summary>How many problems a report names: <c>3 problems</c>, or when capped <c>at least 1,000,017 problems (report capped: the first 1000 listed)</c>.</summary>
    public static string ProblemCount(int listed, int unlisted) => unlisted > 0
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"at least {listed - 1 + unlisted} problems (report capped: the first {listed - 1} listed)")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{listed} problem{(listed == 1 ? string.Empty : "s")}");

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
