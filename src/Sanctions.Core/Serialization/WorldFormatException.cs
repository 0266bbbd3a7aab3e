using System.Collections.Immutable;

namespace Sanctions.Core.Serialization;

/// <summary>
/// A world file could not be read: it is not valid JSON, does not follow the format, or describes an invalid world.
/// Holds every problem found, each with its JSON path and, where known, its line.
/// </summary>
/// <remarks>A failed read yields no world: the reader throws this exception instead of returning a partial one.</remarks>
public sealed class WorldFormatException : FormatException
{
    /// <summary>Creates an exception without problems.</summary>
    public WorldFormatException()
        : this("The world file is invalid.")
    {
    }

    /// <summary>Creates an exception with a message and no problems.</summary>
    /// <param name="message">The message.</param>
    public WorldFormatException(string message)
        : base(message) => Problems = [];

    /// <summary>Creates an exception with a message, an inner exception and no problems.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public WorldFormatException(string message, Exception innerException)
        : base(message, innerException) => Problems = [];

    /// <summary>Creates an exception holding the problems found in an unnamed source.</summary>
    /// <param name="problems">The problems, in the order found.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public WorldFormatException(IEnumerable<WorldFormatProblem> problems)
        : this(problems, null)
    {
    }

    /// <summary>Creates an exception holding the problems found in a source.</summary>
    /// <param name="problems">The problems, in the order found.</param>
    /// <param name="sourceName">The file or source name used in the message, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public WorldFormatException(IEnumerable<WorldFormatProblem> problems, string? sourceName)
        : this([.. problems ?? throw new ArgumentNullException(nameof(problems))], sourceName)
    {
    }

    private WorldFormatException(ImmutableArray<WorldFormatProblem> problems, string? sourceName)
        : this(problems, sourceName, 0)
    {
    }

    // A read lists its first problems only; the last one listed then says how many more there were (unlisted).
    internal WorldFormatException(IEnumerable<WorldFormatProblem> problems, string? sourceName, int unlisted)
        : this([.. problems], sourceName, unlisted)
    {
    }

    private WorldFormatException(ImmutableArray<WorldFormatProblem> problems, string? sourceName, int unlisted)
        : base(Describe(problems, sourceName, unlisted))
    {
        Problems = problems;
        SourceName = sourceName;
        Unlisted = unlisted;
    }

    /// <summary>Every problem found, in the order found.</summary>
    public ImmutableArray<WorldFormatProblem> Problems { get; }

    /// <summary>The file or source name the problems refer to, if one was given.</summary>
    public string? SourceName { get; }

    /// <summary>
    /// How many further problems were found but not listed: a read lists its first 1,000, and the last entry of
    /// <see cref="Problems"/> then says how many more there were. 0 when every problem is listed.
    /// </summary>
    public int Unlisted { get; }

    /// <summary>Whether <see cref="Problems"/> lists only the first problems found (see <see cref="Unlisted"/>).</summary>
    public bool IsCapped => Unlisted > 0;

    private static string Describe(ImmutableArray<WorldFormatProblem> problems, string? sourceName, int unlisted)
    {
        const int Shown = 20;
        var where = sourceName is null ? "The world" : $"The world '{sourceName}'";
        var lines = problems.Take(Shown).Select(p => "  " + p);
        var more = problems.Length > Shown ? Environment.NewLine + $"  … and {problems.Length - Shown} more" : string.Empty;
        var count = unlisted > 0
            ? $"at least {problems.Length - 1 + unlisted} problems (report capped: the first {problems.Length - 1} listed)"
            : $"{problems.Length} problem{(problems.Length == 1 ? string.Empty : "s")}";
        return $"{where} could not be read: {count}." + Environment.NewLine +
            string.Join(Environment.NewLine, lines) + more;
    }
}
