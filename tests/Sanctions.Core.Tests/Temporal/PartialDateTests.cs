using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Tests.Temporal;

public sealed partial class PartialDateTests
{
    [Theory]
    [InlineData("2014", 2014, null, null, DatePrecision.Year, "2014-01-01", "2014-12-31")]
    [InlineData("2005-07", 2005, 7, null, DatePrecision.Month, "2005-07-01", "2005-07-31")]
    [InlineData("2024-02", 2024, 2, null, DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2014-03-17", 2014, 3, 17, DatePrecision.Day, "2014-03-17", "2014-03-17")]
    public void Parse_ValidText_GivesComponentsAndRange(string text, int year, int? month, int? day, DatePrecision precision, string earliest, string latest)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal(year, date.Year);
        Assert.Equal(month, date.Month);
        Assert.Equal(day, date.Day);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(earliest, date.Earliest.ToString("uuuu-MM-dd", null));
        Assert.Equal(latest, date.Latest.ToString("uuuu-MM-dd", null));
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("14")]
    [InlineData("2014-3")]
    [InlineData("2014-13")]
    [InlineData("2014-00")]
    [InlineData("2023-02-29")]
    [InlineData("2014/03/17")]
    [InlineData("0000")]
    [InlineData("2014-03-17T00:00")]
    [InlineData(" 2014")]
    public void Parse_InvalidText_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
        Assert.False(PartialDate.TryParse(text, out _));
    }

    [Fact]
    public void Constructor_DayNotInMonth_ThrowsNamingDay()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2023, 2, 29));
        Assert.Equal("day", e.ParamName);
    }

    [Fact]
    public void Constructor_MonthOutOfRange_ThrowsNamingMonth()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2023, 13));
        Assert.Equal("month", e.ParamName);
    }

    [Fact]
    public void Equality_SamePrecisionAndComponents_AreEqual()
    {
        Contracts.AssertEqualityContract(new PartialDate(2014, 3), PartialDate.Parse("2014-03"), new PartialDate(2014, 3, 1));
        Assert.True(new PartialDate(2014) == PartialDate.Parse("2014"));
        Assert.True(new PartialDate(2014) != new PartialDate(2014, 1, 1));
    }

    [Fact]
    public void CompareTo_SameEarliestDay_FinerSortsFirst()
    {
        Contracts.AssertOrdering(new PartialDate(2014, 1, 1), new PartialDate(2014));
        Contracts.AssertOrdering(new PartialDate(2013, 12, 31), new PartialDate(2014));
        Assert.True(new PartialDate(2014, 3) < new PartialDate(2014, 4));
    }

    [Fact]
    public void Covers_PartialDate_IsPossibleInsideAndNoOutside()
    {
        var july = new PartialDate(2005, 7);
        Assert.Equal(Certainty.Possible, july.Covers(new LocalDate(2005, 7, 1)));
        Assert.Equal(Certainty.Possible, july.Covers(new LocalDate(2005, 7, 31)));
        Assert.Equal(Certainty.No, july.Covers(new LocalDate(2005, 8, 1)));
        Assert.Equal(Certainty.Certain, new PartialDate(2005, 7, 9).Covers(new LocalDate(2005, 7, 9)));
    }

    [Fact]
    public void Default_IsYearOne()
    {
        Assert.Equal(new PartialDate(1), default);
        Assert.Equal("0001", default(PartialDate).ToString());
    }

    [Property(MaxTest = 300)]
    public bool ToStringThenParse_RoundTrips(PositiveInt yearSeed, byte monthSeed, byte daySeed, byte precision)
    {
        var year = 1900 + (yearSeed.Get % 200);
        var month = 1 + (monthSeed % 12);
        var day = 1 + (daySeed % DateTime.DaysInMonth(year, month));
        var date = (precision % 3) switch
        {
            0 => new PartialDate(year),
            1 => new PartialDate(year, month),
            _ => new PartialDate(year, month, day),
        };
        return PartialDate.Parse(date.ToString()) == date && date.Earliest <= date.Latest;
    }

    [Property(MaxTest = 300)]
    public Property FromDate_IsExactAndCoversOnlyThatDay(PositiveInt offset)
    {
        var date = new LocalDate(1950, 1, 1).PlusDays(offset.Get % 40000);
        PartialDate partial = date;
        return (partial.IsExact && partial.Earliest == date && partial.Latest == date && partial.Covers(date.PlusDays(1)) == Certainty.No).ToProperty();
    }
}
