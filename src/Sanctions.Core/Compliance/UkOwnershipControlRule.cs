namespace Sanctions.Core.Compliance;

/// <summary>
/// The UK's test: an entity is owned or controlled by a designated person when that person holds, directly or indirectly, more than 50%
/// of its shares or voting rights, has the right to appoint or remove a majority of its board, or can otherwise ensure that its affairs
/// are conducted as they wish; such an entity is treated as designated for the asset freeze, and so on down a chain.
/// </summary>
/// <remarks>
/// <para>Board rights and control in fact are the data's <see cref="Relations.RelationKind.Control"/> relations; shares and voting rights
/// its <see cref="Relations.RelationKind.Ownership"/> stakes. OFSI does not simply add up different designated persons' holdings unless
/// they are held jointly, under a joint arrangement, or one controls the other's rights (General Guidance for Financial Sanctions,
/// chapter 4, paragraph 4.14, added March 2022): so holdings that pass 50% only when added up are a <em>possible</em> finding — a review
/// that asks whether such an arrangement exists — never a silent clear and never a block on a guess.</para>
/// <para>Applies when the caller is bound by UK authorities; designated persons are parties under an asset freeze by an authority whose
/// jurisdiction is <c>UK</c>. Sources: the regulations made under the Sanctions and Anti-Money Laundering Act 2018 (e.g. the Russia
/// (Sanctions) (EU Exit) Regulations 2019, reg. 7); OFSI, General Guidance for Financial Sanctions under the Sanctions and Anti-Money
/// Laundering Act 2018, chapter 4 (ownership and control).</para>
/// <para>Same-as (merged sources keep one party per source): an owner is designated when any record tied to it on the day is, the stakes of a
/// company are those stated in any of its records, one holding stated by several records counts once (the largest), and a tie that is not
/// certain makes the finding possible (<see cref="World.WorldView.SameAs"/>).</para>
/// </remarks>
/// <threadsafety>This type is stateless and safe to share between threads.</threadsafety>
public sealed class UkOwnershipControlRule : IComplianceRule, IOwnershipRule
{
    /// <summary>The rule's name: <c>uk-ownership-control</c>.</summary>
    public const string RuleName = "uk-ownership-control";

    /// <summary>The jurisdiction whose designated persons count: <c>UK</c>.</summary>
    public const string Jurisdiction = "UK";

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
        var caught = new HashSet<Parties.PartyId>();
        foreach (var hit in OwnershipFindings.Find(context, Jurisdiction, OwnershipTest.MajorityOrControl))
        {
            caught.Add(hit.Participant.Party);
            var (root, authority, list, certainty) = OwnershipFindings.RootOf(context, hit);
            var owners = OwnershipFindings.Owners(context, hit);
            yield return new ComplianceFinding(RuleName, hit.Participant.Role, authority, "asset-freeze", context.Cite(root), hit.Path, certainty, Verdict.Blocked,
                root.Id,
                $"{context.NameOf(hit.Participant.Party)} is owned or controlled by a UK-designated person on {context.Day}{Wording.Hedge(certainty)} " +
                $"({owners}: more than 50% of the shares or voting rights, or control), through {Wording.Chain(context, hit.Path)}, designated on {list}: " +
                "it is treated as designated for the asset freeze.");
        }

        // Holdings that pass 50% only added up: OFSI does not aggregate them unless held jointly or under a joint arrangement.
        foreach (var hit in OwnershipFindings.Find(context, Jurisdiction, OwnershipTest.AggregateMajorityOrControl))
        {
            if (caught.Contains(hit.Participant.Party))
            {
                continue;
            }

            var (root, authority, _, _) = OwnershipFindings.RootOf(context, hit);
            var owners = OwnershipFindings.Owners(context, hit);
            yield return new ComplianceFinding(RuleName, hit.Participant.Role, authority, "asset-freeze", context.Cite(root), hit.Path, Temporal.Certainty.Possible,
                Verdict.Blocked, root.Id,
                $"{context.NameOf(hit.Participant.Party)} is held by several UK-designated persons on {context.Day} ({owners}), more than 50% only when their " +
                "holdings are added up: OFSI does not add them up unless the shares are held jointly, under a joint arrangement, or one controls " +
                "the other's rights (General Guidance, para. 4.14); review whether such an arrangement exists.");
        }
    }
}
