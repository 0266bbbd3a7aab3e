using Sanctions.Core.Compliance;
using Xunit;

namespace Sanctions.Core.Tests.Compliance;

public sealed class JurisdictionMapTests
{
    [Theory]
    [InlineData("US", "US,UN")]
    [InlineData("eu", "EU,UN")]
    [InlineData("UK", "UK,UN")]
    [InlineData("UN", "UN")]
    [InlineData("CH", "CH,UN")]
    public void BindingFor_DefaultMap_BindsOwnAuthoritiesAndTheUn(string caller, string expected)
    {
        var binding = JurisdictionMap.Default.BindingFor(caller);

        Assert.Equal(expected.Split(','), binding.BoundBy);
        Assert.False(string.IsNullOrWhiteSpace(binding.Source));
    }

    [Fact]
    public void BindingJurisdictions_SeveralCallers_IsTheUnionInFirstSeenOrder()
    {
        Assert.Equal(["UN", "US", "EU"], JurisdictionMap.Default.BindingJurisdictions(["UN", "US", "EU"]));
    }

    [Fact]
    public void Construction_SameCallerTwice_Throws()
    {
        Assert.Throws<ArgumentException>(() => new JurisdictionMap([new JurisdictionBinding("US", [], "a"), new JurisdictionBinding("us", ["UN"], "b")]));
    }

    [Fact]
    public void JurisdictionBinding_OwnCodeMissing_IsAddedFirst()
    {
        var binding = new JurisdictionBinding("ch", ["un"], "source");

        Assert.Equal(["CH", "UN"], binding.BoundBy);
    }
}
