using Sanctions.Core.Parties;

namespace Sanctions.Screening.Tests;

/// <summary><see cref="NameAnalyzer"/>: order, particles, honorifics, initials, legal forms, stopwords and numbers.</summary>
public sealed class NameAnalyzerTests
{
    private static string Show(string name, PartyKind? kind = null) =>
        string.Join(" ", NameAnalyzer.Analyze(name, kind).Select(t => t.Role == TokenRole.Name ? t.Text : $"{t.Text}:{t.Role}"));

    [Theory]
    [InlineData("PUTIN, Vladimir Vladimirovich", PartyKind.Person, "vladimir vladimirovich putin:Family")]
    [InlineData("Vladimir Putin", PartyKind.Person, "vladimir putin")]
    [InlineData("Sheikh Dr. Abu Bakr al-Baghdadi", PartyKind.Person, "sheikh:Particle abu:Particle bakr al:Particle baghdadi")]
    [InlineData("Hafiz Saeed", PartyKind.Person, "hafiz:Particle saeed")]
    [InlineData("V. V. Putin", PartyKind.Person, "v:Initial v:Initial putin")]
    [InlineData("Ludwig van Beethoven Jr.", PartyKind.Person, "ludwig van:Particle beethoven")]
    [InlineData("OOO Rosneft Trading S.A.", PartyKind.Organization, "ooo:LegalForm rosneft trading sa:LegalForm")]
    [InlineData("Bank of the Russian Federation", PartyKind.Organization, "bank of:Stopword the:Stopword russian federation")]
    [InlineData("ZAO \"Stroy 7\"", PartyKind.Organization, "zao:LegalForm stroy 7:Number")]
    [InlineData("Acme, Ltd.", PartyKind.Organization, "acme ltd:LegalForm")]
    [InlineData("General", PartyKind.Person, "general")]
    public void Analyze_Examples(string name, PartyKind kind, string expected) => Assert.Equal(expected, Show(name, kind));

    [Fact]
    public void Analyze_Cyrillic_MarksTransliterated()
    {
        var tokens = NameAnalyzer.Analyze("Рогозин, Дмитрий", PartyKind.Person);
        Assert.Equal(["dmitriy", "rogozin"], tokens.Select(t => t.Text));
        Assert.All(tokens, t => Assert.True(t.Transliterated));
        Assert.Equal(TokenRole.Family, tokens[1].Role);
    }

    [Fact]
    public void Analyze_CommaBeforeLegalForm_IsNotNameOrder()
    {
        // "Acme, Inc." is an organisation's name with its legal form, not "LAST, Given", even when the kind is unknown.
        Assert.Equal("acme inc:LegalForm", Show("Acme, Inc."));
    }
}
