using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;

namespace Sanctions.Core.Compliance;

/// <summary>
/// Arms embargoes on a participant's state, when the goods are arms, in either direction: supplying arms to a party tied to a state under
/// an inbound embargo, or buying arms from a party tied to a state under an outbound one, is prohibited.
/// </summary>
/// <remarks>
/// <para>Example: Rosoboronexport selling arms to Iran on 2017-08-05 falls under the UN's restrictions of UNSCR 2231 Annex B (to 2020-10-18)
/// and the EU's own arms embargo on Iran (since 2007).</para>
/// <para>Who supplies whom comes from <see cref="ComplianceRequest.Flow"/>; when it is unknown, every participant may be the supplier or
/// the recipient, so both directions apply to everyone. Intermediaries may relay either way. A tie through nationality alone calls for
/// review.</para>
/// </remarks>
/// <threadsafety>This type is stateless and safe to share between threads.</threadsafety>
public sealed class ArmsEmbargoRule : IComplianceRule
{
    /// <summary>The rule's name: <c>arms-embargo</c>.</summary>
    public const string RuleName = "arms-embargo";

    /// <inheritdoc/>
    public string Name => RuleName;

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public IEnumerable<ComplianceFinding> Evaluate(ComplianceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Goods == Goods.Arms ? Find(context) : [];
    }

    private static string Directed(ArmsDirection direction) => direction switch
    {
        ArmsDirection.Both => "arms to and from it",
        ArmsDirection.Outbound => "arms from it",
        _ => "arms to it",
    };

    private static IEnumerable<ComplianceFinding> Find(ComplianceContext context)
    {
        var flow = context.Request.Flow;
        foreach (var participant in context.Participants)
        {
            var mayReceive = participant.Role == ParticipantRole.Intermediary || flow == GoodsFlow.Unknown ||
                (flow == GoodsFlow.PartyToCounterparty) == (participant.Role == ParticipantRole.Counterparty);
            var maySupply = participant.Role == ParticipantRole.Intermediary || flow == GoodsFlow.Unknown || !mayReceive;
            var name = context.NameOf(participant.Party);
            foreach (var link in context.CountryLinksOf(participant.Party))
            {
                foreach (var answer in context.View.MeasuresOn(link.State))
                {
                    var measure = answer.Fact;
                    if (measure.Kind != CountryMeasureKind.ArmsEmbargo || !context.Binds(measure.Authority))
                    {
                        continue;
                    }

                    var direction = measure.Direction ?? ArmsDirection.Inbound;
                    var inbound = mayReceive && direction is ArmsDirection.Inbound or ArmsDirection.Both;
                    var outbound = maySupply && direction is ArmsDirection.Outbound or ArmsDirection.Both;
                    if (!inbound && !outbound)
                    {
                        continue;
                    }

                    var state = context.NameOf(link.State);
                    var what = (inbound, outbound) switch
                    {
                        (true, true) => $"arms supplied to or bought from {name}",
                        (true, false) => $"arms supplied to {name}",
                        _ => $"arms bought from {name}",
                    };
                    var outcome = link.Connection == CountryConnection.Nationality ? Verdict.Review : Verdict.Prohibited;
                    PartyId[] path = link.State == participant.Party ? [participant.Party] : [participant.Party, link.State];
                    var certainty = Wording.Min(answer.Certainty, link.Certainty);
                    yield return new ComplianceFinding(RuleName, participant.Role, measure.Authority, "arms-embargo", context.Cite(measure), path,
                        certainty, outcome, measure.Id,
                        $"{char.ToUpperInvariant(what[0])}{what[1..]} ({Wording.Connection(link, name, state).TrimEnd(',')}) fall under {Wording.Authority(context, measure.Authority)} " +
                        $"arms embargo on {state} ({Directed(direction)}; {measure.Id}) on {context.Day}{Wording.Hedge(certainty)}.");
                }
            }
        }
    }
}
