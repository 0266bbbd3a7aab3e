using System.Globalization;

namespace Sanctions.Sources.Raw;

/// <summary>
/// A calendar date exactly as precise as a list gave it: a year, a year and month, or a full
/// date. Kept separate from the Core model so that readers do not depend on it.
/// </summary>
internal readonly record struct SourceDate(int Year, int? Month = null, int? Day = null)
{
    public static bool TryCreate(int year, int? month, int? day, out SourceDate date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || (day is not null && month is null))
        {
            return false;
        }

        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month!.Value)))
        {
            return false;
        }

        date = new SourceDate(year, month, day);
        return true;
    }

    /// <summary>Parses ISO prefixes: <c>yyyy</c>, <c>yyyy-MM</c>, <c>yyyy-MM-dd</c>, and a longer timestamp or zone suffix after the day.</summary>
    public static bool TryParseIso(ReadOnlySpan<char> text, out SourceDate date)
    {
        date = default;
        text = text.Trim();
        if (text.Length < 4 || !TryDigits(text[..4], out var year))
        {
            return false;
        }

        if (text.Length == 4)
        {
            return TryCreate(year, null, null, out date);
        }

        if (text.Length < 7 || text[4] != '-' || !TryDigits(text.Slice(5, 2), out var month))
        {
            return false;
        }

        if (text.Length == 7)
        {
            return TryCreate(year, month, null, out date);
        }

        if (text.Length < 10 || text[7] != '-' || !TryDigits(text.Slice(8, 2), out var day))
        {
            return false;
        }

        // Anything after the day must be a time or a zone offset (2015-07-01-04:00, 2024-01-01T10:00:00Z).
        if (text.Length > 10 && text[10] is not ('T' or ' ' or '-' or '+' or 'Z'))
        {
            return false;
        }

        return TryCreate(year, month, day, out date);
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                value = 0;
                return false;
            }
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        ({ } m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}"),
        ({ } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}"),
    };
}

/// <summary>
/// A date as a list states it: one partial date, or an inclusive range (<c>1960 to 1962</c>),
/// possibly approximate (<c>circa</c>), with the original text. <c>Worded</c> says the text is words the
/// dates were read from (a UN note such as <c>Nov. 1973</c>) and is kept with them.
/// </summary>
internal sealed record SourceDateRange(SourceDate From, SourceDate? To, bool Approximate, string Text, bool Worded = false)
{
    public static SourceDateRange Single(SourceDate date, string text, bool approximate = false) =>
        new(date, null, approximate, text);

    public override string ToString() =>
        (Approximate ? "circa " : string.Empty) + From + (To is { } to ? " to " + to : string.Empty);
}
