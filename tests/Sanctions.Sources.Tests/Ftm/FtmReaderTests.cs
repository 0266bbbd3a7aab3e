using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Ftm;

namespace Sanctions.Sources.Tests.Ftm;

public sealed class FtmReaderTests
{
    private const string Zala = "opensanctions/zala_entities.ftm.json";

    [Fact]
    public void ReadEntities_Zala_ReadsEveryLineBySchema()
    {
        var diagnostics = Fixture.Strict();
        var entities = FtmReader.ReadEntities(Fixture.File(Zala), diagnostics, Fixture.Token).ToList();
        Assert.Equal(91, entities.Count);
        Assert.Equal(41, entities.Count(e => e.Schema == "Sanction"));
        Assert.Equal(14, entities.Count(e => e.Schema == "Ownership"));
        Assert.Equal(6, entities.Count(e => e.Schema == "Person"));
        Assert.Empty(diagnostics.Issues);
    }

    [Fact]
    public void ReadEntities_Person_KeepsPropertiesAndMetadata()
    {
        var entities = FtmReader.ReadEntities(Fixture.File(Zala), Fixture.Strict(), Fixture.Token).ToList();
        var zakharov = entities.Single(e => e.Id == "NK-aU5ybkbRFJucf8YMwsJvDw");
        Assert.Equal("Person", zakharov.Schema);
        Assert.True(zakharov.Target);
        Assert.NotEmpty(zakharov.Get("name"));
        Assert.Equal(Fixture.LineOf(Zala, "\"NK-aU5ybkbRFJucf8YMwsJvDw\", \"caption\""), zakharov.Location.Line);
        var ownership = entities.First(e => e.Schema == "Ownership" && e.Get("percentage").Length > 0);
        Assert.Single(ownership.Get("owner"));
        Assert.Single(ownership.Get("asset"));
    }

    [Fact]
    public void ReadDelta_Files_GiveOpsInOrder()
    {
        var ops = new[]
        {
            "t2_20240527194702-wnk_entities.delta.json",
            "t2_20240528014702-pfh_entities.delta.json",
            "t2_20240528074703-npf_entities.delta.json",
            "t2_20240528134729-3iv_entities.delta.json",
        }.SelectMany(f => FtmReader.ReadDelta(Fixture.File("opensanctions/" + f), Fixture.Strict(), Fixture.Token)).ToList();
        Assert.Equal([FtmDeltaOp.Add, FtmDeltaOp.Add, FtmDeltaOp.Add, FtmDeltaOp.Modify, FtmDeltaOp.Delete, FtmDeltaOp.Add], ops.Select(o => o.Op));
        var delete = ops.Single(o => o.Op == FtmDeltaOp.Delete);
        Assert.Equal("NK-500Poltergeist", delete.EntityId);
        Assert.Null(delete.Entity);
        Assert.Equal("Q4365364", ops[^1].EntityId);
        Assert.Equal(["1961-11-30"], ops[^1].Entity!.Get("birthDate"));
    }

    [Fact]
    public void ReadDeltaIndex_T2_ListsVersionsChronologically()
    {
        var versions = FtmReader.ReadDeltaIndex(Fixture.File("opensanctions/t2_delta.json"));
        Assert.Equal(5, versions.Count);
        Assert.Equal("20240527134702-zbn", versions[0]);
        Assert.Equal("20240528134729-3iv", versions[^1]);
    }

    [Fact]
    public void ReadEntities_BadLineLenient_SkipsWithLine()
    {
        var file = Fixture.Text("e.json", "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"]}}\n{\"id\":\"b\",\"properties\":{}}\n{not json\n\n");
        var diagnostics = Fixture.Lenient();
        var entities = FtmReader.ReadEntities(file, diagnostics, Fixture.Token).ToList();
        Assert.Equal("a", Assert.Single(entities).Id);
        Assert.Equal(2, diagnostics.Skipped);
        Assert.Equal([2L, 3L], diagnostics.Issues.Select(i => i.Location.Line));
    }

    [Fact]
    public void ReadEntities_PropertyNotAnArray_ThrowsInStrictMode()
    {
        var file = Fixture.Text("e.json", "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":\"A\"}}");
        var error = Assert.Throws<ImportException>(() => FtmReader.ReadEntities(file, Fixture.Strict(), Fixture.Token).ToList());
        Assert.Contains("$.properties.name", error.Message, StringComparison.Ordinal);
    }
}
