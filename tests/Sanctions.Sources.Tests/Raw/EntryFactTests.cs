using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Tests.Raw;

/// <summary>A fact held as ranges of a text or of characters a reader lent (<see cref="EntryFact.In"/>) is the fact of those strings, in every way mapping looks at it.</summary>
public sealed class EntryFactTests
{
    private static Gen<string> Text() => Gen.Elements('a', 'B', ' ', '-', ':', 'é').ArrayOf().Select(c => new string(c));

    [Property(MaxTest = 300)]
    public Property In_RangesOfAText_IsTheFactOfTheirStrings()
    {
        var gen =
            from text in Text()
            from a in Gen.Choose(0, text.Length)
            from b in Gen.Choose(a, text.Length)
            from c in Gen.Choose(0, text.Length)
            from d in Gen.Choose(c, text.Length)
            select (text, key: a..b, value: c..d);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var sliced = EntryFact.In(t.text.AsMemory(), t.key, t.value);
            var lent = EntryFact.In(t.text.ToCharArray(), t.key, t.value);
            var whole = new EntryFact(t.text[t.key], t.text[t.value]);
            return (sliced.Key == whole.Key && lent.Key == whole.Key && lent.Value == whole.Value && lent.Equals(whole)
                    && lent.GetHashCode() == whole.GetHashCode() && sliced.Value == whole.Value
                    && sliced.KeySpan.SequenceEqual(whole.Key) && sliced.ValueSpan.SequenceEqual(whole.Value)
                    && sliced.Equals(whole) && sliced == whole && sliced.GetHashCode() == whole.GetHashCode()
                    && sliced.ToString() == whole.ToString())
                .Label($"'{t.text}' {t.key} {t.value}");
        });
    }

    [Fact]
    public void Equals_DifferentKeyOrValue_IsFalse()
    {
        var fact = EntryFact.In("Website - www.example.org".AsMemory(), 0..7, 10..25);

        Assert.Equal(new EntryFact("Website", "www.example.org"), fact);
        Assert.NotEqual(new EntryFact("Website", "www.example.com"), fact);
        Assert.NotEqual(new EntryFact("Websites", "www.example.org"), fact);
        Assert.Equal("EntryFact { Key = Website, Value = www.example.org }", fact.ToString());
    }
}
