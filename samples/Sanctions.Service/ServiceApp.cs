using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using NodaTime.Text;
using Sanctions.Core;
using Sanctions.Core.Compliance;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;
using Sanctions.Hosting;
using Sanctions.Screening;

namespace Sanctions.Service;

/// <summary>The sample service: compliance checks, designations and name screening over HTTP, from a world kept current by Sanctions.Hosting.</summary>
public static class ServiceApp
{
    /// <summary>
    /// Builds the app: <c>AddSanctions</c> bound to the <c>Sanctions</c> configuration section, with a name screener built over each
    /// world, the endpoints, OpenAPI and health.
    /// </summary>
    /// <param name="args">Command-line arguments (configuration overrides, e.g. <c>--Sanctions:WorldFiles:0=world.json</c>).</param>
    /// <param name="configure">More set-up before the app is built (tests use it).</param>
    /// <returns>The app, not yet started.</returns>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);

        // What an app needs: the world (kept current; relative world files are under the content root), a health check on it, OpenAPI.
        builder.Services.AddSanctions(o =>
        {
            builder.Configuration.GetSection("Sanctions").Bind(o);
            for (var i = 0; i < o.WorldFiles.Count; i++)
            {
                o.WorldFiles[i] = Path.GetFullPath(o.WorldFiles[i], builder.Environment.ContentRootPath);
            }
        })

