using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Compliance;

// Small pieces of the sentences findings are explained with, so that every rule words dates, shares and certainty alike.
internal static class Wording
{
    public static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }

    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Percent(decimal share) => share.ToString("0.##", CultureInfo.InvariantCulture) + "%";

    // "" for a certain finding, else the hedge that says why it is only possible.
    public static string Hedge(Certainty certainty) => certainty == Certainty.Certain ? string.Empty : " (possibly: a date it rests on is partial, or a share is unknown)";

    public static string Connection(CountryConnection connection, string party, string state) => connection switch
    {
        CountryConnection.Government => party == state ? $"{state} itself" : $"{party}, part of the government of {state},",
        CountryConnection.Location => $"{party}, located in {state},",
        _ => $"{party}, a national of {state},",
    };

    public static string Chain(ComplianceContext context, IEnumerable<PartyId> path) => string.Join(" ← ", path.Select(context.NameOf));
}
