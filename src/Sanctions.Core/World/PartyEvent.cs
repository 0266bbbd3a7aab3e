using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.World;

/// <summary>One dated thing in a party's history (<see cref="SanctionsWorld.History"/>): a period, or a single day for births,
/// foundings and treaty actions.</summary>
/// <remarks>At most one of <see cref="Designation"/>, <see cref="Membership"/>, <see cref="Position"/>, <see cref="Relation"/>,
/// <see cref="TreatyAction"/> and <see cref="CountryMeasure"/> is set, according to <see cref="Kind"/>; births and foundings carry
/// none (their dates are the party's own).</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Kind">What the event is.</param>
/// <param name="Party">The party whose history this is.</param>
/// <param name="From">The first day (the day itself for a single day); null when the start is open or unknown (read <see cref="PartyEvent.Start"/>).</param>
/// <param name="To">The day the period ends (exclusive); null while it is still in effect, for a single day, and when the end is unknown
/// (read <see cref="PartyEvent.End"/>: an end the data leaves unknown is unknown there, never open).</param>
/// <param name="Source">Where the fact comes from (the party's own provenance for births and foundings).</param>
/// <param name="Designation">The designation, for <see cref="PartyEventKind.Designation"/>.</param>
/// <param name="Membership">The membership, for <see cref="PartyEventKind.Status"/> and <see cref="PartyEventKind.Member"/>.</param>
/// <param name="Position">The position, for <see cref="PartyEventKind.Position"/>.</param>
/// <param name="Relation">The relation, for <see cref="PartyEventKind.Relation"/>.</param>
/// <param name="TreatyAction">The action, for <see cref="PartyEventKind.TreatyAction"/>.</param>
/// <param name="CountryMeasure">The measure, for <see cref="PartyEventKind.CountryMeasure"/>.</param>
public sealed record PartyEvent(
    PartyEventKind Kind,
    PartyId Party,
    PartialDate? From,
    PartialDate? To,
    Provenance Source,
    Designation? Designation = null,
    Membership? Membership = null,
    Position? Position = null,
    Relation? Relation = null,
    TreatyAction? TreatyAction = null,
    CountryMeasure? CountryMeasure = null)
{
    private readonly PeriodEnd? start;
    private readonly PeriodEnd? end;

    /// <summary>Whether the event is a single day (a birth, a founding, a treaty action) rather than a period.</summary>
    public bool IsPoint => Kind is PartyEventKind.Birth or PartyEventKind.Founding or PartyEventKind.TreatyAction;

    /// <summary>The start as the fact states it: open, a date, or unknown with its bounds (for a single day, the day, which may be unknown).
    /// Defaults to <see cref="From"/> (open when null).</summary>
    public PeriodEnd Start
    {
        get => start ?? From;
        init => start = value;
    }

    /// <summary>The end as the fact states it: open while in effect, a date, or unknown with its bounds — never open for an end the data
    /// does not know. For a single day, the day itself. Defaults to <see cref="To"/> (open when null), or <see cref="Start"/> for a single day.</summary>
    public PeriodEnd End
    {
        get => end ?? (IsPoint ? Start : To);
        init => end = value;
    }

    /// <summary>Text <c>from → to kind</c>, or <c>date kind</c> for a single day; an unknown end reads <c>unknown (A..B)</c>, an open end <c>…</c>.</summary>
    /// <returns>The event as one line.</returns>
    public override string ToString() => IsPoint ? $"{Show(Start)} {Kind}" : $"{Show(Start)} → {Show(End)} {Kind}";

    private static string Show(PeriodEnd end) => end.Kind switch
    {
        PeriodEndKind.Open => "…",
        PeriodEndKind.Unknown => $"unknown ({end})",
        _ => end.ToString(),
    };
}
