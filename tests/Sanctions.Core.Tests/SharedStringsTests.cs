using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Tests.Raw;

public sealed class SharedStringsTests
{
    /// <summary>Short values from a small alphabet, so that a run repeats values and (with few slots) makes them collide.</summary>
    private static Arbitrary<string[]> Values() =>
        Gen.Elements("", "a", "b", "ab", "ba", "IRAN", "SDGT", "Russia", "strong", "a.k.a.", new string('x', SharedStrings.MaxLength), new string('y', SharedStrings.MaxLength + 1))
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
                return ReferenceEquals(first, second) == (v.Length <= SharedStrings.MaxLength);
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
    public void Get_Empty_ReturnsEmpty() => Assert.Same(string.Empty, new SharedStrings().Get([]));
}
