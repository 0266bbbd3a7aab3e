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
    /// <summary>Returns <c>location: [record] message</c>.</summary>
    /// <returns>A one-line description for logs and the command line.</returns>
    public override string ToString() =>
        RecordId is null ? $"{Location}: {Message}" : $"{Location}: record {RecordId}: {Message}";
}
