using System.Text;
using Sanctions.Core.Parties;

namespace Sanctions.Sources.Raw;

/// <summary>
/// Turns a country as a list writes it (OFAC <c>Korea, North</c>, UN <c>Iran (Islamic Republic of)</c>, an ISO code
/// <c>RU</c>) into its ISO 3166-1 alpha-2 code, or leaves the text as it is when no code fits (<c>Region: Crimea</c>,
/// <c>Palestinian</c>, <c>former Soviet Union</c>): no text is ever lost or guessed.
/// </summary>
/// <remarks>
/// Names are matched after folding case, accents and punctuation, and after dropping a leading or trailing "The".
/// The table holds the ISO short names and the names OFAC, the UN and trade.gov use; a name missing from it stays
/// text, which is the safe side (a compliance check says "review" rather than match it to the wrong country).
/// </remarks>
internal static class CountryNames
{
    // Code, then the names it is written as, separated by '|'.
    private static readonly string[] Table =
    [
        "AD|Andorra", "AE|United Arab Emirates|UAE", "AF|Afghanistan", "AG|Antigua and Barbuda|Antigua & Barbuda", "AI|Anguilla",
        "AL|Albania", "AM|Armenia", "AO|Angola", "AQ|Antarctica", "AR|Argentina", "AS|American Samoa", "AT|Austria",
        "AU|Australia", "AW|Aruba", "AX|Aland Islands", "AZ|Azerbaijan", "BA|Bosnia and Herzegovina|Bosnia-Herzegovina",
        "BB|Barbados", "BD|Bangladesh", "BE|Belgium", "BF|Burkina Faso", "BG|Bulgaria", "BH|Bahrain", "BI|Burundi", "BJ|Benin",
        "BL|Saint Barthelemy", "BM|Bermuda", "BN|Brunei|Brunei Darussalam", "BO|Bolivia|Bolivia (Plurinational State of)|Plurinational State of Bolivia",
        "BQ|Bonaire, Sint Eustatius and Saba", "BR|Brazil", "BS|Bahamas|Bahamas, The", "BT|Bhutan", "BV|Bouvet Island", "BW|Botswana",
        "BY|Belarus", "BZ|Belize", "CA|Canada", "CC|Cocos (Keeling) Islands", "CD|Democratic Republic of the Congo|Congo, Democratic Republic of the|Congo (Kinshasa)|DR Congo|DRC|Zaire",
        "CF|Central African Republic", "CG|Congo|Republic of the Congo|Congo, Republic of the|Congo (Brazzaville)", "CH|Switzerland",
        "CI|Cote d'Ivoire|Cote d Ivoire|Ivory Coast", "CK|Cook Islands", "CL|Chile", "CM|Cameroon", "CN|China|People's Republic of China|PRC",
        "CO|Colombia", "CR|Costa Rica", "CU|Cuba", "CV|Cabo Verde|Cape Verde", "CW|Curacao", "CX|Christmas Island", "CY|Cyprus",
        "CZ|Czechia|Czech Republic", "DE|Germany", "DJ|Djibouti", "DK|Denmark", "DM|Dominica", "DO|Dominican Republic", "DZ|Algeria",
        "EC|Ecuador", "EE|Estonia", "EG|Egypt", "EH|Western Sahara", "ER|Eritrea", "ES|Spain", "ET|Ethiopia", "FI|Finland", "FJ|Fiji",
        "FK|Falkland Islands|Falkland Islands (Malvinas)", "FM|Micronesia|Micronesia, Federated States of|Micronesia (Federated States of)",
        "FO|Faroe Islands", "FR|France", "GA|Gabon", "GB|United Kingdom|United Kingdom of Great Britain and Northern Ireland|UK|Great Britain",
        "GD|Grenada", "GE|Georgia", "GF|French Guiana", "GG|Guernsey", "GH|Ghana", "GI|Gibraltar", "GL|Greenland", "GM|Gambia|Gambia, The",
        "GN|Guinea", "GP|Guadeloupe", "GQ|Equatorial Guinea", "GR|Greece", "GS|South Georgia and the South Sandwich Islands", "GT|Guatemala",
        "GU|Guam", "GW|Guinea-Bissau", "GY|Guyana", "HK|Hong Kong|China, Hong Kong Special Administrative Region|Hong Kong SAR",
        "HM|Heard Island and McDonald Islands", "HN|Honduras", "HR|Croatia", "HT|Haiti", "HU|Hungary", "ID|Indonesia", "IE|Ireland",
        "IL|Israel", "IM|Isle of Man|Man, Isle of", "IN|India", "IO|British Indian Ocean Territory", "IQ|Iraq",
        "IR|Iran|Iran (Islamic Republic of)|Islamic Republic of Iran|Iran, Islamic Republic of", "IS|Iceland", "IT|Italy", "JE|Jersey",
        "JM|Jamaica", "JO|Jordan", "JP|Japan", "KE|Kenya", "KG|Kyrgyzstan|Kyrgyz Republic", "KH|Cambodia", "KI|Kiribati", "KM|Comoros",
        "KN|Saint Kitts and Nevis|St. Kitts and Nevis|St. Kitts & Nevis", "KP|Korea, North|North Korea|Democratic People's Republic of Korea|Korea, Democratic People's Republic of|DPRK",
        "KR|Korea, South|South Korea|Republic of Korea|Korea, Republic of", "KW|Kuwait", "KY|Cayman Islands", "KZ|Kazakhstan",
        "LA|Laos|Lao People's Democratic Republic|Lao PDR", "LB|Lebanon", "LC|Saint Lucia|St. Lucia", "LI|Liechtenstein", "LK|Sri Lanka",
        "LR|Liberia", "LS|Lesotho", "LT|Lithuania", "LU|Luxembourg", "LV|Latvia", "LY|Libya|Libyan Arab Jamahiriya", "MA|Morocco",
        "MC|Monaco", "MD|Moldova|Republic of Moldova|Moldova, Republic of", "ME|Montenegro", "MF|Saint Martin (French part)", "MG|Madagascar",
        "MH|Marshall Islands", "MK|North Macedonia|North Macedonia, The Republic of|Macedonia|Macedonia, The Former Yugoslav Republic of|The former Yugoslav Republic of Macedonia",
        "ML|Mali", "MM|Myanmar|Burma", "MN|Mongolia", "MO|Macau|Macao|China, Macao Special Administrative Region", "MP|Northern Mariana Islands",
        "MQ|Martinique", "MR|Mauritania", "MS|Montserrat", "MT|Malta", "MU|Mauritius", "MV|Maldives", "MW|Malawi", "MX|Mexico",
        "MY|Malaysia", "MZ|Mozambique", "NA|Namibia", "NC|New Caledonia", "NE|Niger", "NF|Norfolk Island", "NG|Nigeria", "NI|Nicaragua",
        "NL|Netherlands|Kingdom of the Netherlands", "NO|Norway", "NP|Nepal", "NR|Nauru", "NU|Niue", "NZ|New Zealand", "OM|Oman",
        "PA|Panama", "PE|Peru", "PF|French Polynesia", "PG|Papua New Guinea", "PH|Philippines", "PK|Pakistan", "PL|Poland",
        "PM|Saint Pierre and Miquelon", "PN|Pitcairn", "PR|Puerto Rico", "PS|State of Palestine|Palestine|Palestine, State of|Palestinian Territories|West Bank|Gaza|Gaza Strip",
        "PT|Portugal", "PW|Palau", "PY|Paraguay", "QA|Qatar", "RE|Reunion", "RO|Romania", "RS|Serbia", "RU|Russia|Russian Federation",
        "RW|Rwanda", "SA|Saudi Arabia", "SB|Solomon Islands", "SC|Seychelles", "SD|Sudan", "SE|Sweden", "SG|Singapore",
        "SH|Saint Helena, Ascension and Tristan da Cunha|Saint Helena", "SI|Slovenia", "SJ|Svalbard and Jan Mayen", "SK|Slovakia",
        "SL|Sierra Leone", "SM|San Marino", "SN|Senegal", "SO|Somalia", "SR|Suriname", "SS|South Sudan", "ST|Sao Tome and Principe",
        "SV|El Salvador", "SX|Sint Maarten", "SY|Syria|Syrian Arab Republic", "SZ|Eswatini|Swaziland", "TC|Turks and Caicos Islands",
        "TD|Chad", "TF|French Southern Territories", "TG|Togo", "TH|Thailand", "TJ|Tajikistan", "TK|Tokelau", "TL|Timor-Leste|East Timor",
        "TM|Turkmenistan", "TN|Tunisia", "TO|Tonga", "TR|Turkey|Turkiye", "TT|Trinidad and Tobago", "TV|Tuvalu",
        "TW|Taiwan|Taiwan, Province of China", "TZ|Tanzania|United Republic of Tanzania|Tanzania, United Republic of", "UA|Ukraine",
        "UG|Uganda", "UM|United States Minor Outlying Islands", "US|United States|United States of America|USA", "UY|Uruguay",
        "UZ|Uzbekistan", "VA|Holy See|Vatican City", "VC|Saint Vincent and the Grenadines|St. Vincent and the Grenadines",
        "VE|Venezuela|Venezuela (Bolivarian Republic of)|Bolivarian Republic of Venezuela", "VG|British Virgin Islands|Virgin Islands, British",
        "VI|Virgin Islands, U.S.|United States Virgin Islands", "VN|Vietnam|Viet Nam", "VU|Vanuatu", "WF|Wallis and Futuna", "WS|Samoa",
        "YE|Yemen", "YT|Mayotte", "ZA|South Africa", "ZM|Zambia", "ZW|Zimbabwe",
    ];

