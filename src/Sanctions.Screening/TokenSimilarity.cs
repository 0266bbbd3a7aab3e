using System.Runtime.CompilerServices;
namespace Sanctions.Screening;

// How two folded words compare: a weighted edit distance (cheap edits for the variations transliteration and spelling make),
// a budget that grows with length so short words must match exactly, and a phonetic key.
internal static partial class TokenSimilarity
{
    // The edit budget for words whose shorter one has this many letters: up to 3 letters only one spelling variant (kh for h, a
    // doubled letter, v for w), then about one edit per three letters.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Budget(int shorter) => (uint)shorter < (uint)Budgets.Length ? Budgets[shorter] : BudgetOf(shorter);

    private static double BudgetOf(int shorter) => shorter <= 3 ? 0.3 : Math.Min(3.0, (shorter - 1) / 3.0);

    // Budget by length, worked out once (the same arithmetic: no division a pair).
    private static readonly double[] Budgets = [.. Enumerable.Range(0, 64).Select(BudgetOf)];

    // The letters a word has, as bits (a = bit 0); other characters are left out.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static uint LetterMask(ReadOnlySpan<char> word)
    {
        uint mask = 0;
        foreach (var c in word)
        {
            if (char.IsAsciiLetterLower(c))
            {
                mask |= 1u << (c - 'a');
            }
        }

        return mask;
    }

    // A lower bound of Distance from the words' lengths (gap letters apart) and letters: every edit that changes a word's length
    // costs 0.3 or more and changes it by one letter, but the spelling variant dzh/j (0.3 for two letters), which needs a word with
    // d, z and h; so the distance is at least 0.3 × gap, or 0.1 × gap (0.15 rounded down to tenths) where a word may hold dzh: the
    // tenths of Distance's cut-off (ShiftTenths), as doubles made the same way.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double LengthBound(int gap, uint a, uint b)
    {
        var tenths = (a & Dzh) == Dzh || (b & Dzh) == Dzh ? gap : 3 * gap;
        return (uint)tenths < (uint)TenthValues.Length ? TenthValues[tenths] : tenths / 10.0;
    }

    // k / 10.0 for the lengths' bounds of words up to 64 letters (a table read, not a division a pair).
    private static readonly double[] TenthValues = [.. Enumerable.Range(0, 193).Select(k => k / 10.0)];

    private const uint Dzh = (1u << ('d' - 'a')) | (1u << ('z' - 'a')) | (1u << ('h' - 'a'));

    // A lower bound of Distance from the letters only one of the two words has. Each letter gets a price (hundredths, below) such
    // that every edit costs at least the prices of the letters it can make appear or disappear: a substitution x/y at least
    // price(x) + price(y), an insertion or deletion of a single letter at least its price (a doubled letter's costs 0.3 but leaves
    // the letter present, and removing a doubled letter altogether takes two such edits, 0.6), each spelling variant (dzh/j 0.3)
    // at least the prices of its letters, a transposition nothing. A letter present in one word only was made to appear or
    // disappear by some edit, so the distance is at least the sum of their prices.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double PresenceBound(uint a, uint b)
    {
        // The prices summed a byte of letters at a time (PriceSums: each byte's letters' prices, for every byte value).
        var diff = a ^ b;
        var sums = PriceSums;
        var sum = sums[(int)(diff & 0xFF)] + sums[256 + (int)((diff >> 8) & 0xFF)] + sums[512 + (int)((diff >> 16) & 0xFF)] + sums[768 + (int)((diff >> 24) & 0x3)];
        return Hundredths[sum];
    }

    private static readonly int[] PriceSums = BuildPriceSums();

    // k / 100.0 for every sum of prices (every letter's price together is 610 hundredths).
    private static readonly double[] Hundredths = [.. Enumerable.Range(0, 611).Select(k => k / 100.0)];

