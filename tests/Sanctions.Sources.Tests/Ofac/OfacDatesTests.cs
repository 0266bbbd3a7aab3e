using Sanctions.Sources.Ofac;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Tests.Ofac;

public sealed class OfacDatesTests
{
    [Theory]
    [InlineData("28 Jul 1963", 1963, 7, 28)]
    [InlineData("Jul 1963", 1963, 7, null)]
    [InlineData("1963", 1963, null, null)]
    [InlineData("1963-07-28", 1963, 7, 28)]
    [InlineData("07/28/1963", 1963, 7, 28)]
    public void TryParse_SingleDate_KeepsGivenPrecision(string text, int year, int? month, int? day)
    {
        Assert.True(OfacDates.TryParse(text, out var range));
        Assert.Equal(new SourceDate(year, month, day), range.From);
        Assert.Null(range.To);
        Assert.False(range.Approximate);
    }

    [Fact]
    public void TryParse_Circa_IsApproximate()
    {
        Assert.True(OfacDates.TryParse("circa 01 Jan 1960", out var range));
        Assert.True(range.Approximate);
        Assert.Equal(new SourceDate(1960, 1, 1), range.From);
    }

    [Theory]
    [InlineData("1960 to 1962", false)]
    [InlineData("circa 1960-1962", true)]
    public void TryParse_YearRange_GivesBothEnds(string text, bool approximate)
    {
        Assert.True(OfacDates.TryParse(text, out var range));
        Assert.Equal(new SourceDate(1960), range.From);
        Assert.Equal(new SourceDate(1962), range.To);
        Assert.Equal(approximate, range.Approximate);
    }

    [Fact]
    public void TryParse_MonthRange_GivesMonthPrecision()
    {
        Assert.True(OfacDates.TryParse("Mar 1950 to Feb 1951", out var range));
        Assert.Equal(new SourceDate(1950, 3), range.From);
        Assert.Equal(new SourceDate(1951, 2), range.To);
    }

    [Theory]
    [InlineData("")]
    [InlineData("31 Feb 1960")]
    [InlineData("sometime in 1960")]
    [InlineData("13/45/1960")]
    public void TryParse_NotADate_ReturnsFalse(string text) => Assert.False(OfacDates.TryParse(text, out _));
}
