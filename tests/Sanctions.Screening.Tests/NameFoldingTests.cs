using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Sanctions.Core.Parties;

namespace Sanctions.Screening.Tests;

/// <summary><see cref="NameFolding"/>: case, marks, scripts, punctuation and odd spaces folded in any globalization mode.</summary>
public sealed class NameFoldingTests
{
    [Fact]
    public void Fold_UnderInvariantGlobalization_FoldsAccents()
    {
        // The build sets InvariantGlobalization, under which string.Normalize does nothing on Linux: the folding must not need it.
        Assert.True(AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant, "InvariantGlobalization is off in this test run");
        Assert.Equal(string.Empty, CultureInfo.CurrentCulture.Name);
        Assert.Equal("jose perez", NameFolding.Fold("José Pérez"));
        Assert.Equal("muller grosser", NameFolding.Fold("MÜLLER, Größer"));
    }

    [Theory]
    [InlineData("José Pérez", "jose perez")]
    [InlineData("Jose\u0301 Pe\u0301rez", "jose perez")] // decomposed: e + combining acute
    [InlineData("O'Brien", "obrien")]
    [InlineData("O’Brien", "obrien")]
    [InlineData("AL-BAGHDADI,\u00A0Abu\u2009Bakr", "al baghdadi abu bakr")]
    [InlineData("Ｆｕｌｌ　Ｗｉｄｔｈ", "full width")]
    [InlineData("Дмитрий Рогозин", "dmitriy rogozin")]
    [InlineData("Γιώργος Παπαδόπουλος", "giorgos papadopoylos")] // letter by letter: ου gives oy (the fuzzy comparison takes oy for ou)
    [InlineData("Հայաստան", "hayastan")]
    [InlineData("საქართველო", "sakartvelo")]
    [InlineData("S.A.", "s a")]
    [InlineData("  --  ", "")]
    public void Fold_Examples(string text, string folded) => Assert.Equal(folded, NameFolding.Fold(text));

    [Theory]
    [InlineData("محمد")]
    [InlineData("משה")]
    [InlineData("김민준")]
    [InlineData("王伟")]
    [InlineData("佐藤太郎")]
    [InlineData("プーチン")]
    public void Fold_OtherScripts_GivesAsciiLetters(string text)
    {
        var folded = NameFolding.Fold(text);
        Assert.NotEmpty(folded);
        Assert.All(folded, c => Assert.True(c is >= 'a' and <= 'z' or ' ', $"'{c}' in '{folded}'"));
    }

    [ScreeningProperty]
    public Property Fold_GivesLowerAsciiWords_AndIsIdempotent() => Prop.ForAll(ArbMap.Default.ArbFor<string>().Filter(s => s is not null), s =>
    {
        var folded = NameFolding.Fold(s);
        Assert.All(folded, c => Assert.True(c is >= 'a' and <= 'z' or >= '0' and <= '9' or ' ', $"'{c}' in '{folded}'"));
        Assert.DoesNotContain("  ", folded, StringComparison.Ordinal);
        Assert.False(folded.StartsWith(' ') || folded.EndsWith(' '), $"'{folded}' has an outer space");
        Assert.Equal(folded, NameFolding.Fold(folded));
        if (s.All(char.IsAscii))
        {
            Assert.Equal(folded, NameFolding.Fold(s.ToUpperInvariant()));
        }
    });

    [Fact]
    public void TryFold_TooSmall_ReturnsFalse()
    {
        Span<char> small = stackalloc char[3];
        Assert.False(NameFolding.TryFold("Rogozin", small, out _));
        Span<char> room = stackalloc char[16];
        Assert.True(NameFolding.TryFold("Rogozin", room, out var written));
        Assert.Equal("rogozin", room[..written].ToString());
    }
}
