using FsCheck;
using FsCheck.Fluent;
using Sanctions.Sources.Ofac;
using Sanctions.Sources.Raw;
using Sanctions.Sources.Un;

namespace Sanctions.Sources.Tests.Raw;

// One table of month names serves both readers: each month, in any case, reads as itself in OFAC's dates (three letters or
// more) and in the UN's notes (whole, or cut to three letters or more).
public sealed class MonthNamesTests
{
    private static readonly string[] Written =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // A month, its name cut to three letters or more, each letter in upper or lower case.
    private static readonly Gen<(int Month, string Word)> Words =
        from month in Gen.Choose(1, 12)
        from cut in Gen.Choose(3, Written[month - 1].Length)
        from upper in Gen.ArrayOf(Gen.Elements(true, false), cut)
        select (month, new string([.. Written[month - 1][..cut].Select((c, i) => upper[i] ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c))]));

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property EveryMonth_CutAndInAnyCase_ReadsAsItselfInBothReaders() =>
        Prop.ForAll(Words.ToArbitrary(), pair =>
        {
            var (month, word) = pair;
            Assert.Equal(12, MonthNames.English.Length);
            Assert.True(OfacDates.TryParse($"{word} 1963", out var ofac));
            Assert.Equal(new SourceDate(1963, month), ofac.From);
            Assert.True(UnDateNotes.TryParse($"{word} 1961", out var un));
            Assert.Equal(new SourceDate(1961, month), un.From);
        });
}
