namespace Sanctions.Screening;

// How two folded words compare: a weighted edit distance (cheap edits for the variations transliteration and spelling make),
// a budget that grows with length so short words must match exactly, and a phonetic key.
internal static class TokenSimilarity
{
    // The edit budget for words whose shorter one has this many letters: up to 3 letters only one spelling variant (kh for h, a
    // doubled letter, v for w), then about one edit per three letters.
    public static double Budget(int shorter) => shorter <= 3 ? 0.3 : Math.Min(3.0, (shorter - 1) / 3.0);

    // Weighted Damerau-Levenshtein distance (optimal string alignment) over two short words; stack memory only.
    public static double Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, double cutoff = double.MaxValue)
    {
        if (a.Length > 40 || b.Length > 40)
        {
            return a.SequenceEqual(b) ? 0 : Math.Max(a.Length, b.Length);
        }

        var width = b.Length + 1;
        Span<double> d = stackalloc double[(a.Length + 1) * width];
        for (var j = 0; j <= b.Length; j++)
        {
            d[j] = j == 0 ? 0 : d[j - 1] + IndelCost(b, j - 1);
        }

        double older = 0, old = 0, last = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            d[i * width] = d[(i - 1) * width] + IndelCost(a, i - 1);
            for (var j = 1; j <= b.Length; j++)
            {
                var sub = d[((i - 1) * width) + j - 1] + SubstitutionCost(a[i - 1], b[j - 1]);
                var del = d[((i - 1) * width) + j] + IndelCost(a, i - 1);
                var ins = d[(i * width) + j - 1] + IndelCost(b, j - 1);
                var best = Math.Min(sub, Math.Min(del, ins));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && a[i - 1] != b[j - 1])
                {
                    best = Math.Min(best, d[((i - 2) * width) + j - 2] + 0.7);
                }

                // Spellings transliteration makes of one sound: kh for h, dzh for j, ks for x, iy for y (Dmitriy, Dmitry). Only the
                // variants whose longer spelling ends in one of the two letters here can apply.
                if (!VariantEnd(a[i - 1]) && !VariantEnd(b[j - 1]))
                {
                    d[(i * width) + j] = best;
                    continue;
                }

                foreach (var (x, y) in Variants)
                {
                    if (EndsWith(a, i, x) && EndsWith(b, j, y))
                    {
                        best = Math.Min(best, d[((i - x.Length) * width) + j - y.Length] + VariantCost);
                    }

                    if (EndsWith(b, j, x) && EndsWith(a, i, y))
                    {
                        best = Math.Min(best, d[((i - y.Length) * width) + j - x.Length] + VariantCost);
                    }
                }

                d[(i * width) + j] = best;
            }

            // A path moves down at most three rows at a step (dzh), so it touches one of any three rows in a row: once the
            // cheapest cell of the last three is over the cutoff, the distance is too.
            var rowMin = double.MaxValue;
            for (var j = 0; j <= b.Length; j++)
            {
                rowMin = Math.Min(rowMin, d[(i * width) + j]);
            }

            (older, old, last) = (old, last, rowMin);
            if (i >= 3 && Math.Min(older, Math.Min(old, last)) > cutoff)
            {
                return Math.Min(older, Math.Min(old, last));
            }
        }

        return d[^1];
    }

    private const double VariantCost = 0.3;

    private static readonly (string Long, string Short)[] Variants =
    [
        ("kh", "h"), ("kh", "k"), ("dzh", "j"), ("zh", "j"), ("ks", "x"), ("ts", "c"), ("ts", "z"), ("ph", "f"), ("ck", "k"),
        ("oy", "ou"), ("iy", "y"), ("iy", "i"), ("ii", "y"), ("ii", "i"), ("yu", "u"), ("ya", "a"), ("ye", "e"), ("sch", "sh"), ("tch", "ch"),
    ];

    private static bool VariantEnd(char c) => c is 'h' or 'x' or 's' or 'k' or 'y' or 'i' or 'u' or 'a' or 'e';

    private static bool EndsWith(ReadOnlySpan<char> word, int end, string part) => end >= part.Length && word[(end - part.Length)..end].SequenceEqual(part);

    // Inserting or dropping a letter: cheap for a doubled letter (Muhammad/Muhamad) and for h (Qadhafi/Qadafi), dearer for a vowel
    // than nothing, full for a consonant.
    private static double IndelCost(ReadOnlySpan<char> word, int at)
    {
        var c = word[at];
        if ((at > 0 && word[at - 1] == c) || (at + 1 < word.Length && word[at + 1] == c))
        {
            return 0.3;
        }

        return c switch
        {
            'h' => 0.5,
            'a' or 'e' or 'i' or 'o' or 'u' or 'y' => 0.7,
            _ => 1.0,
        };
    }

    private static double SubstitutionCost(char a, char b)
    {
        if (a == b)
        {
            return 0;
        }

        if (IsVowel(a) && IsVowel(b))
        {
            return 0.5;
        }

        if ((a, b) is ('v', 'w') or ('w', 'v'))
        {
            return 0.3;
        }

        return (a, b) switch
        {
            ('c', 'k') or ('k', 'c') or ('k', 'q') or ('q', 'k') or ('c', 's') or ('s', 'c') or ('s', 'z') or ('z', 's')
                or ('j', 'y') or ('y', 'j') or ('j', 'i') or ('i', 'j') or ('f', 'v') or ('v', 'f')
                or ('b', 'p') or ('p', 'b') or ('d', 't') or ('t', 'd') or ('g', 'k') or ('k', 'g') or ('g', 'j') or ('j', 'g')
                or ('x', 'h') or ('h', 'x') or ('c', 'g') or ('g', 'c') or ('q', 'g') or ('g', 'q') => 0.6,
            _ => 1.0,
        };
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    // A phonetic key of our own for Latin transliterations: the first letter's class, then consonant classes without vowels, h, w or
    // y, and without repeats. Muhammad and Mohamed share "mmt"; Qadhafi, Gaddafi and Kadafi share "ktf".
    public static string Phonetic(string word)
    {
        Span<char> key = stackalloc char[Math.Min(word.Length, 32) + 1];
        return new string(key[..Phonetic(word, key)]);
    }

    // Whether two words have the same phonetic key, without allocating.
    public static bool SamePhonetic(string a, string b)
    {
        Span<char> x = stackalloc char[Math.Min(a.Length, 32) + 1];
        Span<char> y = stackalloc char[Math.Min(b.Length, 32) + 1];
        return x[..Phonetic(a, x)].SequenceEqual(y[..Phonetic(b, y)]);
    }

    private static int Phonetic(string word, Span<char> key)
    {
        var n = 0;
        var last = '\0';
        for (var i = 0; i < word.Length && n < key.Length; i++)
        {
            var c = word[i];
            if (c == 'x' && i > 0)
            {
                // x sounds ks (Saxton, Sakston).
                if (last != 'k')
                {
                    key[n++] = 'k';
                }

                if (n < key.Length)
                {
                    key[n++] = 's';
                }

                last = 's';
                continue;
            }

            if (c == 'd' && i + 2 < word.Length && word[i + 1] == 'z' && word[i + 2] == 'h')
            {
                // dzh is j (Dzhon, Jon).
                if (last != 's' || i == 0)
                {
                    key[n++] = 's';
                }

                last = 's';
                i += 2;
                continue;
            }

            if (i + 1 < word.Length && ((c == 'k' && word[i + 1] == 'h') || (c == 'p' && word[i + 1] == 'h') || (c == 's' && word[i + 1] == 'h')))
            {
                // kh, ph, sh: one sound each.
                var cls = c == 'p' ? 'f' : c == 's' ? 's' : 'k';
                if (cls != last)
                {
                    key[n++] = cls;
                }

                last = cls;
                i++;
                continue;
            }

            var k = Class(c);
            if (k == '\0')
            {
                if (i == 0)
                {
                    key[n++] = IsVowel(c) ? 'a' : c;
                }

                if (c is 'a' or 'e' or 'i' or 'o' or 'u')
                {
                    last = '\0';
                }

                continue;
            }

            if (k != last || i == 0)
            {
                key[n++] = k;
            }

            last = k;
        }

        return n;
    }

    private static char Class(char c) => c switch
    {
        'b' or 'p' => 'p',
        'c' or 'k' or 'q' or 'g' => 'k',
        'd' or 't' => 't',
        'f' or 'v' => 'f',
        'j' or 'z' or 's' or 'x' => 's',
        'l' => 'l',
        'm' => 'm',
        'n' => 'n',
        'r' => 'r',
        >= '0' and <= '9' => c,
        _ => '\0',
    };
}
