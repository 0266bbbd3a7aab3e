using System.Collections.Immutable;
using NodaTime;
using Sanctions.Core.Parties;

namespace Sanctions.Core.Compliance;

/// <summary>
/// A question put to the compliance rules: may the caller, bound by the laws of <see cref="Jurisdictions"/>, deal with <see cref="Party"/>
/// (and a counterparty, through intermediaries) in these goods on <see cref="On"/>?
/// </summary>
/// <remarks>
/// <para>Example: may a bank bound by UN, US and EU law process Rosoboronexport's sale of arms to Iran on 2017-08-05?
/// <c>new ComplianceRequest(rosoboronexport, new LocalDate(2017, 8, 5), ["UN", "US", "EU"], counterparty: iran, goods: Goods.Arms)</c>.</para>
/// <para>Jurisdictions are coarse codes (<c>US</c>, <c>EU</c>, <c>UN</c>, <c>UK</c>), kept upper-case, distinct, in the order given. A
/// <see cref="KnownAt"/> instant answers with what the data asserted then, and ignores clearances made after it. Equality is structural,
/// collections compared in order.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record ComplianceRequest
{
    private readonly ImmutableArray<PartyId> intermediaries;
    private readonly ImmutableArray<string> jurisdictions;
    private readonly ImmutableArray<FindingClearance> clearances;

    /// <summary>Creates a request.</summary>
    /// <param name="party">The party the caller deals with.</param>
    /// <param name="on">The day of the dealing.</param>
    /// <param name="jurisdictions">The jurisdictions whose law binds the caller (<c>US</c>, <c>EU</c>, <c>UN</c>, <c>UK</c>, …); at least one.</param>
    /// <param name="counterparty">The other side of the transaction, if any.</param>
    /// <param name="intermediaries">Banks, agents or carriers in between, if any.</param>
    /// <param name="goods">What the transaction moves.</param>
    /// <param name="knownAt">Answer with what the data asserted at this instant; null for everything known now.</param>
    /// <param name="flow">Which way the goods move, if known.</param>
    /// <param name="clearances">Findings the caller has reviewed and cleared, if any.</param>
    /// <exception cref="ArgumentException">A party identifier is default, a participant appears twice, no jurisdiction is given, or one is
    /// white space.</exception>
    public ComplianceRequest(PartyId party, LocalDate on, IEnumerable<string> jurisdictions, PartyId? counterparty = null, IEnumerable<PartyId>? intermediaries = null,
        Goods goods = Goods.General, Instant? knownAt = null, GoodsFlow flow = GoodsFlow.Unknown, IEnumerable<FindingClearance>? clearances = null)
    {
        ArgumentNullException.ThrowIfNull(jurisdictions);
        if (party.IsDefault || counterparty is { IsDefault: true })
        {
            throw new ArgumentException("A compliance request needs party identifiers, not default values.", party.IsDefault ? nameof(party) : nameof(counterparty));
        }

        if (!Enum.IsDefined(goods))
        {
            throw new ArgumentOutOfRangeException(nameof(goods), goods, "Unknown goods.");
        }

        if (!Enum.IsDefined(flow))
        {
            throw new ArgumentOutOfRangeException(nameof(flow), flow, "Unknown goods flow.");
        }

        var codes = new List<string>();
        foreach (var code in jurisdictions)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                throw new ArgumentException("A jurisdiction code is empty.", nameof(jurisdictions));
            }

            var upper = code.Trim().ToUpperInvariant();
            if (!codes.Contains(upper))
            {
                codes.Add(upper);
            }
        }

        if (codes.Count == 0)
        {
            throw new ArgumentException("Name at least one jurisdiction that binds the caller (US, EU, UN, UK, …).", nameof(jurisdictions));
        }

        Party = party;
        On = on;
        Jurisdictions = [.. codes];
        Counterparty = counterparty;
        Intermediaries = Sequences.Of(intermediaries, nameof(intermediaries));
        Goods = goods;
        KnownAt = knownAt;
        Flow = flow;
        Clearances = Sequences.Of(clearances, nameof(clearances));

        var seen = new HashSet<PartyId>();
        foreach (var p in Participants)
        {
            if (p.Party.IsDefault || !seen.Add(p.Party))
            {
                throw new ArgumentException($"Party '{p.Party}' appears more than once (or is default) among the participants.", nameof(intermediaries));
            }
        }
    }

    /// <summary>The party the caller deals with.</summary>
    public PartyId Party { get; init; }

    /// <summary>The day of the dealing.</summary>
    public LocalDate On { get; init; }

    /// <summary>The jurisdictions whose law binds the caller, upper-case, distinct.</summary>
    public ImmutableArray<string> Jurisdictions { get => jurisdictions; init => jurisdictions = value.OrEmpty(); }

    /// <summary>The other side of the transaction, if any.</summary>
    public PartyId? Counterparty { get; init; }

    /// <summary>Banks, agents or carriers in between.</summary>
    public ImmutableArray<PartyId> Intermediaries { get => intermediaries; init => intermediaries = value.OrEmpty(); }

    /// <summary>What the transaction moves.</summary>
    public Goods Goods { get; init; }

    /// <summary>The knowledge instant, or null for everything known now.</summary>
    public Instant? KnownAt { get; init; }

    /// <summary>Which way the goods move, if known.</summary>
    public GoodsFlow Flow { get; init; }

    /// <summary>Findings the caller has reviewed and cleared.</summary>
    public ImmutableArray<FindingClearance> Clearances { get => clearances; init => clearances = value.OrEmpty(); }

    /// <summary>Every participant: the party, the counterparty if any, then the intermediaries, in that order.</summary>
    public IEnumerable<Participant> Participants
    {
        get
        {
            yield return new Participant(Party, ParticipantRole.Party);
            if (Counterparty is { } c)
            {
                yield return new Participant(c, ParticipantRole.Counterparty);
            }

            foreach (var i in Intermediaries)
            {
                yield return new Participant(i, ParticipantRole.Intermediary);
            }
        }
    }

    /// <summary>Returns this request with one more clearance.</summary>
    /// <param name="clearance">The clearance.</param>
    /// <returns>The new request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clearance"/> is null.</exception>
    public ComplianceRequest WithClearance(FindingClearance clearance)
    {
        ArgumentNullException.ThrowIfNull(clearance);
        return this with { Clearances = Clearances.Add(clearance) };
    }

    /// <inheritdoc/>
    public bool Equals(ComplianceRequest? other) =>
        other is not null && Party == other.Party && On == other.On && Sequences.Equal(Jurisdictions, other.Jurisdictions) && Counterparty == other.Counterparty &&
        Sequences.Equal(Intermediaries, other.Intermediaries) && Goods == other.Goods && KnownAt == other.KnownAt && Flow == other.Flow &&
        Sequences.Equal(Clearances, other.Clearances);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Party, On, Sequences.Hash(Jurisdictions), Counterparty, Sequences.Hash(Intermediaries), Goods, KnownAt, Flow);

    /// <summary>Text such as <c>check org:rosoboronexport with iso:IR, arms, on 2017-08-05 under UN,US,EU</c>.</summary>
    /// <returns>The request as text.</returns>
    public override string ToString() =>
        $"check {Party}{(Counterparty is { } c ? " with " + c : string.Empty)}, {Goods}, on {On:uuuu-MM-dd} under {string.Join(',', Jurisdictions)}";
}
