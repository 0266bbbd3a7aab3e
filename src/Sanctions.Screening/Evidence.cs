using System.Collections.Immutable;

namespace Sanctions.Screening;

/// <summary>Whether a feature is part of the name comparison (averaged by weight) or an adjustment (added as weight × score).</summary>
public enum EvidenceRole
{
    /// <summary>A word pair or an unmatched word: the name score is the weighted mean of these.</summary>
    Name = 0,

    /// <summary>A cap or a qualifier: adds <c>weight × score</c> to the name score.</summary>
    Adjustment = 1,
}

/// <summary>
/// One feature of a match: a pair of words and how they matched (<c>token.literal</c>, <c>token.transliterated</c>, <c>token.fuzzy</c>,
/// <c>token.partial</c>, <c>token.initial</c>, <c>token.phonetic</c>, <c>token.legal-form</c>, <c>token.unmatched</c>, <c>token.mismatch</c>), a cap (<c>cap.single-token</c>,
/// <c>cap.weak-alias</c>, <c>cap.phonetic-only</c>, <c>cap.numbers</c>) or a qualifier (<c>birth-date</c>, <c>country</c>,
/// <c>gender</c>, <c>identifier</c>), with its score and weight. A qualifier the data cannot decide is <c>country.not-evaluated</c> or
/// <c>birth-date.not-evaluated</c> (a country not known here, a birth date given only as words), with score 0 and weight 0: it says
/// what each side gave and changes nothing.
/// </summary>
/// <param name="Feature">The feature's name.</param>
/// <param name="Role">How the feature enters the score.</param>
/// <param name="Query">What the query said (a word, a date, a code), or null.</param>
/// <param name="Listed">What the list said, or null.</param>
/// <param name="Score">The feature's score: 0 to 1 for name features, −1 to 1 for adjustments.</param>
/// <param name="Weight">The feature's weight (never negative).</param>
/// <remarks>The match's score is <see cref="Recompute"/> of its evidence, exactly: the screener computes it that way.</remarks>
public sealed record Evidence(string Feature, EvidenceRole Role, string? Query, string? Listed, double Score, double Weight)
{
    /// <summary>
    /// The score the evidence gives: the weighted mean of the <see cref="EvidenceRole.Name"/> features, plus weight × score of each
    /// <see cref="EvidenceRole.Adjustment"/> in order, clamped to [0, 1].
    /// </summary>
    /// <param name="evidence">A match's evidence.</param>
    /// <returns>The score in [0, 1]; 0 when there is no name feature of positive weight.</returns>
    public static double Recompute(ImmutableArray<Evidence> evidence)
    {
        double sum = 0, weights = 0;
        foreach (var e in evidence)
        {
            if (e.Role == EvidenceRole.Name)
            {
                sum += e.Weight * e.Score;
                weights += e.Weight;
            }
        }

        var score = weights > 0 ? sum / weights : 0;
        foreach (var e in evidence)
        {
            if (e.Role == EvidenceRole.Adjustment)
            {
                score += e.Weight * e.Score;
            }
        }

        return Math.Clamp(score, 0, 1);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Feature}: {Query ?? "-"} ~ {Listed ?? "-"} = {Score.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} × {Weight.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}";
}
