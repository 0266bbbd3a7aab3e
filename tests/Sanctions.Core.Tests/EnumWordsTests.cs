using System.Reflection;
using System.Text.RegularExpressions;
using Sanctions.Core.Parties;
using Xunit;

namespace Sanctions.Core.Tests;

// The one table of enum words: every value of every enum it names has one word, lowercase kebab-case, distinct, read back
// to the same value; the format, the CLI and compliance wording all write through it.
public sealed class EnumWordsTests
{
    public static TheoryData<string> Tables() =>
        [.. typeof(EnumWords).GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Tables))]
    public void Table_EveryValueHasOneKebabWord_ThatReadsBack(string table)
    {
        var property = typeof(EnumWords).GetProperty(table)!;
        var enumType = property.PropertyType.GetGenericArguments()[0];
        Assert.Equal(table, enumType.Name);
        var check = typeof(EnumWordsTests).GetMethod(nameof(Check), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(enumType);
        check.Invoke(null, [property.GetValue(null)]);
    }

    [Fact]
    public void Word_UndefinedValue_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EnumWords.PartyKind.Word((PartyKind)99));
        Assert.False(EnumWords.PartyKind.TryParse("Person", out _));
        Assert.False(EnumWords.PartyKind.TryParse(null, out _));
        Assert.Equal("international-organization", EnumWords.PartyKind.Word(PartyKind.InternationalOrganization));
    }

    private static void Check<TEnum>(EnumWords<TEnum> words)
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        Assert.Equal(values.Length, words.Words.Count);
        Assert.Equal(words.Words.Count, words.Words.Distinct(StringComparer.Ordinal).Count());
        Assert.False(string.IsNullOrWhiteSpace(words.Description));
        foreach (var value in values)
        {
            var word = words.Word(value);
            Assert.Matches(new Regex("^[a-z]+(-[a-z]+)*$", RegexOptions.CultureInvariant), word);
            Assert.True(words.TryParse(word, out var back));
            Assert.Equal(value, back);
        }
    }
}
