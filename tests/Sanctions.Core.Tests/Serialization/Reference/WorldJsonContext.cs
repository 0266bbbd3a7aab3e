using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sanctions.Core.Serialization;

// The reference serializer of the format, for tests and benchmarks only: System.Text.Json's source generator over the
// DTOs (Reading/Dtos.cs), with the options the format is written with. WorldDtoWriter + this context must write the bytes
// WorldWriter writes (a test holds them to it), and the context's contracts must name the properties DtoShapes reads.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false)]
[JsonSerializable(typeof(WorldDocumentDto))]
[JsonSerializable(typeof(HeaderDto))]
[JsonSerializable(typeof(PartyDto))]
[JsonSerializable(typeof(AuthorityDto))]
[JsonSerializable(typeof(InstrumentDto))]
[JsonSerializable(typeof(ProgramDto))]
[JsonSerializable(typeof(ListDto))]
[JsonSerializable(typeof(DesignationDto))]
[JsonSerializable(typeof(CountryMeasureDto))]
[JsonSerializable(typeof(TreatyDto))]
[JsonSerializable(typeof(TreatyActionDto))]
[JsonSerializable(typeof(MembershipDto))]
[JsonSerializable(typeof(RelationDto))]
[JsonSerializable(typeof(PositionDto))]
internal sealed partial class WorldJsonContext : JsonSerializerContext
{
    // Files are UTF-8 and read by people in diffs: names in any script stay as they are (no \uXXXX), lines end in \n on
    // every platform, and the document form is indented by two spaces.
    // Created on first use: the generated Default must exist first.
    public static WorldJsonContext Indented => Contexts.Indented;

    public static WorldJsonContext Compact => Contexts.Compact;

    private static WorldJsonContext Create(bool indented) => new(new JsonSerializerOptions(Default.Options)
    {
        WriteIndented = indented,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private static class Contexts
    {
        public static readonly WorldJsonContext Indented = Create(indented: true);
        public static readonly WorldJsonContext Compact = Create(indented: false);
    }
}
