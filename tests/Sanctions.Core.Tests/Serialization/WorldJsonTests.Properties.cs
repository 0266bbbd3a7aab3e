using FsCheck;
using FsCheck.Fluent;
using Sanctions.Core.Serialization;
using Sanctions.Core.World;

namespace Sanctions.Core.Tests.Serialization;

/// <summary>The JSON format (<see cref="WorldJson"/>) keeps every generated world exactly.</summary>
public sealed partial class WorldJsonTests
{
    [SanctionsProperty]
    public void Serialize_Deserialize_GivesAnEqualWorld(WorldFacts facts)
    {
        var world = facts.Build();
        WorldRoundTrip.AssertEqual(world, WorldJson.Deserialize(WorldJson.Serialize(world)));
    }

    [SanctionsProperty]
    public void SerializeLines_DeserializeLines_GivesAnEqualWorld(WorldFacts facts)
    {
        var world = facts.Build();
        WorldRoundTrip.AssertEqual(world, WorldJson.DeserializeLines(WorldJson.SerializeLines(world)));
    }

    // The writer writes straight from the model; the DTOs and the source-generated context describe the same format. The two
    // must give the same bytes, in both forms.
    [SanctionsProperty]
    public void Serialize_WritesWhatTheDtoSerializerWrites(WorldFacts facts)
    {
        var world = facts.Build();
        var document = System.Text.Json.JsonSerializer.Serialize(WorldDtoWriter.Document(world), WorldJsonContext.Indented.WorldDocumentDto) + "\n";
        var lines = new System.Text.StringBuilder();
        lines.Append(System.Text.Json.JsonSerializer.Serialize(WorldDtoWriter.Header(world), WorldJsonContext.Compact.HeaderDto)).Append('\n');
        foreach (var record in Records(WorldDtoWriter.Document(world)))
        {
            lines.Append(record).Append('\n');
        }

        Assert.Equal(document, WorldJson.Serialize(world));
        Assert.Equal(lines.ToString(), WorldJson.SerializeLines(world));
    }

    private static IEnumerable<string> Records(WorldDocumentDto d)
    {
        var c = WorldJsonContext.Compact;
        static IEnumerable<string> Each<T>(List<T>? items, string kind, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info, Action<T, string> setKind) =>
            (items ?? []).Select(x =>
            {
                setKind(x, kind);
                return System.Text.Json.JsonSerializer.Serialize(x, info);
            });

        return Each(d.Parties, RecordKinds.Party, c.PartyDto, (x, k) => x.RecordKind = k)
            .Concat(Each(d.Authorities, RecordKinds.Authority, c.AuthorityDto, (x, k) => x.RecordKind = k))
            .Concat(Each(d.Instruments, RecordKinds.Instrument, c.InstrumentDto, (x, k) => x.RecordKind = k))
            .Concat(Each(d.Programs, RecordKinds.Program, c.ProgramDto, (x, k) => x.RecordKind = k))
            .Concat(Each(d.Lists, RecordKinds.List, c.ListDto, (x, k) => x.RecordKind = k))
            .Concat(Each(d.Designations, RecordKinds.Designation, c.DesignationDto, (x, k) => x.RecordKind = k))
            .Concat(Each(d.CountryMeasures, RecordKinds.CountryMeasure, c.CountryMeasureDto, (x, k) => x.RecordKind = k))
            .Concat(Each(d.Treaties, RecordKinds.Treaty, c.TreatyDto, (x, k) => x.RecordKind = k))
            .Concat(Each(d.TreatyActions, RecordKinds.TreatyAction, c.TreatyActionDto, (x, k) => x.RecordKind = k))
            .Concat(Each(d.Memberships, RecordKinds.Membership, c.MembershipDto, (x, k) => x.RecordKind = k))
            .Concat(Each(d.Relations, RecordKinds.Relation, c.RelationDto, (x, k) => x.RecordKind = k))
            .Concat(Each(d.Positions, RecordKinds.Position, c.PositionDto, (x, k) => x.RecordKind = k));
    }

    [SanctionsProperty]
    public bool Serialize_IsStable_AndContentHashFollowsContent(WorldFacts facts)
    {
        var world = facts.Build();
        var again = WorldJson.Deserialize(WorldJson.Serialize(world));
        return WorldJson.Serialize(again) == WorldJson.Serialize(world) && WorldJson.ComputeContentHash(again) == WorldJson.ComputeContentHash(world);
    }

    [SanctionsProperty(MaxTest = 10)]
    public Property Serialize_Deserialize_KeepsSyntheticWorlds() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, int.MaxValue)), seed =>
        {
            var world = SyntheticWorld.Generate(new SyntheticWorldOptions { Parties = 300, Seed = seed });
            WorldRoundTrip.AssertEqual(world, WorldJson.Deserialize(WorldJson.Serialize(world)));
        });
}
