using FsCheck;
using FsCheck.Fluent;

namespace Sanctions.Screening.Tests;

/// <summary>What the screener keeps of its listed word variants (WordData) lets the candidate filter tell equal phonetic keys by
/// instance, without reading the listed key's string: a query word's key is the same instance as a variant's exactly when the two
/// keys are equal.</summary>
public sealed class WordDataProperties
{
    private const string Letters = "aeiouyhkdzjstcxpfvwbgqlmnr";

    private static Gen<string> Word() =>
        from length in Gen.Choose(1, 9)
        from letters in Gen.ArrayOf(Gen.Elements(Letters.ToCharArray()), length)
        select new string(letters);

    // Worlds of people whose names are generated words, and query words drawn from the listed ones (the same letters: equal keys),
    // from others (often an equal key by sound: kh/h, doubled letters) and at random.
    [ScreeningProperty(MaxTest = 200)]
    public Property PhoneticKeys_AreEqualExactlyWhenTheSameInstance() => Prop.ForAll(
        (from count in Gen.Choose(1, 6)
         from names in Gen.ArrayOf(Gen.ArrayOf(Word(), 2), count)
         from queries in Gen.ArrayOf(Word(), 6)
         from pick in Gen.Choose(0, 100)
         select (names, queries, pick)).ToArbitrary(),
        x =>
        {
            var (names, queries, pick) = x;
            var world = Worlds.Of([.. names.Select((n, i) => (Core.Parties.Party)Worlds.Person($"p{i}", string.Join(" ", n)))]);
            var data = Screener.Build(world).Words;
            var listed = names.SelectMany(n => n).ToArray();
            // A listed word as a new string (not the listed instance), a changed copy, and the generated words.
            string[] asked = [new string(listed[pick % listed.Length].AsSpan()), listed[pick % listed.Length] + "h", .. queries];
            foreach (var word in asked)
            {
                var key = TokenSimilarity.Phonetic(word);
                var instance = data.ListedSoundOf(word);
                for (var id = 0; id < data.Phonetic.Length; id++)
                {
                    var sameInstance = instance is not null && ReferenceEquals(instance, data.Phonetic[id]);
                    Assert.True(sameInstance == string.Equals(key, data.Phonetic[id], StringComparison.Ordinal),
                        $"'{word}' (key '{key}') against variant {id} '{data.Info[id].Token.Text}' (key '{data.Phonetic[id]}'): same instance {sameInstance}");
                }
            }
        });
}
