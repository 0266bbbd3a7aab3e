using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Compliance;

/// <summary>
/// A participant designated by an authority that binds the caller: an asset freeze blocks it; an arms embargo on the party prohibits arms
/// dealings with it; sectoral, export and other restrictions call for review.
/// </summary>
/// <remarks>
/// <para>Example: Dmitry Rogozin is on OFAC's SDN list under EO 13661 from 2014-03-17: a US caller dealing with him on 2017-08-05 gets
/// <see cref="Verdict.Blocked"/>, citing EO 13661.</para>
/// <para>A participant's designations include those of every party recorded as the same real party (<see cref="World.WorldView.SameAs"/>:
/// merged sources keep one party per source), with that party in the finding's path.</para>
/// <para>One finding per designation, for its most severe measure. Travel bans say nothing about dealings and are left out; secondary
/// sanctions exposure is <see cref="SecondarySanctionsRule"/>'s.</para>
/// </remarks>
/// <threadsafety>This type is stateless and safe to share between threads.</threadsafety>
public sealed class DirectDesignationRule : IComplianceRule
{
    /// <summary>The rule's name: <c>direct-designation</c>.</summary>
    public const string RuleName = "direct-designation";

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
        foreach (var participant in context.Participants)
        {
            foreach (var counted in context.SelfAndSameAs(participant.Party))
            {
                foreach (var answer in context.View.DesignationsOf(counted.Party))
                {
                    var designation = answer.Fact;
                    var authority = context.World.AuthorityOf(designation);
                    if (!context.Binds(authority) || Decisive(designation, context.Request.Goods) is not { } decisive)
                    {
                        continue;
                    }

                    var name = context.NameOf(participant.Party);
                    var certainty = answer.Certainty < counted.Tie ? answer.Certainty : counted.Tie;
                    var list = context.World.FindList(designation.List)?.Name ?? designation.List.Value;
                    var consequence = decisive.Outcome switch
                    {
                        Verdict.Blocked => $"{Wording.Possessive(name)} property is blocked and dealings with {Wording.Them(context, participant.Party)} are prohibited",
                        Verdict.Prohibited => $"arms may not be supplied to {Wording.Them(context, participant.Party)} or bought from {Wording.Them(context, participant.Party)}",
                        _ => $"dealings with {Wording.Them(context, participant.Party)} are restricted and need review",
                    };
                    yield return new ComplianceFinding(RuleName, participant.Role, authority, EnumWords.MeasureKind.Word(decisive.Measure), context.Cite(designation),
                        counted.Path, certainty, decisive.Outcome, designation.Id,
                        $"{counted.Subject} is designated on {list} by {authority} ({EnumWords.MeasureKind.Word(decisive.Measure)}) on {context.Day}{Wording.Hedge(certainty)}: {consequence}.");
                }
            }
        }
    }

    // The most severe measure of a designation that bears on dealings in these goods, with what it calls for.
    internal static (MeasureKind Measure, Verdict Outcome)? Decisive(Designation designation, Goods goods)
    {
        (MeasureKind Measure, Verdict Outcome)? best = null;
        foreach (var measure in designation.Measures)
        {
            Verdict? outcome = measure switch
            {
                MeasureKind.AssetFreeze => Verdict.Blocked,
                MeasureKind.ArmsEmbargo => goods == Goods.Arms ? Verdict.Prohibited : null,
                MeasureKind.SectoralRestriction or MeasureKind.ExportRestriction or MeasureKind.Other => Verdict.Review,
                _ => null,
            };
            if (outcome is { } o && (best is null || o > best.Value.Outcome))
            {
                best = (measure, o);
            }
        }

        return best;
    }
}
