using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sanctions.Cli.Data;
using Sanctions.SeedWorld;

namespace Sanctions.Cli.Tests.Commands;

public sealed class MembersCommandTests
{
    [Fact]
    public void Members_ScoOnArticleDate_ListsEightMembersFourObserversSixDialoguePartners()
    {
        var json = CliRunner.Run("members", "SCO", "--on", "2017-08-05", "--json").Json;
        Assert.Equal("org:SCO", json.GetProperty("organization").GetProperty("id").GetString());
        Assert.Equal("international-organization", json.GetProperty("organization").GetProperty("type").GetString());
        Assert.Equal("2017-08-05", json.GetProperty("on").GetString());
        var members = json.GetProperty("members").EnumerateArray().ToList();
        List<string> With(string status) => [.. members.Where(m => m.GetProperty("status").GetString() == status).Select(m => m.GetProperty("party").GetProperty("name").GetString()!).Order(StringComparer.Ordinal)];
        Assert.Equal(["China", "India", "Kazakhstan", "Kyrgyzstan", "Pakistan", "Russia", "Tajikistan", "Uzbekistan"], With("member"));
        Assert.Equal(["Afghanistan", "Belarus", "Iran", "Mongolia"], With("observer"));
        Assert.Equal(["Armenia", "Azerbaijan", "Cambodia", "Nepal", "Sri Lanka", "Turkey"], With("dialogue partner"));
        Assert.Equal(18, members.Count);
    }

    [Fact]
    public void Members_Iran_CarriesItsPartialStartAndEnd()
    {
        var json = CliRunner.Run("members", "SCO", "--on", "2017-08-05", "--json").Json;
        var iran = json.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("party").GetProperty("id").GetString() == "iso:IR");
        Assert.Equal("2005-07", iran.GetProperty("from").GetString());
        Assert.Equal("2023-07-04", iran.GetProperty("to").GetString());
        Assert.Equal("state", iran.GetProperty("party").GetProperty("type").GetString());
    }

    [Fact]
    public void Members_WithoutOn_AnswersForTodayAfterTheMerge()
    {
        var json = CliRunner.Run("members", "SCO", "--json").Json;
        Assert.Equal("2026-11-27", json.GetProperty("on").GetString());
        var statuses = json.GetProperty("members").Strings("status");
        Assert.Equal(10, statuses.Count(s => s == "member"));
        Assert.Equal(17, statuses.Count(s => s == "partner"));
        Assert.DoesNotContain("observer", statuses);
        Assert.All(json.GetProperty("members").EnumerateArray().Where(m => m.GetProperty("status").GetString() == "member"), m => Assert.Equal(JsonValueKindNull, m.GetProperty("to").ValueKind));
    }

    [Fact]
    public void Members_OnTheDayIranBecameAMember_ListsItOnceAsMember()
    {
        var json = CliRunner.Run("members", "Shanghai Cooperation Organisation", "--on", "2023-07-04", "--status", "member", "--json").Json;
        var names = json.GetProperty("members").PartyNames("party");
        Assert.Contains("Iran", names);
        Assert.Equal(9, names.Count);
        Assert.All(json.GetProperty("members").Strings("status"), s => Assert.Equal("member", s));
    }

    [Fact]
    public void Members_HumanOutput_CountsEachStatus()
    {
        var result = CliRunner.Run("members", "SCO", "--on", "2017-08-05");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("8 members, 4 observers, 6 dialogue partners", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_OfAState_IsBadInput()
    {
        var result = CliRunner.Run("members", "Iran");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not an international organisation", result.Error, StringComparison.Ordinal);
    }

    // For any day, the command lists exactly what the library answers, and no party certainly holds two statuses at once (in 2015
    // Belarus possibly holds both, as its dialogue-partner status ended and its observer status started in that year).
    [FsCheck.Xunit.Property(MaxTest = 60)]
    public Property Members_AnyDay_IsTheLibrarysAnswer_OnePartyOneStatus() =>
        Prop.ForAll(
            Gen.Choose(0, (int)Period.Between(new LocalDate(2000, 1, 1), CliRunner.Today, PeriodUnits.Days).Days).ToArbitrary(),
            offset =>
            {
                var day = new LocalDate(2000, 1, 1).PlusDays(offset);
                var json = CliRunner.Run("members", "org:SCO", "--on", day.ToString("uuuu-MM-dd", null), "--json").Json;
                var members = json.GetProperty("members").EnumerateArray().ToList();
                var ids = members.Select(m => m.GetProperty("party").GetProperty("id").GetString()!).ToList();
                var certain = members.Where(m => m.GetProperty("certainty").GetString() == "certain").Select(m => m.GetProperty("party").GetProperty("id").GetString()!).ToList();
                var expected = WorldLoader.Seed.AsOf(day).MembersOf(SeedIds.Sco).Select(a => a.Fact.Member.Value).ToList();
                return ids.Order(StringComparer.Ordinal).SequenceEqual(expected.Order(StringComparer.Ordinal)) && certain.Distinct().Count() == certain.Count;
            });

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
