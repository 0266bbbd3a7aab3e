using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using nietras.SeparatedValues;
using NodaTime;
using Sanctions.Cli.Output;
using Sanctions.Core;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;
using Sanctions.Screening;
using Spectre.Console;

namespace Sanctions.Cli.Commands;

/// <summary>
/// <c>screen NAME [--on DATE] [--min-score S] [--limit N] [--type T] [--birth-date D] [--country C]</c>: ranked matches of a name
/// against the parties designated on a date; <c>screen --batch FILE</c>: the same for every row of a CSV, as JSON Lines in input order.
/// </summary>
internal sealed partial class ScreenCommand : CliCommand
{
    private readonly Argument<string?> name = new("NAME") { Description = "The name to screen, in any script and order (e.g. \"ROGOZIN, Dmitrii\").", Arity = ArgumentArity.ZeroOrOne };
    private readonly Option<LocalDate?> on = CommonOptions.On("the day whose designations count");
    private readonly Option<double?> minScore = new("--min-score") { Description = "The lowest score listed (0..1); default: the alert threshold.", HelpName = "S" };
    private readonly Option<int?> limit = new("--limit") { Description = "At most N matches per name, best first.", HelpName = "N" };
    private readonly Option<string?> type = new("--type") { Description = "Only parties of this type: person, organization, vessel, aircraft, state, international-organization.", HelpName = "T" };
    private readonly Option<string?> birthDate = new("--birth-date") { Description = "Birth date at the precision known (yyyy, yyyy-MM or yyyy-MM-dd), or a range yyyy..yyyy.", HelpName = "D" };
    private readonly Option<string[]> country = new("--country") { Description = "Nationality or country (ISO 3166-1 alpha-2 or alpha-3 code, or English name); repeatable.", HelpName = "C", AllowMultipleArgumentsPerToken = false };
    private readonly Option<string[]> identifier = new("--id") { Description = "An identifier of the subject (passport, IMO, tax id); repeatable.", HelpName = "ID" };
    private readonly Option<bool> includeDelisted = new("--include-delisted") { Description = "Also list parties with no designation in force on the day, marked delisted." };
    private readonly Option<string?> batch = new("--batch") { Description = "Screen every row of this CSV (header row) and write JSON Lines, one object per row, in input order.", HelpName = "FILE" };
    private readonly Option<string?> column = new("--column") { Description = "The name column of --batch (default: name or full_name).", HelpName = "NAME" };
    private readonly Option<string?> birthDateColumn = new("--birth-date-column") { Description = "The birth date column of --batch (default: date_of_birth or birth_date when present).", HelpName = "NAME" };
    private readonly Option<string?> countryColumn = new("--country-column") { Description = "The country column of --batch (default: nationality or country when present).", HelpName = "NAME" };
    private readonly Option<string?> output = new("--out") { Description = "Where --batch writes its JSON Lines (default: standard output).", HelpName = "FILE" };

    public override string Name => "screen";

    public override string Description => "Ranked matches of a name (or of every row of a CSV with --batch) against the parties designated on a date.";

