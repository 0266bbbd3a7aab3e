using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;

namespace Sanctions.Core.Compliance;

/// <summary>
/// Country-level measures that reach a participant through its location, its nationality or its government: a comprehensive embargo
/// prohibits the dealing; sectoral and other measures, and export controls when the goods are dual-use, call for review. Arms are
/// <see cref="ArmsEmbargoRule"/>'s: an export control on controlled (dual-use) items does not come up for goods the caller calls arms.
/// </summary>
/// <remarks>
/// <para>Example: under a US comprehensive embargo on Iran, dealing with the Government of Iran, or with a company located in Iran, is
/// <see cref="Verdict.Prohibited"/> for a US caller.</para>
/// <para>Ties come from <see cref="ComplianceContext.CountryLinksOf"/>. A comprehensive embargo reached only through a person's nationality
/// calls for review, not prohibition: most programs (the US Iranian Transactions and Sanctions Regulations among them) prohibit dealings
/// with persons in the country or its government, not with its nationals abroad. Arms embargoes are <see cref="ArmsEmbargoRule"/>'s.</para>
/// </remarks>
/// <threadsafety>This type is stateless and safe to share between threads.</threadsafety>
public sealed class CountryMeasureRule : IComplianceRule
{
    /// <summary>The rule's name: <c>country-measures</c>.</summary>
    public const string RuleName = "country-measures";

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
            var name = context.NameOf(participant.Party);
            foreach (var link in context.CountryLinksOf(participant.Party))
            {
                foreach (var answer in context.View.MeasuresOn(link.State))
                {
                    var measure = answer.Fact;
                    if (!context.Binds(measure.Authority) || Outcome(measure.Kind, link.Connection, context.Request.Goods) is not { } outcome)
                    {
                        continue;
                    }

                    var state = context.NameOf(link.State);
                    var consequence = outcome == Verdict.Prohibited
                        ? "dealings are prohibited"
                        : link.Connection == CountryConnection.Nationality && measure.Kind == CountryMeasureKind.ComprehensiveEmbargo
                            ? "nationality alone may not bring the dealing under the embargo; review where the person lives and acts"
                            : "the dealing needs review against the measure's scope";
                    PartyId[] path = link.State == participant.Party ? [participant.Party] : [participant.Party, link.State];
                    var certainty = Wording.Min(answer.Certainty, link.Certainty);
                    yield return new ComplianceFinding(RuleName, participant.Role, measure.Authority, EnumWords.CountryMeasureKind.Word(measure.Kind), context.Cite(measure), path,
                        certainty, outcome, measure.Id,
                        $"{Wording.Connection(link, name, state)} is under {Wording.Authority(context, measure.Authority)} {Wording.MeasurePhrase(measure.Kind)} on {state} " +
                        $"({measure.Id}) on {context.Day}{Wording.Hedge(certainty)}: {consequence}.");
                }
            }
        }
    }

    private static Verdict? Outcome(CountryMeasureKind kind, CountryConnection connection, Goods goods) => kind switch
    {
        CountryMeasureKind.ComprehensiveEmbargo => connection == CountryConnection.Nationality ? Verdict.Review : Verdict.Prohibited,
        CountryMeasureKind.Sectoral or CountryMeasureKind.Other => Verdict.Review,
        CountryMeasureKind.ExportControl => goods == Goods.DualUse ? Verdict.Review : null,
        _ => null,
    };
}
