using System.Collections.Immutable;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Compliance;

/// <summary>
/// What the check could not evaluate, so that a gap in the data or in the rules is a review and never a silent clear: a jurisdiction that
/// binds the caller but whose lists the world does not hold; a knowledge instant before anything the data records; and ownership or
/// control by a person listed under a jurisdiction for which the engine runs no ownership rule.
/// </summary>
/// <remarks>
/// <para>Example: the seed world holds no UK list, so <c>check --party Putin --jurisdiction UK</c> is a review saying that UK designations
/// were not evaluated, rather than clear.</para>
/// <para>Every finding is possible (it calls for review) and names what was not evaluated; its fact is <c>coverage:…</c>, so that a reviewer
/// who accepts the gap can clear it.</para>
/// <para>Same-as (merged sources keep one party per source): the owner found may have stated its stake in any record of the participant
/// and be designated in any record of its own (<see cref="World.WorldView.SameAs"/>); the finding's path names those records, and a tie
/// that is not certain makes it say "possibly".</para>
/// </remarks>
/// <threadsafety>This type is stateless and safe to share between threads.</threadsafety>
public sealed class CoverageRule : IComplianceRule
{
    /// <summary>The rule's name: <c>coverage</c>.</summary>
    public const string RuleName = "coverage";

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
        var coverage = context.World.Coverage;
        var party = context.Participants[0];
        foreach (var jurisdiction in context.BindingJurisdictions)
        {
            if (!coverage.HoldsListsOf(jurisdiction))
            {
                yield return new ComplianceFinding(RuleName, party.Role, new AuthorityId(jurisdiction), "not-evaluated", [], [party.Party], Certainty.Possible,
                    Verdict.Review, $"coverage:lists:{jurisdiction}",
                    $"The data holds no list of a {jurisdiction} authority, so whether any participant is designated under {jurisdiction} law on {context.Day} " +
                    "was not evaluated.");
            }
        }

        if (context.View.KnownAt is { } knownAt && !coverage.Knows(knownAt))
        {
            yield return new ComplianceFinding(RuleName, party.Role, new AuthorityId(context.BindingJurisdictions[0]), "not-evaluated", [], [party.Party],
                Certainty.Possible, Verdict.Review, "coverage:record-time",
                $"The data records nothing before {coverage.RecordedFrom}, so what was known at {knownAt} was not evaluated.");
        }

        foreach (var jurisdiction in context.BindingJurisdictions)
        {
            if (context.OwnershipRuleJurisdictions.Contains(jurisdiction))
            {
                continue;
            }

            foreach (var participant in context.Participants)
            {
                if (ListedOwner(context, participant.Party, jurisdiction) is { } listed)
                {
                    var (relation, certainty, company, owner) = listed;
                    var what = relation.Kind == RelationKind.Control ? "controlled" : $"owned ({OwnershipFindings.Share(relation)})";

                    // The path names every record passed: the company record the stake was stated in and the owner record designated, when
                    // these are other records of the same party (same-as), as the ownership rules' paths do.
                    ImmutableArray<PartyId> path = [.. company.Path, .. owner.Path];

                    var ownerWords = owner.Party == relation.From ? context.NameOf(relation.From) + "," : owner.Subject;
                    yield return new ComplianceFinding(RuleName, participant.Role, new AuthorityId(jurisdiction), "not-evaluated", [], path,
                        Certainty.Possible, Verdict.Review, $"coverage:ownership:{jurisdiction}",
                        $"{company.Subject} is {what} by {ownerWords} whose assets are frozen under {jurisdiction} measures on {context.Day}" +
                        $"{(certainty == Certainty.Certain ? string.Empty : " (possibly)")}; no {jurisdiction} ownership-and-control rule is implemented, so whether " +
                        "the freeze reaches it was not evaluated.");
                }
            }
        }
    }

    // An owner found: the stake or control, how certainly it and the owner's designation hold on the day (no more than the same-as ties
    // followed), the record of the company the stake was stated in and the record of the owner that is designated.
    private readonly record struct Listed(Relation Relation, Certainty Certainty, SameAsRecord Company, SameAsRecord Owner);

    // The most certain direct owner or controller of the party in effect on the day whose assets are frozen by an authority of the
    // jurisdiction (the first found of those equally certain), so that a certain owner is not reported as "possibly" because a doubtful
    // one was met first. With same-as (merged sources keep one party per source), as the ownership rules: the stakes stated in any record
    // of the party, and the designations of any record of the owner, each no more certain than its tie; the party's own record and the
    // owner's come first. A world without same-as walks the one record of each.
    private static Listed? ListedOwner(ComplianceContext context, PartyId party, string jurisdiction)
    {
        Listed? best = null;
        foreach (var company in context.SelfAndSameAs(party))
        {
            foreach (var answer in context.View.RelationsOf(company.Party, outgoing: false))
            {
                var relation = answer.Fact;
                if (relation.Kind is not (RelationKind.Ownership or RelationKind.Control))
                {
                    continue;
                }

                foreach (var owner in context.SelfAndSameAs(relation.From))
                {
                    foreach (var designation in context.View.DesignationsOf(owner.Party, new World.DesignationFilter(Measure: MeasureKind.AssetFreeze)))
                    {
                        if (context.JurisdictionOf(context.World.AuthorityOf(designation.Fact)) != jurisdiction)
                        {
                            continue;
                        }

                        var certainty = Wording.Min(Wording.Min(answer.Certainty, designation.Certainty), Wording.Min(company.Tie, owner.Tie));
                        if (best is null || certainty > best.Value.Certainty)
                        {
                            best = new Listed(relation, certainty, company, owner);
                            if (certainty == Certainty.Certain)
                            {
                                return best;
                            }
                        }
                    }
                }
            }
        }

        return best;
    }
}
