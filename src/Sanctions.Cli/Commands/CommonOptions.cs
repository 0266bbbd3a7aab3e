using System.CommandLine;
using NodaTime;
using NodaTime.Text;

namespace Sanctions.Cli.Commands;

/// <summary>Options several commands share, created fresh for each command.</summary>
internal static class CommonOptions
{
    /// <summary>A date option (<c>yyyy-MM-dd</c>); a bad date is a parse error (exit 2).</summary>
    public static Option<LocalDate?> Date(string name, string description, bool required = false) => new(name)
    {
        Description = description,
        HelpName = "DATE",
        Required = required,
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : string.Empty;
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }

            r.AddError($"{name}: '{text}' is not a date; expected yyyy-MM-dd, e.g. 2017-08-05.");
            return null;
        },
    };

    /// <summary>An instant option (ISO-8601, <c>Z</c> or an offset); a bad instant is a parse error (exit 2).</summary>
    public static Option<Instant?> Instant(string name, string description, string example) => new(name)
    {
        Description = description,
        HelpName = "INSTANT",
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : string.Empty;
            var parsed = InstantPattern.ExtendedIso.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }

            var offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
            if (offset.Success)
            {
                return offset.Value.ToInstant();
            }

            r.AddError($"{name}: '{text}' is not an instant; expected ISO-8601 such as {example}.");
            return null;
        },
    };

    /// <summary><c>--on DATE</c>, defaulting (in the command) to today's UTC date.</summary>
    public static Option<LocalDate?> On(string what = "the day to ask about") => Date("--on", $"{char.ToUpperInvariant(what[0])}{what[1..]} (yyyy-MM-dd); default: today (UTC).");

    /// <summary><c>--authority CODE</c>: US, EU, UN, UK or a finer code such as US-OFAC; a coarse code includes its finer ones.</summary>
    public static Option<string?> Authority() => new("--authority")
    {
        Description = "Only this authority: US, EU, UN, UK, or a finer code the data uses (US-OFAC, US-STATE); a coarse code includes its finer ones.",
        HelpName = "CODE",
    };
}
