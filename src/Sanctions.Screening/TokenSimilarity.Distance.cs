using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sanctions.Screening;

// The weighted edit distance between two words (TokenSimilarity's part; its cost tables are in TokenSimilarity.cs).
internal static partial class TokenSimilarity
{
    // Weighted Damerau-Levenshtein distance (optimal string alignment) over two short words; stack memory only. Every cost is a
    // whole number of tenths, so the table holds integers (exact sums, cheap minimums) and the distance is that number over ten.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, double cutoff = double.MaxValue)
    {
        if (a.Length > 40 || b.Length > 40)
        {
            return a.SequenceEqual(b) ? 0 : Math.Max(a.Length, b.Length);
        }

        return AllLetters(a) && AllLetters(b) ? LetterDistance(a, b, cutoff) : GeneralDistance(a, b, cutoff);
    }

    // Distance cut off at `cutoff` (as above: within it the distance, over it a lower bound over it), for words compared without the
    // filter's bounds first (scoring, the joins): where the words' letters or lengths alone put them over the cut-off (PresenceBound,
    // LengthBound), that bound, and no table; else the distance.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double CutDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, double cutoff)
    {
        if (a.Length > 40 || b.Length > 40 || !AllLetters(a) || !AllLetters(b))
        {
            return Distance(a, b, cutoff);
        }

        var maskA = LetterMask(a);
        var maskB = LetterMask(b);
        var bound = Math.Max(PresenceBound(maskA, maskB), LengthBound(Math.Abs(a.Length - b.Length), maskA, maskB));
        return bound > cutoff + 1e-9 ? bound : LetterDistance(a, b, cutoff);
    }

