using System.Text.Json;
using System.Text.RegularExpressions;

namespace Sanctions.Cli.Tests;

/// <summary>The shape every <c>--json</c> document shares: dates as <c>yyyy-MM-dd</c> (or <c>yyyy</c>, <c>yyyy-MM</c>) or null, party objects with id, name and type.</summary>
public sealed partial class JsonContractTests
{
    private static readonly HashSet<string> DateProperties = ["on", "from", "to", "date", "today"];
    private static readonly HashSet<string> PartyTypes = ["state", "person", "organization", "international-organization", "vessel", "aircraft"];
    private static readonly HashSet<string> PartyProperties = ["party", "organization", "target", "rogozin", "dehghan"];

    // A date at its precision, or (issue 14) an unknown end with optional bounds: "..2024-05-01", "2015-07-10..2017-06-09", "..".
    [GeneratedRegex(@"^(\d{4}(-\d{2}(-\d{2})?)?|(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?)$")]
    private static partial Regex DateText();

    public static TheoryData<string> CommandLines() =>
    [
        "members SCO --on 2017-08-05 --json",
        "members SCO --json",
        "status Iran --in SCO --json",
        "status Belarus --in SCO --on 2015-06-01 --json",
        "designations Rogozin --json",
        "designations Rosoboronexport --on 2019-01-01 --json",
        "parties treaty:ru-ir-2025 --on 2025-12-01 --json",
        "measures Iran --on 2017-08-05 --json",
        "diff --from 2017-08-05 --to 2026-11-27 --json",
        "timeline Iran --json",
        "demo --json",
    ];

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void Json_DatesAndPartiesFollowTheContract(string commandLine)
    {
        var json = CliRunner.Run(commandLine.Split(' ')).Json;
        var checkedSomething = Walk(json, null);
        Assert.True(checkedSomething > 0, "the document holds no date or party to check");
    }

    private static int Walk(JsonElement e, string? name)
    {
        var n = 0;
        if (name is not null && DateProperties.Contains(name) && e.ValueKind != JsonValueKind.Object)
        {
            Assert.True(e.ValueKind == JsonValueKind.Null || (e.ValueKind == JsonValueKind.String && DateText().IsMatch(e.GetString()!)), $"'{name}': {e}");
            n++;
        }

        if (e.ValueKind == JsonValueKind.Object)
        {
            if (name is not null && PartyProperties.Contains(name) || (e.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && PartyTypes.Contains(t.GetString()!)))
            {
                Assert.True(e.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String, $"'{name}' has no id: {e}");
                Assert.True(e.TryGetProperty("name", out var nm) && nm.ValueKind == JsonValueKind.String, $"'{name}' has no name: {e}");
                Assert.Contains(e.GetProperty("type").GetString()!, PartyTypes);
                n++;
            }

            foreach (var p in e.EnumerateObject())
            {
                n += Walk(p.Value, p.Name);
            }
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                n += Walk(item, name is "bound" or "signedOnly" ? "party" : null);
            }
        }

        return n;
    }
}
