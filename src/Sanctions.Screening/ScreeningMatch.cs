using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;

namespace Sanctions.Screening;

/// <summary>How sure a match is: strong (at or above <see cref="ScreeningOptions.StrongThreshold"/>) or to review.</summary>
public enum MatchBand
{
    /// <summary>Below the strong threshold: a person should look.</summary>
    Review = 0,

    /// <summary>At or above the strong threshold.</summary>
    Strong = 1,
}

/// <summary>One party a query matched: its score, band, the listed name that matched best, the designations in force, and the evidence.</summary>
/// <remarks>Immutable. <see cref="Score"/> equals <see cref="Evidence.Recompute"/> of <see cref="Evidence"/>.</remarks>
public sealed record ScreeningMatch
{
    internal ScreeningMatch(Party party, double score, MatchBand band, bool alert, string queryName, PartyName matchedName,
        ImmutableArray<DatedAnswer<Designation>> designations, bool delisted, ImmutableArray<Evidence> evidence)
    {
        Party = party;
        Score = score;
        Band = band;
        IsAlert = alert;
        QueryName = queryName;
        MatchedName = matchedName;
        Designations = designations;
        IsDelisted = delisted;
        Evidence = evidence;
    }

    /// <summary>The party matched.</summary>
    public Party Party { get; }

    /// <summary>The score in [0, 1].</summary>
    public double Score { get; }

    /// <summary>Strong or review.</summary>
    public MatchBand Band { get; }

    /// <summary>True when the score is at or above the alert threshold (a lower <see cref="ScreeningQuery.MinScore"/> can return matches that do not alert).</summary>
    public bool IsAlert { get; }

    /// <summary>Which of the query's names matched.</summary>
    public string QueryName { get; }

    /// <summary>The listed name that matched best, with its kind (primary, alias, weak alias, former).</summary>
    public PartyName MatchedName { get; }

    /// <summary>The party's designations in force on the query's day (possible ones included, marked); for a delisted party, all it had.</summary>
    public ImmutableArray<DatedAnswer<Designation>> Designations { get; }

    /// <summary>True when no designation of the party is in force on the day (delisted, or listed only later): returned only when asked for.</summary>
    public bool IsDelisted { get; }

    /// <summary>
    /// The parties recorded as the same real party as <see cref="Party"/> (same-as relations, <c>WorldView.SameAs</c>; issue 16: merged
    /// sources keep one party per source), nearest first; empty when none. Another match of the same result with one of these ids is the
    /// same real party, not a second one.
    /// </summary>
    public ImmutableArray<PartyId> SameAs { get; internal init; } = [];

    /// <summary>One entry per feature, in the order the score is computed from.</summary>
    public ImmutableArray<Evidence> Evidence { get; }

    /// <summary>One line saying why: the names, the word pairs and the qualifiers.</summary>
    public string Explanation => Explain();

    /// <inheritdoc/>
    public bool Equals(ScreeningMatch? other) =>
        other is not null && Party.Id == other.Party.Id && Score == other.Score && Band == other.Band && QueryName == other.QueryName &&
        MatchedName == other.MatchedName && IsDelisted == other.IsDelisted && Evidence.SequenceEqual(other.Evidence);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Party.Id, Score, QueryName, MatchedName);

    /// <inheritdoc/>
    public override string ToString() => $"{Party.Id} {Score:0.000} {Band}: {Explain()}";

    // One string, built in a stack buffer (a pooled array past it): the parts, their separators and the score are appended, not made
    // strings of their own and joined (a batch writes every match's explanation).
    private string Explain()
    {
        var kind = MatchedName.Kind switch
        {
            NameKind.Alias => "alias",
            NameKind.WeakAlias => "weak alias",
            NameKind.FormerName => "former name",
            _ => "name",
        };
        var text = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[512]);
        text.AppendLiteral("'");
        text.AppendFormatted(QueryName);
        text.AppendLiteral("' matched ");
        text.AppendLiteral(kind);
        text.AppendLiteral(" '");
        text.AppendFormatted(MatchedName.Value);
        text.AppendLiteral("' at ");
        text.AppendFormatted(Score, "0.000");
        text.AppendLiteral(": ");
        var first = true;
        foreach (var e in Evidence)
        {
            var feature = e.Feature;
            var cap = feature.StartsWith("cap.", StringComparison.Ordinal);
            if (cap && e.Weight <= 0)
            {
                // A cap that did not apply says nothing.
                continue;
            }

            if (!first)
            {
                text.AppendLiteral("; ");
            }

            first = false;
            if (feature == "token.unmatched")
            {
                if (e.Query is not null)
                {
                    text.AppendLiteral("'");
                    text.AppendFormatted(e.Query);
                    text.AppendLiteral("' not in the listed name");
                }
                else
                {
                    text.AppendLiteral("listed '");
                    text.AppendFormatted(e.Listed);
                    text.AppendLiteral("' not in the query");
                }
            }
            else if (feature.StartsWith("token.", StringComparison.Ordinal))
            {
                text.AppendLiteral("'");
                text.AppendFormatted(e.Query);
                text.AppendLiteral("' ~ '");
                text.AppendFormatted(e.Listed);
                text.AppendLiteral("' ");
                text.AppendFormatted(feature.AsSpan(6));
            }
            else if (cap)
            {
                text.AppendLiteral("capped (");
                text.AppendFormatted(feature.AsSpan(4));
                text.AppendLiteral(")");
            }
            else if (feature.EndsWith(".not-evaluated", StringComparison.Ordinal))
            {
                text.AppendFormatted(feature.AsSpan(0, feature.Length - 14));
                text.AppendLiteral(" not evaluated (");
                text.AppendFormatted(e.Query);
                text.AppendLiteral(" / ");
                text.AppendFormatted(e.Listed);
                text.AppendLiteral(")");
            }
            else
            {
                text.AppendFormatted(feature);
                text.AppendLiteral(e.Score > 0 ? " agrees (" : e.Score < 0 ? " differs (" : " near (");
                text.AppendFormatted(e.Query);
                text.AppendLiteral(" / ");
                text.AppendFormatted(e.Listed);
                text.AppendLiteral(")");
            }
        }

        if (IsDelisted)
        {
            text.AppendLiteral("; not designated on the day");
        }

        return text.ToStringAndClear();
    }
}
