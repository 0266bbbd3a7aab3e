using System.Collections.Immutable;
using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.World;

// A party's dated history, and a status timeline: questions over all of time rather than on one day (those are WorldView's).
public sealed partial class SanctionsWorld
{
    /// <summary>
    /// Everything dated about <paramref name="party"/>: births or founding, designations, statuses it holds and statuses held in it,
    /// positions, relations from or to it, treaty actions and country measures targeting it, in order of start (an unknown start
    /// first), then of <see cref="PartyEventKind"/>, then of the world's order.
    /// </summary>
    /// <remarks>Facts are those the dataset asserted at <paramref name="knownAt"/> (<see cref="RecordPeriod.IsVisibleAt"/>); births and
    /// foundings are the party's own and always included. A partial or unknown start is placed on its earliest day (an unknown start without a lower bound first). An end the data leaves unknown is <see cref="PartyEvent.End"/> of kind <see cref="PeriodEndKind.Unknown"/>, never open. The query scans every fact
    /// of the world once.</remarks>
    /// <param name="party">The party.</param>
    /// <param name="knownAt">The knowledge instant; null for what is known now.</param>
    /// <returns>The events.</returns>
    /// <exception cref="KeyNotFoundException">No party has id <paramref name="party"/>.</exception>
    public ImmutableArray<PartyEvent> History(PartyId party, Instant? knownAt = null)
    {
        var who = GetParty(party);
        var events = new List<PartyEvent>();
        if (who is Person person)
        {
            events.AddRange(person.BirthDates.Select(d => new PartyEvent(PartyEventKind.Birth, party, d, null, person.Source)));
        }

        if (who is InternationalOrganization { Founded: { } founded })
        {
            events.Add(new PartyEvent(PartyEventKind.Founding, party, founded, null, who.Source));
        }

        events.AddRange(Designations.Where(d => d.Party == party && d.Recorded.IsVisibleAt(knownAt))
            .Select(d => new PartyEvent(PartyEventKind.Designation, party, d.Valid.From, d.Valid.To, d.Source, Designation: d) { Start = d.Valid.Start, End = d.Valid.End }));
        events.AddRange(Memberships.Where(m => m.Member == party && m.Recorded.IsVisibleAt(knownAt))
            .Select(m => new PartyEvent(PartyEventKind.Status, party, m.Valid.From, m.Valid.To, m.Source, Membership: m) { Start = m.Valid.Start, End = m.Valid.End }));
        events.AddRange(Memberships.Where(m => m.Organization == party && m.Recorded.IsVisibleAt(knownAt))
            .Select(m => new PartyEvent(PartyEventKind.Member, party, m.Valid.From, m.Valid.To, m.Source, Membership: m) { Start = m.Valid.Start, End = m.Valid.End }));
        events.AddRange(Positions.Where(p => p.Holder == party && p.Recorded.IsVisibleAt(knownAt))
            .Select(p => new PartyEvent(PartyEventKind.Position, party, p.Valid.From, p.Valid.To, p.Source, Position: p) { Start = p.Valid.Start, End = p.Valid.End }));
        events.AddRange(Relations.Where(r => (r.From == party || r.To == party) && r.Recorded.IsVisibleAt(knownAt))
            .Select(r => new PartyEvent(PartyEventKind.Relation, party, r.Valid.From, r.Valid.To, r.Source, Relation: r) { Start = r.Valid.Start, End = r.Valid.End }));
        events.AddRange(TreatyActions.Where(a => a.Party == party && a.Recorded.IsVisibleAt(knownAt))
            .Select(a => new PartyEvent(PartyEventKind.TreatyAction, party, a.When.Date, null, a.Source, TreatyAction: a) { Start = a.When, End = a.When }));
        events.AddRange(CountryMeasures.Where(m => m.Target == party && m.Recorded.IsVisibleAt(knownAt))
            .Select(m => new PartyEvent(PartyEventKind.CountryMeasure, party, m.Valid.From, m.Valid.To, m.Source, CountryMeasure: m) { Start = m.Valid.Start, End = m.Valid.End }));

        // OrderBy is stable: within one start and kind, the world's order stays.
        return [.. events.OrderBy(e => e.Start.Earliest ?? LocalDate.MinIsoValue).ThenBy(e => e.Kind)];
    }

    /// <summary>The statuses <paramref name="member"/> has held in <paramref name="organization"/>, as a <see cref="Timeline{T}"/>:
    /// "which status on this day" (<see cref="Timeline{T}.At"/>) and "what changed between these days" (<see cref="Timeline{T}.Changes"/>).</summary>
    /// <remarks>Statuses asserted at one instant never certainly overlap (the world rejects them), so the timeline always exists.</remarks>
    /// <param name="member">The member, observer or partner.</param>
    /// <param name="organization">The organisation.</param>
    /// <param name="knownAt">The knowledge instant; null for what is known now.</param>
    /// <returns>The timeline; empty when the party never held a status there.</returns>
    public Timeline<MembershipStatus> StatusTimeline(PartyId member, PartyId organization, Instant? knownAt = null) =>
        Timeline<MembershipStatus>.Create(Index.StatusHistory(member, organization, knownAt).Select(m => new TimelineEntry<MembershipStatus>(m.Valid, m.Status)));
}
