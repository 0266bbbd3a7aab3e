using FsCheck.Fluent;
using Sanctions.Core.Serialization;
using Sanctions.Core.World;
using Xunit;

namespace Sanctions.Core.Tests.Serialization;

public sealed partial class WorldJsonTests
{
    public static TheoryData<string> Worlds => ["empty", "small", "full"];

    private static SanctionsWorld World(string name) => name switch
    {
        "empty" => SerializationTestWorlds.Empty(),
        "small" => SerializationTestWorlds.Small(),
        _ => SerializationTestWorlds.Full(),
    };

    [Theory]
    [MemberData(nameof(Worlds))]
    public void Serialize_ThenDeserialize_GivesAnEqualWorldInBothForms(string name) => WorldRoundTrip.AssertRoundTrips(World(name));

    // The reader shares one array between consecutive records that carry the same programs, measures, basis or
    // nationalities: records whose lists differ in any way, or by one item, still read back as written.
    [FsCheck.Xunit.Property(MaxTest = 60)]
    public FsCheck.Property RoundTrip_ConsecutiveRecordsWithSimilarLists_KeepTheirOwnLists() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(0, 63), 12).ToArbitrary(),
            choices =>
            {
                string[] texts = ["P1", "P2", "P3"];
                string[] countries = ["RU", "XX", "YY"];
                Sanctions.Core.Regimes.MeasureKind[] kinds = [Sanctions.Core.Regimes.MeasureKind.AssetFreeze, Sanctions.Core.Regimes.MeasureKind.TravelBan];
                var b = new WorldBuilder { Dataset = new DatasetInfo("lists") };
                b.AddAuthority(new Sanctions.Core.Regimes.Authority((Sanctions.Core.Regimes.AuthorityId)"EX", "Example"));
                b.AddList(new Sanctions.Core.Regimes.SanctionsList((Sanctions.Core.Regimes.ListId)"l", "List", (Sanctions.Core.Regimes.AuthorityId)"EX"));
                b.AddInstrument(new Sanctions.Core.Regimes.LegalInstrument((Sanctions.Core.Regimes.InstrumentId)"I1", "One", Sanctions.Core.Regimes.InstrumentKind.Regulation, (Sanctions.Core.Regimes.AuthorityId)"EX"));
                b.AddInstrument(new Sanctions.Core.Regimes.LegalInstrument((Sanctions.Core.Regimes.InstrumentId)"I2", "Two", Sanctions.Core.Regimes.InstrumentKind.Regulation, (Sanctions.Core.Regimes.AuthorityId)"EX"));
                foreach (var p in texts)
                {
                    b.AddProgram(new Sanctions.Core.Regimes.SanctionsProgram((Sanctions.Core.Regimes.ProgramId)p, p, (Sanctions.Core.Regimes.AuthorityId)"EX"));
                }

                for (var i = 0; i < choices.Length; i++)
                {
                    var c = choices[i];
                    var id = (Sanctions.Core.Parties.PartyId)$"p{i:D2}";
                    b.AddParty(new Sanctions.Core.Parties.Person(id, [new Sanctions.Core.Parties.PartyName("Person " + i)], nationalities: countries.Where((_, k) => (c >> k & 1) == 1).ToArray()));
                    b.AddDesignation(new Sanctions.Core.Regimes.Designation(
                        $"d{i:D2}",
                        id,
                        (Sanctions.Core.Regimes.ListId)"l",
                        Sanctions.Core.Temporal.ValidPeriod.Always,
                        texts.Where((_, k) => (c >> k & 1) == 1).Select(t => (Sanctions.Core.Regimes.ProgramId)t),
                        (c & 8) == 0 ? null : kinds.Where((_, k) => (c >> (k + 4) & 1) == 1),
                        new[] { "I1", "I2" }.Where((_, k) => (c >> (k + 3) & 1) == 1).Select(t => (Sanctions.Core.Regimes.InstrumentId)t)));
                }

                WorldRoundTrip.AssertRoundTrips(b.Build());
            });

    [Theory]
    [MemberData(nameof(Worlds))]
    public async Task WriteAsync_ThenReadAsync_GivesAnEqualWorld(string name)
    {
        var world = World(name);
        using var stream = new MemoryStream();
        await WorldJson.WriteAsync(world, stream, TestContext.Current.CancellationToken);
        stream.Position = 0;
        WorldRoundTrip.AssertEqual(world, await WorldJson.ReadAsync(stream, cancellationToken: TestContext.Current.CancellationToken));
    }

    // A memory stream is read in place from its position; any other stream is copied first. Both read the same world.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadAsync_FromTheStreamsPosition_WhetherItsBufferIsVisibleOrNot(bool visible)
    {
        var world = World("full");
        var prefix = "not part of the document"u8.ToArray();
        var bytes = prefix.Concat(System.Text.Encoding.UTF8.GetBytes(WorldJson.Serialize(world))).ToArray();
        using var stream = visible ? new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true) : new MemoryStream(bytes, writable: false);
        stream.Position = prefix.Length;

        WorldRoundTrip.AssertEqual(world, await WorldJson.ReadAsync(stream, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(bytes.Length, stream.Position);
    }

    [Theory]
    [MemberData(nameof(Worlds))]
    public async Task WriteLinesAsync_ThenReadLinesAsync_GivesAnEqualWorld(string name)
    {
        var world = World(name);
        using var stream = new MemoryStream();
        await WorldJson.WriteLinesAsync(world, stream, TestContext.Current.CancellationToken);
        stream.Position = 0;
        WorldRoundTrip.AssertEqual(world, await WorldJson.ReadLinesAsync(stream, cancellationToken: TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(".json")]
    [InlineData(".jsonl")]
    public async Task WriteFileAsync_ThenReadFileAsync_ChoosesTheFormByExtension(string extension)
    {
        var world = SerializationTestWorlds.Full();
        var path = Path.Combine(Path.GetTempPath(), "sanctions-world-" + Guid.NewGuid().ToString("N") + extension);
        try
        {
            await WorldJson.WriteFileAsync(world, path, TestContext.Current.CancellationToken);
            var firstByte = (await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken))[0];
            var secondLine = File.ReadLines(path).Skip(1).First();
            Assert.Equal((byte)'{', firstByte);
            Assert.Equal(extension == ".jsonl", secondLine.StartsWith("{\"kind\":\"party\"", StringComparison.Ordinal));
            WorldRoundTrip.AssertEqual(world, await WorldJson.ReadFileAsync(path, cancellationToken: TestContext.Current.CancellationToken));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ReadFileAsync_OtherExtension_Throws()
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() => WorldJson.ReadFileAsync("world.xml", cancellationToken: TestContext.Current.CancellationToken));
        Assert.Contains(".jsonl", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_SameFactsAddedInAnotherOrder_GivesTheSameBytes()
    {
        var world = SerializationTestWorlds.Full();
        var reversed = new WorldBuilder { Dataset = world.Dataset };
        foreach (var p in world.Parties.Reverse()) { reversed.AddParty(p); }
        foreach (var a in world.Authorities.Reverse()) { reversed.AddAuthority(a); }
        foreach (var i in world.Instruments.Reverse()) { reversed.AddInstrument(i); }
        foreach (var p in world.Programs.Reverse()) { reversed.AddProgram(p); }
        foreach (var l in world.Lists.Reverse()) { reversed.AddList(l); }
        foreach (var d in world.Designations.Reverse()) { reversed.AddDesignation(d); }
        foreach (var m in world.CountryMeasures.Reverse()) { reversed.AddCountryMeasure(m); }
        foreach (var t in world.Treaties.Reverse()) { reversed.AddTreaty(t); }
        foreach (var a in world.TreatyActions.Reverse()) { reversed.AddTreatyAction(a); }
        foreach (var m in world.Memberships.Reverse()) { reversed.AddMembership(m); }
        foreach (var r in world.Relations.Reverse()) { reversed.AddRelation(r); }
        foreach (var p in world.Positions.Reverse()) { reversed.AddPosition(p); }
        var other = reversed.Build();

        Assert.Equal(WorldJson.Serialize(world), WorldJson.Serialize(other));
        Assert.Equal(WorldJson.SerializeLines(world), WorldJson.SerializeLines(other));
        Assert.Equal(WorldJson.ComputeContentHash(world), WorldJson.ComputeContentHash(other));
    }

    [Fact]
    public void ComputeContentHash_DifferentWorlds_Differ()
    {
        var hash = WorldJson.ComputeContentHash(SerializationTestWorlds.Small());
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.NotEqual(hash, WorldJson.ComputeContentHash(SerializationTestWorlds.Full()));
    }
}