    private static int[] BuildPriceSums()
    {
        var sums = new int[1024];
        for (var part = 0; part < 4; part++)
        {
            for (var value = 0; value < 256; value++)
            {
                for (var bit = 0; bit < 8 && (part * 8) + bit < 26; bit++)
                {
                    sums[(part * 256) + value] += ((value >> bit) & 1) != 0 ? LetterPrice[(part * 8) + bit] : 0;
                }
            }
        }

        return sums;
    }

    // a b c d e f g h i j k l m n o p q r s t u v w x y z (hundredths)
    private static ReadOnlySpan<byte> LetterPrice => [25, 45, 15, 10, 25, 15, 45, 0, 25, 10, 15, 50, 50, 50, 25, 15, 15, 50, 0, 15, 25, 15, 15, 15, 5, 10];

    // Whether a folded word looks written in an abjad (Arabic, Persian or Hebrew script, transliterated letter by letter, which
    // writes few vowels: فرناندو gives frnndw): three letters or more, all letters, none of them a, e, i, o or u.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool AbjadLike(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiLetterLower(c) || c is 'a' or 'e' or 'i' or 'o' or 'u')
            {
                return false;
            }
        }

        return true;
    }

    // The consonant skeleton of a word, as an abjad writes it: the phonetic classes of its consonants and h, without vowels, y or w
    // (which an abjad writes for long vowels or not at all), repeats collapsed (fernando and frnndw: frnt; perez and byryz: prs;
    // cohen and khhn: khn). Written into `into`; returns its length, 0 for a word with other characters than letters.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Skeleton(ReadOnlySpan<char> word, Span<char> into)
    {
        var n = 0;
        var last = '\0';
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return 0;
            }

            var k = c == 'h' ? 'h' : Class(c);
            if (k == '\0' || k == last)
            {
                continue;
            }

            if (n == into.Length)
            {
                return 0;
            }

            into[n++] = k;
            last = k;
        }

        return n;
    }

    // Whether two words written one in an abjad, the other not, have the same skeleton of three consonants or more.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool SameSkeleton(string a, string b)
    {
        if (AbjadLike(a) == AbjadLike(b) || a.Length > 40 || b.Length > 40)
        {
            return false;
        }

        Span<char> x = stackalloc char[41];
        Span<char> y = stackalloc char[41];
        var n = Skeleton(a, x);
        return n >= MinSkeleton && x[..n].SequenceEqual(y[..Skeleton(b, y)]);
    }

    // The fewest consonants a skeleton needs to count (two, as in hmd, are too common).
    public const int MinSkeleton = 3;

    private const int VariantTenths = 3;

    private static int Tenths(double cost) => (int)Math.Round(cost * 10);

    // Inserting or dropping a letter: cheap for a doubled letter (Muhammad/Muhamad) and for h (Qadhafi/Qadafi), dearer for a vowel
    // than nothing, full for a consonant (in tenths).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int IndelTenths(ReadOnlySpan<char> word, int at)
    {
        var c = word[at];
        if ((at > 0 && word[at - 1] == c) || (at + 1 < word.Length && word[at + 1] == c))
        {
            return 3;
        }

        return c switch
        {
            'h' => 5,
            'a' or 'e' or 'i' or 'o' or 'u' or 'y' => 7,
            _ => 10,
        };
    }

    private static readonly (string Long, string Short)[] Variants =
    [
        ("kh", "h"), ("kh", "k"), ("dzh", "j"), ("zh", "j"), ("ks", "x"), ("ts", "c"), ("ts", "z"), ("ph", "f"), ("ck", "k"),
        ("oy", "ou"), ("iy", "y"), ("iy", "i"), ("ii", "y"), ("ii", "i"), ("yu", "u"), ("ya", "a"), ("ye", "e"), ("sch", "sh"), ("tch", "ch"),
    ];

    // For each pair of last letters (the long spelling's, the short one's), the variants that end so: most pairs have none.
    private static readonly byte[][] VariantTable = BuildVariantTable();

    private static byte[][] BuildVariantTable()
    {
        var table = new byte[26 * 26][];
        for (var k = 0; k < table.Length; k++)
        {
            var x = (char)('a' + (k / 26));
            var y = (char)('a' + (k % 26));
            table[k] = [.. Enumerable.Range(0, Variants.Length).Where(v => Variants[v].Long[^1] == x && Variants[v].Short[^1] == y).Select(v => (byte)v)];
        }

        return table;
    }

    // Whether some variant ends in these two letters, one way or the other.
    private static readonly bool[] VariantPairs = BuildVariantPairs();

    private static bool[] BuildVariantPairs()
    {
        var pairs = new bool[26 * 26];
        for (var k = 0; k < pairs.Length; k++)
        {
            pairs[k] = VariantTable[k].Length > 0 || VariantTable[((k % 26) * 26) + (k / 26)].Length > 0;
        }

        return pairs;
    }

    // Whether a variant's long spelling (kh, dzh, ks, ya...) may end in these two letters: a variant ends at a cell of the distance only
    // where one of the two words ends in its long spelling there (LetterDistance).
    private static readonly bool[] LongEnds = BuildLongEnds();

    private static bool[] BuildLongEnds()
    {
        var ends = new bool[26 * 26];
        foreach (var (x, _) in Variants)
        {
            ends[((x[^2] - 'a') * 26) + x[^1] - 'a'] = true;
        }

        return ends;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool MayVary(char a, char b) =>
        !char.IsAsciiLetterLower(a) || !char.IsAsciiLetterLower(b) || VariantPairs[((a - 'a') * 26) + b - 'a'];

    // Substitution costs between lower-case letters, from a table; other characters by the rule.
    private static readonly int[] SubstitutionTenths = BuildSubstitutionTable();

    // For each pair of lower-case letters: the substitution cost in tenths (low byte), plus 0x100 when a spelling variant ends in them.
    private static readonly int[] Cells = BuildCells();

    private static int[] BuildCells()
    {
        var cells = new int[26 * 26];
        for (var k = 0; k < cells.Length; k++)
        {
            cells[k] = SubstitutionTenths[k] | (VariantPairs[k] ? 0x100 : 0);
        }

        return cells;
    }

    private static int[] BuildSubstitutionTable()
    {
        var table = new int[26 * 26];
        for (var k = 0; k < table.Length; k++)
        {
            table[k] = Tenths(SubstitutionCost((char)('a' + (k / 26)), (char)('a' + (k % 26))));
        }

        return table;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<byte> VariantsEnding(char longEnd, char shortEnd) =>
        char.IsAsciiLetterLower(longEnd) && char.IsAsciiLetterLower(shortEnd) ? VariantTable[((longEnd - 'a') * 26) + shortEnd - 'a'] : default;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool EndsWith(ReadOnlySpan<char> word, int end, string part) => end >= part.Length && word[(end - part.Length)..end].SequenceEqual(part);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    // A phonetic key of our own for Latin transliterations: the first letter's class, then consonant classes without vowels, h, w or
    // y, and without repeats. Muhammad and Mohamed share "mmt"; Qadhafi, Gaddafi and Kadafi share "ktf".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Phonetic(string word)
    {
        Span<char> key = stackalloc char[Math.Min(word.Length, 32) + 1];
        return new string(key[..Phonetic(word, key)]);
    }

    // Whether two words have the same phonetic key, without allocating.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool SamePhonetic(string a, string b)
    {
        Span<char> x = stackalloc char[Math.Min(a.Length, 32) + 1];
        Span<char> y = stackalloc char[Math.Min(b.Length, 32) + 1];
        return x[..Phonetic(a, x)].SequenceEqual(y[..Phonetic(b, y)]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int Phonetic(ReadOnlySpan<char> word, Span<char> key)
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
