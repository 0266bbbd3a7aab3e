using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Testing;

/// <summary>
/// FsCheck generators of valid Sanctions.Core values, built by construction (never by filtering), and of
/// whole consistent worlds. Pair them with the shrinkers in <see cref="SanctionsShrink"/>, or use the
/// arbitraries in <see cref="SanctionsArbitraries"/>, which do.
/// </summary>
/// <remarks>
/// <para>Dates default to the years 1990 to 2030, where sanctions data lives, with an occasional date anywhere from
/// <see cref="EarliestDay"/> (1900-01-01) to <see cref="LatestDay"/> (2199-12-31), to reach edge cases. No generated date lies
/// outside those bounds, so a property may add or subtract thousands of years (<c>PlusDays</c>, <c>PlusYears</c>) without
/// overflowing NodaTime's range; <see cref="Date(LocalDate, LocalDate)"/> narrows them further. Instants default to 2000 to 2030.</para>
/// <para>Standalone facts (a <see cref="Regimes.Designation"/> from <see cref="Designation()"/>) refer to random
/// ids; only the world generators (<see cref="WorldFacts()"/>, <see cref="World()"/>) make facts whose references
/// resolve.</para>
/// </remarks>
/// <threadsafety>All members are thread safe; generators are immutable.</threadsafety>
public static partial class SanctionsGen
{
    /// <summary>The first day of the default valid-time range: 1990-01-01.</summary>
    public static LocalDate FirstDay { get; } = new(1990, 1, 1);

    /// <summary>The last day of the default valid-time range: 2030-12-31.</summary>
    public static LocalDate LastDay { get; } = new(2030, 12, 31);

    /// <summary>The first instant of the default record-time range: 2000-01-01T00:00:00Z.</summary>
    public static Instant FirstInstant { get; } = NodaTime.Instant.FromUtc(2000, 1, 1, 0, 0);

    /// <summary>The last instant of the default record-time range: 2030-12-31T00:00:00Z.</summary>
    public static Instant LastInstant { get; } = NodaTime.Instant.FromUtc(2030, 12, 31, 0, 0);

    /// <summary>The earliest day any generator of this package makes: 1900-01-01 (far from NodaTime's year 1, so that arithmetic in
    /// a property never leaves the calendar).</summary>
    public static LocalDate EarliestDay { get; } = new(1900, 1, 1);

    /// <summary>The latest day any generator of this package makes: 2199-12-31 (far from NodaTime's year 9999).</summary>
    public static LocalDate LatestDay { get; } = new(2199, 12, 31);

    /// <summary>Calendar days, mostly in 1990–2030, sometimes anywhere from <see cref="EarliestDay"/> to <see cref="LatestDay"/> (including
    /// those two and leap days).</summary>
    /// <returns>The generator.</returns>
    public static Gen<LocalDate> Date() => Gen.Frequency(
        (17, Date(FirstDay, LastDay)),
        (2, Date(EarliestDay, LatestDay)),
        (1, Gen.Elements(EarliestDay, LatestDay, new LocalDate(2000, 2, 29), new LocalDate(2024, 2, 29))));

    /// <summary>Calendar days from <paramref name="first"/> to <paramref name="last"/> inclusive, uniformly.</summary>
    /// <param name="first">The first possible day.</param>
    /// <param name="last">The last possible day.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static Gen<LocalDate> Date(LocalDate first, LocalDate last)
    {
        if (last < first)
        {
            throw new ArgumentException($"The last day ({last:uuuu-MM-dd}) is before the first ({first:uuuu-MM-dd}).", nameof(last));
        }

        return Gen.Choose(DayNumber(first), DayNumber(last)).Select(FromDayNumber);
    }

    /// <summary>Partial dates at every precision (about 60% exact days, 20% months, 20% years), over <see cref="Date()"/>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<PartialDate> PartialDate() => Date().SelectMany(d => Gen.Choose(0, 9).Select(p => Coarsen(d, p)));

    /// <summary>Partial dates at every precision whose days fall between <paramref name="first"/> and <paramref name="last"/>.</summary>
    /// <param name="first">The first possible day.</param>
    /// <param name="last">The last possible day.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static Gen<PartialDate> PartialDate(LocalDate first, LocalDate last) => Date(first, last).SelectMany(d => Gen.Choose(0, 9).Select(p => Coarsen(d, p)));

