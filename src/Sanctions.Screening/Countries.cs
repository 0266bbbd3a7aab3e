using System.Collections.Frozen;
using NodaTime.TimeZones;
using Sanctions.Core.Parties;

namespace Sanctions.Screening;

// Countries as lists and customers write them, to ISO 3166 alpha-2 codes. The English names come from the ISO 3166 table that
// ships inside NodaTime's time zone data; a few common other names are added. A country not found compares by its folded name.
internal static class Countries
{
    private static readonly FrozenDictionary<string, string> ByName = Build();

    public static string Key(string country)
    {
        var folded = NameFolding.Fold(country);
        if (folded.Length == 2 && ByName.ContainsKey(folded))
        {
            return folded;
        }

        return ByName.TryGetValue(folded, out var code) ? code : folded;
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
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