    // Distance for any characters (digits, other letters), each cell's costs worked out in the cell.
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static double GeneralDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, double cutoff = double.MaxValue)
    {
        var width = b.Length + 1;
        Span<int> d = stackalloc int[(a.Length + 1) * width];
        Span<int> indelA = stackalloc int[a.Length];
        Span<int> indelB = stackalloc int[b.Length];
        for (var i = 0; i < a.Length; i++)
        {
            indelA[i] = IndelTenths(a, i);
        }

        for (var j = 0; j < b.Length; j++)
        {
            indelB[j] = IndelTenths(b, j);
        }

        // Over the cutoff once the cheapest cell of three rows in a row is more than this many tenths.
        var limit = cutoff >= int.MaxValue / 20 ? int.MaxValue : (int)Math.Floor(cutoff * 10 + 1e-9);
        var unit = ShiftTenths(a, b);
        if (unit * Math.Abs(a.Length - b.Length) > limit)
        {
            return unit * Math.Abs(a.Length - b.Length) / 10.0;
        }

        d[0] = 0;
        for (var j = 1; j <= b.Length; j++)
        {
            d[j] = d[j - 1] + indelB[j - 1];
        }

        // The rows a path may step over (Rows): two, or three where the first word has a spelling of three letters (dzh, sch, tch).
        var rows = Rows(a);
        int older = int.MaxValue, old = 0, last = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            var ai = a[i - 1];
            var above = d.Slice((i - 1) * width, width);
            var row = d.Slice(i * width, width);
            var deletion = indelA[i - 1];
            row[0] = above[0] + deletion;
            var shift = a.Length - i - b.Length;
            var rowMin = row[0] + (unit * Math.Abs(shift));
            var lower = char.IsAsciiLetterLower(ai);
            var subRow = lower ? (ai - 'a') * 26 : 0;
            for (var j = 1; j <= b.Length; j++)
            {
                var bj = b[j - 1];
                var substitution = ai == bj ? 0 : lower && char.IsAsciiLetterLower(bj) ? SubstitutionTenths[subRow + bj - 'a'] : Tenths(SubstitutionCost(ai, bj));
                var best = Math.Min(above[j - 1] + substitution, Math.Min(above[j] + deletion, row[j - 1] + indelB[j - 1]));
                if (i > 1 && j > 1 && ai == b[j - 2] && a[i - 2] == bj && ai != bj)
                {
                    best = Math.Min(best, d[((i - 2) * width) + j - 2] + 7);
                }

                // Spellings transliteration makes of one sound: kh for h, dzh for j, ks for x, iy for y (Dmitriy, Dmitry). Only the
                // variants whose spellings end in the two letters here can apply (a table by those two letters; most pairs have none).
                if (MayVary(ai, bj))
                {
                    foreach (var v in VariantsEnding(ai, bj))
                    {
                        var (x, y) = Variants[v];
                        if (EndsWith(a, i, x) && EndsWith(b, j, y))
                        {
                            best = Math.Min(best, d[((i - x.Length) * width) + j - y.Length] + VariantTenths);
                        }
                    }

                    foreach (var v in VariantsEnding(bj, ai))
                    {
                        var (x, y) = Variants[v];
                        if (EndsWith(b, j, x) && EndsWith(a, i, y))
                        {
                            best = Math.Min(best, d[((i - y.Length) * width) + j - x.Length] + VariantTenths);
                        }
                    }
                }

                row[j] = best;
                rowMin = Math.Min(rowMin, best + (unit * Math.Abs(shift + j)));
            }

            // A path touches one of any `rows` rows in a row (Rows): once the cheapest cell of the last ones is over the cutoff,
            // the distance is too.
            (older, old, last) = (rows == 3 ? old : int.MaxValue, last, rowMin);
            if (i >= rows && Math.Min(older, Math.Min(old, last)) > limit)
            {
                return Math.Min(older, Math.Min(old, last)) / 10.0;
            }
        }

        return d[^1] / 10.0;
    }

    // The least any edit costs, in tenths, for each letter it puts between the two words' lengths: every edit that changes a word's
    // length costs 3 tenths or more and changes it by one letter, but the spelling variant dzh/j (3 tenths for two letters), which
    // applies only where a word has dzh: then 1 (a lower bound of 1.5). So a cell from which the rest of the words differ in length
    // by k letters costs at least k times this more before the end (the cut-off below stops sooner by it).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ShiftTenths(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => HasDzh(a) || HasDzh(b) ? 1 : 3;

    // Whether a word holds dzh (a loop: the words are short, and most have no z).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool HasDzh(ReadOnlySpan<char> word)
    {
        for (var k = 1; k + 1 < word.Length; k++)
        {
            if (word[k] == 'z' && word[k - 1] == 'd' && word[k + 1] == 'h')
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool AllLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }

    // Distance for two words of lower-case letters only (the usual case): the same table, with each letter pair's substitution
    // cost and whether a spelling variant may end there read from one table (Cells), and no check of the characters per cell.
    // What a cell reads of the second word is one int a letter (its letter, its insertion cost, whether a long spelling ends there
    // and the two letters ending there, for a transposition), the minimums are branch-free, and the table is read through
    // references (no bounds checks in the inner loop; every index is inside the spans made here): the usual pair is cheap to
    // tell apart from the rare cell where a transposition or spelling variant may end.
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double LetterDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, double cutoff)
    {
        var limit = cutoff >= int.MaxValue / 20 ? int.MaxValue : (int)Math.Floor(cutoff * 10 + 1e-9);
        var unit = ShiftTenths(a, b);
        if (unit * Math.Abs(a.Length - b.Length) > limit)
        {
            return unit * Math.Abs(a.Length - b.Length) / 10.0;
        }

        var width = b.Length + 1;
        var size = (a.Length + 1) * width;
        Span<int> buffer = stackalloc int[size + b.Length];
        var d = buffer[..size];
        var infoB = buffer[size..];
        var longEnds = LongEnds;
        d[0] = 0;
        for (var j = 0; j < b.Length; j++)
        {
            // Bits 0-4 the letter, 5-8 its insertion's tenths, 9 whether a long spelling ends here, 10- the two letters ending here
            // (1023 at the first letter: no pair).
            var indel = LetterIndelTenths(b, j);
            var pair = j > 0 ? ((b[j - 1] - 'a') * 26) + b[j] - 'a' : 1023;
            var isLong = j > 0 && longEnds[pair];
            infoB[j] = (b[j] - 'a') | (indel << 5) | ((isLong ? 1 : 0) << 9) | (pair << 10);
            d[j + 1] = d[j] + indel;
        }

        ref var table = ref MemoryMarshal.GetReference(d);
        ref var info = ref MemoryMarshal.GetReference(infoB);
        ref var cells = ref MemoryMarshal.GetArrayDataReference(Cells);
        var rows = Rows(a);
        int older = int.MaxValue, old = 0, last = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            var ai = a[i - 1];
            // A transposition ends here only where the letter before differs from this one (ab/ba): then b[j - 1] is a[i - 2]
            // and b[j - 2] is a[i - 1], the pair of letters ending at b[j - 1] is (ai, before) (-1: none in this row).
            var before = i > 1 ? a[i - 2] : '\0';
            var transposition = i > 1 && before != ai ? ((ai - 'a') * 26) + before - 'a' : -1;
            var longA = i > 1 && longEnds[((before - 'a') * 26) + ai - 'a'] ? 1 : 0;
            ref var above = ref Unsafe.Add(ref table, (i - 1) * width);
            ref var row = ref Unsafe.Add(ref above, width);
            var deletion = LetterIndelTenths(a, i - 1);
            var left = above + deletion;
            row = left;
            // Each cell with what the rest of the words' difference in length costs at least (ShiftTenths): the row's least is a
            // lower bound of the distance of any path through the row.
            var shift = a.Length - i - b.Length;
            var rowMin = left + (unit * Math.Abs(shift));
            ref var cellRow = ref Unsafe.Add(ref cells, (ai - 'a') * 26);
            for (var j = 1; j <= b.Length; j++)
            {
                var x = Unsafe.Add(ref info, j - 1);
                var cell = Unsafe.Add(ref cellRow, x & 31);
                var best = Min(Unsafe.Add(ref above, j - 1) + (cell & 0xFF), Min(Unsafe.Add(ref above, j) + deletion, left + ((x >> 5) & 15)));
                if ((x >> 10) == transposition)
                {
                    best = Min(best, Unsafe.Add(ref table, ((i - 2) * width) + j - 2) + 7);
                }

                // A spelling variant may end here only where one word ends in its long spelling.
                if (cell > 0xFF && (longA | ((x >> 9) & 1)) != 0)
                {
                    best = Variant(a, b, i, j, d, width, best);
                }

                Unsafe.Add(ref row, j) = best;
                left = best;
                rowMin = Min(rowMin, best + (unit * Abs(shift + j)));
            }

            (older, old, last) = (rows == 3 ? old : int.MaxValue, last, rowMin);
            if (i >= rows && Math.Min(older, Math.Min(old, last)) > limit)
            {
                return Math.Min(older, Math.Min(old, last)) / 10.0;
            }
        }

        return d[^1] / 10.0;
    }

    // How many rows in a row (of the first word's letters) every path of the distance's table touches one of: a step moves down one
    // row (a substitution or a deletion), none (an insertion), two (a transposition, or a spelling of two letters in the first word:
    // kh, ts, iy...) or three (a spelling of three letters in the first word: dzh, sch, tch); so a path that leaves a row below row
    // i - k, k the longest step, has touched one of rows i - k + 1 to i. Two rows unless the first word holds dzh, sch or tch.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Rows(ReadOnlySpan<char> a)
    {
        for (var k = 2; k < a.Length; k++)
        {
            if (a[k] == 'h' && ((a[k - 1] == 'z' && a[k - 2] == 'd') || (a[k - 1] == 'c' && a[k - 2] is 's' or 't')))
            {
                return 3;
            }
        }

        return 2;
    }

    // The lesser of two small numbers, without a branch (the table's minimums are as likely either way).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Min(int x, int y)
    {
        var t = x - y;
        return y + (t & (t >> 31));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Abs(int x)
    {
        var sign = x >> 31;
        return (x ^ sign) - sign;
    }

    // IndelTenths for a word of lower-case letters, from a table by letter.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int LetterIndelTenths(ReadOnlySpan<char> word, int at)
    {
        var c = word[at];
        return (at > 0 && word[at - 1] == c) || (at + 1 < word.Length && word[at + 1] == c) ? 3 : LetterIndel[c - 'a'];
    }

    // a b c d e f g h i j k l m n o p q r s t u v w x y z (tenths; IndelTenths of a letter that is not doubled)
    private static ReadOnlySpan<byte> LetterIndel => [7, 10, 10, 10, 7, 10, 10, 5, 7, 10, 10, 10, 10, 10, 7, 10, 10, 10, 10, 10, 7, 10, 10, 10, 7, 10];

    // The cheapest way to cell (i, j) through a spelling variant that ends there, or `best`.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Variant(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int i, int j, ReadOnlySpan<int> d, int width, int best)
    {
        var ai = a[i - 1];
        var bj = b[j - 1];
        foreach (var v in VariantsEnding(ai, bj))
        {
            var (x, y) = Variants[v];
            if (EndsWith(a, i, x) && EndsWith(b, j, y))
            {
                best = Math.Min(best, d[((i - x.Length) * width) + j - y.Length] + VariantTenths);
            }
        }

        foreach (var v in VariantsEnding(bj, ai))
        {
            var (x, y) = Variants[v];
            if (EndsWith(b, j, x) && EndsWith(a, i, y))
            {
                best = Math.Min(best, d[((i - y.Length) * width) + j - x.Length] + VariantTenths);
            }
        }

        return best;
    }
}
