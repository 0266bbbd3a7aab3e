using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Treaties;

/// <summary>One step of a party with respect to a treaty: Russia's signature of the 2025 Russia–Iran treaty on 2025-01-17.</summary>
/// <remarks>A world rejects a party's actions out of order (a ratification before its signature, an entry into force before consent,
/// a withdrawal before entry into force). Equality is structural.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record TreatyAction
{
    /// <summary>Creates a treaty action.</summary>
    /// <param name="treaty">The treaty.</param>
    /// <param name="party">The party acting.</param>
    /// <param name="kind">What it did.</param>
    /// <param name="date">When, at the precision known.</param>
    /// <param name="recorded">When the dataset asserted it.</param>
    /// <param name="source">Where it comes from.</param>
    /// <exception cref="ArgumentException">An identifier is default or the kind undefined.</exception>
    public TreatyAction(TreatyId treaty, PartyId party, TreatyActionKind kind, PartialDate date, RecordPeriod recorded = default, Provenance? source = null)
    {
        if (treaty.IsDefault || party.IsDefault)
        {
            throw new ArgumentException("A treaty action needs a treaty and a party.", treaty.IsDefault ? nameof(treaty) : nameof(party));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown treaty action.");
        }

        Treaty = treaty;
        Party = party;
        Kind = kind;
        Date = date;
        Recorded = recorded;
        Source = source ?? Provenance.Manual;
    }

    /// <summary>The treaty.</summary>
    public TreatyId Treaty { get; init; }

    /// <summary>The party acting.</summary>
    public PartyId Party { get; init; }

    /// <summary>What it did.</summary>
    public TreatyActionKind Kind { get; init; }

    /// <summary>When.</summary>
    public PartialDate Date { get; init; }

    /// <summary>When the dataset asserted it.</summary>
    public RecordPeriod Recorded { get; init; }

    /// <summary>Where it comes from.</summary>
    public Provenance Source { get; init; }

    /// <summary>Text such as <c>iso:RU Signature of treaty:ru-ir-2025 on 2025-01-17</c>.</summary>
    /// <returns>The action as text.</returns>
    public override string ToString() => $"{Party} {Kind} of {Treaty} on {Date}";
}
