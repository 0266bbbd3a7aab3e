using NodaTime;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Tests.Temporal;

public sealed class DateRangeTests
{
    private static readonly LocalDate A = new(2020, 1, 1);
    private static readonly LocalDate B = new(2020, 6, 1);
    private static readonly LocalDate C = new(2021, 1, 1);

    [Fact]
    public void Intersect_OverlappingRanges_GivesSharedDays()
    {
        var shared = new DateRange(A, C).Intersect(new DateRange(B, null));
        Assert.Equal(new DateRange(B, C), shared);
        Assert.True(new DateRange(A, C).Overlaps(new DateRange(B, null)));
    }

    [Fact]
    public void Intersect_AdjacentRanges_IsEmpty()
    {
        Assert.True(new DateRange(A, B).Intersect(new DateRange(B, C)).IsEmpty);
        Assert.False(new DateRange(A, B).Overlaps(new DateRange(B, C)));
    }

    [Fact]
    public void Contains_OpenEnds_AndToString()
    {
        Assert.True(DateRange.All.Contains(LocalDate.MaxIsoValue));
        Assert.False(new DateRange(A, B).Contains(B));
        Assert.Equal("[2020-01-01, …)", new DateRange(A, null).ToString());
    }
}
