using NodaTime;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;

namespace Sanctions.Screening.Tests;

/// <summary>
/// Issue 16, names versioned: a name whose record a later publication closed is not screened as the primary name it was;
/// the former name a history import keeps in its place is.
/// </summary>
public sealed class DatedNamesTests
{
    private static readonly Instant Renamed = Instant.FromUtc(2022, 1, 5, 18, 51);

    private static Organization Cartel(bool keepFormer) => new(
        new PartyId("ofac:8237"),
        [
            new PartyName("JUAREZ CARTEL") { Recorded = RecordPeriod.Since(Renamed) },
            .. keepFormer ? [new PartyName("CARRILLO FUENTES ORGANIZATION", NameKind.FormerName) { Recorded = RecordPeriod.Since(Renamed) }] : Array.Empty<PartyName>(),
            new PartyName("CARRILLO FUENTES ORGANIZATION") { Recorded = new RecordPeriod(Instant.FromUtc(2021, 12, 2, 1, 41), Renamed) },
        ]);

    [Fact]
    public void Screen_OldNameWithClosedRecord_MatchesItsFormerNameNotThePrimaryItWas()
    {
        var match = Assert.Single(Screener.Build(Worlds.Of(Cartel(keepFormer: true))).Screen(new ScreeningQuery("Carrillo Fuentes Organization", Worlds.Day)));
        Assert.Equal(NameKind.FormerName, match.MatchedName.Kind);
        Assert.True(match.IsAlert, match.ToString());
    }

    [Fact]
    public void Screen_NameWithClosedRecordOnly_IsNotScreened() =>
        Assert.Empty(Screener.Build(Worlds.Of(Cartel(keepFormer: false))).Screen(new ScreeningQuery("Carrillo Fuentes Organization", Worlds.Day)));
}