    protected override void Configure(Command command)
    {
        command.Add(name);
        foreach (var option in new Option[] { on, minScore, limit, type, birthDate, country, identifier, includeDelisted, batch, column, birthDateColumn, countryColumn, output })
        {
            command.Add(option);
        }
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var text = parse.GetValue(name);
        var file = parse.GetValue(batch);
        if (string.IsNullOrWhiteSpace(text) == (file is null))
        {
            throw new CliException(file is null ? "screen: give a NAME, or --batch FILE." : "screen: give either a NAME or --batch FILE, not both.");
        }

        var min = parse.GetValue(minScore);
        if (min is < 0 or > 1)
        {
            throw new CliException($"screen: --min-score {min.Value.ToString(CultureInfo.InvariantCulture)} is outside 0..1.");
        }

        var max = parse.GetValue(limit);
        if (max is < 1)
        {
            throw new CliException($"screen: --limit {max} must be at least 1.");
        }

        // Unknown is not no: a country the screener does not know would take no part in the match, so asking for it is bad input
        // rather than a qualifier silently dropped. (A batch row's country is the data's: there it is only not evaluated.)
        foreach (var c in parse.GetValue(country) ?? [])
        {
            if (!Screener.RecognisesCountry(c))
            {
                throw new CliException($"screen: --country '{c}' is not a country known here; give an ISO 3166-1 alpha-2 or alpha-3 code (IR, IRN) or an English name (Iran).");
            }
        }

        var day = parse.GetValue(on) ?? context.Today;
        var template = new ScreeningQuery("-", day)
        {
            KnownAt = context.KnownAt,
            Kind = Kind(parse.GetValue(type)),
            MinScore = min,
            Limit = max,
            IncludeDelisted = parse.GetValue(includeDelisted),
            Countries = [.. parse.GetValue(country) ?? []],
            Identifiers = [.. parse.GetValue(identifier) ?? []],
        };
        template = WithBirthDate(template, parse.GetValue(birthDate), "--birth-date");
        var screener = Screener.Build(context.World);
        return file is null
            ? Single(context, screener, template.ForName(text!))
            : Batch(context, screener, template, file, parse.GetValue(column), parse.GetValue(birthDateColumn), parse.GetValue(countryColumn), parse.GetValue(output));
    }

    private static int Single(CliContext context, Screener screener, ScreeningQuery query)
    {
        if (!Screener.CanScreen(query))
        {
            // Unknown is not no: a name the analysis keeps no word of cannot be screened (the screener refuses it), and "0 matches"
            // would say more than is known.
            throw new CliException($"screen: '{query.Names[0]}' has no word to screen (nothing but punctuation, honorifics or characters the analysis drops): not screened.");
        }

        var matches = screener.Screen(query);

        var world = context.World;
        if (context.Json)
        {
            Json.Write(context, w =>
            {
                w.WriteStartObject();
                w.WriteString("query", query.Names[0]);
                w.Date("on", query.On);
                w.WriteString("algorithm", screener.Options.Algorithm);
                WriteMatches(w, world, matches);
                w.WriteEndObject();
            });
            return ExitCodes.Ok;
        }

        var threshold = (query.MinScore ?? screener.Options.AlertThreshold).ToString("0.00", CultureInfo.InvariantCulture);
        context.Line($"'{query.Names[0]}' on {Json.Text(query.On)}: {matches.Length} match{(matches.Length == 1 ? string.Empty : "es")} at or above {threshold} ({screener.Options.Algorithm})");
        if (matches.IsEmpty)
        {
            return ExitCodes.Ok;
        }

        var table = Output.Text.Table("score", "band", "party", "type", "matched name", "kind", "designations");
        foreach (var m in matches)
        {
            table.Row(
                m.Score.ToString("0.000", CultureInfo.InvariantCulture),
                BandOf(m) + (m.IsDelisted ? " (delisted)" : string.Empty),
                $"{m.Party.Name} [{m.Party.Id}]" + (m.SameAs.IsEmpty ? string.Empty : $" (same party as {string.Join(", ", m.SameAs)})"),
                EnumWords.PartyKind.Word(m.Party.Kind),
                m.MatchedName.Value,
                NameKindOf(m.MatchedName.Kind),
                string.Join(", ", m.Designations.Select(d => world.FindList(d.Fact.List)?.Name ?? d.Fact.List.Value).Distinct(StringComparer.Ordinal)));
        }

        context.Console.Write(table);
        foreach (var m in matches)
        {
            context.Line($"{m.Party.Id}: {m.Explanation}");
        }

        return ExitCodes.Ok;
    }

