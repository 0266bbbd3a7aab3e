using NodaTime;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Tests.Temporal;

public sealed class RecordPeriodTests
{
    private static readonly Instant Morning = Instant.FromUtc(2018, 4, 5, 8, 0);
    private static readonly Instant Evening = Instant.FromUtc(2018, 4, 6, 18, 0);

    [Fact]
    public void Contains_HalfOpen_BoundaryInstants()
    {
        var record = new RecordPeriod(Morning, Evening);
        Assert.False(record.Contains(Morning - Duration.Epsilon));
        Assert.True(record.Contains(Morning));
        Assert.True(record.Contains(Evening - Duration.Epsilon));
        Assert.False(record.Contains(Evening));
    }

    [Fact]
    public void IsVisibleAt_WithoutInstant_OnlyOpenRecords()
    {
        Assert.True(RecordPeriod.Since(Morning).IsVisibleAt(null));
        Assert.False(new RecordPeriod(Morning, Evening).IsVisibleAt(null));
        Assert.True(RecordPeriod.Always.IsVisibleAt(Morning));
        Assert.True(RecordPeriod.Always.IsCurrent);
    }

    [Fact]
    public void Constructor_EndNotAfterStart_ThrowsNamingTo()
    {
        var e = Assert.Throws<ArgumentException>(() => new RecordPeriod(Evening, Morning));
        Assert.Equal("to", e.ParamName);
        Assert.Throws<ArgumentException>(() => new RecordPeriod(Morning, Morning));
    }

    [Fact]
    public void ClosedAt_KeepsStart()
    {
        var closed = RecordPeriod.Since(Morning).ClosedAt(Evening);
        Contracts.AssertEqualityContract(closed, new RecordPeriod(Morning, Evening), RecordPeriod.Since(Morning));
        Assert.Equal("[2018-04-05T08:00:00Z, 2018-04-06T18:00:00Z)", closed.ToString());
    }
}
