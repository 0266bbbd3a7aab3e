using NodaTime;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Tests.Temporal;

public sealed class TimelineTests
{
    private static readonly Timeline<string> Iran = Timeline<string>.Create(
    [
        new(ValidPeriod.Since(new LocalDate(2023, 7, 4)), "member"),
        new(new ValidPeriod(new PartialDate(2005, 7), new LocalDate(2023, 7, 4)), "observer"),
    ]);

    [Fact]
    public void Create_SortsEntriesByStart()
    {
        Assert.Equal(["observer", "member"], Iran.Entries.Select(e => e.Value));
    }

    [Fact]
    public void At_OnTheDayStatusChanges_ReturnsNewValue()
    {
        Assert.Equal(new DatedAnswer<string>("member", Certainty.Certain), Iran.At(new LocalDate(2023, 7, 4)));
        Assert.Equal(new DatedAnswer<string>("observer", Certainty.Certain), Iran.At(new LocalDate(2023, 7, 3)));
        Assert.Equal(new DatedAnswer<string>("observer", Certainty.Possible), Iran.At(new LocalDate(2005, 7, 2)));
        Assert.Null(Iran.At(new LocalDate(2005, 6, 30)));
    }

    [Fact]
    public void Changes_BetweenDates_EndsBeforeStarts()
    {
        var changes = Iran.Changes(new LocalDate(2017, 1, 1), new LocalDate(2024, 1, 1));
        Assert.Equal(
            [new(new LocalDate(2023, 7, 4), TimelineChangeKind.End, "observer"), new TimelineChange<string>(new LocalDate(2023, 7, 4), TimelineChangeKind.Start, "member")],
            changes);
        Assert.Empty(Iran.Changes(new LocalDate(2023, 7, 4), new LocalDate(2024, 1, 1)));
    }

    [Fact]
    public void Create_CertainOverlap_Throws()
    {
        Assert.Throws<ArgumentException>(() => Timeline<string>.Create(
        [
            new(ValidPeriod.Between(new LocalDate(2000, 1, 1), new LocalDate(2010, 1, 1)), "a"),
            new(ValidPeriod.Since(new LocalDate(2009, 1, 1)), "b"),
        ]));
    }
}
