using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using AnyAscii;

namespace Sanctions.Core.Parties;

/// <summary>
/// Folds a name to the form names are compared in: lower-case ASCII words separated by single spaces. Case is folded, marks are
/// stripped, letters of other scripts are transliterated (Cyrillic, Greek, Armenian, Georgian, Hebrew, Arabic, Hangul, Han, Kana…),
/// compatibility forms (full-width letters, ligatures) are unfolded, apostrophes join (<c>O'Brien</c> = <c>OBrien</c>), and every
/// other punctuation mark or space (non-breaking, thin, ideographic…) separates words. <c>José Pérez</c> folds to <c>jose perez</c>,
/// <c>Дмитрий Рогозин</c> to <c>dmitriy rogozin</c>.
/// </summary>
/// <remarks>
/// <para>
/// The folding never calls <see cref="string.Normalize()"/> or culture-sensitive APIs: under <c>InvariantGlobalization</c>
/// (which this project's builds set, and which a host may set) <see cref="string.Normalize()"/> does nothing on Linux, so
/// decomposition could not be relied on. Transliteration uses the AnyAscii tables, which are plain data inside the library.
/// </para>
/// <para>
/// It lives in Sanctions.Core so that <see cref="World.SanctionsWorld.Find(string)"/> (and the command line's name resolution)
/// and the Sanctions.Screening package fold names the same way; Sanctions.Screening adds the name-structure analysis
/// (particles, honorifics, legal forms) on top.
/// </para>
/// </remarks>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
public static class NameFolding
{
    /// <summary>
    /// Titles and honorifics, folded (<c>mr</c>, <c>dr</c>, <c>general</c>, <c>ayatollah</c>, <c>jr</c>…): words that say nothing about who a
    /// person is. Sanctions.Screening drops them at the start of a person's name (<c>jr</c> and <c>sr</c> anywhere), and
    /// <see cref="World.SanctionsWorld.Find(string)"/> drops them from the same places when the text as written finds nothing.
    /// Arabic and Persian honorifics that are also given names (<c>sheikh</c>, <c>haji</c>, <c>hafiz</c>, <c>sayed</c>…) are not among them.
    /// </summary>
    public static FrozenSet<string> Titles { get; } = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "miss", "mister", "madam", "dr", "doctor", "prof", "professor", "sir", "dame", "lord", "lady",
        "ayatollah", "hojatoleslam", "general", "gen", "colonel", "col",
        "major", "maj", "captain", "capt", "lieutenant", "lt", "admiral", "adm", "brigadier", "sergeant", "sgt", "commander", "cdr",
        "president", "minister", "excellency", "hon", "honorable", "honourable", "rev", "reverend", "father", "fr", "jr", "sr", "mx",
    ], StringComparer.Ordinal);

    /// <summary>
    /// The words of a folded name without its titles (<see cref="Titles"/>): those before its first other word, and <c>jr</c> or
    /// <c>sr</c> anywhere; null when none is dropped or nothing else would be left.
    /// </summary>
    internal static string[]? WithoutTitles(string[] words)
    {
        var kept = new List<string>(words.Length);
        var leading = true;
        foreach (var w in words)
        {
            var title = Titles.Contains(w) && (leading || w is "jr" or "sr");
            leading &= title;
            if (!title)
            {
                kept.Add(w);
            }
        }

        return kept.Count == words.Length || kept.Count == 0 ? null : [.. kept];
    }

    /// <summary>Folds <paramref name="text"/> (see the type's summary).</summary>
    /// <param name="text">A name in any script.</param>
    /// <returns>Lower-case ASCII words separated by single spaces; empty when nothing in the text is a letter or a digit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var size = Math.Max(16, text.Length * 2);
        while (true)
        {
            var rented = ArrayPool<char>.Shared.Rent(size);
            try
            {
                if (TryFold(text, rented, out var written))
                {
                    return new string(rented, 0, written);
                }
            }
            finally
            {
                ArrayPool<char>.Shared.Return(rented);
            }

            size *= 4;
        }
    }

    /// <summary>Folds <paramref name="text"/> into <paramref name="destination"/> without allocating.</summary>
    /// <param name="text">A name in any script.</param>
    /// <param name="destination">Where the folded text goes.</param>
    /// <param name="written">The number of characters written (no trailing space).</param>
    /// <returns>False when <paramref name="destination"/> is too small (transliteration can lengthen a name: one Han character may give six letters).</returns>
    public static bool TryFold(ReadOnlySpan<char> text, Span<char> destination, out int written)
    {
        written = 0;
        var space = true;
        var rest = text;
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var consumed) != OperationStatus.Done)
            {
                rune = Rune.ReplacementChar;
            }

            rest = rest[consumed..];
            if (rune.IsAscii)
            {
                if (!Append((char)rune.Value, destination, ref written, ref space))
                {
                    return false;
                }

                continue;
            }

            switch (Rune.GetUnicodeCategory(rune))
            {
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format:
                    continue;
                case UnicodeCategory.ModifierLetter or UnicodeCategory.FinalQuotePunctuation when IsApostrophe(rune.Value):
                    continue;
                case UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Control
                    or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
                    or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation
                    or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol
                    or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol:
                    if (!Separate(destination, ref written, ref space))
                    {
                        return false;
                    }

                    continue;
            }

            // Han and Hangul write one syllable per character: each is a word, so 金正恩 gives "jin zheng en" and 习近平 "xi jin ping"
            // (screening joins neighbouring words back where the other name writes them as one).
            if (IsSyllabic(rune.Value) && !Separate(destination, ref written, ref space))
            {
                return false;
            }

            foreach (var b in Transliteration.Transliterate(rune))
            {
                if (!Append((char)b, destination, ref written, ref space))
                {
                    return false;
                }
            }
        }

        if (written > 0 && destination[written - 1] == ' ')
        {
            written--;
        }

        return true;
    }

    private static bool IsSyllabic(int c) =>
        c is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x2FFFF) or (>= 0xAC00 and <= 0xD7A3);

    private static bool IsApostrophe(int c) => c is 0x2019 or 0x02BC or 0x02BB or 0x02B9 or 0x02BE or 0x02BF or 0x00B4;

    private static bool Append(char c, Span<char> destination, ref int written, ref bool space)
    {
        if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
        {
            return Put(c, destination, ref written, ref space);
        }

        if (c is >= 'A' and <= 'Z')
        {
            return Put((char)(c + 32), destination, ref written, ref space);
        }

        // Apostrophes and the ayn/hamza marks transliteration writes as ` or ' join: O'Brien = OBrien, Ba`ath = Baath.
        return c is '\'' or '`' || Separate(destination, ref written, ref space);
    }

    private static bool Put(char c, Span<char> destination, ref int written, ref bool space)
    {
        if (written >= destination.Length)
        {
            return false;
        }

        destination[written++] = c;
        space = false;
        return true;
    }

    private static bool Separate(Span<char> destination, ref int written, ref bool space)
    {
        if (space)
        {
            return true;
        }

        if (written >= destination.Length)
        {
            return false;
        }

        destination[written++] = ' ';
        space = true;
        return true;
    }
}
