using NodaTime;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Serialization;

// The common shape of an instant in a world file, read without NodaTime's general pattern machinery:
// yyyy-MM-ddTHH:mm:ss, an optional '.' and one to nine digits of the second, then 'Z'. Anything else (a comma, an
// out-of-range field, another length) is left to InstantPattern.ExtendedIso, which decides and words the error.
internal static class IsoInstant
{
    public static bool TryParse(string text, out Instant instant)
    {
        instant = default;
        var s = text.AsSpan();
        if (s.Length < 20 || s.Length == 21 || s.Length > 30 || s[^1] != 'Z'
            || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':'
            || !PartialDate.TryDigits(s[..4], out var year) || !PartialDate.TryDigits(s.Slice(5, 2), out var month) || !PartialDate.TryDigits(s.Slice(8, 2), out var day)
            || !PartialDate.TryDigits(s.Slice(11, 2), out var hour) || !PartialDate.TryDigits(s.Slice(14, 2), out var minute) || !PartialDate.TryDigits(s.Slice(17, 2), out var second))
        {
            return false;
        }

        var nanos = 0;
        if (s.Length > 20)
        {
            var fraction = s[20..^1];
            if (s[19] != '.' || !PartialDate.TryDigits(fraction, out nanos))
            {
                return false;
            }

            for (var i = fraction.Length; i < 9; i++)
            {
                nanos *= 10;
            }
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        instant = Instant.FromUtc(year, month, day, hour, minute, second).PlusNanoseconds(nanos);
        return true;
    }
}
