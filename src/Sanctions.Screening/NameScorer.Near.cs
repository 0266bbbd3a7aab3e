using System.Runtime.CompilerServices;

namespace Sanctions.Screening;

// The name scorer, part: whether a joined word is near a word of the other side (Merge keeps it only then).
internal static partial class NameScorer
{
    // The similarity at which a joined word is kept (HasNear).
    internal const double NearJoin = 0.85;

    // Whether Similarity(joined, t) is NearJoin or more. For two plain words of different texts, under options where no feature
    // but a fuzzy pair scores that high (phonetic, skeleton and partial pairs under NearJoin), only a distance within the budget
    // and within (1 − NearJoin) × longer ÷ penalty can: the distance is cut off there first (far fewer rows than Similarity's
    // twice the budget, and no sound or skeleton worked out), and Similarity itself tells only the pairs within it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool IsNear(NameToken joined, NameToken t, ScreeningOptions o)
    {
        if (joined.Text == t.Text || !Spelled(joined.Role) || !Spelled(t.Role) || !(o.FuzzyPenalty > 0)
            || !(o.PhoneticScore < NearJoin && o.SkeletonScore < NearJoin && o.PartialFactor < NearJoin))
        {
            return Similarity(joined, t, o).Sim >= NearJoin;
        }

        var shorter = Math.Min(joined.Text.Length, t.Text.Length);
        var longer = Math.Max(joined.Text.Length, t.Text.Length);
        var budget = TokenSimilarity.Budget(shorter);
        if (!(budget > 0 && longer - shorter <= 2 * budget / 0.3))
        {
            return false;
        }

        var reach = Math.Min(budget, (1 - NearJoin) * longer / o.FuzzyPenalty);
        return TokenSimilarity.CutDistance(joined.Text, t.Text, reach) <= reach + 1e-9 && Similarity(joined, t, o).Sim >= NearJoin;
    }

    // The roles whose words Similarity compares by spelling alone (no number, initial, legal form).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Spelled(TokenRole role) => role is TokenRole.Name or TokenRole.Family or TokenRole.Particle or TokenRole.Stopword;
}
