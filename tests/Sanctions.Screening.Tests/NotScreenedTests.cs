using FsCheck;
using FsCheck.Fluent;
using Sanctions.Core.Parties;
using Sanctions.Core.Testing;
using Sanctions.Core.World;

namespace Sanctions.Screening.Tests;

/// <summary>
/// A query none of whose names has a word to screen (punctuation, honorifics, characters the analysis drops) is refused, not
/// answered "no match"; one with such a name beside a real one is screened by the real one.
/// </summary>
public sealed class NotScreenedTests
{
    // Pieces of names: punctuation and symbols, odd spaces, honorifics (dropped by the analysis), and words it keeps.
    private static readonly string[] Pieces =
    [
        "---", "(?)", "...", "-", "''", "«»", "·", "/", "&", "\u00A0", "\u200B", "\t", "Mr.", "Dr", "Sheikh", "Colonel", "Mrs",
        "Ivan", "Petrov", "al", "7", "x", "Банк", "ООО", "Ltd",
    ];

    private static Gen<string> Names() =>
        from count in Gen.Choose(1, 5)
        from pieces in Gen.Elements(Pieces).ArrayOf(count)
        from glue in Gen.Elements(" ", "", ", ")
        let name = string.Join(glue, pieces)
        where !string.IsNullOrWhiteSpace(name)
        select name;

    private static Gen<(SanctionsWorld World, string Name, PartyKind? Kind)> Probes() =>
        from world in SanctionsGen.World()
        let listed = world.Parties.SelectMany(p => p.Names).Select(n => n.Value).DefaultIfEmpty("Nobody").ToArray()
        from name in Gen.OneOf(Names(), Gen.Elements(listed).SelectMany(l => Names().Select(n => l + " " + n)))
        from kind in Gen.Elements<PartyKind?>(null, PartyKind.Person, PartyKind.Organization)
        select (world, name, kind);

    // Screen refuses exactly the queries the analysis keeps no word of (CanScreen false), whichever way it gets there (the check
    // before allocating, or the whole way); any other it screens, as the brute-force scan does.
    [ScreeningProperty]
    public Property Screen_RefusesExactlyTheNamesWithNoWord() => Prop.ForAll(Probes().ToArbitrary(), p =>
    {
        var screener = Screener.Build(p.World);
        var query = new ScreeningQuery(p.Name, Worlds.Day) { Kind = p.Kind, IncludeDelisted = true, MinScore = 0 };
        var hasWords = !NameAnalyzer.Analyze(p.Name, p.Kind).IsEmpty;
        Assert.Equal(hasWords, Screener.CanScreen(query));
        if (hasWords)
        {
            Assert.Equal(screener.ScreenExhaustively(query), screener.Screen(query));
        }
        else
        {
            var error = Assert.Throws<ArgumentException>(() => screener.Screen(query));
            Assert.Contains("no word to screen", error.Message, StringComparison.Ordinal);
            Assert.Contains(p.Name.Length > 80 ? p.Name[..80] : p.Name, error.Message, StringComparison.Ordinal);
        }
    });

    // A name with no word beside one that has words: the query is screened by the one that has them, with the same answer.
    [ScreeningProperty]
    public Property Screen_NameWithNoWord_BesideARealOne_ChangesNothing() => Prop.ForAll(Probes().ToArbitrary(), p =>
    {
        var screener = Screener.Build(p.World);
        var real = p.World.Parties.SelectMany(x => x.Names).Select(n => n.Value).FirstOrDefault(n => !NameAnalyzer.Analyze(n).IsEmpty) ?? "Ivan Petrov";
        var alone = new ScreeningQuery(real, Worlds.Day) { IncludeDelisted = true, MinScore = 0 };
        var both = alone with { Names = ["(?) ---", real] };
        Assert.True(Screener.CanScreen(both));
        Assert.Equal(screener.Screen(alone), screener.Screen(both));
    });

    [Theory]
    [InlineData("---")]
    [InlineData("(?)")]
    [InlineData("«» ''")]
    [InlineData("· / ·")]
    public void Screen_WordlessName_IsRefusedWithTheNameQuoted(string name)
    {
        var screener = Screener.Build(Worlds.Of(Worlds.Person("p1", "Ivan Petrov")));
        var query = new ScreeningQuery(name, Worlds.Day) { Kind = PartyKind.Person };
        Assert.False(Screener.CanScreen(query));
        var error = Assert.Throws<ArgumentException>(() => screener.Screen(query));
        Assert.Equal("query", error.ParamName);
        Assert.Contains($"'{name}'", error.Message, StringComparison.Ordinal);
        Assert.Empty(screener.Screen(new ScreeningQuery("Olga Smirnova", Worlds.Day)));
    }
}
