using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Treaties;

/// <summary>One step of a party with respect to a treaty: Russia's signature of the 2025 Russia–Iran treaty on 2025-01-17.</summary>
/// <remarks>
/// <para>A world rejects a party's actions certainly out of order (a ratification before its signature, an entry into force before
/// consent, a withdrawal before entry into force). Equality is structural.</para>
/// <para>The day of an action may be unknown, with known bounds (<see cref="When"/>): the 2001 Russia–Iran treaty entered into force on the
/// exchange of ratifications, on some day after its signature that the sources do not give. Queries answer
/// <see cref="Certainty.Possible"/> for the days the action may or may not have happened by, never <see cref="Certainty.No"/>.</para>
/// </remarks>
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
        : this(treaty, party, kind, PeriodEnd.On(date), recorded, source)
    {
    }

    /// <summary>Creates a treaty action whose day may be unknown, with optional bounds (<c>2001-03-12..</c>: on or after the signature).</summary>
    /// <param name="treaty">The treaty.</param>
    /// <param name="party">The party acting.</param>
    /// <param name="kind">What it did.</param>
    /// <param name="when">When: a date at the precision known, or an unknown day with its known bounds. Never open.</param>
    /// <param name="recorded">When the dataset asserted it.</param>
    /// <param name="source">Where it comes from.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentException">An identifier is default, the kind undefined, or <paramref name="when"/> open.</exception>
    public static TreatyAction Of(TreatyId treaty, PartyId party, TreatyActionKind kind, PeriodEnd when, RecordPeriod recorded = default, Provenance? source = null) =>
        new(treaty, party, kind, when, recorded, source);

    private TreatyAction(TreatyId treaty, PartyId party, TreatyActionKind kind, PeriodEnd when, RecordPeriod recorded, Provenance? source)
    {
        if (treaty.IsDefault || party.IsDefault)
        {
            throw new ArgumentException("A treaty action needs a treaty and a party.", treaty.IsDefault ? nameof(treaty) : nameof(party));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown treaty action.");
        }

        if (when.IsOpen)
        {
            throw new ArgumentException("A treaty action happens on a day: give a date, or an unknown day (PeriodEnd.Unknown, PeriodEnd.Between).", nameof(when));
        }

        Treaty = treaty;
        Party = party;
        Kind = kind;
        When = when;
        Recorded = recorded;
        Source = source ?? Provenance.Manual;
    }

    /// <summary>The treaty.</summary>
    public TreatyId Treaty { get; init; }

    /// <summary>The party acting.</summary>
    public PartyId Party { get; init; }

    /// <summary>What it did.</summary>
    public TreatyActionKind Kind { get; init; }

    /// <summary>When, at the precision known, for an action whose day is known (<see cref="IsDateKnown"/>); read <see cref="When"/> otherwise.</summary>
    /// <exception cref="InvalidOperationException">The day is unknown (<see cref="When"/> is an unknown day with bounds): there is no date to give.</exception>
    public PartialDate Date
    {
        get => When.Date ?? throw new InvalidOperationException($"The day of {Party} {Kind} of {Treaty} is unknown ({When}): read When.");
        init => When = PeriodEnd.On(value);
    }

    /// <summary>When: a date at the precision known, or an unknown day with its known bounds (<see cref="PeriodEnd.Earliest"/>,
    /// <see cref="PeriodEnd.Latest"/>); never open.</summary>
    public PeriodEnd When
    {
        get;
        init => field = value.IsOpen ? throw new ArgumentException("A treaty action happens on a day: it cannot be open.", nameof(value)) : value;
    }

    /// <summary>Whether the day is a date (exact or partial) rather than unknown.</summary>
    public bool IsDateKnown => When.Kind == PeriodEndKind.Date;

    /// <summary>Whether the action certainly happened on or before <paramref name="day"/>: <see cref="Certainty.Certain"/> when its latest
    /// possible day is on or before it, <see cref="Certainty.Possible"/> when only its earliest is (or it has no lower bound),
    /// <see cref="Certainty.No"/> otherwise.</summary>
    /// <param name="day">The day asked about.</param>
    /// <returns>The certainty.</returns>
    public Certainty HappenedBy(NodaTime.LocalDate day) =>
        When.Latest is { } l && l <= day ? Certainty.Certain : (When.Earliest ?? NodaTime.LocalDate.MinIsoValue) <= day ? Certainty.Possible : Certainty.No;

    /// <summary>When the dataset asserted it.</summary>
    public RecordPeriod Recorded { get; init; }

    /// <summary>Where it comes from.</summary>
    public Provenance Source { get; init; }

    /// <summary>Text such as <c>iso:RU Signature of treaty:ru-ir-2025 on 2025-01-17</c>, or <c>… on an unknown day (2001-03-12..)</c>.</summary>
    /// <returns>The action as text.</returns>
    public override string ToString() => $"{Party} {Kind} of {Treaty} on {(IsDateKnown ? When.ToString() : $"an unknown day ({When})")}";
}
