using System.Collections.Immutable;

namespace Sanctions.Core.World;

/// <summary>The error <see cref="WorldBuilder.Build"/> throws when a world is invalid: one exception that lists every problem found.</summary>
/// <remarks>No world is built when this is thrown; nothing is half-built.</remarks>
public sealed class WorldValidationException : Exception
{
    /// <summary>Creates the exception with no problems (for serialisers and tests).</summary>
    public WorldValidationException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message and no problems.</summary>
    /// <param name="message">The message.</param>
    public WorldValidationException(string message)
        : base(message) => Problems = [];

    /// <summary>Creates the exception with a message, no problems and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public WorldValidationException(string message, Exception innerException)
        : base(message, innerException) => Problems = [];

    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">Every problem found.</param>
    public WorldValidationException(IEnumerable<WorldProblem> problems)
        : this([.. problems ?? []], 0)
    {
    }

    private WorldValidationException(ImmutableArray<WorldProblem> problems, int unused)
        : base(Describe(problems)) => Problems = problems;

    /// <summary>Every problem found, in the order the items were added.</summary>
    public ImmutableArray<WorldProblem> Problems { get; }

    private static string Describe(ImmutableArray<WorldProblem> problems)
    {
        const int Shown = 20;
        var lines = problems.Take(Shown).Select(p => "  " + p);
        var more = problems.Length > Shown ? $"{Environment.NewLine}  … and {problems.Length - Shown} more" : string.Empty;
        return $"The world is invalid: {problems.Length} problem{(problems.Length == 1 ? string.Empty : "s")}.{Environment.NewLine}" +
            string.Join(Environment.NewLine, lines) + more;
    }
}
