using System.Collections;
using System.Reflection;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Tests.Raw;

// A list entry's ...OrEmpty views hand every entry without values the same empty list (and VesselOrEmpty the same empty
// details): readers and mappers may only enumerate them. An import that wrote to one would give every later entry of every
// import that value, so after importing every sample, strictly and leniently, a fresh entry's views must still be empty.
public sealed class ListEntryEmptiesTests
{
    [Fact]
    public async Task ImportAsync_EverySample_LeavesTheSharedEmptyViewsEmpty()
    {
        foreach (var lenient in new[] { false, true })
        {
            foreach (var sample in ListImporterSamplesTests.Samples)
            {
                var (format, files) = (sample.Data.Item1, sample.Data.Item2);
                var options = new ImportOptions { Lenient = lenient, Published = NodaTime.Instant.FromUtc(2026, 1, 2, 3, 4) };
                var result = await ListImporter.ImportAsync(format, [.. files.Select(Fixture.PathOf)], options, null, Fixture.Token);
                Assert.NotEmpty(result.World.Parties);
            }
        }

        var fresh = new ListEntry("fresh", EntryKind.Individual, "FRESH", new SourceLocation("test"));
        var views = typeof(ListEntry).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name.EndsWith("OrEmpty", StringComparison.Ordinal)).ToArray();
        Assert.True(views.Length >= 15, $"only {views.Length} ...OrEmpty views found");
        Assert.All(views, view =>
        {
            var value = view.GetValue(fresh);
            switch (value)
            {
                case ICollection list:
                    Assert.True(list.Count == 0, $"{view.Name} holds {list.Count} item(s) after the imports");
                    break;
                case VesselDetails vessel:
                    Assert.True(vessel.IsEmpty, $"{view.Name} has details after the imports");
                    break;
                default:
                    Assert.Fail($"{view.Name}: {value?.GetType().Name ?? "null"} is neither a list nor vessel details");
                    break;
            }
        });
    }
}