            // The screener is a world component: built over each new world before it goes into service, so a reload swaps it too.
            .AddWorldComponent(world => Screener.Build(world));
        builder.Services.AddHealthChecks().AddCheck<SanctionsWorldHealthCheck>("sanctions-world");
        builder.Services.AddOpenApi();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapOpenApi();
        app.MapHealthChecks("/health");
        app.MapPost("/check", Check)
            .WithSummary("The compliance verdict for dealing with a party (and a counterparty) under the listed jurisdictions.");
        app.MapGet("/parties/{id}/designations", Designations)
            .WithSummary("A party's designations in effect on a date; without `on`, all of them, delisted ones included.");
        app.MapPost("/screen", Screen)
            .WithSummary("The designated parties whose names match a name (or several names of one subject) on a day, best first, each with its score, band, evidence and designations in force.");
        return app;
    }

    internal static Results<Ok<CheckResponse>, ProblemHttpResult> Check(CheckRequest body, SanctionsWorldProvider provider, ComplianceChecker checker)
    {
        // One snapshot for the whole request: names are resolved and checked in the same world, whatever reloads meanwhile.
        var snapshot = provider.Current;
        var world = snapshot.World;
        if (Party(world, body.Party, "party") is not { } party)
        {
            return Unknown(world, body.Party, "party");
        }

        Party? counterparty = null;
        if (body.Counterparty is not null && (counterparty = Party(world, body.Counterparty, "counterparty")) is null)
        {
            return Unknown(world, body.Counterparty, "counterparty");
        }

        if (Date(body.On, "on") is not { } on)
        {
            return BadRequest($"on: '{body.On}' is not a date (yyyy-MM-dd).");
        }

        if (body.Jurisdictions is not { Length: > 0 })
        {
            return BadRequest("jurisdictions: give at least one (US, EU, UN, UK).");
        }

        if (!Enum.TryParse<Goods>((body.Goods ?? "general").Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var goods))
        {
            return BadRequest($"goods: '{body.Goods}' is not one of general, arms, dual-use.");
        }

        var result = checker.Check(snapshot, new ComplianceRequest(party.Id, on, body.Jurisdictions, counterparty?.Id, goods: goods));
        return TypedResults.Ok(new CheckResponse(
            result.Verdict.ToString().ToLowerInvariant(),
            Text(on),
            [.. result.Request.Jurisdictions],
            [.. result.Findings.Select(f => new FindingResponse(f.Rule, f.Authority.Value, f.Measure, [.. f.Basis], [.. f.Path.Select(p => p.Value)],
                f.Certainty.ToString().ToLowerInvariant(), f.Explanation))],
            new DataResponse(result.Data.Dataset, result.Data.Version, result.Data.ContentHash, snapshot.Generation)));
    }

    internal static Results<Ok<DesignationsResponse>, ProblemHttpResult> Designations(string id, string? on, SanctionsWorldProvider provider)
    {
        var snapshot = provider.Current;
        var world = snapshot.World;
        if (Party(world, id, "id") is not { } party)
        {
            return Unknown(world, id, "id");
        }

        LocalDate? day = null;
        if (on is not null && (day = Date(on, "on")) is null)
        {
            return BadRequest($"on: '{on}' is not a date (yyyy-MM-dd).");
        }

        var answers = day is { } d
            ? world.AsOf(d).DesignationsOf(party.Id).ToImmutableArray().Select(a => (a.Fact, a.Certainty))
            : world.Designations.Where(x => x.Party == party.Id && x.Recorded.IsCurrent).Select(x => (Fact: x, Certainty: Certainty.Certain));
        return TypedResults.Ok(new DesignationsResponse(
            new PartyResponse(party.Id.Value, party.Name, EnumWords.PartyKind.Word(party.Kind)),
            day is { } dd ? Text(dd) : null,
            [.. answers.Select(a => new DesignationResponse(a.Fact.Id, world.AuthorityOf(a.Fact).Value, a.Fact.List.Value, [.. a.Fact.Programs.Select(p => p.Value)],
                a.Fact.Valid.From?.ToString(), a.Fact.Valid.To?.ToString(), EnumWords.Certainty.Word(a.Certainty), [.. a.Fact.Basis.Select(b => b.Value)]))],
            new DataResponse(world.Dataset.Name, world.Dataset.Version, snapshot.ContentHash, snapshot.Generation)));
    }

    internal static Results<Ok<ScreenResponse>, ProblemHttpResult> Screen(ScreenRequest body, SanctionsWorldProvider provider, SanctionsMetrics metrics)
    {
        string[] names = [.. (body.Name is null ? [] : new[] { body.Name }).Concat(body.Names ?? [])];
        if (names.Length == 0 || names.Any(string.IsNullOrWhiteSpace))
        {
            return BadRequest("name: give the name to screen (\"name\"), or several names of one subject (\"names\"), none blank.");
        }

        if (body.On is null)
        {
            return BadRequest("on: give the day whose designations count (yyyy-MM-dd).");
        }

        if (Date(body.On, "on") is not { } on)
        {
            return BadRequest($"on: '{body.On}' is not a date (yyyy-MM-dd).");
        }

        PartyKind? kind = null;
        if (body.Kind is not null)
        {
            if (!Enum.TryParse<PartyKind>(body.Kind.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var k) || !Enum.IsDefined(k))
            {
                return BadRequest($"kind: '{body.Kind}' is not one of {string.Join(", ", EnumWords.PartyKind.Words)}.");
            }

            kind = k;
        }

        PartialDate? birthDate = null;
        if (body.BirthDate is not null)
        {
            if (!PartialDate.TryParse(body.BirthDate, out var b))
            {
                return BadRequest($"birthDate: '{body.BirthDate}' is not a date (yyyy, yyyy-MM or yyyy-MM-dd).");
            }

            birthDate = b;
        }

        if (body.MinScore is < 0 or > 1)
        {
            return BadRequest($"minScore: {body.MinScore} is outside [0, 1].");
        }

        if (body.Limit is < 1)
        {
            return BadRequest($"limit: {body.Limit} is not a positive number.");
        }

        // One snapshot for the whole request: the screener and the data it names belong to the same world.
        var snapshot = provider.Current;
        var query = new ScreeningQuery(names, on)
        {
            Kind = kind,
            BirthDate = birthDate,
            Countries = [.. body.Countries ?? []],
            MinScore = body.MinScore,
            Limit = body.Limit,
        };
        if (!Screener.CanScreen(query))
        {
            // Not screened is not "no match": a name of punctuation or honorifics only gets an error, not an empty list.
            return BadRequest("name: not screened: no word to screen in any name (nothing but punctuation, honorifics or characters the analysis drops).");
        }

        var matches = snapshot.Get<Screener>().Screen(query);
        metrics.RecordScreen(names.Length);
        var world = snapshot.World;
        return TypedResults.Ok(new ScreenResponse(
            Text(on),
            [.. matches.Select(m => new MatchResponse(
                m.Party.Id.Value,
                m.Party.Name,
                EnumWords.PartyKind.Word(m.Party.Kind),
                m.Score,
                m.Band.ToString().ToLowerInvariant(),
                m.IsAlert,
                m.QueryName,
                m.MatchedName.Value,
                EnumWords.NameKind.Word(m.MatchedName.Kind),
                [.. m.Designations.Select(a => new DesignationResponse(a.Fact.Id, world.AuthorityOf(a.Fact).Value, a.Fact.List.Value, [.. a.Fact.Programs.Select(p => p.Value)],
                    a.Fact.Valid.From?.ToString(), a.Fact.Valid.To?.ToString(), EnumWords.Certainty.Word(a.Certainty), [.. a.Fact.Basis.Select(x => x.Value)]))],
                m.Explanation,
                [.. m.Evidence.Select(e => new EvidenceResponse(e.Feature, e.Role.ToString().ToLowerInvariant(), e.Query, e.Listed, e.Score, e.Weight))]))],
            new DataResponse(world.Dataset.Name, world.Dataset.Version, snapshot.ContentHash, snapshot.Generation)));
    }

    private static Party? Party(SanctionsWorld world, string text, string field) =>
        world.TryGetParty(new PartyId(text), out var byId) ? byId : world.Find(text).Match;

    private static ProblemHttpResult Unknown(SanctionsWorld world, string text, string field)
    {
        var found = world.Find(text);
        var detail = found.Status == FindStatus.Ambiguous
            ? $"{field}: '{text}' names several parties: {string.Join(", ", found.Candidates.Select(c => $"{c.Name} [{c.Id}]"))}."
            : $"{field}: no party is named '{text}'{(found.Suggestions.IsEmpty ? "." : $"; nearest: {string.Join(", ", found.Suggestions)}.")}";
        return TypedResults.Problem(detail, statusCode: found.Status == FindStatus.Ambiguous ? StatusCodes.Status409Conflict : StatusCodes.Status404NotFound);
    }

    private static ProblemHttpResult BadRequest(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest);

    private static LocalDate? Date(string? text, string field) =>
        text is not null && LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : null;

    private static string Text(LocalDate date) => LocalDatePattern.Iso.Format(date);
}

