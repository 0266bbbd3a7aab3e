namespace Sanctions.Cli.Tests.Commands;

public sealed class StatusCommandTests
{
    [Fact]
    public void Status_IranInSco_ShowsObserverThenMember()
    {
        var json = CliRunner.Run("status", "Iran", "--in", "SCO", "--json").Json;
        Assert.Equal("iso:IR", json.GetProperty("party").GetProperty("id").GetString());
        Assert.Equal("org:SCO", json.GetProperty("organization").GetProperty("id").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("on").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("status").ValueKind);
        var history = json.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["observer", "member"], history.Select(h => h.GetProperty("status").GetString()));
        Assert.Equal("2005-07", history[0].GetProperty("from").GetString());
        Assert.Equal("2023-07-04", history[0].GetProperty("to").GetString());
        Assert.Equal("2023-07-04", history[1].GetProperty("from").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, history[1].GetProperty("to").ValueKind);
    }

    [Fact]
    public void Status_IranInSco_HumanOutputSaysObserverThenMember()
    {
        var result = CliRunner.Run("status", "Iran", "--in", "SCO");
        Assert.Equal(0, result.ExitCode);
        var observer = result.Out.IndexOf("observer", StringComparison.Ordinal);
        var member = result.Out.IndexOf("member", StringComparison.Ordinal);
        Assert.True(observer >= 0 && member > observer, result.Out);
    }

    [Theory]
    [InlineData("2017-08-05", "observer", "certain")]
    [InlineData("2023-07-04", "member", "certain")]
    [InlineData("2005-07-15", "observer", "possible")]
    public void Status_WithOn_GivesTheStatusThatDay(string on, string status, string certainty)
    {
        var json = CliRunner.Run("status", "IR", "--in", "SCO", "--on", on, "--json").Json;
        Assert.Equal(on, json.GetProperty("on").GetString());
        Assert.Equal(status, json.GetProperty("status").GetString());
        Assert.Equal(certainty, json.GetProperty("certainty").GetString());
    }

    [Fact]
    public void Status_BelarusInSco_ThreeStatusesInOrder()
    {
        var json = CliRunner.Run("status", "Belarus", "--in", "SCO", "--json").Json;
        Assert.Equal(["dialogue partner", "observer", "member"], json.GetProperty("history").Strings("status"));
    }

    [Fact]
    public void Status_WithoutIn_IsBadUsage()
    {
        var result = CliRunner.Run("status", "Iran");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--in", result.Error, StringComparison.Ordinal);
    }
}
