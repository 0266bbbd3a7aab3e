using FsCheck;
using FsCheck.Fluent;
using Sanctions.Core.Parties;
using Sanctions.Core.World;
using static Sanctions.Core.Tests.World.SampleWorld;

namespace Sanctions.Core.Tests.World;

// Find drops titles (NameFolding.Titles) as screening's analysis does, but only when the text as written finds nothing.
public sealed class FindTitlesTests
{
    private static readonly SanctionsWorld World = Build();

    private static readonly string[] Forms = ["{0} Dmitry Rogozin", "{0}. Dmitry Rogozin", "{0} {0} Rogozin, Dmitry", "{0}. ROGOZIN Dmitry Jr."];

    [SanctionsProperty]
    public Property Find_TitlesBeforeTheName_AreDropped() => Prop.ForAll(
        Gen.Elements(NameFolding.Titles.ToArray()).Select(t => char.ToUpperInvariant(t[0]) + t[1..]).ToArbitrary(),
        Gen.Elements(Forms).ToArbitrary(),
        (title, form) =>
        {
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, form, title);
            var result = World.Find(text);
            Assert.True(result.Status == FindStatus.Found, $"'{text}': {result.Status} [{string.Join(", ", result.Candidates.Select(c => c.Id))}]");
            Assert.Equal(Rogozin, result.Match!.Id);
            Assert.Equal(text, result.Query);
        });

    [Fact]
    public void Find_TitleAfterTheFirstOtherWord_IsKept()
    {
        Assert.Equal(FindStatus.NotFound, World.Find("Dmitry Mr Rogozin").Status);
    }

    [Fact]
    public void Find_NothingButTitles_FindsNothing()
    {
        Assert.Equal(FindStatus.NotFound, World.Find("Mr. Dr.").Status);
    }

    [Fact]
    public void Find_TextThatFindsAsWritten_KeepsItsTitleWords()
    {
        // "General Staff" finds the organisation by its words; dropping "General" would also find the person named Staff.
        var world = Builder()
            .AddParty(new Organization(new PartyId("org:general-staff"), [new PartyName("General Staff of the Armed Forces")]))
            .AddParty(new Person(new PartyId("person:staff"), [new PartyName("Ivan Staff")]))
            .Build();
        var result = world.Find("General Staff");
        Assert.Equal(FindStatus.Found, result.Status);
        Assert.Equal("org:general-staff", result.Match!.Id.Value);
        Assert.Equal(FindStep.Words, result.Step);
    }
}
