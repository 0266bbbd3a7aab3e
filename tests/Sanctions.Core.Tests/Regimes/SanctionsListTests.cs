using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.Tests.Regimes;

public sealed class SanctionsListTests
{
    [Fact]
    public void Constructor_DefaultId_ThrowsNamingId()
    {
        var e = Assert.Throws<ArgumentException>(() => new SanctionsList(default, "SDN", new AuthorityId("US-OFAC")));
        Assert.Equal("id", e.ParamName);
        Assert.Equal("SDN", new SanctionsList(new ListId("sdn"), "SDN", new AuthorityId("US-OFAC")).ToString());
    }
}
