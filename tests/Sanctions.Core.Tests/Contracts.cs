namespace Sanctions.Core.Tests;

// Checks a whole equality contract in one call, as NodaTime's tests do.
internal static class Contracts
{
    public static void AssertEqualityContract<T>(T value, T equal, T different)
        where T : IEquatable<T>
    {
        Assert.True(value.Equals(equal), $"{value} should equal {equal}");
        Assert.True(equal.Equals(value), "equality should be symmetric");
        Assert.False(value.Equals(different), $"{value} should differ from {different}");
        Assert.Equal(value.GetHashCode(), equal.GetHashCode());
        Assert.True(value.Equals((object)equal));
        Assert.False(value.Equals((object?)null));
        Assert.False(value.Equals((object)"another type"));
    }

    public static void AssertOrdering<T>(T smaller, T larger)
        where T : IComparable<T>
    {
        Assert.True(smaller.CompareTo(larger) < 0, $"{smaller} should sort before {larger}");
        Assert.True(larger.CompareTo(smaller) > 0, $"{larger} should sort after {smaller}");
        Assert.Equal(0, smaller.CompareTo(smaller));
    }
}
