using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Diagnostics;

/// <summary>
/// Something an import noticed about the input: where it is, which record it concerns and what
/// was wrong or unusual.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
/// <param name="Severity">Whether the record was kept (<see cref="ImportIssueSeverity.Warning"/>) or skipped.</param>
/// <param name="Location">Where in the input the issue was found.</param>
/// <param name="RecordId">The list's own id of the record concerned, when known.</param>
/// <param name="Message">What was found and, where possible, what would be right.</param>
public sealed record ImportIssue(ImportIssueSeverity Severity, SourceLocation Location, string? RecordId, string Message)
{
    // The location as the import noted it: an XML record's element path (/sdnList/sdnEntry[123]) is made when Location is
    // read, not for every issue. An import keeps its issues to the end, so through every collection: a path string per issue
    // (9,900 in the 18k OFAC XML import, most of them "Linked To" names of other publications) was one more object each to copy.
    private readonly EntryLocation location = Location;

    /// <summary>An issue whose location's path, if it is an XML record's, is made only when <see cref="Location"/> is read.</summary>
    internal ImportIssue(ImportIssueSeverity severity, EntryLocation location, string? recordId, string message)
        : this(severity, default(SourceLocation), recordId, message) =>
        this.location = location;

    /// <summary>Where in the input the issue was found.</summary>
    public SourceLocation Location
    {
        get => location.ToLocation();
        init => location = value;
    }

    /// <summary>Whether <paramref name="other"/> has the same severity, location, record and message.</summary>
    /// <param name="other">The issue to compare with.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(ImportIssue? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Severity == other.Severity && Location == other.Location && RecordId == other.RecordId && Message == other.Message);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Severity, Location, RecordId, Message);

    /// <summary>Returns <c>location: [record] message</c>.</summary>
    /// <returns>A one-line description for logs and the command line.</returns>
    public override string ToString() =>
        RecordId is null ? $"{Location}: {Message}" : $"{Location}: record {RecordId}: {Message}";
}
