using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Core.Tests.World;

/// <summary>
/// <see cref="SanctionsWorld.Changes"/>: replaying the changes in (d1, d2] on the state at d1 gives the state at d2.
/// </summary>
/// <remarks>
/// A change dated to a month or year is placed on its earliest day, so the replay is exact for the "earliest
/// reading" of every period (each partial end taken as its first day). In worlds of exact days, that reading is the
/// certain one, and the property says: designations, memberships and country measures certainly in effect at d2 are
/// those in effect at d1, plus listings and starts, minus delistings and ends.
/// </remarks>
public sealed partial class SanctionsWorldTests
{
    // Each end on its earliest day, but an end never before its start.
    private static bool InEarliestReading(ValidPeriod p, LocalDate day) =>
        (p.From is not { } f || f.Earliest <= day) && (p.To is not { } t || day < PlacedEnd(p, t));

    private static LocalDate PlacedEnd(ValidPeriod p, PartialDate to) => p.From is { } f && f.Earliest > to.Earliest ? f.Earliest : to.Earliest;

    // The day a change is placed on.
    private static LocalDate Placed(WorldChange c) =>
        (c.Kind switch
        {
            ChangeKind.Delisting => c.Designation!.Valid,
            ChangeKind.StatusEnd => c.Membership!.Valid,
            ChangeKind.MeasureEnd => c.CountryMeasure!.Valid,
            _ => (ValidPeriod?)null,
        }) is { } period ? PlacedEnd(period, c.Date) : c.Date.Earliest;

    private static (HashSet<Designation> Designations, HashSet<Membership> Memberships, HashSet<CountryMeasure> Measures) State(
        SanctionsWorld w, LocalDate day, Instant? knownAt, Func<ValidPeriod, LocalDate, bool> inEffect) => (
        w.Designations.Where(d => Naive.Visible(d.Recorded, knownAt) && inEffect(d.Valid, day)).ToHashSet(),
        w.Memberships.Where(m => Naive.Visible(m.Recorded, knownAt) && inEffect(m.Valid, day)).ToHashSet(),
        w.CountryMeasures.Where(m => Naive.Visible(m.Recorded, knownAt) && inEffect(m.Valid, day)).ToHashSet());

    private static void Replay(WorldProbe p, LocalDate later, Func<ValidPeriod, LocalDate, bool> inEffect)
    {
        var (designations, memberships, measures) = State(p.World, p.On, p.KnownAt, inEffect);
        var changes = p.World.Changes(p.On, later, p.KnownAt).Where(c => !c.PossiblyInSpan).ToImmutableArray();
        Assert.True(Answers.IsSortedBy(changes, Placed), "changes out of date order");
        foreach (var c in changes)
        {
            Assert.True(Placed(c) > p.On && Placed(c) <= later && c.Date.Earliest <= later && c.Date.Latest > p.On, $"{c} outside ({p.On:uuuu-MM-dd}, {later:uuuu-MM-dd}]");
            var applied = c.Kind switch
            {
                ChangeKind.Listing => designations.Add(c.Designation!),
                ChangeKind.Delisting => designations.Remove(c.Designation!),
                ChangeKind.StatusStart => memberships.Add(c.Membership!),
                ChangeKind.StatusEnd => memberships.Remove(c.Membership!),
                ChangeKind.MeasureStart => measures.Add(c.CountryMeasure!),
                ChangeKind.MeasureEnd => measures.Remove(c.CountryMeasure!),
                _ => true,
            };
            Assert.True(applied, $"{c} does not apply to the state before it");
        }

        var (d2, m2, c2) = State(p.World, later, p.KnownAt, inEffect);
        Assert.True(designations.SetEquals(d2), $"designations after replay [{string.Join("; ", designations)}] but at {later:uuuu-MM-dd} [{string.Join("; ", d2)}]");
        Assert.True(memberships.SetEquals(m2), $"memberships after replay [{string.Join("; ", memberships)}] but at {later:uuuu-MM-dd} [{string.Join("; ", m2)}]");
        Assert.True(measures.SetEquals(c2), $"measures after replay [{string.Join("; ", measures)}] but at {later:uuuu-MM-dd} [{string.Join("; ", c2)}]");
    }

    [SanctionsProperty]
    public Property Changes_ReplayedOnTheStateAtD1_GiveTheStateAtD2_ExactDays() =>
        Prop.ForAll(Probes.Span(WorldGenOptions.Default with { ExactDates = true }), s => Replay(s.Probe, s.Later, (p, d) => p.Contains(d) == Certainty.Certain));

    [SanctionsProperty]
    public Property Changes_ReplayedOnTheStateAtD1_GiveTheStateAtD2_EarliestReading() =>
        Prop.ForAll(Probes.Span(WorldGenOptions.Default), s => Replay(s.Probe, s.Later, InEarliestReading));

    [SanctionsProperty]
    public Property Changes_OverAdjacentSpans_Concatenate() => Prop.ForAll(Probes.Span(WorldGenOptions.Default), s =>
    {
        var (p, later) = (s.Probe, s.Later);
        var middle = p.On.PlusDays(Period.DaysBetween(p.On, later) / 2);
        static ImmutableArray<WorldChange> Placed(ImmutableArray<WorldChange> c) => [.. c.Where(x => !x.PossiblyInSpan)];
        var whole = Placed(p.World.Changes(p.On, later, p.KnownAt));
        var parts = Placed(p.World.Changes(p.On, middle, p.KnownAt)).AddRange(Placed(p.World.Changes(middle, later, p.KnownAt)));
        Assert.Equal(whole, parts);
    });
}
