using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Sanctions.Screening;

/// <summary>
/// The thresholds and weights of screening, each with a documented default (docs/screening.md explains how each one acts and how
/// the defaults were tuned). Immutable: change one with <c>with</c>, e.g. <c>ScreeningOptions.Default with { AlertThreshold = 0.8 }</c>.
/// </summary>
/// <remarks>Caps (<see cref="SingleTokenCap"/>, <see cref="WeakAliasCap"/>, <see cref="PhoneticOnlyCap"/>, <see cref="NumberMismatchCap"/>)
/// should stay below <see cref="AlertThreshold"/>: that is what makes "never alerts alone" true.</remarks>
public sealed record ScreeningOptions
{
    /// <summary>The defaults.</summary>
    public static ScreeningOptions Default { get; } = new();

    /// <summary>A match at or above this score alerts (band review or strong). Default 0.70.</summary>
    public double AlertThreshold { get; init; } = 0.70;

    /// <summary>A match at or above this score is in the strong band. Default 0.90.</summary>
    public double StrongThreshold { get; init; } = 0.90;

    /// <summary>Weight of a name word. Default 1.0.</summary>
    public double NameWeight { get; init; } = 1.0;

    /// <summary>Weight of a family name (known from <c>LAST, Given</c>). Default 1.3: family names weigh more.</summary>
    public double FamilyWeight { get; init; } = 1.3;

    /// <summary>Weight of an initial. Default 0.5.</summary>
    public double InitialWeight { get; init; } = 0.5;

    /// <summary>Weight of a particle (al, bin, van…). Default 0.2.</summary>
    public double ParticleWeight { get; init; } = 0.2;

    /// <summary>Weight of a legal form (LLC, OOO, GmbH…). Default 0.2.</summary>
    public double LegalFormWeight { get; init; } = 0.2;

    /// <summary>Weight of a stopword (the, of…). Default 0.1.</summary>
    public double StopwordWeight { get; init; } = 0.1;

    /// <summary>Weight of a word with digits. Default 1.0.</summary>
    public double NumberWeight { get; init; } = 1.0;

    /// <summary>Share of its weight that a word found on one side only counts against the score, when the other side has no word
    /// left over (a missing middle name, an extra given name). Default 0.3.</summary>
    public double MissingFactor { get; init; } = 0.3;

    /// <summary>Share of its weight that an unmatched word counts against the score when the other side also has an unmatched
    /// word in its place (two different names: Al-Tikriti against Al-Rawi). Default 1.3: a different name is evidence against.</summary>
    public double MismatchFactor { get; init; } = 1.3;

    /// <summary>Similarity of an initial to a name it begins. Default 0.7.</summary>
    public double InitialScore { get; init; } = 0.7;

    /// <summary>Similarity of two words that only sound alike (same phonetic key). Default 0.55: support, never alone.</summary>
    public double PhoneticScore { get; init; } = 0.55;

    /// <summary>Similarity of a word written in an abjad (Arabic, Persian or Hebrew script, which writes few vowels) and a word of
    /// another script with the same consonant skeleton (فرناندو / Fernando). Default 0.8; such pairs count as matched words only
    /// when every significant word of both names is paired and two or more pairs are of this kind or better (see docs/screening.md).</summary>
    public double SkeletonScore { get; init; } = 0.8;

    /// <summary>Similarity of two different legal forms (LLC and Ltd). Default 0.8.</summary>
    public double LegalFormScore { get; init; } = 0.8;

    /// <summary>How fast similarity falls with weighted edit distance: similarity = 1 − penalty × distance ÷ longer length. Default 1.5.
    /// Words within the edit budget match as <c>fuzzy</c>; words of four letters or more up to twice the budget apart match as
    /// <c>partial</c>, which supports a match but never counts as a matching word for the caps.</summary>
    public double FuzzyPenalty { get; init; } = 1.5;

    /// <summary>Factor on the similarity of a <c>partial</c> pair (beyond the edit budget). Default 0.5; 0 turns partial pairs off.</summary>
    public double PartialFactor { get; init; } = 0.5;