    private static readonly Dictionary<string, string> ByKey = Build(folded: true);

    // The names exactly as the table writes them, which is how most lists write them: found without folding the text.
    private static readonly Dictionary<string, string> ByName = Build(folded: false);

    /// <summary>The ISO 3166-1 alpha-2 code of a country as a list writes it, or null when none fits.</summary>
    /// <param name="text">The country as written: a name, or a code in upper case.</param>
    /// <returns>The code, or null.</returns>
    public static string? CodeOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) ? text.Trim() : text;
        if (trimmed.Length == 2 && char.IsAsciiLetterUpper(trimmed[0]) && char.IsAsciiLetterUpper(trimmed[1]))
        {
            return CountryCodes.IsAlpha2(trimmed) ? trimmed : null;
        }

        return ByName.TryGetValue(trimmed, out var code) ? code : ByKey.GetValueOrDefault(Key(trimmed));
    }

    /// <summary>The code where one fits, else the text as the list writes it (trimmed); null for no text.</summary>
    /// <param name="text">The country as written.</param>
    /// <returns>The code or the text.</returns>
    public static string? CodeOrText(string? text) => string.IsNullOrWhiteSpace(text) ? null : CodeOf(text) ?? text.Trim();

    private static Dictionary<string, string> Build(bool folded)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Table)
        {
            var parts = row.Split('|');
            foreach (var name in parts.Skip(1))
            {
                // Spellings that fold alike ("Cote d'Ivoire", "Cote d Ivoire") are one key; one key never names two codes.
                var key = folded ? Key(name) : name;
                if (!result.TryAdd(key, parts[0]) && result[key] != parts[0])
                {
                    throw new InvalidOperationException($"Country name '{name}' names two codes.");
                }
            }
        }

        return result;
    }

    /// <summary>Lower case, Latin letters without accents, other characters as single spaces, no leading or trailing "the".</summary>
    private static string Key(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var folded = Fold(c);
            if (char.IsAsciiLetterOrDigit(folded))
            {
                text.Append(char.ToLowerInvariant(folded));
            }
            else if (c != '\'' && c != '\u2019' && text.Length > 0 && text[^1] != ' ')
            {
                text.Append(' ');
            }
        }

        var key = text.ToString().Trim();
        if (key.StartsWith("the ", StringComparison.Ordinal))
        {
            key = key[4..];
        }

        if (key.EndsWith(" the", StringComparison.Ordinal))
        {
            key = key[..^4];
        }

        return key;
    }

    // The few accented letters country names use (Türkiye, Côte d'Ivoire, Curaçao, Réunion, São Tomé, Åland): culture-free.
    private static char Fold(char c) => c switch
    {
        'ü' or 'Ü' => 'u',
        'ô' or 'ó' or 'ò' or 'ö' => 'o',
        'ç' => 'c',
        'é' or 'è' or 'ê' or 'É' => 'e',
        'ã' or 'á' or 'à' or 'Å' or 'å' => 'a',
        'í' => 'i',
        _ => c,
    };
}
