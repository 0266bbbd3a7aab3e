using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Compliance;

/// <summary>
/// OFAC's 50% rule for the sectoral lists: an entity owned 50% or more, directly or indirectly, individually or in the aggregate, by
/// persons on the Sectoral Sanctions Identifications (SSI) List is subject to the same directive restrictions, though it is on no list.
/// </summary>
/// <remarks>
/// <para>Persons subject to a directive are parties with a <see cref="MeasureKind.SectoralRestriction"/> designation by an authority whose
/// jurisdiction is <c>US</c>; stakes add up and follow chains exactly as in <see cref="OwnershipAggregationRule"/>. The directives restrict
/// particular dealings (new debt or equity of given maturities), so the finding is a review, not a block. Applies when the caller is bound
/// by US authorities. Sources: EO 13662 and its Directives 1–4; OFAC's SSI List notes ("entities owned 50 percent or more … by one or more
/// persons subject to the directives are also subject to them"); OFAC, Revised Guidance on Entities Owned by Persons Whose Property and
/// Interests in Property Are Blocked (2014-08-13).</para>
/// <para>Same-as (merged sources keep one party per source): an owner is designated when any record tied to it on the day is, the stakes of a
/// company are those stated in any of its records, one holding stated by several records counts once (the largest), and a tie that is not
/// certain makes the finding possible (<see cref="World.WorldView.SameAs"/>).</para>
/// </remarks>
/// <threadsafety>This type is stateless and safe to share between threads.</threadsafety>
public sealed class OfacSectoralFiftyPercentRule : IComplianceRule
{
    /// <summary>The rule's name: <c>ofac-50-percent-sectoral</c>.</summary>
    public const string RuleName = "ofac-50-percent-sectoral";

    /// <inheritdoc/>
    public string Name => RuleName;

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public IEnumerable<ComplianceFinding> Evaluate(ComplianceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Find(context);
    }

    private static IEnumerable<ComplianceFinding> Find(ComplianceContext context)
    {
        foreach (var hit in OwnershipFindings.Find(context, OwnershipAggregationRule.Jurisdiction, OwnershipTest.Aggregate50, MeasureKind.SectoralRestriction))
        {
            var (root, authority, list, certainty) = OwnershipFindings.RootOf(context, hit);
            yield return new ComplianceFinding(RuleName, hit.Participant.Role, authority, "sectoral-restriction", context.Cite(root), hit.Path, certainty, Verdict.Review,
                root.Id,
                $"{context.NameOf(hit.Participant.Party)} is subject to the same sectoral directives under OFAC's 50% rule on {context.Day}" +
                $"{Wording.Hedge(certainty)}: {OwnershipFindings.Owned(context, hit, certainty, "persons subject to them")}, through " +
                $"{Wording.Chain(context, hit.Path)}, listed on {list}; dealings in its new debt or equity need review against the directives.");
        }
    }
}
