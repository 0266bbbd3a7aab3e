namespace Sanctions.Core.Compliance;

/// <summary>
/// One compliance rule: a small, separate object that looks at the participants of a request in a world view and says what it finds.
/// </summary>
/// <remarks>
/// A rule reports findings and never decides the verdict: the engine combines the findings of all its rules, applies the caller's
/// clearances and derives the verdict. A rule must be stateless (or immutable) so that one instance serves any number of threads, and must
/// not read the clock. Rules only report findings for authorities that bind the caller (<see cref="ComplianceContext.Binds"/>), except
/// secondary sanctions, which reach callers outside the issuing jurisdiction by design.
/// </remarks>
public interface IComplianceRule
{
    /// <summary>The rule's name, in kebab case (<c>direct-designation</c>); unique among an engine's rules.</summary>
    string Name { get; }

    /// <summary>Finds what the rule has to say about a request.</summary>
    /// <param name="context">The request, the world view on its date and knowledge instant, and helpers.</param>
    /// <returns>The findings, without clearances (the engine attaches them).</returns>
    IEnumerable<ComplianceFinding> Evaluate(ComplianceContext context);
}
