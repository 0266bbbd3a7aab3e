using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Sanctions.Core.Compliance;

/// <summary>
/// Which authorities bind which caller: data, not code, so that a firm can state its own reading (a US bank's foreign branch, an EU
/// subsidiary of a UK group) and cite it.
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> binds a <c>US</c> caller to US and UN authorities, <c>EU</c> to EU and UN, <c>UK</c> to UK and UN, and
/// <c>UN</c> to the UN alone; the sources are in <c>docs/compliance-rules.md</c>. A caller jurisdiction the map does not name is bound by
/// authorities of its own code and by the UN (every UN member has accepted to carry out Security Council decisions, UN Charter
/// Art. 25).</para>
/// <para>Secondary sanctions are the exception the rules know about: they reach callers whom the issuing authority does not bind.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class JurisdictionMap
{
    /// <summary>The source cited for a caller jurisdiction the map does not name.</summary>
    public const string FallbackSource = "UN Charter Art. 25 (members carry out Security Council decisions); the caller's own authorities";

    private readonly FrozenDictionary<string, JurisdictionBinding> byCaller;

    /// <summary>Creates a map.</summary>
    /// <param name="bindings">One binding per caller jurisdiction.</param>
    /// <exception cref="ArgumentException">Two bindings name the same caller, or one is null.</exception>
    public JurisdictionMap(IEnumerable<JurisdictionBinding> bindings)
    {
        Bindings = Sequences.Of(bindings, nameof(bindings));
        var map = new Dictionary<string, JurisdictionBinding>(StringComparer.Ordinal);
        foreach (var b in Bindings)
        {
            if (!map.TryAdd(b.Caller, b))
            {
                throw new ArgumentException($"Caller jurisdiction '{b.Caller}' is bound twice.", nameof(bindings));
            }
        }

        byCaller = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The default reading: US, EU and UK callers are bound by their own authorities and the UN; the UN by itself.</summary>
    public static JurisdictionMap Default { get; } = new(
    [
        new JurisdictionBinding("UN", [], "UN Charter Arts. 25, 41 and 48"),
        new JurisdictionBinding("US", ["UN"], "50 U.S.C. §1701-1706 (IEEPA); United Nations Participation Act, 22 U.S.C. §287c"),
        new JurisdictionBinding("EU", ["UN"], "TEU Art. 29 and TFEU Art. 215 (Council decisions and regulations, which implement UN measures)"),
        new JurisdictionBinding("UK", ["UN"], "Sanctions and Anti-Money Laundering Act 2018, s. 1 (UK regimes and UN obligations)"),
    ]);

    /// <summary>The bindings, in the order given.</summary>
    public ImmutableArray<JurisdictionBinding> Bindings { get; }

    /// <summary>The binding for a caller jurisdiction: the map's own, or the fallback (its own code and the UN).</summary>
    /// <param name="caller">The caller's jurisdiction code, any case.</param>
    /// <returns>The binding.</returns>
    /// <exception cref="ArgumentException"><paramref name="caller"/> is null or white space.</exception>
    public JurisdictionBinding BindingFor(string caller)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caller);
        var code = caller.Trim().ToUpperInvariant();
        return byCaller.TryGetValue(code, out var binding) ? binding : new JurisdictionBinding(code, ["UN"], FallbackSource);
    }

    /// <summary>The authority jurisdictions that bind a caller under all of <paramref name="callers"/>.</summary>
    /// <param name="callers">The caller's jurisdictions.</param>
    /// <returns>The union of their bindings, upper-case, in first-seen order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="callers"/> is null.</exception>
    public ImmutableArray<string> BindingJurisdictions(IEnumerable<string> callers)
    {
        ArgumentNullException.ThrowIfNull(callers);
        var result = new List<string>();
        foreach (var caller in callers)
        {
            foreach (var code in BindingFor(caller).BoundBy)
            {
                if (!result.Contains(code))
                {
                    result.Add(code);
                }
            }
        }

        return [.. result];
    }
}
