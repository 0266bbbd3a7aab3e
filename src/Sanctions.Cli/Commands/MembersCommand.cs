using System.CommandLine;
using Sanctions.Cli.Output;
using Sanctions.Core.Memberships;
using Sanctions.Core.Temporal;

namespace Sanctions.Cli.Commands;

/// <summary><c>members ORG [--on DATE] [--status STATUS]</c>: who belonged to an organisation, with which status, on a date.</summary>
internal sealed class MembersCommand : CliCommand
{
    private readonly Argument<string> organization = new("ORG") { Description = "The organisation: id, acronym or name (e.g. SCO)." };
    private readonly Option<NodaTime.LocalDate?> on = CommonOptions.On();
    private readonly Option<string?> status = new("--status") { Description = "Only this status: member, observer, dialogue partner, partner, …", HelpName = "STATUS" };

    public override string Name => "members";

    public override string Description => "Who belonged to an organisation, with which status, on a date.";

    protected override void Configure(Command command)
    {
        command.Add(organization);
        command.Add(on);
        command.Add(status);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var world = context.World;
        var org = Resolve.Organization(world, parse.GetRequiredValue(organization));
        var day = parse.GetValue(on) ?? context.Today;
        var only = parse.GetValue(status) is { } s && !string.IsNullOrWhiteSpace(s) ? new MembershipStatus(s) : (MembershipStatus?)null;
        var members = world.AsOf(day, context.KnownAt).MembersOf(org.Id, only)
            .OrderBy(a => StatusRank(a.Fact.Status))
            .ThenBy(a => a.Fact.Status.Value, StringComparer.Ordinal)
            .ThenBy(a => world.GetParty(a.Fact.Member).Name, StringComparer.Ordinal)
            .ToList();

        if (context.Json)
        {
            Json.Write(context, w =>
            {
                w.WriteStartObject();
                w.Party("organization", org);
                w.Date("on", day);
                w.WriteStartArray("members");
                foreach (var (m, certainty) in members)
                {
                    w.WriteStartObject();
                    w.Party("party", world.GetParty(m.Member));
                    w.WriteString("status", m.Status.Value);
                    w.Period(m.Valid);
                    w.Certainty(certainty);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return ExitCodes.Ok;
        }

        var counts = members.GroupBy(a => a.Fact.Status).Select(g => $"{g.Count()} {Plural(g.Key.Value, g.Count())}");
        context.Line($"{org.Name} on {Json.Text(day)}: {(members.Count == 0 ? "nobody" : string.Join(", ", counts))}");
        if (members.Count > 0)
        {
            var table = Text.Table("status", "party", "id", "from", "to", "certainty");
            foreach (var (m, certainty) in members)
            {
                table.Row(m.Status.Value, world.GetParty(m.Member).Name, m.Member.Value, Text.Date(m.Valid.Start), Text.Date(m.Valid.End), Text.Certainty(certainty));
            }

            context.Console.Write(table);
        }

        return ExitCodes.Ok;
    }

    /// <summary>Members first, then observers, dialogue partners, partners, then any other status.</summary>
    internal static int StatusRank(MembershipStatus status) => status.Value switch
    {
        "member" => 0,
        "observer" => 1,
        "dialogue partner" => 2,
        "partner" => 3,
        _ => 4,
    };

    private static string Plural(string status, int count) => count == 1 ? status : status + "s";
}
