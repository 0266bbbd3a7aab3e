using System.Collections.Immutable;
using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;
using Sanctions.Core.World;

namespace Sanctions.Core.Testing;

/// <summary>
/// Shrinkers for Sanctions.Core values: each returns simpler values of the same kind, so that FsCheck reports the
/// smallest counterexample it can find. Every candidate is valid (periods can hold a day; worlds build).
/// </summary>
/// <remarks>Partial dates shrink to coarser precision and towards the year 2000; periods to open ends; records to
/// <see cref="Temporal.RecordPeriod.Always"/>; worlds lose facts, then unreferenced parties and regimes, then detail.</remarks>
/// <threadsafety>All members are thread safe.</threadsafety>
public static class SanctionsShrink
{
    private static readonly LocalDate Pivot = new(2000, 1, 1);

    /// <summary>Simpler days: nearer 2000-01-01.</summary>
    /// <param name="date">The day to shrink.</param>
    /// <returns>Simpler days, simplest first.</returns>
    public static IEnumerable<LocalDate> Date(LocalDate date)
    {
        var distance = Period.DaysBetween(Pivot, date);
        if (distance == 0)
        {
            yield break;
        }

        yield return Pivot;
        var half = distance / 2;
        if (half != 0)
        {
            yield return Pivot.PlusDays(half);
        }

        yield return date.PlusDays(distance > 0 ? -1 : 1);
    }

    /// <summary>Simpler partial dates: a day becomes its month, a month its year, a year moves towards 2000.</summary>
    /// <param name="date">The partial date to shrink.</param>
    /// <returns>Simpler partial dates.</returns>
    public static IEnumerable<PartialDate> PartialDate(PartialDate date)
    {
        switch (date.Precision)
        {
            case DatePrecision.Day:
                yield return new PartialDate(date.Year, date.Month!.Value);
                break;
            case DatePrecision.Month:
                yield return new PartialDate(date.Year);
                break;
            default:
                if (date.Year != Pivot.Year)
                {
                    yield return new PartialDate(Pivot.Year);
                    var half = (date.Year + Pivot.Year) / 2;
                    if (half != date.Year && half != Pivot.Year)
                    {
                        yield return new PartialDate(half);
                    }
                }

                break;
        }
    }

    /// <summary>Simpler valid periods: open ends, then simpler ends that still leave the period valid.</summary>
    /// <param name="period">The period to shrink.</param>
    /// <returns>Simpler periods.</returns>
    public static IEnumerable<ValidPeriod> ValidPeriod(ValidPeriod period)
    {
        if (period.From is null && period.To is null)
        {
            yield break;
        }

        yield return Temporal.ValidPeriod.Always;
        if (period.From is { } from)
        {
            if (period.To is not null)
            {
                yield return new ValidPeriod(null, period.To);
            }

            foreach (var f in PartialDate(from))
            {
                if (Temporal.ValidPeriod.IsValid(f, period.To))
                {
                    yield return new ValidPeriod(f, period.To);
                }
            }
        }

        if (period.To is { } to)
        {
            if (period.From is not null)
            {
                yield return new ValidPeriod(period.From, null);
            }

            foreach (var t in PartialDate(to))
            {
                if (Temporal.ValidPeriod.IsValid(period.From, t))
                {
                    yield return new ValidPeriod(period.From, t);
                }
            }
        }
    }

    /// <summary>Simpler record periods: always, then with one end open.</summary>
    /// <param name="record">The record period to shrink.</param>
    /// <returns>Simpler record periods.</returns>
    public static IEnumerable<RecordPeriod> RecordPeriod(RecordPeriod record)
    {
        if (record == Temporal.RecordPeriod.Always)
        {
            yield break;
        }

        yield return Temporal.RecordPeriod.Always;
        if (record.From is not null && record.To is not null)
        {
            yield return new RecordPeriod(record.From, null);
            yield return new RecordPeriod(null, record.To);
        }
    }

    /// <summary>Simpler parties of the same kind and id: one name, no identifiers, addresses or remarks.</summary>
    /// <param name="party">The party to shrink.</param>
    /// <returns>Simpler parties.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public static IEnumerable<Party> Party(Party party)
    {
        ArgumentNullException.ThrowIfNull(party);
        if (party.Names.Length > 1 || !party.Identifiers.IsEmpty || !party.Addresses.IsEmpty || party.Remarks is not null)
        {
            yield return party with { Names = [party.Names[0]], Identifiers = [], Addresses = [], Remarks = null };
        }
    }

