using System.Globalization;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Un;

/// <summary>
/// Reads the dates of birth the UN list gives only as a <c>NOTE</c>, where they name calendar months:
/// <c>Nov. 1973</c>, <c>August 1961</c>, <c>Between Aug. and Sep. 1977</c>. Anything else (<c>30-35 years old</c>, a Hijri
/// date) is not read, and the caller keeps it as text. The note is always kept as the date's text.
/// </summary>
internal static class UnDateNotes
{
    public static bool TryParse(string note, out SourceDateRange date)
    {
        date = null!;
        var words = note.Replace(".", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (words)
        {
            case [var month, var year] when TryMonth(month, out var m) && TryYear(year, out var y):
                date = new SourceDateRange(new SourceDate(y, m), null, false, note, Worded: true);
                return true;
            case [var between, var first, var and, var second, var year]
                when between.Equals("between", StringComparison.OrdinalIgnoreCase) && and.Equals("and", StringComparison.OrdinalIgnoreCase)
                    && TryMonth(first, out var m1) && TryMonth(second, out var m2) && m1 <= m2 && TryYear(year, out var y):
                date = new SourceDateRange(new SourceDate(y, m1), new SourceDate(y, m2), false, note, Worded: true);
                return true;
            default:
                return false;
        }
    }

    /// <summary>An English month, whole or cut to three letters or more (<c>Sep</c>, <c>Sept</c>, <c>August</c>).</summary>
    private static bool TryMonth(string word, out int month)
    {
        var lower = word.ToLowerInvariant();
        for (var i = 0; i < MonthNames.English.Length; i++)
        {
            if (lower.Length >= 3 && MonthNames.English[i].StartsWith(lower, StringComparison.Ordinal))
            {
                month = i + 1;
                return true;
            }
        }

        month = 0;
        return false;
    }

    private static bool TryYear(string word, out int year) =>
        word.Length == 4 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1800 and <= 2100
        || (year = 0) != 0;
}
