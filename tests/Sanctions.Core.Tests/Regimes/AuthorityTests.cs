using System.Collections.Immutable;
using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.Tests.Regimes;

public sealed class AuthorityTests
{
    [Theory]
    [InlineData("US", true)]
    [InlineData("us", true)]
    [InlineData("US-OFAC", true)]
    [InlineData("US-OF", false)]
    [InlineData("EU", false)]
    public void IsCoveredBy_CoarseCodeIncludesFinerOnes(string code, bool expected)
    {
        Assert.Equal(expected, new Authority(new AuthorityId("US-OFAC"), "Office of Foreign Assets Control").IsCoveredBy(code));
    }

    [Fact]
    public void Jurisdiction_DefaultsToPrefix()
    {
        Assert.Equal("US", new Authority(new AuthorityId("US-OFAC"), "OFAC").Jurisdiction);
        Assert.Equal("EU", new Authority(new AuthorityId("EU"), "Council of the EU").Jurisdiction);
    }
}
