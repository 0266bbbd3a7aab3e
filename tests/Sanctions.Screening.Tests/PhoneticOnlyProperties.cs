using FsCheck;
using FsCheck.Fluent;

namespace Sanctions.Screening.Tests;

/// <summary>
/// Issue 15 (B3): words that only sound alike are support, never a match alone. A listed name whose significant words the query
/// matches only by sound (the same phonetic key, further apart than a typo) stays at or below <see cref="ScreeningOptions.PhoneticOnlyCap"/>,
/// under the alert threshold, even where its particles and initials agree letter for letter.
/// </summary>
public sealed class PhoneticOnlyProperties
{
    private static readonly string[] Words =
    [
        "karimov", "petrenko", "gonzales", "novikov", "haddad", "rostami", "kowalski", "bakirov", "tarasenko", "mendoza",
        "salazar", "morales", "sokolov", "fedorov", "naderi", "shabani", "kuznetsov", "medvedev", "rahimi", "castillo",
    ];

    // Particles and initials the analysis keeps as words of their own but not as significant ones: they agree literally.
    private static readonly string[] Prefixes = ["", "J.", "A. K.", "Abu", "Al", "bin", "Abu Al", "de la", "van der", "M."];

    // A word with the same phonetic key that is no typo of it: every vowel changed, some consonants doubled.
    private static Gen<(string Listed, string Heard)> Twins() =>
        from word in Gen.Elements(Words)
        from doubled in Gen.ListOf(ArbMap.Default.GeneratorFor<bool>(), word.Length)
        from shift in Gen.Choose(1, 4)
        let heard = string.Concat(word.Select((c, i) => "aeiou".IndexOf(c, StringComparison.Ordinal) is var v and >= 0
            ? "aeiou"[(v + shift) % 5].ToString()
            : i > 0 && doubled[i] ? new string(c, 2) : c.ToString()))
        where TokenSimilarity.SamePhonetic(word, heard)
            && TokenSimilarity.Distance(word, heard) > TokenSimilarity.Budget(Math.Min(word.Length, heard.Length))
        select (word, heard);

    private static Gen<(string Listed, string Query)> Names() =>
        from prefix in Gen.Elements(Prefixes)
        from count in Gen.Choose(1, 2)
        from twins in Gen.ListOf(Twins(), count)
        from upper in ArbMap.Default.GeneratorFor<bool>()
        let listed = (prefix + " " + string.Join(' ', twins.Select(t => t.Listed))).Trim()
        let query = (prefix + " " + string.Join(' ', twins.Select(t => t.Heard))).Trim()
        select (upper ? listed.ToUpperInvariant() : listed, query);

    [ScreeningProperty(MaxTest = 500)]
    public Property Screen_NameMatchedOnlyBySound_NeverReachesTheAlertThreshold() => Prop.ForAll(Names().ToArbitrary(), p =>
    {
        var screener = Screener.Build(Worlds.Of(Worlds.Person("p1", p.Listed)));
        var o = screener.Options;
        Assert.True(o.PhoneticOnlyCap < o.AlertThreshold, "the cap must stay under the alert threshold");

        // Not found at all (a candidate the filter drops, its bound under every threshold) satisfies the property too.
        foreach (var match in screener.Screen(new ScreeningQuery(p.Query, Worlds.Day) { MinScore = 0 }))
        {
            // The significant words paired by sound only, the rest (particles, initials) letter for letter.
            Assert.Contains(match.Evidence, e => e.Feature == "token.phonetic");
            Assert.DoesNotContain(match.Evidence, e => e.Feature is "token.fuzzy" or "token.transliterated" or "token.skeleton");
            Assert.True(match.Score <= o.PhoneticOnlyCap, $"'{p.Query}' against '{p.Listed}': {match.Score} > {o.PhoneticOnlyCap}: {match.Explanation}");
            Assert.False(match.IsAlert, $"'{p.Query}' against '{p.Listed}' alerts: {match.Explanation}");
        }
    });
}
