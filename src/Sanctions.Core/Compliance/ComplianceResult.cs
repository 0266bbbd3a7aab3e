using System.Collections.Immutable;

namespace Sanctions.Core.Compliance;

/// <summary>
/// The answer to a <see cref="ComplianceRequest"/>: a verdict, the findings behind it (cleared ones included, marked cleared), and the
/// identity of the data used, so that an auditor can reproduce it later.
/// </summary>
/// <remarks>The verdict is the most severe <see cref="ComplianceFinding.Effect"/> of the findings; <see cref="Verdict.Clear"/> when there
/// are none or all are cleared. Findings come in the order of the engine's rules, then of the participants. Equality is structural.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record ComplianceResult
{
    private readonly ImmutableArray<ComplianceFinding> findings;

    /// <summary>Creates a result, computing the verdict from the findings.</summary>
    /// <param name="request">The request answered.</param>
    /// <param name="findings">The findings, cleared ones included.</param>
    /// <param name="data">The data used.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ComplianceResult(ComplianceRequest request, IEnumerable<ComplianceFinding> findings, DataIdentity data)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(data);
        Request = request;
        Findings = Sequences.Of(findings, nameof(findings));
        Data = data;
        var verdict = Verdict.Clear;
        foreach (var f in Findings)
        {
            verdict = f.Effect > verdict ? f.Effect : verdict;
        }

        Verdict = verdict;
    }

    /// <summary>The request answered.</summary>
    public ComplianceRequest Request { get; }

    /// <summary>The verdict.</summary>
    public Verdict Verdict { get; }

    /// <summary>Every finding, cleared ones included.</summary>
    public ImmutableArray<ComplianceFinding> Findings { get => findings; private init => findings = value.OrEmpty(); }

    /// <summary>The data used: dataset name, version and content hash.</summary>
    public DataIdentity Data { get; }

    /// <summary>The findings that drive the verdict (not cleared).</summary>
    public IEnumerable<ComplianceFinding> OpenFindings => Findings.Where(f => !f.IsCleared);

    /// <summary>The findings a reviewer cleared.</summary>
    public IEnumerable<ComplianceFinding> ClearedFindings => Findings.Where(f => f.IsCleared);

    /// <inheritdoc/>
    public bool Equals(ComplianceResult? other) =>
        other is not null && Request == other.Request && Verdict == other.Verdict && Sequences.Equal(Findings, other.Findings) && Data == other.Data;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Request, Verdict, Sequences.Hash(Findings), Data);

    /// <summary>Text such as <c>prohibited: 3 findings (1 cleared) on 2017-08-05 under UN,US,EU</c>.</summary>
    /// <returns>The result as text.</returns>
    public override string ToString() =>
        $"{Verdict.ToString().ToLowerInvariant()}: {Findings.Length} findings ({Findings.Count(f => f.IsCleared)} cleared) on {Request.On:uuuu-MM-dd} under {string.Join(',', Request.Jurisdictions)}";
}
