using Sanctions.Core.Serialization;
using Xunit;

namespace Sanctions.Core.Tests.Serialization;

// One test per kind of bad input: each must fail the read (no world) with a problem at the right path (and line).
public sealed partial class WorldJsonTests
{
    private const string Head = """{"format": "sanctions-world", "version": 1, "dataset": {"name": "t"}""";

    private const string Header = """{"kind":"header","format":"sanctions-world","version":1,"dataset":{"name":"t"}}""";

    private const string Person = """{"id": "p1", "type": "person", "names": [{"value": "Ivan Example"}]}""";

    private const string Authority = """{"id": "EX", "name": "Example Office"}""";

    private const string List = """{"id": "l1", "name": "Example List", "authority": "EX"}""";

    private static WorldFormatException Fails(string json, WorldReadOptions? options = null) =>
        Assert.Throws<WorldFormatException>(() => WorldJson.Deserialize(json, options));

    private static WorldFormatException FailsLines(params string[] lines) =>
        Assert.Throws<WorldFormatException>(() => WorldJson.DeserializeLines(string.Join("\n", lines) + "\n"));

    private static void Has(WorldFormatException e, string path, string fragment, int? line = null)
    {
        Assert.Contains(e.Problems, p => p.Path == path && p.Line == line && p.Message.Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void Deserialize_SyntaxError_ReportsPathAndLine()
    {
        var e = Fails(Head + ",\n\"parties\": [\n" + Person + ",\n{\"id\": \"p2\" \"type\": \"person\"}]}");
        var problem = Assert.Single(e.Problems);
        Assert.Equal(4, problem.Line);
        Assert.StartsWith("Invalid JSON", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("$.parties[1]", problem.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_WrongJsonType_ReportsPathInFormatTerms()
    {
        var e = Fails(Head + """, "parties": [{"id": 7, "type": "person", "names": [{"value": "X"}]}]}""");
        var problem = Assert.Single(e.Problems);
        Assert.Equal("$.parties[0].id", problem.Path);
        Assert.Contains("a string", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_MissingRequiredField_ReportsIt()
    {
        var e = Fails(Head + """, "authorities": [""" + Authority + """], "lists": [{"id": "l1", "authority": "EX"}]}""");
        Has(e, "$.lists[0].name", "Missing required property 'name'");
    }

    [Fact]
    public void Deserialize_UnknownProperty_IsRejectedByDefault()
    {
        var json = Head + """, "parties": [{"id": "p1", "type": "person", "names": [{"value": "X", "scirpt": "Latn"}], "vaild": {}}]}""";
        var e = Fails(json);
        Has(e, "$.parties[0].vaild", "Unknown property 'vaild'");
        Has(e, "$.parties[0].names[0].scirpt", "Unknown property 'scirpt'");
    }

    [Fact]
    public void Deserialize_UnknownProperty_IsSkippedWhenAsked()
    {
        var json = Head + """, "parties": [{"id": "p1", "type": "person", "names": [{"value": "X"}], "vaild": {}, "imo": "1"}], "extra": 1}""";
        var world = WorldJson.Deserialize(json, new WorldReadOptions { IgnoreUnknownProperties = true });
        Assert.Equal("p1", Assert.Single(world.Parties).Id.Value);
    }

    [Fact]
    public void Deserialize_PropertyOfAnotherPartyType_IsRejected()
    {
        var e = Fails(Head + """, "parties": [{"id": "p1", "type": "person", "names": [{"value": "X"}], "imo": "IMO1"}]}""");
        Has(e, "$.parties[0].imo", "belongs to type 'vessel'");
    }

    [Fact]
    public void Deserialize_BadPartialDate_ReportsItsPath()
    {
        var json = Head + ", \"parties\": [" + Person + "], \"authorities\": [" + Authority + "], \"lists\": [" + List + "], " +
            """ "designations": [{"id": "d1", "party": "p1", "list": "l1", "valid": {"from": "2014-13", "to": null}}]}""";
        var e = Fails(json);
        Has(e, "$.designations[0].valid.from", "'2014-13' is not a date or period end");
    }

    [Fact]
    public void Deserialize_BadInstant_ReportsItsPath()
    {
        var e = Fails(Head + """, "parties": [{"id": "p1", "type": "person", "names": [{"value": "X"}], "source": {"source": "s", "published": "yesterday"}}]}""");
        Has(e, "$.parties[0].source.published", "'yesterday' is not an instant");
    }

    [Fact]
    public void Deserialize_PeriodEndingBeforeItStarts_IsRejected()
    {
        var json = Head + ", \"parties\": [" + Person + "], \"authorities\": [" + Authority + "], \"lists\": [" + List + "], " +
            """ "designations": [{"id": "d1", "party": "p1", "list": "l1", "valid": {"from": "2020", "to": "2019"}}]}""";
        Has(Fails(json), "$.designations[0].valid", "ends (2019) on or before it starts (2020)");
    }

    [Fact]
    public void Deserialize_UnknownPartyType_ListsTheTypes()
    {
        var e = Fails(Head + """, "parties": [{"id": "p1", "type": "company", "names": [{"value": "X"}]}]}""");
        Has(e, "$.parties[0].type", "'company' is not a party type: expected one of 'state', 'person'");
    }

    [Fact]
    public void Deserialize_UnknownEnumValue_ListsTheValues()
    {
        var json = Head + ", \"parties\": [" + Person + "], \"authorities\": [" + Authority + "], \"lists\": [" + List + "], " +
            """ "designations": [{"id": "d1", "party": "p1", "list": "l1", "measures": ["asset-freeze", "AssetFreeze"]}]}""";
        Has(Fails(json), "$.designations[0].measures[1]", "'AssetFreeze' is not a measure kind: expected one of 'asset-freeze'");
    }

    [Fact]
    public void Deserialize_ReferenceToUnknownId_ReportsTheFieldOfTheItem()
    {
        var json = Head + ", \"parties\": [" + Person + "], \"authorities\": [" + Authority + "], \"lists\": [" + List + "], " +
            """ "designations": [{"id": "d0", "party": "p1", "list": "l1"}, {"id": "d1", "party": "nobody", "list": "l1"}]}""";
        Has(Fails(json), "$.designations[1].party", "unknown party 'nobody'");
    }

    [Fact]
    public void Deserialize_WhatTheWorldBuilderRejects_IsPlacedAtTheItem()
    {
        // Two different parties with one id: the builder reports the second, by its place in the document.
        var json = Head + ", \"parties\": [" + Person + ", " + """{"id": "p1", "type": "person", "names": [{"value": "Someone Else"}]}]}""";
        Has(Fails(json), "$.parties[1]", "Duplicate id 'p1': different names ([Someone Else] here, [Ivan Example] in $.parties[0])");
    }

    [Fact]
    public void Deserialize_ModelConstraint_IsReportedAtTheItem()
    {
        var e = Fails(Head + """, "parties": [{"id": "s1", "type": "state", "names": [{"value": "X"}], "alpha2": "xx"}]}""");
        Has(e, "$.parties[0]", "'xx' is not an ISO 3166-1 alpha-2 code");
    }

    [Fact]
    public void Deserialize_ManyProblems_ReportsThemAll()
    {
        var json = Head + """
            , "parties": [
              {"id": "p1", "type": "robot", "names": [{"value": "X"}]},
              {"type": "person", "names": []},
              {"id": "p3", "type": "person", "names": [{"value": "Y"}], "birthDates": ["1999-02-30"]}
            ]}
            """;
        var e = Fails(json);
        Has(e, "$.parties[0].type", "'robot'");
        Has(e, "$.parties[1].id", "Missing required property 'id'");
        Has(e, "$.parties[1].names", "at least one name");
        Has(e, "$.parties[2].birthDates[0]", "'1999-02-30' is not a date");
        Assert.Equal(4, e.Problems.Length);
    }

    [Fact]
    public void Deserialize_NewerVersion_IsRejectedWithOneClearMessage()
    {
        var e = Fails("""{"format": "sanctions-world", "version": 2, "dataset": {"name": "t"}, "things": [1, 2]}""");
        var problem = Assert.Single(e.Problems);
        Assert.Equal("$.version", problem.Path);
        Assert.Equal("version 2 is not supported; this library reads version 1.", problem.Message);
    }

    [Fact]
    public void Deserialize_OtherFormat_IsRejected()
    {
        var e = Fails("""{"format": "something-else", "version": 1}""");
        Has(e, "$.format", "'something-else' is not this format");
    }

    [Fact]
    public void Deserialize_RecordKindInTheDocumentForm_IsAnUnknownProperty()
    {
        var e = Fails(Head + """, "authorities": [{"kind": "authority", "id": "EX", "name": "Example Office"}]}""");
        Has(e, "$.authorities[0].kind", "Unknown property 'kind'");
    }

    [Fact]
    public void Exception_Message_NamesTheSourceAndEveryProblem()
    {
        var e = Fails(Head + """, "parties": [{"id": "p1", "type": "robot", "names": [{"value": "X"}]}]}""", new WorldReadOptions { SourceName = "world.json" });
        Assert.Equal("world.json", e.SourceName);
        Assert.Contains("The world 'world.json' could not be read: 1 problem.", e.Message, StringComparison.Ordinal);
        Assert.Contains("$.parties[0].type: 'robot'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeLines_BadLines_AreEachReportedWithTheirLineAndOthersStillChecked()
    {
        var e = FailsLines(
            Header,
            """{"kind":"party","id":"p1","type":"person","names":[{"value":"X"}]}""",
            """{"kind":"party","id":"p2","type":"person","names":[{"value":"Y"}""",
            """{"kind":"party","id":"p3","type":"person","names":[{"value":"Z"}],"birthDates":["1999-1"]}""",
            """{"kind":"widget","id":"w"}""",
            """{"id":"p4"}""",
            """{"kind":"authority","id":"EX","name":"Example Office"}""",
            """{"kind":"list","id":"l1","name":"Example List","authority":"EX"}""",
            """{"kind":"designation","id":"d1","party":"ghost","list":"l1"}""");
        Assert.Contains(e.Problems, p => p.Line == 3 && p.Message.StartsWith("Invalid JSON", StringComparison.Ordinal));
        Has(e, "$.birthDates[0]", "'1999-1' is not a date", 4);
        Has(e, "$.kind", "'widget' is not a record kind", 5);
        Has(e, "$.kind", "Missing required property 'kind'", 6);
        Has(e, "$.party", "unknown party 'ghost'", 9);
        Assert.Equal(5, e.Problems.Length);
    }

    [Fact]
    public void DeserializeLines_MissingHeader_IsReportedAtLineOne()
    {
        var e = FailsLines("""{"kind":"party","id":"p1","type":"person","names":[{"value":"X"}]}""");
        Has(e, "$", "The first line must be the header", 1);
    }

    [Fact]
    public void DeserializeLines_NewerVersion_StopsWithOneClearMessage()
    {
        var e = FailsLines("""{"kind":"header","format":"sanctions-world","version":3}""", """{"kind":"gadget"}""");
        var problem = Assert.Single(e.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Equal("version 3 is not supported; this library reads version 1.", problem.Message);
    }

    [Fact]
    public void DeserializeLines_BuilderProblem_PointsAtBothLines()
    {
        var e = FailsLines(
            Header,
            """{"kind":"party","id":"p1","type":"person","names":[{"value":"X"}]}""",
            "",
            """{"kind":"party","id":"p1","type":"person","names":[{"value":"Y"}]}""");
        Has(e, "$", "Duplicate id 'p1': different names ([Y] here, [X] in line 2)", 4);
    }

    [Fact]
    public void DeserializeLines_CrLfAndBlankLines_AreAccepted()
    {
        var text = Header + "\r\n\r\n" + """{"kind":"party","id":"p1","type":"person","names":[{"value":"X"}]}""" + "\r\n";
        Assert.Equal("p1", Assert.Single(WorldJson.DeserializeLines(text).Parties).Id.Value);
    }
}
