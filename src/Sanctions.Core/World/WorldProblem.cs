namespace Sanctions.Core.World;

/// <summary>One problem found while building a world: where it is and what is wrong.</summary>
/// <remarks>
/// <see cref="Locator"/> names the item by its collection and position in the order it was added, and by its id where it has one:
/// <c>designations[3] (us-ofac-sdn:4632)</c>. Readers of files prefix it with the file and map it to their own paths.
/// </remarks>
/// <param name="Locator">Where the problem is.</param>
/// <param name="Message">What is wrong, and what would be right.</param>
public sealed record WorldProblem(string Locator, string Message)
{
    /// <summary>Text <c>locator: message</c>.</summary>
    /// <returns>The problem as one line.</returns>
    public override string ToString() => $"{Locator}: {Message}";
}
