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

    /// <summary>The lower-case alpha-2 code a country is written as (an alpha-2 or alpha-3 code in either case, an English name), or null when the text
    /// names no country known here (<c>Atlantis</c>, <c>XX</c>, a typo).</summary>
    public static string? Code(string country) => ByName.GetValueOrDefault(NameFolding.Fold(country));

    /// <summary>The code of a country as a list holds it: the importers write codes in upper case and keep the list's text where no
    /// code fits, so a two-letter value not in upper case, or a three-letter one in lower case, is the list's text (the UN's
    /// nationality <c>na</c>, "not available", not Namibia; <c>and</c>, not Andorra), not a code.</summary>
    public static string? ListedCode(string country)
    {
        var trimmed = country.Trim();
        return (trimmed.Length == 2 && !trimmed.All(char.IsAsciiLetterUpper)) || (trimmed.Length == 3 && trimmed.All(char.IsAsciiLetterLower))
            ? null
            : Code(trimmed);
    }

    // The 249 ISO 3166-1 alpha-3 codes with their alpha-2 codes, as the ISO 3166 Maintenance Agency assigns them; taken from the
    // iso-codes data of Debian's iso-codes package 4.15.0 (iso_3166-1.json), which follows the standard.
    private const string Alpha3 =
        "abwaw afgaf agoao aiaai alaax albal andad areae argar armam asmas ataaq atftf atgag ausau autat " +
        "azeaz bdibi belbe benbj besbq bfabf bgdbd bgrbg bhrbh bhsbs bihba blmbl blrby blzbz bmubm bolbo " +
        "brabr brbbb brnbn btnbt bvtbv bwabw cafcf canca cckcc chech chlcl chncn civci cmrcm codcd cogcg " +
        "cokck colco comkm cpvcv cricr cubcu cuwcw cxrcx cymky cypcy czecz deude djidj dmadm dnkdk domdo " +
        "dzadz ecuec egyeg erier esheh espes estee ethet finfi fjifj flkfk frafr frofo fsmfm gabga gbrgb " +
        "geoge ggygg ghagh gibgi gingn glpgp gmbgm gnbgw gnqgq grcgr grdgd grlgl gtmgt gufgf gumgu guygy " +
        "hkghk hmdhm hndhn hrvhr htiht hunhu idnid imnim indin iotio irlie irnir irqiq islis isril itait " +
        "jamjm jeyje jorjo jpnjp kazkz kenke kgzkg khmkh kirki knakn korkr kwtkw laola lbnlb lbrlr lbyly " +
        "lcalc lieli lkalk lsols ltult luxlu lvalv macmo mafmf marma mcomc mdamd mdgmg mdvmv mexmx mhlmh " +
        "mkdmk mliml mltmt mmrmm mneme mngmn mnpmp mozmz mrtmr msrms mtqmq musmu mwimw mysmy mytyt namna " +
        "nclnc nerne nfknf ngang nicni niunu nldnl norno nplnp nrunr nzlnz omnom pakpk panpa pcnpn perpe " +
        "phlph plwpw pngpg polpl pripr prkkp prtpt prypy pseps pyfpf qatqa reure rouro rusru rwarw sausa " +
        "sdnsd sensn sgpsg sgsgs shnsh sjmsj slbsb slesl slvsv smrsm somso spmpm srbrs ssdss stpst sursr " +
        "svksk svnsi swese swzsz sxmsx sycsc syrsy tcatc tcdtd tgotg thath tjktj tkltk tkmtm tlstl tonto " +
        "ttott tuntn turtr tuvtv twntw tzatz ugaug ukrua umium uryuy usaus uzbuz vatva vctvc venve vgbvg " +
        "virvi vnmvn vutvu wlfwf wsmws yemye zafza zmbzm zwezw";

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

        // ISO 3166-1 alpha-3 codes (passports' machine-readable zones and many customer files write them): five letters an entry,
        // the alpha-3 code then its alpha-2 code. Names come first, so a code never replaces a name's meaning.
        for (var i = 0; i + 5 <= Alpha3.Length; i += 6)
        {
            map.TryAdd(Alpha3.Substring(i, 3), Alpha3.Substring(i + 3, 2));
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
