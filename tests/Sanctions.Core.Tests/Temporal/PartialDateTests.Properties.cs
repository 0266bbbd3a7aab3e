using NodaTime;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Tests.Temporal;

/// <summary>Laws of <see cref="PartialDate"/>.</summary>
public sealed partial class PartialDateTests
{
    [SanctionsProperty]
    public bool EarliestAndLatest_BoundTheDaysCovered(PartialDate date, LocalDate day) =>
        (date.Covers(day) != Certainty.No) == (day >= date.Earliest && day <= date.Latest) && date.Earliest <= date.Latest;

    [SanctionsProperty]
    public bool Covers_IsCertainOnlyForTheExactDay(PartialDate date, LocalDate day) =>
        (date.Covers(day) == Certainty.Certain) == (date.IsExact && date.Earliest == day);

    [SanctionsProperty]
    public bool Covers_BoundaryDays(PartialDate date) =>
        date.Covers(date.Earliest) != Certainty.No && date.Covers(date.Latest) != Certainty.No &&
        (date.Earliest == new LocalDate(1, 1, 1) || date.Covers(date.Earliest.PlusDays(-1)) == Certainty.No) &&
        (date.Latest == new LocalDate(9999, 12, 31) || date.Covers(date.Latest.PlusDays(1)) == Certainty.No);

    [SanctionsProperty]
    public bool Parse_ToString_RoundTrips(PartialDate date) => PartialDate.Parse(date.ToString()) == date && PartialDate.Parse(date.ToString()).Precision == date.Precision;

    [SanctionsProperty]
    public bool CompareTo_OrdersByEarliestThenLatest(PartialDate a, PartialDate b) =>
        Math.Sign(a.CompareTo(b)) == Math.Sign(a.Earliest != b.Earliest ? a.Earliest.CompareTo(b.Earliest) : a.Latest.CompareTo(b.Latest)) &&
        (a.CompareTo(b) == 0) == (a.Earliest == b.Earliest && a.Latest == b.Latest);

    [SanctionsProperty]
    public bool Equals_IsStructural(PartialDate a, PartialDate b) =>
        (a == b) == (a.Year == b.Year && a.Month == b.Month && a.Day == b.Day) && (a != b || a.GetHashCode() == b.GetHashCode());
}
