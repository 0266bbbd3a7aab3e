using Sanctions.Core.Regimes;

namespace Sanctions.Core.Compliance;

/// <summary>
/// Secondary-sanctions exposure: dealing with a party an authority has named as a target of secondary sanctions (e.g. the CAATSA §231 List
/// of Specified Persons) exposes anyone, anywhere, to sanctions, so the finding calls for review whatever jurisdictions bind the caller.
/// </summary>
/// <remarks>
/// <para>Example: from 2017-10-27 Rosoboronexport is on the State Department's §231 List of Specified Persons: an EU bank dealing with it gets
/// a review citing Public Law 115-44 §231, though no EU law prohibits the dealing.</para>
/// <para>Reported for designations whose measures include <see cref="MeasureKind.SecondarySanctionsExposure"/>, by any authority. The law
/// sanctions "significant" transactions engaged in "knowingly"; whether a dealing is significant is for the reviewer.</para>
/// </remarks>
/// <threadsafety>This type is stateless and safe to share between threads.</threadsafety>
public sealed class SecondarySanctionsRule : IComplianceRule
{
    /// <summary>The rule's name: <c>secondary-sanctions</c>.</summary>
    public const string RuleName = "secondary-sanctions";

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
                foreach (var answer in context.View.DesignationsOf(counted.Party, new World.DesignationFilter(Measure: MeasureKind.SecondarySanctionsExposure)))
                {
                    var designation = answer.Fact;
                    var certainty = answer.Certainty < counted.Tie ? answer.Certainty : counted.Tie;
                    var authority = context.World.AuthorityOf(designation);
                    var list = context.World.FindList(designation.List)?.Name ?? designation.List.Value;
                    var reach = context.Binds(authority)
                        ? "the caller is bound by the issuing authority as well"
                        : $"this reaches callers outside {context.JurisdictionOf(authority)} jurisdiction too, as a risk rather than a prohibition";
                    yield return new ComplianceFinding(RuleName, participant.Role, authority, EnumWords.MeasureKind.Word(MeasureKind.SecondarySanctionsExposure), context.Cite(designation),
                        counted.Path, certainty, Verdict.Review, designation.Id,
                        $"{counted.Subject} is on {list} ({authority}) on {context.Day}{Wording.Hedge(certainty)}: significant dealings with {Wording.Them(context, participant.Party)} expose " +
                        $"anyone to secondary sanctions; {reach}.");
                }
            }
        }
    }
}
