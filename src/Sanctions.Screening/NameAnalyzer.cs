using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Sanctions.Core.Parties;

namespace Sanctions.Screening;

/// <summary>
/// Reads a name into words with roles: folded (case, marks, scripts, punctuation, odd spaces; see <see cref="NameFolding"/>),
/// person names in either order (<c>LAST, Given</c> marks the family name), honorifics dropped, particles, initials, legal forms,
/// stopwords and numbers told apart.
/// </summary>
/// <remarks>The analysis is the same for listed names and queries, and works in any globalization mode: it never calls
/// <see cref="string.Normalize()"/> nor culture-sensitive APIs.</remarks>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
public static class NameAnalyzer
{
    /// <summary>Analyses <paramref name="name"/>.</summary>
    /// <param name="name">The name as written, in any script.</param>
    /// <param name="kind">The kind of party the name belongs to (or is screened as); null when unknown, where both person and organisation rules apply.</param>
    /// <returns>The words in reading order (given names first for a <c>LAST, Given</c> person name); empty when the name has no letter or digit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ImmutableArray<NameToken> Analyze(string name, PartyKind? kind = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var person = kind is null or PartyKind.Person;
        var organisation = kind is not PartyKind.Person;
        var builder = ImmutableArray.CreateBuilder<NameToken>();

        // "LAST, Given Middle": one comma in a person's name puts the family name first.
        var comma = person ? name.IndexOf(',', StringComparison.Ordinal) : -1;
        if (comma > 0 && name.IndexOf(',', comma + 1) < 0 && comma < name.Length - 1 && name.AsSpan(comma + 1).Trim().Length > 0
            && !LooksLikeLegalForm(name.AsSpan(comma + 1)))
        {
            Add(builder, name[(comma + 1)..], TokenRole.Name, person, organisation);
            Add(builder, name[..comma], TokenRole.Family, person, organisation);
        }
        else
        {
            Add(builder, name, TokenRole.Name, person, organisation);
        }

        return builder.ToImmutable();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool LooksLikeLegalForm(ReadOnlySpan<char> tail)
    {
        var folded = NameFolding.Fold(tail.ToString()).Replace(" ", string.Empty, StringComparison.Ordinal);
        return Vocabulary.LegalForms.Contains(folded);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Add(ImmutableArray<NameToken>.Builder into, string part, TokenRole nameRole, bool person, bool organisation)
    {
        var words = NameFolding.Fold(part).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var transliterated = !IsPlainAscii(part);
        if (organisation && !person)
        {
            words = JoinLetters(words);
        }

        if (organisation)
        {
            words = Canonical(words);
        }

        if (person && !organisation)
        {
            Unleet(words);
        }

        var start = into.Count;
        var leading = true;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];

            // Titles lead a name ("Sheikh", "Dr", "General"); "Jr" and "Sr" may follow it. A title alone stays a word.
            if (person && words.Length > 1 && Vocabulary.Honorifics.Contains(w) && (leading || w is "jr" or "sr"))
            {
                continue;
            }

            // Arabic and Persian honorifics (kept as particles) may come before a title too: "Sheikh Dr. …".
            leading = leading && Vocabulary.Particles.Contains(w);

            var role = Role(w, nameRole, person, organisation, words.Length);
            into.Add(new NameToken(w, role, transliterated));
        }

        // A name made only of particles or legal forms ("Al", "Co") keeps its words as name words.
        var significant = false;
        for (var i = start; i < into.Count; i++)
        {
            significant |= into[i].IsSignificant || into[i].Role == TokenRole.Initial;
        }

        if (!significant)
        {
            for (var i = start; i < into.Count; i++)
            {
                into[i] = into[i] with { Role = nameRole };
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static TokenRole Role(string w, TokenRole nameRole, bool person, bool organisation, int count)
    {
        foreach (var c in w)
        {
            if (char.IsAsciiDigit(c))
            {
                return TokenRole.Number;
            }
        }

        if (w.Length == 1 && person)
        {
            return Vocabulary.Particles.Contains(w) && count > 2 ? TokenRole.Particle : TokenRole.Initial;
        }

        if (Vocabulary.Particles.Contains(w))
        {
            return TokenRole.Particle;
        }

        if (organisation && Vocabulary.LegalForms.Contains(w))
        {
            return TokenRole.LegalForm;
        }

        return organisation && Vocabulary.Stopwords.Contains(w) ? TokenRole.Stopword : nameRole;
    }

    // In a person's name, digits written among letters for the letters they look like ("Ig0r Sech1n") are those letters.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Unleet(string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            int letters = 0, digits = 0;
            foreach (var c in w)
            {
                letters += char.IsAsciiLetter(c) ? 1 : 0;
                digits += char.IsAsciiDigit(c) ? 1 : 0;
            }

            if (letters < 2 || digits == 0 || w.AsSpan().IndexOfAny("268") >= 0)
            {
                continue;
            }

            words[i] = string.Create(w.Length, w, static (span, word) =>
            {
                for (var k = 0; k < word.Length; k++)
                {
                    span[k] = word[k] switch
                    {
                        '0' => 'o',
                        '1' => 'i',
                        '3' => 'e',
                        '4' => 'a',
                        '5' => 's',
                        '7' => 't',
                        '9' => 'g',
                        var c => c,
                    };
                }
            });
        }
    }

    // Legal forms written out become their abbreviation; number words and ordinals become digits ("forty four" and "44th" give "44").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string[] Canonical(string[] words)
    {
        var result = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var phrase = LegalFormPhraseAt(words, i);
            if (phrase.Words is not null)
            {
                result.Add(phrase.Form);
                i += phrase.Words.Length - 1;
                continue;
            }

            if (Number(words[i]) is { } n)
            {
                // "forty four", "forty-four" (folded to two words) and "forty 4" are 44.
                if (n % 10 == 0 && n is >= 20 and < 100 && i + 1 < words.Length && Number(words[i + 1]) is { } unit and >= 1 and <= 9)
                {
                    n += unit;
                    i++;
                }

                result.Add(n.ToString(System.Globalization.CultureInfo.InvariantCulture));
                continue;
            }

            result.Add(words[i]);
        }

        return [.. result];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int? Number(string word)
    {
        if (Vocabulary.NumberWords.TryGetValue(word, out var n))
        {
            return n;
        }

        // 1st, 2nd, 3rd, 44th: the digits.
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        return digits is > 0 and < 9 && word[digits..] is "st" or "nd" or "rd" or "th" ? int.Parse(word.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    // The first legal form phrase written out from word `at` on (Vocabulary.LegalFormPhrases, longest first); default when none.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (string[] Words, string Form) LegalFormPhraseAt(string[] words, int at)
    {
        foreach (var phrase in Vocabulary.LegalFormPhrases)
        {
            if (Starts(words, at, phrase.Words))
            {
                return phrase;
            }
        }

        return default;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Starts(string[] words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Length)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(words[at + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // "S.A." and "O.O.O." fold to single letters; joined, they are the legal forms "sa" and "ooo".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string[] JoinLetters(string[] words)
    {
        List<string>? joined = null;
        for (var i = 0; i < words.Length; i++)
        {
            var j = i;
            while (j < words.Length && words[j].Length == 1 && char.IsAsciiLetter(words[j][0]))
            {
                j++;
            }

            if (j - i >= 2)
            {
                joined ??= [.. words[..i]];
                joined.Add(string.Concat(words[i..j]));
                i = j - 1;
            }
            else
            {
                joined?.Add(words[i]);
            }
        }

        return joined?.ToArray() ?? words;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsPlainAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > 0x7F)
            {
                return false;
            }
        }

        return true;
    }
}
