using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Tests.Temporal;

public sealed partial class ValidPeriodTests
{
    private static LocalDate D(string text) => LocalDate.FromDateTime(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Contains_ExactPeriod_BoundaryDays()
    {
        // Iran, SCO member from 2023-07-04; an exact period [2016-01-16, 2020-10-18).
        var period = ValidPeriod.Between(D("2016-01-16"), D("2020-10-18"));
        Assert.Equal(Certainty.No, period.Contains(D("2016-01-15")));
        Assert.Equal(Certainty.Certain, period.Contains(D("2016-01-16")));
        Assert.Equal(Certainty.Certain, period.Contains(D("2020-10-17")));
        Assert.Equal(Certainty.No, period.Contains(D("2020-10-18")));
    }

    [Fact]
    public void Contains_PartialFrom_PossibleWithinTheMonthCertainFromItsLastDay()
    {
        // Iran, SCO observer over [2005-07, 2023-07-04).
        var period = new ValidPeriod(new PartialDate(2005, 7), new PartialDate(2023, 7, 4));
        Assert.Equal(Certainty.No, period.Contains(D("2005-06-30")));
        Assert.Equal(Certainty.Possible, period.Contains(D("2005-07-01")));
        Assert.Equal(Certainty.Possible, period.Contains(D("2005-07-30")));
        Assert.Equal(Certainty.Certain, period.Contains(D("2005-07-31")));
        Assert.Equal(Certainty.Certain, period.Contains(D("2023-07-03")));
        Assert.Equal(Certainty.No, period.Contains(D("2023-07-04")));
    }

    [Fact]
    public void Contains_PartialTo_PossibleWithinTheYear()
    {
        // Belarus, SCO dialogue partner over [2010, 2015).
        var period = new ValidPeriod(new PartialDate(2010), new PartialDate(2015));
        Assert.Equal(Certainty.Possible, period.Contains(D("2010-06-01")));
        Assert.Equal(Certainty.Certain, period.Contains(D("2010-12-31")));
        Assert.Equal(Certainty.Certain, period.Contains(D("2014-12-31")));
        Assert.Equal(Certainty.Possible, period.Contains(D("2015-01-01")));
        Assert.Equal(Certainty.Possible, period.Contains(D("2015-12-30")));
        Assert.Equal(Certainty.No, period.Contains(D("2015-12-31")));
    }

    [Fact]
    public void Readings_PartialEnds_NarrowInsideWide()
    {
        var period = new ValidPeriod(new PartialDate(2010), new PartialDate(2015, 3));
        Assert.Equal(new DateRange(D("2010-12-31"), D("2015-03-01")), period.Narrow);
        Assert.Equal(new DateRange(D("2010-01-01"), D("2015-03-31")), period.Wide);
    }

    [Fact]
    public void Constructor_EndBeforeStart_ThrowsNamingTo()
    {
        var e = Assert.Throws<ArgumentException>(() => ValidPeriod.Between(D("2020-01-02"), D("2020-01-01")));
        Assert.Equal("to", e.ParamName);
    }

    [Fact]
    public void Constructor_EmptyExactPeriod_Throws()
    {
        Assert.Throws<ArgumentException>(() => ValidPeriod.Between(D("2020-01-01"), D("2020-01-01")));
    }

    [Fact]
    public void Constructor_SameYearBothEnds_IsPossibleOnly()
    {
        var period = new ValidPeriod(new PartialDate(2015), new PartialDate(2015));
        Assert.True(period.Narrow.IsEmpty);
        Assert.Equal(Certainty.Possible, period.Contains(D("2015-06-01")));
    }

    [Fact]
    public void Always_ContainsEveryDayCertainly()
    {
        Assert.Equal(Certainty.Certain, ValidPeriod.Always.Contains(LocalDate.MinIsoValue));
        Assert.Equal(Certainty.Certain, default(ValidPeriod).Contains(D("2017-08-05")));
        Assert.True(ValidPeriod.Always.IsExact);
    }

    [Fact]
    public void Equality_AndToString()
    {
        var a = new ValidPeriod(new PartialDate(2005, 7), null);
        Contracts.AssertEqualityContract(a, ValidPeriod.Since(new PartialDate(2005, 7)), new ValidPeriod(new PartialDate(2005), null));
        Assert.Equal("[2005-07, …)", a.ToString());
        Assert.Equal("[…, 2020-10-18)", ValidPeriod.Between(null, D("2020-10-18")).ToString());
    }

    [Fact]
    public void Overlaps_AdjacentPeriods_DoNotOverlap()
    {
        var observer = new ValidPeriod(new PartialDate(2005, 7), new PartialDate(2023, 7, 4));
        var member = ValidPeriod.Since(new PartialDate(2023, 7, 4));
        Assert.Equal(Certainty.No, observer.Overlaps(member));
    }

    [Fact]
    public void Overlaps_PartialShared_IsPossible()
    {
        var dialogue = new ValidPeriod(new PartialDate(2010), new PartialDate(2015));
        var observer = new ValidPeriod(new PartialDate(2015), new PartialDate(2024, 7, 4));
        Assert.Equal(Certainty.Possible, dialogue.Overlaps(observer));
    }

    // Builds a valid period by construction from random ends at random precisions.
    private static ValidPeriod Make(int startOffset, int length, int fromPrecision, int toPrecision, bool openFrom, bool openTo)
    {
        var start = new LocalDate(1990, 1, 1).PlusDays(startOffset % 12000);
        var end = start.PlusDays(1 + (length % 5000));
        PartialDate Partial(LocalDate d, int p) => (p % 3) switch { 0 => new PartialDate(d.Year), 1 => new PartialDate(d.Year, d.Month), _ => d };
        var from = openFrom ? (PartialDate?)null : Partial(start, fromPrecision);
        var to = openTo ? (PartialDate?)null : Partial(end, toPrecision);
        return ValidPeriod.IsValid(from, to) ? new ValidPeriod(from, to) : new ValidPeriod(from, null);
    }

    [Property(MaxTest = 500)]
    public bool Contains_CertainImpliesInsideNarrowAndPossibleInsideWide(NonNegativeInt s, NonNegativeInt l, byte fp, byte tp, bool of, bool ot, NonNegativeInt q)
    {
        var period = Make(s.Get, l.Get, fp, tp, of, ot);
        var day = new LocalDate(1989, 6, 1).PlusDays(q.Get % 20000);
        var c = period.Contains(day);
        return c switch
        {
            Certainty.Certain => period.Narrow.Contains(day) && period.Wide.Contains(day),
            Certainty.Possible => !period.Narrow.Contains(day) && period.Wide.Contains(day),
            _ => !period.Wide.Contains(day),
        };
    }

    [Property(MaxTest = 500)]
    public bool Overlaps_AgreesWithIntersectionOfReadings(NonNegativeInt s1, NonNegativeInt l1, NonNegativeInt s2, NonNegativeInt l2, byte p1, byte p2)
    {
        var a = Make(s1.Get, l1.Get, p1, p2, false, false);
        var b = Make(s2.Get, l2.Get, p2, p1, false, false);
        var o = a.Overlaps(b);
        var certain = !a.Narrow.Intersect(b.Narrow).IsEmpty;
        var possible = !a.Wide.Intersect(b.Wide).IsEmpty;
        return o == (certain ? Certainty.Certain : possible ? Certainty.Possible : Certainty.No) && (!certain || possible) && o == b.Overlaps(a);
    }

    [Property(MaxTest = 300)]
    public Property Contains_BoundaryDaysOfExactPeriods(NonNegativeInt s, PositiveInt l)
    {
        var from = new LocalDate(2000, 1, 1).PlusDays(s.Get % 9000);
        var to = from.PlusDays(l.Get % 3000 + 1);
        var p = ValidPeriod.Between(from, to);
        return (p.Contains(from.PlusDays(-1)) == Certainty.No && p.Contains(from) == Certainty.Certain &&
            p.Contains(to.PlusDays(-1)) == Certainty.Certain && p.Contains(to) == Certainty.No).ToProperty();
    }
}

public sealed class UnknownEndTests
{
    private static readonly LocalDate Published = new(2024, 5, 1);

