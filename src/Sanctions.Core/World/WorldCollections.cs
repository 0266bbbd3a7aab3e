namespace Sanctions.Core.World;

// The names of the collections as locators and world files spell them.
internal static class WorldCollections
{
    public const int Count = (int)WorldCollection.Positions + 1;

    private static readonly string[] Names =
    [
        "parties", "authorities", "instruments", "programs", "lists", "designations", "countryMeasures", "treaties",
        "treatyActions", "memberships", "relations", "positions",
    ];

    public static string Name(WorldCollection collection) => Names[(int)collection];

    // The collection a name spells, or null.
    public static WorldCollection? Find(string name)
    {
        var index = Array.IndexOf(Names, name);
        return index < 0 ? null : (WorldCollection)index;
    }
}
