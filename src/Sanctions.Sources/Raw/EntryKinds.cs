namespace Sanctions.Sources.Raw;

/// <summary>Reads the party type a list states (<c>Individual</c>, <c>Entity</c>, <c>Vessel</c>, <c>Aircraft</c>) into an <see cref="EntryKind"/>.</summary>
internal static class EntryKinds
{
    /// <summary>Parses one of the four type words.</summary>
    /// <param name="text">The word as the list gives it.</param>
    /// <param name="comparison">How strictly to compare (OFAC CSV writes <c>individual</c>, the XML and the CSL <c>Individual</c>).</param>
    /// <param name="kind">The kind, when the word is one of the four.</param>
    /// <returns>Whether the word is one of the four.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, StringComparison comparison, out EntryKind kind)
    {
        foreach (var candidate in All)
        {
            if (text.Equals(candidate.Word, comparison))
            {
                kind = candidate.Kind;
                return true;
            }
        }

        kind = default;
        return false;
    }

    private static readonly (string Word, EntryKind Kind)[] All =
    [
        ("Individual", EntryKind.Individual), ("Entity", EntryKind.Entity), ("Vessel", EntryKind.Vessel), ("Aircraft", EntryKind.Aircraft),
    ];
}