    /// <summary>Simpler designations: always recorded, simpler periods, no programs, basis or remarks.</summary>
    /// <param name="designation">The designation to shrink.</param>
    /// <returns>Simpler designations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="designation"/> is null.</exception>
    public static IEnumerable<Designation> Designation(Designation designation)
    {
        ArgumentNullException.ThrowIfNull(designation);
        foreach (var r in RecordPeriod(designation.Recorded))
        {
            yield return designation with { Recorded = r };
        }

        foreach (var v in ValidPeriod(designation.Valid))
        {
            yield return designation with { Valid = v };
        }

        if (!designation.Programs.IsEmpty || !designation.Basis.IsEmpty || designation.Remarks is not null || designation.ListReference is not null)
        {
            yield return designation with { Programs = [], Basis = [], Remarks = null, ListReference = null };
        }
    }

    /// <summary>Simpler memberships: always recorded, simpler periods.</summary>
    /// <param name="membership">The membership to shrink.</param>
    /// <returns>Simpler memberships.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="membership"/> is null.</exception>
    public static IEnumerable<Membership> Membership(Membership membership)
    {
        ArgumentNullException.ThrowIfNull(membership);
        return Dated(membership, (m, r) => m with { Recorded = r }, (m, v) => m with { Valid = v });
    }

    /// <summary>Simpler relations: always recorded, simpler periods.</summary>
    /// <param name="relation">The relation to shrink.</param>
    /// <returns>Simpler relations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="relation"/> is null.</exception>
    public static IEnumerable<Relation> Relation(Relation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return Dated(relation, (m, r) => m with { Recorded = r }, (m, v) => m with { Valid = v });
    }

    /// <summary>Simpler positions: always recorded, simpler periods.</summary>
    /// <param name="position">The position to shrink.</param>
    /// <returns>Simpler positions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="position"/> is null.</exception>
    public static IEnumerable<Position> Position(Position position)
    {
        ArgumentNullException.ThrowIfNull(position);
        return Dated(position, (m, r) => m with { Recorded = r }, (m, v) => m with { Valid = v });
    }