    // A publication without listing dates: the designation started on some day on or before the publication.
    [Theory]
    [InlineData(2023, 1, 1, Certainty.Possible)]
    [InlineData(2024, 4, 30, Certainty.Possible)]
    [InlineData(2024, 5, 1, Certainty.Certain)]
    [InlineData(2026, 1, 1, Certainty.Certain)]
    public void Contains_StartOnOrBeforeAPublication(int y, int m, int d, Certainty expected) =>
        Assert.Equal(expected, ValidPeriod.Of(PeriodEnd.OnOrBefore(Published), PeriodEnd.Open).Contains(new LocalDate(y, m, d)));

    // Between two publications: absent from the one of 2022-02-25, present in the one of 2022-02-26.
    [Theory]
    [InlineData(2022, 2, 25, Certainty.No)]
    [InlineData(2022, 2, 26, Certainty.Certain)]
    [InlineData(2022, 2, 27, Certainty.Certain)]
    public void Contains_StartBetweenTwoPublications(int y, int m, int d, Certainty expected) =>
        Assert.Equal(expected, ValidPeriod.Of(PeriodEnd.Between(new LocalDate(2022, 2, 26), new LocalDate(2022, 2, 26)), PeriodEnd.Open).Contains(new LocalDate(y, m, d)));

