using Sanctions.Core.World;

namespace Sanctions.Core.Testing;

/// <summary>
/// The facts of a world with one deliberate defect, and the item it broke: what a negative test feeds to
/// <see cref="WorldBuilder.Build"/> and what the resulting <see cref="WorldValidationException"/> must name.
/// </summary>
/// <remarks>
/// <para><see cref="Locator"/> is the locator of the problem the validator should report, such as
/// <c>designations[3]</c> (positions are those of <see cref="WorldFacts"/>, the order of addition). <see cref="Culprit"/>
/// is text the problem must contain in its locator or message: the missing id, the duplicated id, the company whose
/// stakes exceed 100%, the treaty whose actions are out of order, or the other member of an overlapping pair.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class InvalidWorld
{
    internal InvalidWorld(WorldFacts facts, WorldDefect defect, string locator, string culprit, string description)
    {
        Facts = facts;
        Defect = defect;
        Locator = locator;
        Culprit = culprit;
        Description = description;
    }

    /// <summary>The facts, defect included.</summary>
    public WorldFacts Facts { get; }

    /// <summary>The kind of defect.</summary>
    public WorldDefect Defect { get; }

    /// <summary>The locator of the broken item, such as <c>memberships[4]</c> (without the id in parentheses).</summary>
    public string Locator { get; }

    /// <summary>Text that the problem reporting the defect must contain in its locator or message.</summary>
    public string Culprit { get; }

    /// <summary>What was broken, in words.</summary>
    public string Description { get; }

    /// <summary>Whether <paramref name="problem"/> reports this defect: its locator is <see cref="Locator"/> (with or without an id) and it names <see cref="Culprit"/>.</summary>
    /// <param name="problem">A problem from <see cref="WorldValidationException.Problems"/>.</param>
    /// <returns>Whether the problem names the broken item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    public bool IsReportedBy(WorldProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var locatorMatches = problem.Locator == Locator || problem.Locator.StartsWith(Locator + " ", StringComparison.Ordinal);
        return locatorMatches && (problem.Locator + " " + problem.Message).Contains(Culprit, StringComparison.Ordinal);
    }

    /// <summary>The defect, the broken item and the facts: what a failing property prints.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Defect} at {Locator} naming '{Culprit}': {Description}{Environment.NewLine}{Facts}";
}
