using System.Globalization;

namespace Sanctions.Core.World;

/// <summary>One problem found while building a world: which item, which of its fields, and what is wrong.</summary>
/// <remarks>
/// <see cref="Locator"/> names the item by its collection and position in the order it was added, and by its id where it has one:
/// <c>designations[3] (us-ofac-sdn:4632)</c>. Readers of files map the collection and index to their own paths and lines.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record WorldProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="collection">The collection the item is in.</param>
    /// <param name="index">The item's position in its collection, in the order the items were added (0-based).</param>
    /// <param name="id">The item's id, where it has one.</param>
    /// <param name="field">The field at fault (<c>party</c>, <c>valid</c>, …), where one is.</param>
    /// <param name="message">What is wrong, and what would be right.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public WorldProblem(WorldCollection collection, int index, string? id, string? field, string message)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentNullException.ThrowIfNull(message);
        Collection = collection;
        Index = index;
        Id = id;
        Field = field;
        Message = message;
    }

    /// <summary>The collection the item is in.</summary>
    public WorldCollection Collection { get; }

    /// <summary>The item's position in its collection, in the order the items were added (0-based).</summary>
    public int Index { get; }

    /// <summary>The item's id, where it has one.</summary>
    public string? Id { get; }

    /// <summary>The field at fault, where one is: <c>party</c>, <c>valid</c>, <c>list</c>, ….</summary>
    public string? Field { get; }

    /// <summary>What is wrong, and what would be right.</summary>
    public string Message { get; }

    /// <summary>Where the problem is, as text: <c>designations[3] (us-ofac-sdn:4632)</c>, or <c>memberships[8]</c> for an item without an id.</summary>
    public string Locator => Name(Collection, Index) + (Id is null ? string.Empty : $" ({Id})");

    // The id of an item the field refers to that is not in the world, for readers that have reported it already.
    internal string? UnknownReference { get; init; }

    // The position of another item of the same collection that the message names (as Name(Collection, index)).
    internal int? Related { get; init; }

    /// <summary>Text <c>locator: message</c>.</summary>
    /// <returns>The problem as one line.</returns>
    public override string ToString() => $"{Locator}: {Message}";

    // "designations[3]": how a locator and a message name an item.
    internal static string Name(WorldCollection collection, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{WorldCollections.Name(collection)}[{index}]");
}