    /// <summary>Simpler country measures: always recorded, simpler periods.</summary>
    /// <param name="measure">The measure to shrink.</param>
    /// <returns>Simpler measures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    public static IEnumerable<CountryMeasure> CountryMeasure(CountryMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return Dated(measure, (m, r) => m with { Recorded = r }, (m, v) => m with { Valid = v });
    }

    /// <summary>
    /// Smaller worlds that still build: without whole collections, halves of them, single facts (a party's treaty
    /// actions go together), then without unreferenced parties and regimes, then with simpler facts.
    /// </summary>
    /// <param name="facts">The facts of a valid world.</param>
    /// <returns>The facts of smaller valid worlds, lazily; each is checked with <see cref="WorldBuilder.TryBuild"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public static IEnumerable<WorldFacts> WorldFacts(WorldFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return WorldCandidates(facts).Where(f => f.ToBuilder().TryBuild(out _, out _));
    }

    /// <summary>Smaller worlds (see <see cref="WorldFacts(Testing.WorldFacts)"/>).</summary>
    /// <param name="world">The world.</param>
    /// <returns>Smaller worlds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="world"/> is null.</exception>
    public static IEnumerable<SanctionsWorld> World(SanctionsWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        foreach (var f in WorldCandidates(Testing.WorldFacts.From(world)))
        {
            if (f.ToBuilder().TryBuild(out var smaller, out _))
            {
                yield return smaller!;
            }
        }
    }

    private static IEnumerable<T> Dated<T>(T fact, Func<T, RecordPeriod, T> withRecord, Func<T, ValidPeriod, T> withValid)
        where T : IDatedFact
    {
        foreach (var r in RecordPeriod(fact.Recorded))
        {
            yield return withRecord(fact, r);
        }

        foreach (var v in ValidPeriod(fact.Valid))
        {
            yield return withValid(fact, v);
        }
    }

    private static IEnumerable<ImmutableArray<T>> Smaller<T>(ImmutableArray<T> items)
    {
        if (items.IsEmpty)
        {
            yield break;
        }

        yield return [];
        if (items.Length > 1)
        {
            var half = items.Length / 2;
            yield return items[half..];
            yield return items[..half];
        }

        if (items.Length > 1)
        {
            for (var i = 0; i < items.Length; i++)
            {
                yield return items.RemoveAt(i);
            }
        }
    }

    private static IEnumerable<ImmutableArray<T>> Simpler<T>(ImmutableArray<T> items, Func<T, IEnumerable<T>> shrink)
    {
        for (var i = 0; i < items.Length; i++)
        {
            foreach (var s in shrink(items[i]))
            {
                yield return items.SetItem(i, s);
            }
        }
    }

    private static IEnumerable<WorldFacts> WorldCandidates(WorldFacts f)
    {
        foreach (var x in Smaller(f.Designations))
        {
            yield return f.With(designations: x);
        }

        foreach (var x in Smaller(f.Memberships))
        {
            yield return f.With(memberships: x);
        }

        foreach (var x in Smaller(f.Relations))
        {
            yield return f.With(relations: x);
        }

        foreach (var x in Smaller(f.CountryMeasures))
        {
            yield return f.With(measures: x);
        }

        foreach (var x in Smaller(f.Positions))
        {
            yield return f.With(positions: x);
        }

        // A party's actions on a treaty go together, so that what is left stays in order.
        var groups = f.TreatyActions.Select(a => (a.Treaty, a.Party)).Distinct().ToArray();
        if (groups.Length > 0)
        {
            yield return f.With(actions: []);
            foreach (var g in groups)
            {
                yield return f.With(actions: [.. f.TreatyActions.Where(a => (a.Treaty, a.Party) != g)]);
            }
        }

        // A shrunk world keeps at least one party and one list (and so its authority): properties that pick one with Gen.Elements
        // get a counterexample, not an exception from an empty choice.
        var used = UsedParties(f);
        if (used.Count == 0 && f.Parties.Length > 0)
        {
            used.Add(f.Parties[0].Id);
        }

        var unused = f.Parties.Where(p => !used.Contains(p.Id)).ToArray();
        if (unused.Length > 0)
        {
            yield return f.With(parties: [.. f.Parties.Where(p => used.Contains(p.Id))]);
            foreach (var p in unused)
            {
                yield return f.With(parties: f.Parties.Remove(p));
            }
        }

        var usedTreaties = f.TreatyActions.Select(a => a.Treaty).ToHashSet();
        if (f.Treaties.Any(t => !usedTreaties.Contains(t.Id)))
        {
            yield return f.With(treaties: [.. f.Treaties.Where(t => usedTreaties.Contains(t.Id))]);
        }

        var usedLists = f.Designations.Select(d => d.List).ToHashSet();
        if (usedLists.Count == 0 && f.Lists.Length > 0)
        {
            usedLists.Add(f.Lists[0].Id);
        }

        if (f.Lists.Any(l => !usedLists.Contains(l.Id)))
        {
            yield return f.With(lists: [.. f.Lists.Where(l => usedLists.Contains(l.Id))]);
        }

        var usedPrograms = f.Designations.SelectMany(d => d.Programs).ToHashSet();
        if (f.Programs.Any(p => !usedPrograms.Contains(p.Id)))
        {
            yield return f.With(programs: [.. f.Programs.Where(p => usedPrograms.Contains(p.Id))]);
        }

        var usedInstruments = f.Designations.SelectMany(d => d.Basis).Concat(f.CountryMeasures.SelectMany(m => m.Basis)).Concat(f.Programs.SelectMany(p => p.Basis))
            .Concat(f.Instruments.Select(i => i.PartOf).OfType<InstrumentId>()).ToHashSet();
        if (f.Instruments.Any(i => !usedInstruments.Contains(i.Id)))
        {
            yield return f.With(instruments: [.. f.Instruments.Where(i => usedInstruments.Contains(i.Id))]);
        }

        var usedAuthorities = f.Lists.Select(l => l.Authority).Concat(f.Programs.Select(p => p.Authority)).Concat(f.Instruments.Select(i => i.Authority))
            .Concat(f.CountryMeasures.Select(m => m.Authority)).ToHashSet();
        if (f.Authorities.Any(a => !usedAuthorities.Contains(a.Id)))
        {
            yield return f.With(authorities: [.. f.Authorities.Where(a => usedAuthorities.Contains(a.Id))]);
        }

        foreach (var x in Simpler(f.Designations, Designation))
        {
            yield return f.With(designations: x);
        }

        foreach (var x in Simpler(f.Memberships, Membership))
        {
            yield return f.With(memberships: x);
        }

        foreach (var x in Simpler(f.Relations, Relation))
        {
            yield return f.With(relations: x);
        }

        foreach (var x in Simpler(f.CountryMeasures, CountryMeasure))
        {
            yield return f.With(measures: x);
        }

        foreach (var x in Simpler(f.Positions, Position))
        {
            yield return f.With(positions: x);
        }

        var simpleParties = f.Parties.Select(p => Party(p).FirstOrDefault() ?? p).ToImmutableArray();
        if (Enumerable.Range(0, simpleParties.Length).Any(i => !ReferenceEquals(simpleParties[i], f.Parties[i])))
        {
            yield return f.With(parties: simpleParties);
        }
    }

    private static HashSet<PartyId> UsedParties(WorldFacts f)
    {
        var used = new HashSet<PartyId>();
        used.UnionWith(f.Designations.Select(d => d.Party));
        used.UnionWith(f.CountryMeasures.Select(m => m.Target));
        used.UnionWith(f.TreatyActions.Select(a => a.Party));
        used.UnionWith(f.Memberships.SelectMany(m => new[] { m.Member, m.Organization }));
        used.UnionWith(f.Relations.SelectMany(r => new[] { r.From, r.To }));
        used.UnionWith(f.Positions.Select(p => p.Holder));
        used.UnionWith(f.Positions.Select(p => p.Organization).OfType<PartyId>());
        used.UnionWith(f.Parties.OfType<State>().Select(s => s.ParentState).OfType<PartyId>());
        return used;
    }
}
