using System.Collections.Immutable;
using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.Tests;

public sealed class ProvenanceTests
{
    [Fact]
    public void ToString_SourceRecordAndVerification()
    {
        Assert.Equal("seed-world#A09", new Provenance("seed-world", "A09").ToString());
        Assert.Equal("seed-world#A25c (unverified)", new Provenance("seed-world", "A25c", isVerified: false).ToString());
        Assert.Throws<ArgumentException>(() => new Provenance(""));
    }

    [Fact]
    public void Equality_Structural()
    {
        Contracts.AssertEqualityContract(new Provenance("s", "r", published: Instant.FromUtc(2018, 4, 6, 0, 0)), new Provenance("s", "r", published: Instant.FromUtc(2018, 4, 6, 0, 0)), new Provenance("s", "r"));
    }
}
