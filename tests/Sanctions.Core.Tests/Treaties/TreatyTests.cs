using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.Tests.Treaties;

public sealed class TreatyTests
{
    [Fact]
    public void Constructor_AndEquality()
    {
        Treaty Make(string? remarks) => new(new TreatyId("treaty:ru-ir-2001"), "Treaty on the Basis for Mutual Relations", new PartialDate(2001, 3, 12), remarks);
        Contracts.AssertEqualityContract(Make("ten years, then five-year renewals"), Make("ten years, then five-year renewals"), Make(null));
        Assert.Throws<ArgumentException>(() => new Treaty(default, "X"));
    }
}
