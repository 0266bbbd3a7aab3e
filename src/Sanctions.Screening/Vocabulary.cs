using System.Collections.Frozen;
using Sanctions.Core.Parties;

namespace Sanctions.Screening;

// Word lists of the analysis, all in folded form. They hold words that change how a name is read, not names.
internal static class Vocabulary
{
    // Dropped from person names: titles and honorifics say nothing about who a person is. The list is Core's, so that
    // SanctionsWorld.Find (and the CLI's name resolution) drops the same words.
    public static readonly FrozenSet<string> Honorifics = NameFolding.Titles;

    // Kept but weighed low: they join a family name to a given name in many languages. The honorifics of Arabic and Persian
    // names (sheikh, haji, mullah, hafiz, sayed…) are here too, not dropped: many are also given names (Hafiz Saeed).
    public static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
    [
        "sheikh", "shaikh", "sheik", "haji", "hajji", "hadji", "mullah", "mulla", "maulvi", "maulavi", "mawlawi", "mawlana", "maulana",
        "qari", "hafiz", "sayyid", "sayed", "syed", "imam",
        "al", "el", "ul", "ol", "bin", "ibn", "bint", "ben", "abu", "abou", "umm", "ould", "bou", "van", "von", "der", "den", "de", "del",
        "della", "delle", "di", "da", "du", "dos", "das", "do", "la", "le", "ter", "ten", "zu", "y", "e",
    ]);

    // Organisation legal forms in folded form; single letters of S.A. or O.O.O. are joined before this lookup.
    public static readonly FrozenSet<string> LegalForms = FrozenSet.ToFrozenSet(
    [
        "llc", "ooo", "zao", "oao", "pao", "pjsc", "jsc", "cjsc", "ojsc", "ao", "tov", "pat", "at", "gmbh", "mbh", "ag", "kg", "se",
        "sa", "sas", "sarl", "srl", "spa", "sl", "bv", "nv", "ltd", "limited", "co", "company", "inc", "incorporated", "corp",
        "corporation", "plc", "llp", "lp", "pte", "pty", "bhd", "sdn", "fze", "fzco", "fzc", "fzllc", "est", "establishment", "ab", "as", "oy",
        "kk", "jsco", "ip", "ltda", "cia", "sac", "eirl", "dmcc", "wll", "spc",
    ]);

    // Words that join the words of an organisation's name.
    public static readonly FrozenSet<string> Stopwords = FrozenSet.ToFrozenSet(
    [
        "the", "of", "and", "for", "in", "on", "at", "to", "an", "a", "by", "und", "et", "les", "des", "fur", "im",
    ]);

    // Legal forms written out, in folded words, and the abbreviation they are compared as. Longest phrases first.
    public static readonly (string[] Words, string Form)[] LegalFormPhrases =
    [.. new (string Phrase, string Form)[]
    {
        ("open joint stock company", "ojsc"), ("closed joint stock company", "cjsc"), ("public joint stock company", "pjsc"),
        ("joint stock company", "jsc"), ("limited liability company", "llc"), ("limited liability partnership", "llp"),
        ("public limited company", "plc"), ("limited partnership", "lp"), ("gesellschaft mit beschrankter haftung", "gmbh"),
        ("societatea cu raspundere limitata", "srl"), ("societe a responsabilite limitee", "sarl"), ("societe anonyme", "sa"),
        ("sociedad anonima", "sa"), ("societa per azioni", "spa"), ("societa a responsabilita limitata", "srl"),
        ("sociedad de responsabilidad limitada", "srl"), ("obshchestvo s ogranichennoy otvetstvennostyu", "ooo"),
        ("tovaristvo z obmezhenoyu vidpovidalnistyu", "tov"), ("otkrytoe aktsionernoe obshchestvo", "oao"),
        ("zakrytoe aktsionernoe obshchestvo", "zao"), ("publichnoe aktsionernoe obshchestvo", "pao"), ("aktsionernoe obshchestvo", "ao"),
        ("aktiengesellschaft", "ag"), ("kommanditgesellschaft", "kg"), ("incorporated", "inc"), ("corporation", "corp"), ("limited", "ltd"),
        ("company", "co"), ("sp z o o", "spzoo"), ("sp zoo", "spzoo"),
    }.Select(x => (x.Phrase.Split(' '), x.Form)).OrderByDescending(x => x.Item1.Length)];

    // Number words, so that "Forty-Four" and "44", "First" and "1st" agree.
    public static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>
    {
        ["zero"] = 0,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fourty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
        ["first"] = 1,
        ["second"] = 2,
        ["third"] = 3,
        ["fourth"] = 4,
        ["fifth"] = 5,
        ["sixth"] = 6,
        ["seventh"] = 7,
        ["eighth"] = 8,
        ["ninth"] = 9,
        ["tenth"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Every word that changes how the analysis reads a name, whatever the kind of party: a query without any of these (and
    // without a comma, a digit or a one-letter word) is read as its folded words, all name words (Screener's no-candidate test).
    public static readonly FrozenSet<string> Special = FrozenSet.ToFrozenSet(
        Honorifics.Concat(Particles).Concat(LegalForms).Concat(Stopwords).Concat(NumberWords.Keys).Concat(LegalFormPhrases.SelectMany(p => p.Words)),
        StringComparer.Ordinal);
}