/// <summary>A check: who, with whom, what, when, under which jurisdictions.</summary>
/// <param name="Party">The party: id or name.</param>
/// <param name="On">The day, yyyy-MM-dd.</param>
/// <param name="Jurisdictions">The jurisdictions that bind the caller: US, EU, UN, UK.</param>
/// <param name="Counterparty">The counterparty, if any: id or name.</param>
/// <param name="Goods">general (the default), arms or dual-use.</param>
public sealed record CheckRequest(string Party, string On, string[] Jurisdictions, string? Counterparty = null, string? Goods = null);

/// <summary>The verdict, its findings, and the data it came from.</summary>
public sealed record CheckResponse(string Verdict, string On, string[] Jurisdictions, FindingResponse[] Findings, DataResponse Data);

/// <summary>One finding: which rule, authority and measure, on what legal basis, along which chain of parties.</summary>
public sealed record FindingResponse(string Rule, string Authority, string Measure, string[] Basis, string[] Path, string Certainty, string Explanation);

/// <summary>Which world answered: dataset, version, content hash and the generation in service.</summary>
public sealed record DataResponse(string Dataset, string? Version, string ContentHash, long Generation);

/// <summary>A party's designations.</summary>
public sealed record DesignationsResponse(PartyResponse Party, string? On, DesignationResponse[] Designations, DataResponse Data);

/// <summary>A party: id, name and type.</summary>
public sealed record PartyResponse(string Id, string Name, string Type);

/// <summary>One designation, with the certainty that it is in effect on the day asked.</summary>
public sealed record DesignationResponse(string Id, string Authority, string List, string[] Programs, string? From, string? To, string Certainty, string[] Basis);

/// <summary>A screen: the name (or several names of one subject), the day, and what else is known (each optional).</summary>
/// <param name="Name">The name as written, in any script and order.</param>
/// <param name="On">The day whose designations count, yyyy-MM-dd.</param>
/// <param name="Names">More names of the same subject (a transliteration, a former name); with or instead of <paramref name="Name"/>.</param>
/// <param name="Kind">person, organization, vessel, aircraft, state, international-organization; unknown when absent (every kind is screened).</param>
/// <param name="BirthDate">yyyy, yyyy-MM or yyyy-MM-dd; unknown when absent.</param>
/// <param name="Countries">Nationalities and countries: ISO 3166 codes or English names.</param>
/// <param name="MinScore">The lowest score returned, in [0, 1]; the screener's alert threshold when absent.</param>
/// <param name="Limit">At most this many matches, best first.</param>
public sealed record ScreenRequest(string? Name, string? On, string[]? Names = null, string? Kind = null, string? BirthDate = null, string[]? Countries = null,
    double? MinScore = null, int? Limit = null);

/// <summary>The matches, best first (none is an empty list: no listed name matched at or above the minimum score), and the world screened.</summary>
public sealed record ScreenResponse(string On, MatchResponse[] Matches, DataResponse Data);

/// <summary>One matched party: score and band, which name matched which, its designations in force on the day, and why.</summary>
public sealed record MatchResponse(string PartyId, string Name, string Type, double Score, string Band, bool Alert, string QueryName, string MatchedName,
    string MatchedNameKind, DesignationResponse[] Designations, string Explanation, EvidenceResponse[] Evidence);

/// <summary>One feature of a match's score: a word pair, a cap or a qualifier, with its score and weight.</summary>
public sealed record EvidenceResponse(string Feature, string Role, string? Query, string? Listed, double Score, double Weight);
