using Sanctions.Core;
using Sanctions.Core.Parties;
using Sanctions.Core.Treaties;
using Sanctions.Core.World;

namespace Sanctions.Cli.Commands;

/// <summary>Turns a name on the command line into a party or treaty through <see cref="SanctionsWorld.Find"/>: one hit is used; several or none stop with exit 2.</summary>
internal static class Resolve
{
    /// <summary>The one party <paramref name="text"/> names.</summary>
    /// <exception cref="CliException">Ambiguous (the candidates with ids) or unknown (the nearest names).</exception>
    public static Party Party(SanctionsWorld world, string text, string what = "party") => One(world.Find(text), what, p => p.Name, p => p.Id.Value);

    /// <summary>The one international organisation <paramref name="text"/> names.</summary>
    public static Party Organization(SanctionsWorld world, string text)
    {
        var party = Party(world, text, "organisation");
        return party is InternationalOrganization
            ? party
            : throw new CliException($"'{text}' is {party.Name} [{party.Id}], a {EnumWords.PartyKind.Word(party.Kind)}, not an international organisation.");
    }

    /// <summary>The one state or region <paramref name="text"/> names.</summary>
    public static Party State(SanctionsWorld world, string text)
    {
        var party = Party(world, text, "state");
        return party is State
            ? party
            : throw new CliException($"'{text}' is {party.Name} [{party.Id}], a {EnumWords.PartyKind.Word(party.Kind)}, not a state; country measures target states.");
    }

    /// <summary>The one treaty <paramref name="text"/> names.</summary>
    public static Treaty Treaty(SanctionsWorld world, string text) => One(world.FindTreaty(text), "treaty", t => t.Name, t => t.Id.Value);

    /// <summary>An <c>--authority</c> code, checked against the world's authorities; null when not given.</summary>
    /// <exception cref="Core.World.UnknownReferenceException">No authority answers to it (exit 2, with the nearest codes).</exception>
    public static string? AuthorityCode(SanctionsWorld world, string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        world.RequireAuthorityCode(code);
        return code.Trim();
    }

    private static T One<T>(FindResult<T> result, string what, Func<T, string> name, Func<T, string> id)
        where T : class => result.Status switch
        {
            FindStatus.Found => result.Match!,
            FindStatus.Ambiguous => throw new CliException(
                $"'{result.Query}' is ambiguous: {result.Candidates.Length} {what} names match: " +
                string.Join("; ", result.Candidates.Select(c => $"{name(c)} [{id(c)}]")) + ". Name one by its id."),
            _ => throw new CliException(
                $"No {what} matches '{result.Query}'." +
                (result.Suggestions.IsEmpty ? string.Empty : " Did you mean: " + string.Join("; ", result.Suggestions) + "?")),
        };
}
