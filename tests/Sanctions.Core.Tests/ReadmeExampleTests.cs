using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Core.Tests;

// The README's usage example, compiled and run here so that it cannot rot. The README must hold exactly the lines between
// the markers (checked below).
public sealed class ReadmeExampleTests
{
    private static void Example()
    {
        // begin-readme
        var sco = new PartyId("org:SCO");
        var iran = new PartyId("iso:IR");
        var world = new WorldBuilder()
            .AddParty(new InternationalOrganization(sco, [new PartyName("Shanghai Cooperation Organisation"), new PartyName("SCO", NameKind.Alias)]))
            .AddParty(new State(iran, [new PartyName("Iran")], alpha2: "IR", alpha3: "IRN"))
            .AddMembership(new Membership(iran, sco, MembershipStatus.Observer, new ValidPeriod(new PartialDate(2005, 7), new LocalDate(2023, 7, 4))))
            .AddMembership(new Membership(iran, sco, MembershipStatus.Member, ValidPeriod.Since(new LocalDate(2023, 7, 4))))
            .Build();

        var onArticleDay = world.AsOf(new LocalDate(2017, 8, 5));
        var status = onArticleDay.StatusIn(world.Find("Iran").Match!.Id, world.Find("SCO").Match!.Id);
        Console.WriteLine($"Was Iran a member of the SCO on 2017-08-05? {(status?.Fact.Status == MembershipStatus.Member ? "yes" : "no")}: {status?.Fact.Status} ({status?.Certainty})");
        foreach (var m in onArticleDay.StatusHistory(iran, sco))
        {
            Console.WriteLine($"  {m.Status} {m.Valid}");
        }

        // Was Iran a member of the SCO on 2017-08-05? no: observer (Certain)
        //   observer [2005-07, 2023-07-04)
        //   member [2023-07-04, …)
        // end-readme
    }

    [Fact]
    public void Example_AnswersIranScoQuestion()
    {
        var original = Console.Out;
        var output = new StringWriter();
        try
        {
            Console.SetOut(output);
            Example();
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Equal(
            ["Was Iran a member of the SCO on 2017-08-05? no: observer (Certain)", "  observer [2005-07, 2023-07-04)", "  member [2023-07-04, …)"],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Readme_HoldsTheExampleVerbatim()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "Sanctions.Core.Tests", "ReadmeExampleTests.cs"));
        var example = Between(source, "// begin-readme", "// end-readme");
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        Assert.Contains(Dedent(example), readme.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)].ReplaceLineEndings("\n").Trim('\n');
    }

    private static string Dedent(string block)
    {
        var lines = block.Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())).TrimEnd();
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sanctions.Core.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (Sanctions.Core.sln) above " + AppContext.BaseDirectory);
    }

}
