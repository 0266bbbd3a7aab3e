using FsCheck;
using FsCheck.Fluent;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Tests.Raw;

// Issue 16, the 18k import's objects: an issue about an XML record keeps the record's place and makes its element path only
// when its location is read. Such an issue must be, in every way a caller can see, the issue made with the path written out.
public sealed class ImportIssueLocationTests
{
    [Fact]
    public void LazyPath_BehavesAsThePathWrittenOut() =>
        Prop.ForAll(
            Gen.Elements("/sdnList", "/a", "/a/b[2]").SelectMany(parent =>
                Gen.Elements("sdnEntry", "x").SelectMany(name =>
                    Gen.Choose(1, 100_000).SelectMany(index =>
                        Gen.Choose(1, 9).SelectMany(line =>
                            Gen.Elements("m", "n").Select(message => (parent, name, index, line, message)))))).ToArbitrary(),
            Gen.Elements<string?>(null, "15042").ToArbitrary(),
            (drawn, recordId) =>
            {
                var (parent, name, index, line, message) = drawn;
                var lazy = new ImportIssue(ImportIssueSeverity.Warning, new EntryLocation("sdn.xml", line, parent, name, index), recordId, message);
                var written = new ImportIssue(ImportIssueSeverity.Warning, new SourceLocation("sdn.xml", line, $"{parent}/{name}[{index}]"), recordId, message);
                var other = written with { Location = new SourceLocation("sdn.xml", line, $"{parent}/{name}[{index + 1}]") };
                var (severity, location, id, text) = lazy;
                return lazy.Location == written.Location
                    && lazy.Equals(written) && written.Equals(lazy) && lazy == written
                    && lazy.GetHashCode() == written.GetHashCode()
                    && lazy.ToString() == written.ToString()
                    && (severity, location, id, text) == (written.Severity, written.Location, written.RecordId, written.Message)
                    && (lazy with { Message = "changed" }).Location == written.Location
                    && (lazy with { Location = other.Location }).Equals(other)
                    && !lazy.Equals(other) && !lazy.Equals(written with { Message = message + "!" });
            }).QuickCheckThrowOnFailure();

    // A location that is not an XML record's (a CSV row, a JSON path) is kept as given.
    [Fact]
    public void WholeLocation_IsKeptAsGiven()
    {
        var location = new SourceLocation("sdn.csv", 12, "col");
        var issue = new ImportIssue(ImportIssueSeverity.Skipped, new EntryLocation(location), "1", "m");

        Assert.Equal(location, issue.Location);
        Assert.Equal(new ImportIssue(ImportIssueSeverity.Skipped, location, "1", "m"), issue);
    }
}
