using FsCheck;
using FsCheck.Fluent;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;
using static Sanctions.Core.Tests.World.SampleWorld;

namespace Sanctions.Core.Tests.World;

public sealed class WorldProblemTests
{
    private static readonly string[] CollectionNames =
    [
        "parties", "authorities", "instruments", "programs", "lists", "designations", "countryMeasures", "treaties",
        "treatyActions", "memberships", "relations", "positions",
    ];

    // The locator is the text problems have always printed: "collection[index]", then " (id)" when the item has an id;
    // the field is not part of it.
    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Locator_And_ToString_AreTheLocatorText() =>
        Prop.ForAll(
            (from collection in Gen.Elements(Enum.GetValues<WorldCollection>())
             from index in Gen.Choose(0, 1_000_000)
             from id in Gen.Elements<string?>(null, "x", "us-ofac-sdn:4632", "iso:IR")
             from field in Gen.Elements<string?>(null, "party", "valid")
             select (collection, index, id, field)).ToArbitrary(),
            t =>
            {
                var p = new WorldProblem(t.collection, t.index, t.id, t.field, "Something is wrong.");
                var locator = $"{CollectionNames[(int)t.collection]}[{t.index}]" + (t.id is null ? string.Empty : $" ({t.id})");
                return p.Locator == locator && p.ToString() == locator + ": Something is wrong.";
            });

    [Fact]
    public void New_NegativeIndex_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorldProblem(WorldCollection.Parties, -1, null, null, "m"));

    [Fact]
    public void Build_UnknownParty_NamesTheCollectionIndexIdAndField()
    {
        var e = Assert.Throws<WorldValidationException>(
            Builder().AddDesignation(new Designation("x", new PartyId("person:nobody"), Sdn, ValidPeriod.Always)).Build);
        var p = Assert.Single(e.Problems);

        Assert.Equal((WorldCollection.Designations, 3, "x", "party"), (p.Collection, p.Index, p.Id, p.Field));
    }

    [Fact]
    public void Build_DuplicateId_NamesTheItemAndTheOneItDuplicates()
    {
        var e = Assert.Throws<WorldValidationException>(Builder().AddParty(new State(Iran, [new PartyName("Persia")], "IR")).Build);
        var p = Assert.Single(e.Problems);

        Assert.Equal((WorldCollection.Parties, 8, "iso:IR", (string?)null, (int?)1), (p.Collection, p.Index, p.Id, p.Field, p.Related));
        Assert.Contains("parties[1]", p.Message, StringComparison.Ordinal);
    }
}
