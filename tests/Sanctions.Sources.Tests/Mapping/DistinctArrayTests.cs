using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sanctions.Sources.Mapping;

namespace Sanctions.Sources.Tests.Mapping;

public sealed class DistinctArrayTests
{
    [Property(MaxTest = 300)]
    public Property ToImmutable_AnyValuesAndCapacity_IsEnumerableDistinct()
    {
        // Few distinct values and long lists, so that repeats, the linear search and the hash set past 16 items all occur.
        var values = Gen.Choose(0, 40).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ListOf().ToArbitrary();
        return Prop.ForAll(values, Gen.Choose(0, 50).ToArbitrary(), (list, capacity) =>
        {
            var distinct = new DistinctArray<string>(capacity);
            distinct.AddRange(list);
            var count = distinct.Count;
            var array = distinct.ToImmutable();
            return !array.IsDefault && array.SequenceEqual(list.Distinct()) && count == array.Length && distinct.ToImmutable().IsEmpty;
        });
    }

    [Fact]
    public void ToImmutable_ThenAdd_StartsANewSetAndLeavesTheArrayGiven()
    {
        var distinct = new DistinctArray<string>(2);
        distinct.Add("a");
        distinct.Add("b");
        var first = distinct.ToImmutable();
        distinct.Add("c");

        Assert.Equal(["a", "b"], first);
        Assert.Equal(["c"], distinct.ToImmutable());
    }
}
