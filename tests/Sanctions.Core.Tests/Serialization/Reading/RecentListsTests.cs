using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Sanctions.Core.Serialization;
using Xunit;

namespace Sanctions.Core.Tests.Serialization.Reading;

// Arrays of strings read one after another: each list holds exactly what its array says, and one equal to the list read just
// before it is that same list (a DTO shares it rather than holding a copy).
public sealed class RecentListsTests
{
    private static readonly Gen<string[][]> Arrays =
        Gen.ArrayOf(Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements("PROG-A", "PROG-B", "XX", "asset-freeze", "travel-ban", "é\"\\"), n)));

    private static List<string>? Read(string[] texts, bool shared)
    {
        var json = new JsonArray([.. texts.Select(t => JsonValue.Create(t))]).ToJsonString();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return shared ? DtoParser.SharedStrings(ref reader) : DtoParser.Strings(ref reader);
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Strings_InSequence_HoldWhatWasReadAndShareTheLastEqualList() =>
        Prop.ForAll(Arrays.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (arrays, shared) =>
        {
            List<string>? before = null;
            string[]? textsBefore = null;
            foreach (var texts in arrays)
            {
                var list = Read(texts, shared);
                Assert.NotNull(list);
                Assert.Equal(texts, list);
                Assert.Equal(textsBefore is not null && texts.SequenceEqual(textsBefore), ReferenceEquals(list, before));
                (before, textsBefore) = (list, texts);
            }
        });
}
