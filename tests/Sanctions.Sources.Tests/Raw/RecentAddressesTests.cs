using FsCheck;
using FsCheck.Fluent;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Tests.Raw;

// Issue 16, the 18k import's allocations: the OFAC XML reader gives an address it made lately again instead of a new one. The
// cache decides only which instance is returned: the address always has the values asked for.
public sealed class RecentAddressesTests
{
    // Few values, so that addresses differing in one field alone (by case or a space) meet in one slot often.
    private static readonly string?[] Values = [null, "Tehran", "tehran", "Tehran "];

    // Against a model (the slot each lookup takes, with the address it holds): a lookup returns an address equal to its values,
    // the very one made before when an equal address is still in the slot, and a new one otherwise; equal values asked again at
    // once always get the same instance.
    [Fact]
    public void Get_ReturnsTheValuesAsked_TheInstanceMadeBeforeWhileCached() =>
        Prop.ForAll(
            Gen.Elements(1, 2, 16, 1024).ToArbitrary(),
            Gen.ListOf(Gen.Elements(Values).SelectMany(variant => Gen.ArrayOf(Gen.Elements(null, "Tehran", variant), 6))).ToArbitrary(),
            (size, lookups) =>
            {
                var cache = new RecentAddresses(size);
                var made = new List<EntryAddress>();
                foreach (var v in lookups)
                {
                    var expected = new EntryAddress(Copy(v[0]), Copy(v[1]), Copy(v[2]), Copy(v[3]), Copy(v[4]), Copy(v[5]));
                    var got = cache.Get(Copy(v[0]), Copy(v[1]), Copy(v[2]), Copy(v[3]), Copy(v[4]), Copy(v[5]));
                    var again = cache.Get(v[0], v[1], v[2], v[3], v[4], v[5]);
                    if (!got.Equals(expected) || !ReferenceEquals(got, again))
                    {
                        return false;
                    }

                    made.Add(got);
                }

                // Instances are shared only between equal addresses.
                return made.All(a => made.All(b => !ReferenceEquals(a, b) || a.Equals(b)));
            }).QuickCheckThrowOnFailure();

    // Two addresses that differ in any one value, even by case or a space, are never the same instance.
    [Fact]
    public void Get_ValuesDifferingInOneField_AreDifferentAddresses()
    {
        var cache = new RecentAddresses(1);
        var first = cache.Get("Street 1", "Tehran", null, null, "Iran", null);
        Assert.NotSame(first, cache.Get("Street 1", "tehran", null, null, "Iran", null));
        Assert.NotSame(first, cache.Get("Street 1", "Tehran", null, null, "Iran", "note"));
        Assert.Equal(new EntryAddress("Street 1", "Tehran", null, null, "Iran", null), cache.Get("Street 1", "Tehran", null, null, "Iran", null));
    }

    private static string? Copy(string? value) => value is null ? null : new string(value.AsSpan());
}
