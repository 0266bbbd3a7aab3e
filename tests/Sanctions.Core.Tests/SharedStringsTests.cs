using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Sanctions.Core.Tests;

public sealed class SharedStringsTests
{
    /// <summary>Short values from a small alphabet, so that a run repeats values and (with few slots) makes them collide.</summary>
    private static Arbitrary<string[]> Values() =>
        Gen.Elements("", "a", "b", "ab", "ba", "IRAN", "SDGT", "Russia", "strong", "a.k.a.", "Ирáн", "2014-03-17", "2014-03-21",
                new string('x', SharedStrings.DefaultMaxLength), new string('y', SharedStrings.DefaultMaxLength + 1))
            .ArrayOf().ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Get_AnyValues_ReturnsEqualStrings()
    {
        return Prop.ForAll(Values(), Gen.Elements(1, 2, 3, 64).ToArbitrary(), (values, slots) =>
        {
            var cache = new SharedStrings(slots);
            return values.All(v => cache.Get(v.AsSpan()) == v);
        });
    }

    [Property(MaxTest = 300)]
    public Property Get_ValueJustSeen_ReturnsTheSameInstanceWhenShort()
    {
        return Prop.ForAll(Values(), Gen.Elements(1, 2, 64).ToArbitrary(), (values, slots) =>
        {
            var cache = new SharedStrings(slots);
            return values.All(v =>
            {
                var first = cache.Get(v.AsSpan());
                var second = cache.Get(new string(v).AsSpan());
                return ReferenceEquals(first, second) == (v.Length <= cache.MaxLength);
            });
        });
    }

    // The UTF-8 lookup, as the JSON reader uses it: a miss decodes and adds, a hit returns the added instance; either way the
    // text equals the bytes' decoding, whatever collides (one slot) and however the character lookup used the same cache.
    [Property(MaxTest = 300)]
    public Property TryGetAndAdd_AnyValues_ReturnEqualStrings_AndTheSameInstanceRightAfter()
    {
        return Prop.ForAll(Values(), Gen.Elements(1, 2, 64).ToArbitrary(), Gen.Elements(8, 48).ToArbitrary(), (values, slots, maxLength) =>
        {
            var cache = new SharedStrings(slots, maxLength);
            return values.All(v =>
            {
                var utf8 = Encoding.UTF8.GetBytes(v);
                var first = cache.TryGet(utf8, out var hit) ? hit : cache.Add(utf8, Encoding.UTF8.GetString(utf8));
                var again = cache.TryGet(utf8, out var second);
                _ = cache.Get(v.AsSpan()); // a character lookup in between never makes a later byte lookup wrong
                return first == v && again == (utf8.Length <= maxLength) && (!again || ReferenceEquals(first, second));
            });
        });
    }

    [Fact]
    public void Get_CollidingValues_EachKeepsItsOwnText()
    {
        // One slot: every value collides with the one before.
        var cache = new SharedStrings(1);
        var iran = cache.Get("IRAN");
        var sdgt = cache.Get("SDGT");
        var again = cache.Get("IRAN");
        Assert.Equal("IRAN", iran);
        Assert.Equal("SDGT", sdgt);
        Assert.Equal("IRAN", again);
        Assert.NotSame(iran, again);
        Assert.Same(again, cache.Get("IRAN"));
    }

    [Fact]
    public void TryGet_CollidingUtf8Values_MissesTheEvictedOne()
    {
        var cache = new SharedStrings(1);
        cache.Add("IRAN"u8, "IRAN");
        cache.Add("SDGT"u8, "SDGT");
        Assert.False(cache.TryGet("IRAN"u8, out _));
        Assert.True(cache.TryGet("SDGT"u8, out var sdgt));
        Assert.Equal("SDGT", sdgt);
    }

    [Fact]
    public void Get_Empty_ReturnsEmpty() => Assert.Same(string.Empty, new SharedStrings().Get([]));
}
