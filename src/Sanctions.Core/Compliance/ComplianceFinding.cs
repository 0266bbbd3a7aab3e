using System.Collections.Immutable;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Compliance;

/// <summary>
/// One reason a rule gives about a dealing: which rule, which authority and measure, on what legal basis, through which chain of parties,
/// how certainly, and in one sentence why.
/// </summary>
/// <remarks>
/// <para>Example: the arms-embargo rule finds that supplying arms to Iran on 2017-08-05 falls under the UN's restrictions (authority
/// <c>UN-SC</c>, measure <c>arms-embargo</c>, basis <c>UNSCR 2231 (2015)</c>, path Iran), certainly.</para>
/// <para><see cref="Path"/> starts at the participant the finding is about and follows the chain that led to it: for the 50% rule, from the
/// company up through its owners to the designated person; for a country measure, from the party to the state. <see cref="Outcome"/> is
/// what the finding calls for when certain; <see cref="Effect"/> is what it contributes to the verdict: at most <see cref="Verdict.Review"/>
/// when it only possibly applies, and <see cref="Verdict.Clear"/> once cleared. Equality is structural, collections compared in order.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record ComplianceFinding
{
    private readonly ImmutableArray<string> basis;
    private readonly ImmutableArray<PartyId> path;

    /// <summary>Creates a finding.</summary>
    /// <param name="rule">The rule's name, e.g. <c>ofac-50-percent</c>.</param>
    /// <param name="role">The role of the participant it is about.</param>
    /// <param name="authority">The authority whose measure applies.</param>
    /// <param name="measure">The measure, in kebab case (<c>asset-freeze</c>, <c>arms-embargo</c>, <c>comprehensive-embargo</c>).</param>
    /// <param name="basis">Citations of the legal instruments behind it.</param>
    /// <param name="path">The chain of parties, from the participant to the party or state the measure is on; at least one.</param>
    /// <param name="certainty">How certainly it applies on the date; never <see cref="Certainty.No"/>.</param>
    /// <param name="outcome">What it calls for when certain; never <see cref="Verdict.Clear"/>.</param>
    /// <param name="fact">The id of the designation or country measure it rests on.</param>
    /// <param name="explanation">One sentence saying why.</param>
    /// <param name="clearance">The clearance recorded for it, if any.</param>
    /// <exception cref="ArgumentException">A text is empty, the path is empty, the certainty is <see cref="Certainty.No"/> or the outcome is
    /// <see cref="Verdict.Clear"/>.</exception>
    public ComplianceFinding(string rule, ParticipantRole role, AuthorityId authority, string measure, IEnumerable<string> basis, IEnumerable<PartyId> path,
        Certainty certainty, Verdict outcome, string fact, string explanation, FindingClearance? clearance = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rule);
        ArgumentException.ThrowIfNullOrWhiteSpace(measure);
        ArgumentException.ThrowIfNullOrWhiteSpace(fact);
        ArgumentException.ThrowIfNullOrWhiteSpace(explanation);
        if (authority.IsDefault)
        {
            throw new ArgumentException("A finding needs an authority.", nameof(authority));
        }

        if (certainty == Certainty.No || !Enum.IsDefined(certainty))
        {
            throw new ArgumentOutOfRangeException(nameof(certainty), certainty, "A finding applies possibly or certainly.");
        }

        if (outcome == Verdict.Clear || !Enum.IsDefined(outcome))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "A finding calls for review, blocking or prohibition.");
        }

        Rule = rule;
        Role = role;
        Authority = authority;
        Measure = measure;
        Basis = Sequences.Of(basis, nameof(basis));
        Path = Sequences.Of(path, nameof(path));
        if (Path.IsEmpty || Path.Any(p => p.IsDefault))
        {
            throw new ArgumentException("A finding's path starts at the participant it is about.", nameof(path));
        }

        Certainty = certainty;
        Outcome = outcome;
        Fact = fact;
        Explanation = explanation;
        Clearance = clearance;
    }

    /// <summary>The rule's name.</summary>
    public string Rule { get; init; }

    /// <summary>The role of the participant the finding is about.</summary>
    public ParticipantRole Role { get; init; }

    /// <summary>The participant the finding is about: the first party of <see cref="Path"/>.</summary>
    public PartyId Subject => Path[0];

    /// <summary>The authority whose measure applies.</summary>
    public AuthorityId Authority { get; init; }

    /// <summary>The measure, in kebab case.</summary>
    public string Measure { get; init; }

    /// <summary>Citations of the legal instruments behind it.</summary>
    public ImmutableArray<string> Basis { get => basis; init => basis = value.OrEmpty(); }

    /// <summary>The chain of parties from the participant to the party or state the measure is on.</summary>
    public ImmutableArray<PartyId> Path { get => path; init => path = value.OrEmpty(); }

    /// <summary>How certainly the finding applies on the date.</summary>
    public Certainty Certainty { get; init; }

    /// <summary>What the finding calls for when certain and not cleared.</summary>
    public Verdict Outcome { get; init; }

    /// <summary>The id of the designation or country measure it rests on.</summary>
    public string Fact { get; init; }

    /// <summary>One sentence saying why.</summary>
    public string Explanation { get; init; }

    /// <summary>The clearance recorded for it, or null.</summary>
    public FindingClearance? Clearance { get; init; }

    /// <summary>Whether a reviewer cleared it.</summary>
    public bool IsCleared => Clearance is not null;

    /// <summary>What identifies the finding, for clearing it.</summary>
    public FindingKey Key => new(Rule, Subject, Fact);

    /// <summary>What the finding contributes to the verdict: nothing once cleared; at most a review when it only possibly applies.</summary>
    public Verdict Effect => IsCleared ? Verdict.Clear : Certainty == Certainty.Certain ? Outcome : Verdict.Review;

    /// <inheritdoc/>
    public bool Equals(ComplianceFinding? other) =>
        other is not null && Rule == other.Rule && Role == other.Role && Authority == other.Authority && Measure == other.Measure &&
        Sequences.Equal(Basis, other.Basis) && Sequences.Equal(Path, other.Path) && Certainty == other.Certainty && Outcome == other.Outcome &&
        Fact == other.Fact && Explanation == other.Explanation && Clearance == other.Clearance;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Rule, Authority, Measure, Sequences.Hash(Path), Certainty, Outcome, Fact);

    /// <summary>Text such as <c>[blocked, certain] direct-designation US-OFAC asset-freeze: …</c>.</summary>
    /// <returns>The finding as text.</returns>
    public override string ToString() =>
        $"[{(IsCleared ? "cleared" : Outcome.ToString().ToLowerInvariant())}, {Certainty.ToString().ToLowerInvariant()}] {Rule} {Authority} {Measure}: {Explanation}";
}
