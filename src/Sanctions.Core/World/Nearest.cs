namespace Sanctions.Core.World;

// The nearest known values to an unknown one, for the suggestions of UnknownReferenceException: by edit distance with adjacent
// transpositions (USA → US, UE → EU, observers → observer), case-insensitive, and values that hold the text as a '-'/':'-separated part
// (OFAC → US-OFAC).
internal static class Nearest
{
    // The known values at the least distance (within a third of the text's length, at least 2), in the order given: callers list the
    // likelier values first.
    public static IReadOnlyList<string> To(string value, IEnumerable<string> known, int max = 3)
    {
        var text = (value ?? string.Empty).Trim().ToUpperInvariant();
        var limit = Math.Max(2, text.Length / 3);
        var scored = known.Distinct(StringComparer.Ordinal)
            .Select(k => (Known: k, Distance: Score(text, k.ToUpperInvariant())))
            .Where(k => k.Distance <= limit)
            .ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored.Min(k => k.Distance);
        return [.. scored.Where(k => k.Distance == best).Take(max).Select(k => k.Known)];
    }

    private static int Score(string text, string known)
    {
        if (text.Length > 1 && known.Split('-', ':', ' ').Contains(text, StringComparer.Ordinal))
        {
            return 1;
        }

        return Distance(text, known);
    }

    // Optimal string alignment distance.
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