    /// <summary>Writes the <c>matches</c> array of the contract: party, score, band, matched name and kind, designations, explanation, evidence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void WriteMatches(Utf8JsonWriter w, SanctionsWorld world, ImmutableArray<ScreeningMatch> matches)
    {
        // The property names encoded once (P), not escaped and transcoded for every match and evidence entry: the same bytes.
        w.WriteStartArray(P.Matches);
        foreach (var m in matches)
        {
            w.WriteStartObject();
            w.WritePropertyName(P.Party);
            w.Party(m.Party);
            w.WriteNumber(P.Score, m.Score);
            w.WriteString(P.Band, m.Band == MatchBand.Strong ? P.Strong : P.Review);
            w.WriteBoolean(P.Alert, m.IsAlert);
            w.WriteString(P.MatchedName, m.MatchedName.Value);
            w.WriteString(P.NameKind, NameKindOf(m.MatchedName.Kind));
            w.WriteString(P.QueryName, m.QueryName);
            w.WriteBoolean(P.Delisted, m.IsDelisted);
            if (!m.SameAs.IsEmpty)
            {
                // Issue 16: the other records of this real party (one per source after a merge); left out when none.
                w.WriteStartArray(P.SameAs);
                foreach (var id in m.SameAs)
                {
                    w.WriteStringValue(id.Value);
                }

                w.WriteEndArray();
            }

            w.WriteStartArray(P.Designations);
            foreach (var d in m.Designations)
            {
                DesignationsCommand.WriteDesignation(w, world, d);
            }

            w.WriteEndArray();
            w.WriteString(P.Explanation, m.Explanation);
            w.WriteStartArray(P.Evidence);
            foreach (var e in m.Evidence)
            {
                w.WriteStartObject();
                w.WriteString(P.Feature, e.Feature);
                w.WriteString(P.Role, e.Role == EvidenceRole.Name ? P.Name : P.Adjustment);
                StringOrNull(w, P.Query, e.Query);
                StringOrNull(w, P.Listed, e.Listed);
                w.WriteNumber(P.Score, e.Score);
                w.WriteNumber(P.Weight, e.Weight);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StringOrNull(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    // The names (and fixed values) of a match's properties, encoded once.
    private static class P
    {
        public static readonly JsonEncodedText Matches = JsonEncodedText.Encode("matches");
        public static readonly JsonEncodedText Party = JsonEncodedText.Encode("party");
        public static readonly JsonEncodedText Score = JsonEncodedText.Encode("score");
        public static readonly JsonEncodedText Band = JsonEncodedText.Encode("band");
        public static readonly JsonEncodedText Strong = JsonEncodedText.Encode("strong");
        public static readonly JsonEncodedText Review = JsonEncodedText.Encode("review");
        public static readonly JsonEncodedText Alert = JsonEncodedText.Encode("alert");
        public static readonly JsonEncodedText MatchedName = JsonEncodedText.Encode("matchedName");
        public static readonly JsonEncodedText NameKind = JsonEncodedText.Encode("nameKind");
        public static readonly JsonEncodedText QueryName = JsonEncodedText.Encode("queryName");
        public static readonly JsonEncodedText Delisted = JsonEncodedText.Encode("delisted");
        public static readonly JsonEncodedText SameAs = JsonEncodedText.Encode("sameAs");
        public static readonly JsonEncodedText Designations = JsonEncodedText.Encode("designations");
        public static readonly JsonEncodedText Explanation = JsonEncodedText.Encode("explanation");
        public static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence");
        public static readonly JsonEncodedText Feature = JsonEncodedText.Encode("feature");
        public static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Adjustment = JsonEncodedText.Encode("adjustment");
        public static readonly JsonEncodedText Query = JsonEncodedText.Encode("query");
        public static readonly JsonEncodedText Listed = JsonEncodedText.Encode("listed");
        public static readonly JsonEncodedText Weight = JsonEncodedText.Encode("weight");
        public static readonly JsonEncodedText Row = JsonEncodedText.Encode("row");
    }

    private static string BandOf(ScreeningMatch m) => m.Band == MatchBand.Strong ? "strong" : "review";

    private static string NameKindOf(NameKind kind) => kind switch
    {
        NameKind.Alias => "alias",
        NameKind.WeakAlias => "weak-alias",
        NameKind.FormerName => "former",
        _ => "primary",
    };

    private static PartyKind? Kind(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (var kind in Enum.GetValues<PartyKind>())
        {
            if (string.Equals(EnumWords.PartyKind.Word(kind), text.Trim(), StringComparison.OrdinalIgnoreCase) || string.Equals(kind.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        throw new CliException($"screen: unknown --type '{text}'; expected one of {string.Join(", ", EnumWords.PartyKind.Words)}.");
    }

    // yyyy, yyyy-MM, yyyy-MM-dd, or a range "a..b"; "circa"/"c." widens a year by one on each side.
    private static ScreeningQuery WithBirthDate(ScreeningQuery query, string? text, string where) =>
        BirthDateOf(text, where) is { } born ? query with { BirthDate = born.From, BirthDateTo = born.To } : query;

    // The birth date (from, and to for a range) that text gives, or null when it is blank; bad input (CliException, saying where) when it
    // is not a date.
    private static (PartialDate From, PartialDate? To)? BirthDateOf(string? text, string where)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        var circa = false;
        foreach (var prefix in new[] { "circa ", "circa", "ca. ", "ca.", "c. ", "c.", "~" })
        {
            if (t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                t = t[prefix.Length..].Trim();
                circa = true;
                break;
            }
        }

        var parts = t.Split("..", 2, StringSplitOptions.TrimEntries);
        if (!PartialDate.TryParse(parts[0], out var from) || (parts.Length == 2 && !PartialDate.TryParse(parts[1], out _)))
        {
            throw new CliException($"screen: {where} '{text}' is not a date; expected yyyy, yyyy-MM, yyyy-MM-dd or a range yyyy..yyyy.");
        }

        PartialDate? to = parts.Length == 2 ? PartialDate.Parse(parts[1]) : null;
        if (to is { } end && end.Latest < from.Earliest)
        {
            throw new CliException($"screen: {where} '{text}' ends before it starts.");
        }

        if (circa)
        {
            var last = to ?? from;
            (from, to) = (new PartialDate(from.Year - 1), new PartialDate(last.Year + 1));
        }

        return (from, to);
    }

    private static List<(int Line, string Name, string? BirthDate, ImmutableArray<string> Countries)> ReadRows(string file, string? nameColumn, string? dobColumn, string? countryColumn)
    {
        if (!File.Exists(file))
        {
            throw new CliException($"screen: --batch file '{file}' does not exist.");
        }

        try
        {
            using var reader = Sep.New(',').Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true, DisableFastFloat = true }).FromFile(file);
            var header = reader.Header.ColNames;
            int Find(string? asked, string option, params string[] defaults)
            {
                if (asked is not null)
                {
                    var at = IndexOf(header, asked);
                    return at >= 0 ? at : throw new CliException($"screen: {file}: no column '{asked}' ({option}); the header has {string.Join(", ", header)}.");
                }

                return defaults.Select(d => IndexOf(header, d)).FirstOrDefault(i => i >= 0, -1);
            }

            var nameAt = Find(nameColumn, "--column", "name", "full_name");
            if (nameAt < 0)
            {
                throw new CliException($"screen: {file}: no name column; expected 'name' or 'full_name', or name one with --column (the header has {string.Join(", ", header)}).");
            }

            var dobAt = Find(dobColumn, "--birth-date-column", "date_of_birth", "birth_date");
            var countryAt = Find(countryColumn, "--country-column", "nationality", "country");
            var rows = new List<(int, string, string?, ImmutableArray<string>)>();
            foreach (var row in reader)
            {
                var rowName = nameAt < row.ColCount ? row[nameAt].ToString() : string.Empty;
                var dob = dobAt >= 0 && dobAt < row.ColCount ? row[dobAt].ToString() : string.Empty;
                var place = countryAt >= 0 && countryAt < row.ColCount ? row[countryAt].ToString() : string.Empty;
                var countries = place.Length > 0 ? place.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToImmutableArray() : [];
                rows.Add((row.LineNumberFrom, rowName, dob.Length > 0 ? dob : null, countries));
            }

            return rows;
        }
        catch (IOException e)
        {
            throw new CliException($"screen: cannot read {file}: {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CliException($"screen: cannot read {file}: {e.Message}", e);
        }
        catch (InvalidDataException e)
        {
            throw new CliException($"screen: {file}: {e.Message}", e);
        }
    }

    private static int IndexOf(IReadOnlyList<string> header, string column)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i].Trim(), column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
