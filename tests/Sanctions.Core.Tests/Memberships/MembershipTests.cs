using System.Collections.Immutable;
using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.Tests.Memberships;

public sealed class MembershipTests
{
    [Fact]
    public void Status_IsNormalised()
    {
        Assert.Equal(MembershipStatus.DialoguePartner, new MembershipStatus("  Dialogue   PARTNER "));
        Assert.Equal("dialogue partner", MembershipStatus.DialoguePartner.ToString());
        Assert.Throws<ArgumentException>(() => new MembershipStatus(" "));
    }

    [Fact]
    public void Constructor_DefaultStatus_ThrowsNamingStatus()
    {
        var e = Assert.Throws<ArgumentException>(() => new Membership(new PartyId("iso:IR"), new PartyId("org:SCO"), default, ValidPeriod.Always));
        Assert.Equal("status", e.ParamName);
    }

    [Fact]
    public void ToString_MemberStatusOrganisationPeriod()
    {
        var m = new Membership(new PartyId("iso:IR"), new PartyId("org:SCO"), MembershipStatus.Observer, new ValidPeriod(new PartialDate(2005, 7), new LocalDate(2023, 7, 4)));
        Assert.Equal("iso:IR observer of org:SCO [2005-07, 2023-07-04)", m.ToString());
        Assert.Equal(m, m with { });
    }
}
