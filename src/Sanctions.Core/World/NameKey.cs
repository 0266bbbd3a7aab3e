using Sanctions.Core.Parties;

namespace Sanctions.Core.World;

// Normalises names for lookup (NameFolding: case, marks, scripts, punctuation); words split.
internal static class NameKey
{
    // The same folding as screening (NameFolding): it works in any globalization mode, where string.Normalize may do nothing.
    public static string Normalize(string text) => NameFolding.Fold(text);

    public static string[] Words(string normalized) => normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static string SortedWords(string normalized)
    {
        var words = Words(normalized);
        Array.Sort(words, StringComparer.Ordinal);
        return string.Join(' ', words);
    }

    public static int Distance(string a, string b)
    {
        if (a.Length == 0)
        {
            return b.Length;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
