using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Text;
using Sanctions.Core.Serialization;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Tests.Serialization.Writing;

/// <summary>The writer formats dates and instants itself, in UTF-8; it must give exactly the text of the model and of NodaTime.</summary>
public sealed class WorldWriterTests
{
    private static readonly InstantPattern ExtendedIso = InstantPattern.ExtendedIso;

    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property FormatDate_GivesPartialDateToString() => Prop.ForAll(
        Arb.From(
            from year in Gen.Choose(1, 9999)
            from month in Gen.Choose(0, 12)
            from day in Gen.Choose(0, 28)
            select month == 0 ? new PartialDate(year) : day == 0 ? new PartialDate(year, month) : new PartialDate(year, month, day)),
        date =>
        {
            Span<byte> utf8 = stackalloc byte[10];
            var length = WorldWriter.FormatDate(date, utf8);
            return Encoding.UTF8.GetString(utf8[..length]) == date.ToString();
        });

    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property TryFormatInstant_GivesNodaTimesExtendedIsoText() => Prop.ForAll(
        Arb.From(
            from seconds in Gen.Choose(int.MinValue, int.MaxValue)
            from scale in Gen.Elements(0L, 1L, 100L, 1_000_000L, 123_456_789L, 500_000_000L)
            from nanos in Gen.Choose(0, 999_999_999)
            select Instant.FromUnixTimeSeconds(seconds * 40L).PlusNanoseconds(scale == 0 ? 0 : nanos / scale * scale % 1_000_000_000)),
        instant =>
        {
            Span<byte> utf8 = stackalloc byte[32];
            // Years before 1 (the generator reaches back to about -750) are left to NodaTime.
            return WorldWriter.TryFormatInstant(instant, utf8, out var length)
                ? Encoding.UTF8.GetString(utf8[..length]) == ExtendedIso.Format(instant)
                : instant.InUtc().Year < 1;
        });

    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property IsoInstantTryParse_ReadsBackWhatNodaTimeWrites() => Prop.ForAll(
        Arb.From(
            from seconds in Gen.Choose(0, int.MaxValue)
            from nanos in Gen.Elements(0, 1, 500_000_000, 123_456_789, 999_999_999, 120_000)
            select Instant.FromUnixTimeSeconds(seconds * 4L).PlusNanoseconds(nanos)),
        instant => IsoInstant.TryParse(ExtendedIso.Format(instant), out var parsed) && parsed == instant);

    // Whatever the fast path accepts, NodaTime accepts with the same value; what it declines is left to NodaTime.
    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public Property IsoInstantTryParse_NeverDisagreesWithNodaTime() => Prop.ForAll(
        Arb.From(
            from baseText in Gen.Elements("2018-04-06T00:00:00Z", "2024-02-29T23:59:59.5Z", "1999-12-31T12:30:45.123456789Z")
            from position in Gen.Choose(0, 29)
            from replacement in Gen.Elements('0', '1', '2', '3', '9', '-', ':', 'T', 'Z', '.', ',', ' ', 'x')
            from drop in Gen.Elements(false, true)
            select position >= baseText.Length ? baseText : drop ? baseText.Remove(position, 1) : baseText.Remove(position, 1).Insert(position, replacement.ToString())),
        text =>
        {
            var noda = ExtendedIso.Parse(text);
            return !IsoInstant.TryParse(text, out var fast) || (noda.Success && noda.Value == fast);
        });

    [Theory]
    [InlineData("2018-04-06T00:00:00Z")]
    [InlineData("2025-09-28T00:00:00.5Z")]
    [InlineData("1970-01-01T00:00:00.000000001Z")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59.999999999Z")]
    public void TryFormatInstant_Edges_MatchNodaTime(string text)
    {
        var instant = ExtendedIso.Parse(text).Value;
        Span<byte> utf8 = stackalloc byte[32];

        Assert.True(WorldWriter.TryFormatInstant(instant, utf8, out var length));
        Assert.Equal(text, Encoding.UTF8.GetString(utf8[..length]));
    }

    [Fact]
    public void TryFormatInstant_YearBeforeOne_LeavesItToNodaTime()
    {
        var instant = Instant.FromUtc(1, 1, 1, 0, 0) - Duration.FromDays(1);
        Span<byte> utf8 = stackalloc byte[32];

        Assert.False(WorldWriter.TryFormatInstant(instant, utf8, out _));
    }
}