    /// <summary>
    /// Valid periods, by construction: two days in order, then each end opened (start 15%, end 30%) or coarsened
    /// to a month or year at random. Includes periods whose narrow reading is empty (<c>[2014, 2014)</c>) and
    /// one-day periods.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<ValidPeriod> ValidPeriod() => Period(Date(), exact: false);

    /// <summary>Valid periods whose ends fall between <paramref name="first"/> and <paramref name="last"/> (or are open).</summary>
    /// <param name="first">The first possible day.</param>
    /// <param name="last">The last possible day.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static Gen<ValidPeriod> ValidPeriod(LocalDate first, LocalDate last) => Period(Date(first, last), exact: false);

    /// <summary>Valid periods whose ends are exact days or open, so that every answer about them is certain.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ValidPeriod> ExactValidPeriod() => Period(Date(), exact: true);

    /// <summary>Instants from 2000 to 2030, to the second.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Instant> Instant() => Instant(FirstInstant, LastInstant);

    /// <summary>Instants from <paramref name="first"/> to <paramref name="last"/>, to the second.</summary>
    /// <param name="first">The first possible instant.</param>
    /// <param name="last">The last possible instant.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static Gen<Instant> Instant(Instant first, Instant last)
    {
        if (last < first)
        {
            throw new ArgumentException($"The last instant ({last}) is before the first ({first}).", nameof(last));
        }

        var a = first.ToUnixTimeSeconds();
        var b = last.ToUnixTimeSeconds();
        return Gen.Choose(0, (int)Math.Min(int.MaxValue, b - a)).Select(s => NodaTime.Instant.FromUnixTimeSeconds(a + s));
    }

    /// <summary>Record periods: always (<see cref="Temporal.RecordPeriod.Always"/>), since an instant, until an instant, or between two.</summary>
    /// <returns>The generator.</returns>
    public static Gen<RecordPeriod> RecordPeriod() =>
        Gen.Frequency(
            (3, Gen.Constant(Temporal.RecordPeriod.Always)),
            (3, Instant().Select(Temporal.RecordPeriod.Since)),
            (1, Instant().Select(t => new RecordPeriod(null, t))),
            (3, from start in Instant()
                from seconds in Gen.Frequency((1, Gen.Choose(1, 3600)), (3, Gen.Choose(1, 400_000_000)))
                select new RecordPeriod(start, start + Duration.FromSeconds(seconds))));

    /// <summary>Certainties: <c>No</c>, <c>Possible</c>, <c>Certain</c>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Certainty> Certainty() => Gen.Elements(Temporal.Certainty.No, Temporal.Certainty.Possible, Temporal.Certainty.Certain);

    internal static int DayNumber(LocalDate date) => date.ToDateOnly().DayNumber;

    internal static LocalDate FromDayNumber(int day) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(day));

    // Precision by a digit 0–9: 0–5 exact, 6–7 month, 8–9 year.
    internal static PartialDate Coarsen(LocalDate date, int digit) => digit switch
    {
        < 6 => Temporal.PartialDate.FromDate(date),
        < 8 => new PartialDate(date.Year, date.Month),
        _ => new PartialDate(date.Year),
    };

    private static Gen<ValidPeriod> Period(Gen<LocalDate> days, bool exact)
    {
        var gap = Gen.Frequency((3, Gen.Choose(1, 3)), (3, Gen.Choose(1, 60)), (4, Gen.Choose(1, 8000)));
        return from start in days
               from length in gap
               from openStart in Gen.Choose(0, 99)
               from openEnd in Gen.Choose(0, 99)
               from p1 in Gen.Choose(0, 9)
               from p2 in Gen.Choose(0, 9)
               select MakePeriod(start, length, openStart < 15, openEnd < 30, exact ? 0 : p1, exact ? 0 : p2);
    }

    private static ValidPeriod MakePeriod(LocalDate start, int length, bool openStart, bool openEnd, int p1, int p2)
    {
        var last = DayNumber(LatestDay);
        var endDay = Math.Min(DayNumber(start) + length, last);
        if (endDay <= DayNumber(start))
        {
            // The start is the latest generated day: the period can only be open-ended.
            return new ValidPeriod(openStart ? null : Coarsen(start, p1), null);
        }

        var end = FromDayNumber(endDay);
        return new ValidPeriod(openStart ? null : Coarsen(start, p1), openEnd ? null : Coarsen(end, p2));
    }
}
