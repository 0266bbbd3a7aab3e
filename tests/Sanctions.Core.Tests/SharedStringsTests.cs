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

    /// <summary>Values of any length up to past the longest shared, from an alphabet small enough to repeat and to differ in one character.</summary>
    private static Arbitrary<string[]> RandomValues() =>
        Gen.Choose(0, SharedStrings.DefaultMaxLength + 4)
            .SelectMany(length => Gen.Elements('a', 'b', 'Ж', ' ', '1').ArrayOf(length).Select(chars => new string(chars)))
            .ArrayOf().ToArbitrary();

    // The cache against a model of it: a table of slots by Index, each holding the last string given or made for it. A lookup
    // returns the slot's string when equal, else a new string (or, for Share, the one given) that takes the slot; whatever
    // collides (one slot: everything does), the text is always the value's.
    [Property(MaxTest = 500)]
    public Property GetAndShare_AnyValues_BehaveAsTheSlotModel()
    {
        return Prop.ForAll(RandomValues(), Gen.Elements(1, 2, 4, 2048).ToArbitrary(), (values, slots) =>
        {
            var cache = new SharedStrings(slots);
            var model = new Dictionary<int, string>();
            var ok = true;
            for (var i = 0; i < values.Length; i++)
            {
                var value = values[i];
                var share = i % 3 == 2;
                var given = new string(value.AsSpan());
                var result = share ? cache.Share(given) : cache.Get(value.AsSpan());
                ok &= result == value;
                if (value.Length == 0)
                {
                    ok &= share ? ReferenceEquals(result, given) : ReferenceEquals(result, string.Empty);
                    continue;
                }

                if (value.Length > cache.MaxLength)
                {
                    ok &= !share || ReferenceEquals(result, given);
                    continue;
                }

                var slot = cache.Index(value.AsSpan());
                if (model.TryGetValue(slot, out var held) && held == value)
                {
                    ok &= ReferenceEquals(result, held);
                }
                else
                {
                    ok &= share ? ReferenceEquals(result, given) : !ReferenceEquals(result, held);
                    model[slot] = result;
                }
            }

            return ok;
        });
    }

    [Property(MaxTest = 300)]
    public Property Index_EqualValues_SameSlot_InRange()
    {
        return Prop.ForAll(RandomValues(), Gen.Elements(1, 3, 64, 2048).ToArbitrary(), (values, slots) =>
        {
            var cache = new SharedStrings(slots);
            return values.All(v => cache.Index(v.AsSpan()) == cache.Index(new string(v.AsSpan()).AsSpan())
                && cache.Index(v.AsSpan()) >= 0 && cache.Index(v.AsSpan()) < System.Numerics.BitOperations.RoundUpToPowerOf2((uint)slots));
        });
    }

    // The values a list repeats on every entry spread over the slots: values that differ in one character anywhere (the
    // middle of a date, the end of an id) do not all fall into one slot.
    [Fact]
    public void Index_ValuesDifferingInOneCharacter_Spread()
    {
        var cache = new SharedStrings();
        foreach (var template in new[] { "2014-03-17", "Passport A1234567", "Executive Order 13224 (Terrorism)", "IRAN" })
        {
            for (var at = 0; at < template.Length; at++)
            {
                var slotsUsed = new HashSet<int>();
                foreach (var c in "0123456789ABCDEF")
                {
                    var chars = template.ToCharArray();
                    chars[at] = c;
                    slotsUsed.Add(cache.Index(chars));
                }

                Assert.True(slotsUsed.Count >= 12, $"'{template}' varied at {at}: {slotsUsed.Count} slots for 16 values");
            }
        }
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