    // A term whose end is unknown: certain on its first day, possible after, never "still in force".
    [Theory]
    [InlineData(2017, 8, 19, Certainty.No)]
    [InlineData(2017, 8, 20, Certainty.Certain)]
    [InlineData(2030, 1, 1, Certainty.Possible)]
    public void Contains_UnknownEndAfterAnExactStart(int y, int m, int d, Certainty expected) =>
        Assert.Equal(expected, ValidPeriod.Of(new PartialDate(2017, 8, 20), PeriodEnd.Unknown).Contains(new LocalDate(y, m, d)));

    [Fact]
    public void UnknownEnd_IsNotOpen()
    {
        var unknown = ValidPeriod.Of(PeriodEnd.OnOrBefore(Published), PeriodEnd.Open);
        var open = ValidPeriod.Always;

        Assert.NotEqual(open, unknown);
        Assert.Null(unknown.From);
        Assert.Equal(PeriodEndKind.Unknown, unknown.Start.Kind);
        Assert.False(unknown.IsExact);
        Assert.Equal("[..2024-05-01, …)", unknown.ToString());
    }

    [Theory]
    [InlineData("..2024-05-01")]
    [InlineData("2022-02-26..2022-03-01")]
    [InlineData("2005-07-05..")]
    [InlineData("..")]
    [InlineData("2014-03")]
    public void PeriodEnd_TextRoundTrips(string text)
    {
        Assert.True(PeriodEnd.TryParse(text, out var end));
        Assert.Equal(text, end.ToString());
    }

    [Theory]
    [InlineData("2024-05-01..2022-01-01")]
    [InlineData("2024-05..")]
    [InlineData("2024-05-01...")]
    [InlineData("x..")]
    public void PeriodEnd_RejectsBadText(string text) => Assert.False(PeriodEnd.TryParse(text, out _));

    [Fact]
    public void Of_EndCertainlyBeforeStart_Throws() =>
        Assert.Throws<ArgumentException>(() => ValidPeriod.Of(PeriodEnd.OnOrAfter(new LocalDate(2024, 1, 1)), PeriodEnd.OnOrBefore(new LocalDate(2023, 1, 1))));
}
