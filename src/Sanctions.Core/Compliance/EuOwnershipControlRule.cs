namespace Sanctions.Core.Compliance;

/// <summary>
/// The EU's test: an entity owned more than 50% by, or controlled by, a listed person is subject to the same freeze, and so on down a chain
/// of such entities.
/// </summary>
/// <remarks>
/// <para>Unlike OFAC's rule, the threshold is strictly more than 50%, a single listed (or already caught) owner must pass it, and control
/// (<see cref="Relations.RelationKind.Control"/>) counts on its own. Stakes and control count only on the days they existed. Applies when
/// the caller is bound by EU authorities; listed persons are parties under an asset freeze by an authority whose jurisdiction is
/// <c>EU</c>. Source: Council Regulation (EU) No 269/2014, Art. 2; the Council's EU Best Practices for the effective implementation of
/// restrictive measures (its section on ownership and control).</para>
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
        foreach (var hit in OwnershipFindings.Find(context, Jurisdiction, OwnershipTest.MajorityOrControl))
        {
            var root = context.World.Designations[hit.RootDesignation];
            var authority = context.World.AuthorityOf(root);
            var certainty = hit.State.Derived;
            var owners = string.Join(", ", hit.Contributors.Select(c => $"{context.NameOf(c.Owner)} ({OwnershipFindings.Share(c.Relation)})"));
            var list = context.World.FindList(root.List)?.Name ?? root.List.Value;
            yield return new ComplianceFinding(RuleName, hit.Participant.Role, authority, "asset-freeze", context.Cite(root), hit.Path, certainty, Verdict.Blocked,
                root.Id,
                $"{context.NameOf(hit.Participant.Party)} is frozen under the EU ownership-or-control test on {Wording.Date(context.View.On)}{Wording.Hedge(certainty)}: " +
                $"owned or controlled by {owners}, through {Wording.Chain(context, hit.Path)}, listed on {list}.");
        }
    }
}
