namespace Sanctions.Core.Compliance;

/// <summary>
/// The EU's test: an entity owned more than 50% by listed persons, their holdings added up, or controlled by a listed person, is subject
/// to the same freeze, and so on down a chain of such entities.
/// </summary>
/// <remarks>
/// <para>Unlike OFAC's rule, the threshold is strictly more than 50%, and control (<see cref="Relations.RelationKind.Control"/>) counts on
/// its own. Holdings of several listed (or already caught) owners are added up: two listed owners with 30% and 25% make the entity owned
/// by listed persons. Stakes and control count only on the days they existed. Applies when the caller is bound by EU authorities; listed
/// persons are parties under an asset freeze by an authority whose jurisdiction is <c>EU</c>. Sources: Council Regulation (EU)
/// No 269/2014, Art. 2; the Council's EU Best Practices for the effective implementation of restrictive measures (ownership and control);
/// the Commission's FAQ on Regulation 269/2014, "Asset freeze and prohibition to make funds and economic resources available",
/// question 8 "Aggregate ownership" (last updated 8 April 2022).</para>
/// <para>Same-as (merged sources keep one party per source): an owner is designated when any record tied to it on the day is, the stakes of a
/// company are those stated in any of its records, one holding stated by several records counts once (the largest), and a tie that is not
/// certain makes the finding possible (<see cref="World.WorldView.SameAs"/>).</para>
/// </remarks>
/// <threadsafety>This type is stateless and safe to share between threads.</threadsafety>
public sealed class EuOwnershipControlRule : IComplianceRule, IOwnershipRule
{
    /// <summary>The rule's name: <c>eu-ownership-control</c>.</summary>
    public const string RuleName = "eu-ownership-control";

    /// <summary>The jurisdiction whose listed persons count: <c>EU</c>.</summary>
    public const string Jurisdiction = "EU";

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
        foreach (var hit in OwnershipFindings.Find(context, Jurisdiction, OwnershipTest.AggregateMajorityOrControl))
        {
            var (root, authority, list, certainty) = OwnershipFindings.RootOf(context, hit);
            var owners = OwnershipFindings.Owners(context, hit);
            var aggregated = hit.Contributors.Count > 1 ? " (holdings of listed persons added up, as the Commission's FAQ on Regulation 269/2014 asks)" : string.Empty;
            yield return new ComplianceFinding(RuleName, hit.Participant.Role, authority, "asset-freeze", context.Cite(root), hit.Path, certainty, Verdict.Blocked,
                root.Id,
                $"{context.NameOf(hit.Participant.Party)} is frozen under the EU ownership-or-control test on {context.Day}{Wording.Hedge(certainty)}: " +
                $"owned or controlled by {owners}{aggregated}, through {Wording.Chain(context, hit.Path)}, listed on {list}.");
        }
    }
}
