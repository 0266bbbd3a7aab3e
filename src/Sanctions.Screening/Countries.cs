using System.Collections.Frozen;
using NodaTime.TimeZones;
using Sanctions.Core.Parties;

namespace Sanctions.Screening;

// Countries as lists and customers write them, to ISO 3166 alpha-2 codes. The English names come from the ISO 3166 table that
// ships inside NodaTime's time zone data; a few common other names are added. A text that names no country known here is not a
// country: unknown is not no, so it takes no part in the country qualifier (it is neither for nor against a match).
internal static class Countries
{
    private static readonly FrozenDictionary<string, string> ByName = Build();

    /// <summary>The lower-case alpha-2 code a country is written as (a code in either case, an English name), or null when the text
    /// names no country known here (<c>Atlantis</c>, <c>XX</c>, a typo).</summary>
    public static string? Code(string country) => ByName.GetValueOrDefault(NameFolding.Fold(country));

    /// <summary>The code of a country as a list holds it: the importers write codes in upper case and keep the list's text where no
    /// code fits, so a two-letter value in lower case is the list's text (the UN's nationality <c>na</c>, "not available"), not a
    /// code (Namibia).</summary>
    public static string? ListedCode(string country)
    {
        var trimmed = country.Trim();
        return trimmed.Length == 2 && !(char.IsAsciiLetterUpper(trimmed[0]) && char.IsAsciiLetterUpper(trimmed[1])) ? null : Code(trimmed);
    }

    private static FrozenDictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var location in TzdbDateTimeZoneSource.Default.ZoneLocations ?? [])
        {
            var code = location.CountryCode.ToLowerInvariant();
            map.TryAdd(code, code);
            map.TryAdd(NameFolding.Fold(location.CountryName), code);
            var paren = location.CountryName.IndexOf('(', StringComparison.Ordinal);
            if (paren > 0)
            {
                map.TryAdd(NameFolding.Fold(location.CountryName[..paren]), code);
            }
        }

        (string Name, string Code)[] more =
        [
            ("usa", "us"), ("united states of america", "us"), ("uk", "gb"), ("united kingdom", "gb"), ("great britain", "gb"),
            ("russian federation", "ru"), ("iran islamic republic of", "ir"), ("north korea", "kp"), ("dprk", "kp"),
            ("democratic people s republic of korea", "kp"), ("korea north", "kp"), ("south korea", "kr"), ("republic of korea", "kr"),
            ("korea south", "kr"), ("syrian arab republic", "sy"), ("burma", "mm"), ("ivory coast", "ci"), ("cote d ivoire", "ci"),
            ("czech republic", "cz"), ("czechia", "cz"), ("viet nam", "vn"), ("vietnam", "vn"), ("west bank", "ps"), ("gaza", "ps"),
            ("palestinian", "ps"), ("palestine", "ps"), ("democratic republic of the congo", "cd"), ("congo democratic republic of the", "cd"),
            ("republic of the congo", "cg"), ("holland", "nl"), ("the netherlands", "nl"), ("turkiye", "tr"), ("laos", "la"),
            ("macedonia", "mk"), ("swaziland", "sz"), ("cape verde", "cv"), ("east timor", "tl"), ("bolivia", "bo"), ("venezuela", "ve"),
            ("tanzania", "tz"), ("moldova", "md"), ("micronesia", "fm"), ("vatican", "va"), ("brunei", "bn"), ("taiwan", "tw"),
            ("uae", "ae"), ("emirates", "ae"), ("kosovo", "xk"), ("soviet union", "su"), ("ussr", "su"), ("yugoslavia", "yu"),
        ];
        foreach (var (name, code) in more)
        {
            map.TryAdd(name, code);
            map.TryAdd(code, code);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
