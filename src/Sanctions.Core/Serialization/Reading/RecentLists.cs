namespace Sanctions.Core.Serialization;

// The last few lists of strings read on one thread: consecutive records often repeat one (programs, measures,
// nationalities) or alternate between a few.
internal sealed class RecentLists
{
    private const int Size = 4;

    private readonly List<string>?[] lists = new List<string>?[Size];
    private int next;

    // Whether the list holds these texts, in this order.
    public static bool Same(List<string> known, ReadOnlySpan<string> texts)
    {
        if (known.Count != texts.Length)
        {
            return false;
        }

        for (var i = 0; i < texts.Length; i++)
        {
            if (!string.Equals(known[i], texts[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // The list of these texts: a recent one, or a new one that becomes recent.
    public List<string> Find(ReadOnlySpan<string> texts)
    {
        foreach (var known in lists)
        {
            if (known is not null && Same(known, texts))
            {
                return known;
            }
        }

        var list = new List<string>(texts.Length);
        foreach (var text in texts)
        {
            list.Add(text);
        }

        lists[next] = list;
        next = (next + 1) % Size;
        return list;
    }
}
