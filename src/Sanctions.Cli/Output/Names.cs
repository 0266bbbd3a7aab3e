using System.Text;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;
using Sanctions.Core.World;

namespace Sanctions.Cli.Output;

/// <summary>The lowercase, kebab-case words the JSON output uses for the library's enums.</summary>
internal static class Names
{
    public static string Of(PartyKind kind) => Kebab(kind.ToString());

    public static string Of(MeasureKind kind) => Kebab(kind.ToString());

    public static string Of(CountryMeasureKind kind) => Kebab(kind.ToString());

    public static string Of(ArmsDirection direction) => Kebab(direction.ToString());

    public static string Of(TreatyActionKind kind) => Kebab(kind.ToString());

    public static string Of(ChangeKind kind) => Kebab(kind.ToString());

    public static string Of(Certainty certainty) => Kebab(certainty.ToString());

    /// <summary><c>InternationalOrganization</c> → <c>international-organization</c>.</summary>
    public static string Kebab(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    sb.Append('-');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
