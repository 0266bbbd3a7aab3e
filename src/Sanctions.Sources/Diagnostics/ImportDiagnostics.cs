namespace Sanctions.Sources.Diagnostics;

/// <summary>
/// Collects what one import run noticed: counts and issues, and applies the strict or lenient
/// policy to malformed records.
/// </summary>
/// <remarks>Not thread-safe: one instance per import run.</remarks>
internal sealed class ImportDiagnostics
{
    private readonly List<ImportIssue> issues = [];

    public ImportDiagnostics(bool lenient)
    {
        Lenient = lenient;
    }

    public bool Lenient { get; }

    public int Read { get; private set; }

    public int Skipped { get; private set; }

    public IReadOnlyList<ImportIssue> Issues => issues;

    public void CountRead() => Read++;

    /// <summary>Records a warning about data that is kept.</summary>
    public void Warn(SourceLocation location, string? recordId, string message) =>
        issues.Add(new ImportIssue(ImportIssueSeverity.Warning, location, recordId, message));

    /// <summary>
    /// Reports a malformed record: throws in strict mode, counts and records the skip in lenient
    /// mode (the caller then drops the record).
    /// </summary>
    /// <exception cref="ImportException">In strict mode, always.</exception>
    public void Reject(SourceLocation location, string? recordId, string reason)
    {
        if (!Lenient)
        {
            throw new ImportException(location, recordId, reason);
        }

        Skipped++;
        issues.Add(new ImportIssue(ImportIssueSeverity.Skipped, location, recordId, reason));
    }

    /// <summary>
    /// Reports a malformed value inside a record that is otherwise kept: throws in strict mode;
    /// in lenient mode records the issue and the caller leaves the value out.
    /// </summary>
    /// <exception cref="ImportException">In strict mode, always.</exception>
    public void RejectValue(SourceLocation location, string? recordId, string reason)
    {
        if (!Lenient)
        {
            throw new ImportException(location, recordId, reason);
        }

        SkippedValues++;
        issues.Add(new ImportIssue(ImportIssueSeverity.Skipped, location, recordId, reason + " (value left out)"));
    }

    public int SkippedValues { get; private set; }

    /// <summary>Adds the issues and counts of <paramref name="other"/>, an instance that collected them aside, after this one's.</summary>
    public void Append(ImportDiagnostics other)
    {
        issues.AddRange(other.issues);
        Read += other.Read;
        Skipped += other.Skipped;
        SkippedValues += other.SkippedValues;
    }

    /// <summary>The present issues and counts, to return to with <see cref="Rollback"/> when a pass is done again.</summary>
    public (int Issues, int Read, int Skipped, int SkippedValues) Checkpoint() => (issues.Count, Read, Skipped, SkippedValues);

    /// <summary>Forgets the issues and counts recorded since <paramref name="mark"/>.</summary>
    public void Rollback((int Issues, int Read, int Skipped, int SkippedValues) mark)
    {
        issues.RemoveRange(mark.Issues, issues.Count - mark.Issues);
        (Read, Skipped, SkippedValues) = (mark.Read, mark.Skipped, mark.SkippedValues);
    }
}
