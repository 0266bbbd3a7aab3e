using System.Text.Json;
using NodaTime;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Serialization;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Cli.Tests.Commands;

// screen --batch: a row's birth date and nationality columns are qualifiers of its query. One that agrees with the listed person
// raises the row's score above the same name's without them; one that disagrees lowers it (recognised ISO codes only).
public sealed class ScreenBatchQualifierTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("sanctions-batch-qualifiers-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Theory]
    [InlineData("name,date_of_birth,nationality")]
    [InlineData("full_name,birth_date,country")]
    [InlineData("who,dob,citizen", "--column", "who", "--birth-date-column", "dob", "--country-column", "citizen")]
    public async Task Batch_QualifierColumns_RaiseTheScoreWhenTheyAgree_AndLowerItWhenTheyDisagree(string header, params string[] options)
    {
        var world = await WorldFile();
        var csv = Path.Combine(directory, "rows.csv");
        File.WriteAllLines(csv,
        [
            header,
            "Igor Sechyn,,",            // 1: the name alone
            "Igor Sechyn,1960-09-07,RU", // 2: both agree
            "Igor Sechyn,1960-09-07,",   // 3: the birth date agrees
            "Igor Sechyn,,RU",           // 4: the nationality agrees
            "Igor Sechyn,1975-03-01,FR", // 5: both disagree
            "Igor Sechyn,1975-03-01,",   // 6: the birth date disagrees
            "Igor Sechyn,,FR",           // 7: the nationality disagrees
        ]);

        var run = CliRunner.Run(["--data", world, "screen", "--batch", csv, "--on", "2024-05-01", "--min-score", "0", .. options]);

        Assert.Equal(0, run.ExitCode);
        var scores = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l =>
        {
            using var doc = JsonDocument.Parse(l);
            var match = Assert.Single(doc.RootElement.GetProperty("matches").EnumerateArray());
            Assert.Equal("p1", match.GetProperty("party").GetProperty("id").GetString());
            return match.GetProperty("score").GetDouble();
        }).ToArray();
        Assert.Equal(7, scores.Length);
        var alone = scores[0];
        Assert.InRange(alone, 0.5, 0.95); // room above and below
        Assert.All(scores[1..4], s => Assert.True(s > alone, $"an agreeing qualifier: {s} not above {alone} ({string.Join(", ", scores)})"));
        Assert.True(scores[1] > scores[2] && scores[1] > scores[3], $"both agreeing: {string.Join(", ", scores)}");
        Assert.All(scores[4..], s => Assert.True(s < alone, $"a disagreeing qualifier: {s} not below {alone} ({string.Join(", ", scores)})"));
    }

    // One person, designated from 2020: SECHIN with a birth date and a nationality.
    private async Task<string> WorldFile()
    {
        var b = new WorldBuilder();
        b.AddAuthority(new Authority(new AuthorityId("US-OFAC"), "OFAC", "US"));
        b.AddList(new SanctionsList(new ListId("us-sdn"), "SDN", new AuthorityId("US-OFAC")));
        b.AddParty(new Person(new PartyId("p1"), [new PartyName("SECHIN, Igor Ivanovich")], birthDates: [new PartialDate(1960, 9, 7)], nationalities: ["RU"]));
        b.AddDesignation(new Designation("d1", new PartyId("p1"), new ListId("us-sdn"), ValidPeriod.Since(new PartialDate(2020, 1, 1))));
        var path = Path.Combine(directory, "world.json");
        await WorldJson.WriteFileAsync(b.Build(), path, TestContext.Current.CancellationToken);
        return path;
    }
}
