using Sanctions.Core.Temporal;

namespace Sanctions.Core.Compliance;

/// <summary>
/// OFAC's 50% rule: an entity owned 50% or more, directly or indirectly, individually or in the aggregate, by one or more persons blocked
/// by US authorities is itself blocked, even though it is on no list.
/// </summary>
/// <remarks>
/// <para>Stakes add up across blocked owners (two blocked owners with 25% each block the company) and through chains (a blocked person owns
/// 50% of B, so B is blocked; B owns 60% of C, so C is blocked). Each stake counts only on the days it existed, with the knowledge instant
/// asked. Control without ownership does not trigger the rule. A stake of unknown size held by a blocked owner, or a stake or designation
/// whose dates are partial, makes the finding possible (a review), never a silent clear.</para>
/// <para>Applies when the caller is bound by US authorities. Blocked persons are parties under an asset freeze by an authority whose
/// jurisdiction is <c>US</c>. Source: OFAC, Revised Guidance on Entities Owned by Persons Whose Property and Interests in Property Are
/// Blocked (2014-08-13).</para>
/// <para>Same-as (merged sources keep one party per source): an owner is designated when any record tied to it on the day is, the stakes of a
/// company are those stated in any of its records, one holding stated by several records counts once (the largest), and a tie that is not
/// certain makes the finding possible (<see cref="World.WorldView.SameAs"/>).</para>
/// </remarks>
/// <threadsafety>This type is stateless and safe to share between threads.</threadsafety>
public sealed class OwnershipAggregationRule : IComplianceRule, IOwnershipRule
{
    /// <summary>The rule's name: <c>ofac-50-percent</c>.</summary>
    public const string RuleName = "ofac-50-percent";

    /// <summary>The jurisdiction whose blocked persons count: <c>US</c>.</summary>
    public const string Jurisdiction = "US";

    /// <inheritdoc/>
    public string Name => RuleName;

    string IOwnershipRule.OwnershipJurisdiction => Jurisdiction;

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public IEnumerable<ComplianceFinding> Evaluate(ComplianceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Find(context);
    }

    private static IEnumerable<ComplianceFinding> Find(ComplianceContext context)
    {
        foreach (var hit in OwnershipFindings.Find(context, Jurisdiction, OwnershipTest.Aggregate50))
        {
            var (root, authority, list, certainty) = OwnershipFindings.RootOf(context, hit);
            yield return new ComplianceFinding(RuleName, hit.Participant.Role, authority, "asset-freeze", context.Cite(root), hit.Path, certainty, Verdict.Blocked,
                root.Id,
                $"{context.NameOf(hit.Participant.Party)} is blocked under OFAC's 50% rule on {context.Day}{Wording.Hedge(certainty)}: " +
                $"{OwnershipFindings.Owned(context, hit, certainty, "blocked persons")}, through {Wording.Chain(context, hit.Path)}, " +
                $"designated on {list}.");
        }
    }
}
