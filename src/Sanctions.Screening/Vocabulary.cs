using System.Collections.Frozen;

namespace Sanctions.Screening;

// Word lists of the analysis, all in folded form. They hold words that change how a name is read, not names.
internal static class Vocabulary
{
    // Dropped from person names: titles and honorifics say nothing about who a person is.
    public static readonly FrozenSet<string> Honorifics = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "miss", "mister", "madam", "dr", "doctor", "prof", "professor", "sir", "dame", "lord", "lady",
        "sheikh", "shaikh", "sheik", "haji", "hajji", "hadji", "mullah", "mulla", "maulvi", "maulavi", "mawlawi", "mawlana", "maulana",
        "qari", "hafiz", "sayyid", "sayed", "syed", "imam", "ayatollah", "hojatoleslam", "general", "gen", "colonel", "col",
        "major", "maj", "captain", "capt", "lieutenant", "lt", "admiral", "adm", "brigadier", "sergeant", "sgt", "commander", "cdr",
        "president", "minister", "excellency", "hon", "honorable", "honourable", "rev", "reverend", "father", "fr", "jr", "sr", "mx",
    ]);

    // Kept but weighed low: they join a family name to a given name in many languages.
    public static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
    [
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
}
