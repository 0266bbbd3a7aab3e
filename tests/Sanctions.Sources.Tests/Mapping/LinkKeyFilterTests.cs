using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sanctions.Sources.Mapping;

namespace Sanctions.Sources.Tests.Mapping;

public sealed class LinkKeyFilterTests
{
    // Letters that fold to one another, or look as if they might, under OrdinalIgnoreCase: ASCII, dotless and dotted i,
    // long s, the Kelvin sign, accented letters, digits and punctuation.
    private static readonly char[] Letters = ['a', 'A', 'b', 'B', 'i', 'I', 'ı', 'İ', 's', 'S', 'ſ', 'k', 'K', '\u212A', 'é', 'É', '1', '.', ' ', '-'];

    private static Gen<string> Text() =>
        Gen.Elements(Letters).ArrayOf().Select(c => new string(c));

    private static Gen<string> CaseChanged(string text) =>
        Gen.Elements(false, true).ArrayOf(text.Length)
            .Select(flip => new string([.. text.Select((c, i) => flip[i] ? (char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)) : c)]));

    [Property(MaxTest = 500)]
    public Property MayHold_NameEqualToAKeyIgnoringCase_IsTrue()
    {
        var gen =
            from keys in Text().NonEmptyListOf()
            from pick in Gen.Choose(0, keys.Count - 1)
            from name in CaseChanged(keys[pick])
            select (keys, name);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var filter = new LinkKeyFilter();
            foreach (var key in t.keys)
            {
                filter.Add(key);
            }

            // A changed case may make a name no key equals (the Kelvin sign lowers to k, which does not fold back to it).
            var equal = t.keys.Any(k => string.Equals(k, t.name, StringComparison.OrdinalIgnoreCase));
            return (!equal || filter.MayHold(t.name)).Label($"'{t.name}' against {string.Join(", ", t.keys)}");
        });
    }

    [Property(MaxTest = 300)]
    public Property MayHold_AnyNameMatchingNoKey_AgreesWithTheComparerWhenTrue()
    {
        // Whatever the filter lets through is then looked up; what it stops must match no key.
        return Prop.ForAll(Text().NonEmptyListOf().ToArbitrary(), Text().ToArbitrary(), (keys, name) =>
        {
            var filter = new LinkKeyFilter();
            foreach (var key in keys)
            {
                filter.Add(key);
            }

            return filter.MayHold(name) || !keys.Any(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
        });
    }

    [Property(MaxTest = 300)]
    public Property MayHold_PackedName_TellsWhatTheNameTells()
    {
        // Linking tests the filter on each name's packed length and first letter (noted while mapping); a negative pack
        // means the name is always looked up, as the filter lets such a name through.
        return Prop.ForAll(Text().NonEmptyListOf().ToArbitrary(), Text().ToArbitrary(), (keys, name) =>
        {
            var filter = new LinkKeyFilter();
            foreach (var key in keys)
            {
                filter.Add(key);
            }

            var packed = LinkKeyFilter.Pack(name);
            return (packed < 0 ? filter.MayHold(name) : filter.MayHold(packed) == filter.MayHold(name)).Label($"'{name}' packed {packed}");
        });
    }

    [Fact]
    public void MayHold_OtherLengthOrFirstLetter_IsFalse()
    {
        var filter = new LinkKeyFilter();
        filter.Add("NATIONAL IRANIAN TANKER COMPANY");
        filter.Add("mahan air");

        Assert.True(filter.MayHold("national iranian tanker company"));
        Assert.True(filter.MayHold("MAHAN AIR"));
        Assert.True(filter.MayHold("MAHAN AIX"));
        Assert.False(filter.MayHold("IRAN AIR"));
        Assert.False(filter.MayHold("MAHAN AIRLINES"));
        Assert.False(filter.MayHold("NAHAN AIR"));
        Assert.True(filter.MayHold(LinkKeyFilter.Pack("mahan aix")));
        Assert.False(filter.MayHold(LinkKeyFilter.Pack("IRAN AIR")));
        Assert.Equal(-1, LinkKeyFilter.Pack(string.Empty));
        Assert.Equal(-1, LinkKeyFilter.Pack("ıSTANBUL"));
    }

    [Fact]
    public void MayHold_KeyStartingWithANonAsciiLetter_LetsEveryNameThrough()
    {
        var filter = new LinkKeyFilter();
        filter.Add("ıSTANBUL");

        Assert.True(filter.MayHold("ISTANBUL"));
        Assert.True(filter.MayHold("X"));
    }
}