    /// <summary>Score cap when only one word of a listed name of several words matched. Default 0.60.</summary>
    public double SingleTokenCap { get; init; } = 0.60;

    /// <summary>Score cap of a match through a weak alias, before qualifiers. Default 0.60.</summary>
    public double WeakAliasCap { get; init; } = 0.60;

    /// <summary>Score cap when the words only sound alike. Default 0.60.</summary>
    public double PhoneticOnlyCap { get; init; } = 0.60;

    /// <summary>Score cap when the numbers in the names differ. Default 0.50.</summary>
    public double NumberMismatchCap { get; init; } = 0.50;

    /// <summary>Added when a birth date agrees at the precision given. Default 0.05.</summary>
    public double BirthDateMatch { get; init; } = 0.05;

    /// <summary>Taken off when birth dates are more than <see cref="BirthDateToleranceYears"/> apart. Default 0.15.</summary>
    public double BirthDateMismatch { get; init; } = 0.15;

    /// <summary>Years by which birth dates may miss each other before they count against a match (neither for nor against within it). Default 1.</summary>
    public int BirthDateToleranceYears { get; init; } = 1;

    /// <summary>Years by which a listed birth date the list calls approximate ("circa 1961") is widened on each side before it is
    /// compared: a query date within the widening is neither for nor against a match (only the date as stated agrees), and
    /// <see cref="BirthDateToleranceYears"/> applies beyond it. Default 2.</summary>
    public int ApproximateBirthDateYears { get; init; } = 2;

    /// <summary>Added when a nationality or country agrees. Default 0.03.</summary>
    public double CountryMatch { get; init; } = 0.03;

    /// <summary>Taken off when the query and the party both have a recognised country and none agrees. Default 0.08.</summary>
    public double CountryMismatch { get; init; } = 0.08;

    /// <summary>Taken off when genders are both known and differ. Default 0.10.</summary>
    public double GenderMismatch { get; init; } = 0.10;

    /// <summary>Added when an identifier (passport, IMO, tax id…) is the same. Default 0.30: strong evidence.</summary>
    public double IdentifierMatch { get; init; } = 0.30;

    /// <summary>A word found in more listed names than this (or <see cref="GenericTokenShare"/> of them, whichever is more) is generic and never creates a candidate alone. Default 100.</summary>
    public int GenericTokenMinimum { get; init; } = 100;

    /// <summary>Share of listed names above which a word is generic. Default 0.004.</summary>
    public double GenericTokenShare { get; init; } = 0.004;

    /// <summary>The name, version and a hash of these settings, as the CLI reports it.</summary>
    public string Algorithm => $"sanctions-screening/1 ({Hash()})";

    private string Hash()
    {
        var text = string.Join(
            ";",
            new object[]
            {
                AlertThreshold, StrongThreshold, NameWeight, FamilyWeight, InitialWeight, ParticleWeight, LegalFormWeight, StopwordWeight, NumberWeight,
                MissingFactor, MismatchFactor, InitialScore, PhoneticScore, LegalFormScore, FuzzyPenalty, PartialFactor, SingleTokenCap, WeakAliasCap,
                PhoneticOnlyCap, NumberMismatchCap, BirthDateMatch, BirthDateMismatch, BirthDateToleranceYears, CountryMatch, CountryMismatch,
                GenderMismatch, IdentifierMatch, GenericTokenMinimum, GenericTokenShare, SkeletonScore, ApproximateBirthDateYears,
            }.Select(o => Convert.ToString(o, CultureInfo.InvariantCulture)));
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture)[..8];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal double WeightOf(TokenRole role) => role switch
    {
        TokenRole.Family => FamilyWeight,
        TokenRole.Initial => InitialWeight,
        TokenRole.Particle => ParticleWeight,
        TokenRole.LegalForm => LegalFormWeight,
        TokenRole.Stopword => StopwordWeight,
        TokenRole.Number => NumberWeight,
        _ => NameWeight,
    };
}
