using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sanctions.Sources.Ofac;

namespace Sanctions.Sources.Tests.Ofac;

/// <summary>The set of <c>ent_num</c>s a primary file gave: the same answers as a hash set, for small and huge numbers alike.</summary>
public sealed class EntNumSetTests
{
    [Property(MaxTest = 200)]
    public Property AddAndContains_AnyNumbers_AnswerAsAHashSet() =>
        Prop.ForAll(Numbers().ArrayOf().ToArbitrary(), Numbers().ArrayOf().ToArbitrary(), (added, asked) =>
        {
            var set = new EntNumSet();
            var expected = new HashSet<int>();
            var sameAdds = added.All(n => set.Add(n) == expected.Add(n));
            return sameAdds && added.Concat(asked).All(n => set.Contains(n) == expected.Contains(n));
        });

    [Fact]
    public void Add_NumbersAtTheLimits_KeptApart()
    {
        var set = new EntNumSet();

        Assert.True(set.Add(EntNumSet.BitLimit - 1));
        Assert.True(set.Add(EntNumSet.BitLimit));
        Assert.True(set.Add(int.MaxValue));
        Assert.True(set.Add(0));
        Assert.False(set.Add(EntNumSet.BitLimit));
        Assert.False(set.Add(0));
        Assert.False(set.Contains(EntNumSet.BitLimit + 1));
        Assert.False(set.Contains(1));
    }

    // Small numbers (as lists give), numbers around the bitmap's limit, and any non-negative number (as a file may give).
    private static Gen<int> Numbers() =>
        Gen.OneOf(Gen.Choose(0, 70_000), Gen.Choose(EntNumSet.BitLimit - 100, EntNumSet.BitLimit + 100), Gen.Choose(0, int.MaxValue));
}
