using System.Globalization;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Ofac;

/// <summary>
/// Parses the date text OFAC writes in remarks and the XML: <c>28 Jul 1963</c>, <c>Jul 1963</c>,
/// <c>1963</c>, <c>circa 1960</c>, <c>circa 01 Jan 1960</c>, <c>1960 to 1962</c>,
/// <c>01 Jan 1961 to 31 Dec 1963</c>, <c>circa 1950-1952</c>, <c>Mar 1950 to Feb 1951</c>; also
/// ISO <c>yyyy-MM-dd</c> and US <c>MM/dd/yyyy</c>.
/// </summary>
internal static class OfacDates
{
    public static bool TryParse(string text, out SourceDateRange range)
    {
        range = null!;
        var span = text.AsSpan().Trim();
        var approximate = false;
        if (span.StartsWith("circa ", StringComparison.OrdinalIgnoreCase))
        {
            approximate = true;
            span = span[6..].TrimStart();
        }
        else if (span.StartsWith("c. ", StringComparison.OrdinalIgnoreCase))
        {
            approximate = true;
            span = span[3..].TrimStart();
        }

        var to = span.IndexOf(" to ", StringComparison.OrdinalIgnoreCase);
        if (to > 0)
        {
            if (TryParseSingle(span[..to], out var a) && TryParseSingle(span[(to + 4)..], out var b))
            {
                range = new SourceDateRange(a, b, approximate, text.Trim());
                return true;
            }

            return false;
        }

        // circa 1950-1952: a year range with a hyphen.
        if (span.Length == 9 && span[4] == '-' && TryParseSingle(span[..4], out var y1) && TryParseSingle(span[5..], out var y2))
        {
            range = new SourceDateRange(y1, y2, approximate, text.Trim());
            return true;
        }

        if (TryParseSingle(span, out var single))
        {
            range = new SourceDateRange(single, null, approximate, text.Trim());
            return true;
        }

        return false;
    }

    /// <summary>Parses one date: <c>dd Mon yyyy</c>, <c>Mon yyyy</c>, <c>yyyy</c>, ISO, or <c>MM/dd/yyyy</c>.</summary>
    public static bool TryParseSingle(ReadOnlySpan<char> text, out SourceDate date)
    {
        date = default;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return false;
        }

        if (text.Length >= 8 && text.Length <= 10 && text.Contains('/'))
        {
            return TryParseUs(text, out date);
        }

        if (char.IsAsciiDigit(text[0]) && text.Length >= 4 && char.IsAsciiDigit(text[3]))
        {
            return SourceDate.TryParseIso(text, out date);
        }

        Span<Range> parts = stackalloc Range[4];
        var count = text.Split(parts, ' ', StringSplitOptions.RemoveEmptyEntries);
        int? day = null;
        int month;
        int year;
        switch (count)
        {
            case 2:
                month = MonthNumber(text[parts[0]]);
                year = Number(text[parts[1]], 4);
                break;
            case 3:
                day = Number(text[parts[0]], 2);
                month = MonthNumber(text[parts[1]]);
                year = Number(text[parts[2]], 4);
                if (day < 0)
                {
                    return false;
                }

                break;
            default:
                return false;
        }

        return month > 0 && year > 0 && SourceDate.TryCreate(year, month, day, out date);
    }

    private static bool TryParseUs(ReadOnlySpan<char> text, out SourceDate date)
    {
        date = default;
        Span<Range> parts = stackalloc Range[4];
        if (text.Split(parts, '/') != 3)
        {
            return false;
        }

        var month = Number(text[parts[0]], 2);
        var day = Number(text[parts[1]], 2);
        var year = Number(text[parts[2]], 4);
        return month > 0 && day > 0 && year > 0 && SourceDate.TryCreate(year, month, day, out date);
    }

    private static int MonthNumber(ReadOnlySpan<char> text)
    {
        if (text.Length < 3)
        {
            return -1;
        }

        // Accept "Jul", "Jul.", "July".
        var head = text[..3];
        for (var i = 0; i < MonthNames.English.Length; i++)
        {
            if (head.Equals(MonthNames.English[i].AsSpan(0, 3), StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return -1;
    }

    private static int Number(ReadOnlySpan<char> text, int maxDigits)
    {
        if (text.IsEmpty || text.Length > maxDigits)
        {
            return -1;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }
        }

        return int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
