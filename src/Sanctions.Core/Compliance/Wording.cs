using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Compliance;

// Small pieces of the sentences findings are explained with, so that every rule words dates, shares and certainty alike.
internal static class Wording
{
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    // "60%", "33.33%": at most two decimals. A whole share (nearly every stake) is written as an integer, which gives the same text
    // without parsing the custom format on every finding.
    public static string Percent(decimal share) =>
        (share > 0m && share <= 1_000_000m && decimal.Truncate(share) == share
            ? ((int)share).ToString(CultureInfo.InvariantCulture)
            : share.ToString("0.##", CultureInfo.InvariantCulture)) + "%";

    // "" for a certain finding, else the hedge that says why it is only possible.
    public static Certainty Min(Certainty a, Certainty b) => a < b ? a : b;

    // "Vladimir Putin's", "Rosoboronexport's".
    public static string Possessive(string name) => name.EndsWith('s') ? name + "'" : name + "'s";

    // A person is "them", anything else "it": "dealings with them are prohibited", never "its property" of a person.
    public static string Them(ComplianceContext context, PartyId party) => context.World.TryGetParty(party, out var p) && p is Person ? "them" : "it";

    // "the EU's", "the US's": an authority's measures named by its jurisdiction, as a reader says it.
    public static string Authority(ComplianceContext context, Regimes.AuthorityId authority) => $"the {context.JurisdictionOf(authority)}'s";

    // How a kind of country measure reads in a sentence: "the EU's sectoral measures on Russia", never "EU's sectoral on Russia".
    public static string MeasurePhrase(Regimes.CountryMeasureKind kind) => kind switch
    {
        Regimes.CountryMeasureKind.ComprehensiveEmbargo => "comprehensive embargo",
        Regimes.CountryMeasureKind.ArmsEmbargo => "arms embargo",
        Regimes.CountryMeasureKind.Sectoral => "sectoral measures",
        Regimes.CountryMeasureKind.ExportControl => "export controls",
        _ => "measures",
    };

    public static string Hedge(Certainty certainty) => certainty == Certainty.Certain ? string.Empty : " (possibly: a date it rests on is partial or unknown, or a share is unknown)";

    public static string Connection(CountryLink link, string party, string state) => link.Connection switch
    {
        CountryConnection.Government when link.Office is { } office => $"{party}, acting for {state} as {office},",
        CountryConnection.Government => party == state ? $"{state} itself" : $"{party}, part of the government of {state},",
        CountryConnection.Location => $"{party}, located in {state},",
        _ => $"{party}, a national of {state},",
    };

    public static string Chain(ComplianceContext context, IEnumerable<PartyId> path) => string.Join(" ← ", path.Select(context.NameOf));
}
