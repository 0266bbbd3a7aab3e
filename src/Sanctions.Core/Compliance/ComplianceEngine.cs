using System.Collections.Immutable;
using Sanctions.Core.Parties;
using Sanctions.Core.World;

namespace Sanctions.Core.Compliance;

/// <summary>
/// Answers compliance requests over one world: runs its rules, attaches the caller's clearances, and combines the findings into a verdict
/// with the identity of the data used.
/// </summary>
/// <remarks>
/// <para>Example: <c>new ComplianceEngine(world).Check(new ComplianceRequest(rosoboronexport, new LocalDate(2017, 8, 5), ["UN", "US", "EU"],
/// counterparty: iran, goods: Goods.Arms))</c> is not clear: it cites UNSCR 2231 and the EU arms embargo on Iran.</para>
/// <para>What compliance needs beyond the world's own indexes (ownership and control pruned per jurisdiction, states by ISO code, the
/// content hash) is built once per world, on the first engine over it, and shared by every engine over the same world.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads; <see cref="Check"/> may run concurrently.</threadsafety>
public sealed class ComplianceEngine
{
    private readonly ComplianceIndex index;
    private readonly ImmutableArray<string> ownershipJurisdictions;

    /// <summary>Creates an engine over a world.</summary>
    /// <param name="world">The world.</param>
    /// <param name="rules">The rules, in the order their findings are reported; <see cref="DefaultRules"/> when null.</param>
    /// <param name="jurisdictions">Which authorities bind which caller; <see cref="JurisdictionMap.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="world"/> is null.</exception>
    /// <exception cref="ArgumentException">A rule is null, or two rules share a name.</exception>
    public ComplianceEngine(SanctionsWorld world, IEnumerable<IComplianceRule>? rules = null, JurisdictionMap? jurisdictions = null)
    {
        ArgumentNullException.ThrowIfNull(world);
        World = world;
        Rules = rules is null ? DefaultRules : Sequences.Of(rules, nameof(rules));
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in Rules)
        {
            if (!names.Add(rule.Name))
            {
                throw new ArgumentException($"Two rules are named '{rule.Name}'.", nameof(rules));
            }
        }

        Jurisdictions = jurisdictions ?? JurisdictionMap.Default;
        index = ComplianceIndex.For(world);
        ownershipJurisdictions = [.. Rules.OfType<IOwnershipRule>().Select(r => r.OwnershipJurisdiction.ToUpperInvariant()).Distinct(StringComparer.Ordinal)];
    }

    // Caller jurisdictions a request may name, likeliest first (for suggestions): the map's callers, the jurisdictions of the world's
    // authorities, then the ISO codes of its states (a state's own law may bind the caller).
    private IEnumerable<string> KnownJurisdictions()
    {
        foreach (var b in Jurisdictions.Bindings)
        {
            yield return b.Caller;
        }

        foreach (var a in World.Authorities)
        {
            yield return a.Jurisdiction.ToUpperInvariant();
        }

        foreach (var code in index.StatesByAlpha2.Keys)
        {
            yield return code;
        }
    }

    /// <summary>The rules every engine runs unless told otherwise: direct designation, OFAC's 50% rule (blocking and sectoral), the EU's and the UK's ownership-or-control tests,
    /// country measures, arms embargoes, secondary sanctions, and what the data or the rules could not evaluate.</summary>
    public static ImmutableArray<IComplianceRule> DefaultRules { get; } =
    [
        new DirectDesignationRule(),
        new OwnershipAggregationRule(),
        new OfacSectoralFiftyPercentRule(),
        new EuOwnershipControlRule(),
        new UkOwnershipControlRule(),
        new CountryMeasureRule(),
        new ArmsEmbargoRule(),
        new SecondarySanctionsRule(),
        new CoverageRule(),
    ];

    /// <summary>The world.</summary>
    public SanctionsWorld World { get; }

    /// <summary>The rules, in order.</summary>
    public ImmutableArray<IComplianceRule> Rules { get; }

    /// <summary>Which authorities bind which caller.</summary>
    public JurisdictionMap Jurisdictions { get; }

    /// <summary>The data the engine answers from: dataset name, version and content hash.</summary>
    public DataIdentity Data => index.Data;

    /// <summary>Checks a request.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The verdict, the findings (cleared ones marked) and the data used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="UnknownReferenceException">A participant is not a party of the world, or a jurisdiction is neither named by the
    /// engine's <see cref="JurisdictionMap"/>, nor the jurisdiction of an authority of the world, nor an assigned ISO 3166-1 alpha-2 code (the
    /// nearest known codes are suggested: <c>USA</c> → <c>US</c>). A real jurisdiction whose lists the world lacks is accepted, and the
    /// check says what it could not evaluate (<see cref="CoverageRule"/>).</exception>
    public ComplianceResult Check(ComplianceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var p in request.Participants)
        {
            if (!World.TryGetParty(p.Party, out _))
            {
                throw new UnknownReferenceException(ReferenceKind.Party, p.Party.Value ?? "(default)", Nearest.To(p.Party.Value ?? string.Empty, World.Parties.Select(x => x.Id.Value)),
                    $"{World.Dataset.Name} (the {p.Role.ToString().ToLowerInvariant()})");
            }
        }

        foreach (var code in request.Jurisdictions)
        {
            if (!CountryCodes.IsAlpha2(code) && !KnownJurisdictions().Contains(code, StringComparer.Ordinal))
            {
                throw new UnknownReferenceException(ReferenceKind.Jurisdiction, code, Nearest.To(code, KnownJurisdictions()), World.Dataset.Name);
            }
        }

        var context = new ComplianceContext(request, World.AsOf(request.On, request.KnownAt), Jurisdictions.BindingJurisdictions(request.Jurisdictions), index)
        {
            OwnershipRuleJurisdictions = ownershipJurisdictions,
        };
        var findings = new List<ComplianceFinding>();
        foreach (var rule in Rules)
        {
            foreach (var finding in rule.Evaluate(context))
            {
                findings.Add(ClearanceFor(request, finding) is { } clearance ? finding with { Clearance = clearance } : finding);
            }
        }

        return new ComplianceResult(request, findings, index.Data);
    }

    // The latest clearance of the finding made no later than the knowledge instant (any, without one).
    private static FindingClearance? ClearanceFor(ComplianceRequest request, ComplianceFinding finding)
    {
        FindingClearance? best = null;
        var key = finding.Key;
        foreach (var c in request.Clearances)
        {
            if (c.Finding == key && (request.KnownAt is not { } at || c.ClearedAt <= at) && (best is null || c.ClearedAt > best.ClearedAt))
            {
                best = c;
            }
        }

        return best;
    }
}
