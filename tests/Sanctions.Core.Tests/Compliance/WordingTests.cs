using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Sanctions.Core.Compliance;

namespace Sanctions.Core.Tests.Compliance;

public sealed class WordingTests
{
    // The whole-share fast path (issue 17) writes what the "0.##" format writes, for whole shares, shares with decimals, scaled
    // decimals (60.00), zero, negatives and values past the fast path's range.
    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property Percent_WritesWhatTheTwoDecimalFormatWrites() =>
        Prop.ForAll(Gen.Elements(0, 1, 2, 4).SelectMany(scale => Gen.Choose(-200_000, 200_000_000).Select(units => new decimal(Math.Abs(units), 0, 0, units < 0, (byte)scale)))
            .ToArbitrary(), share => Wording.Percent(share) == share.ToString("0.##", CultureInfo.InvariantCulture) + "%");
}
