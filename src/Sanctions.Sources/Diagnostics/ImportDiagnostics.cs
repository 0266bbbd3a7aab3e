using Sanctions.Core.IO;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Diagnostics;

/// <summary>
/// Collects what one import run noticed: counts and issues, and applies the strict or lenient
/// policy to malformed records.
/// </summary>
/// <remarks>
/// Not thread-safe: one instance per import run. At most <see cref="MaxIssues"/> issues are kept (a broken
/// million-row file would otherwise make a million); the rest are counted in <see cref="Omitted"/>, and the
/// counts of read and skipped records stay exact. Every message goes through <see cref="MessageText"/>.
/// </remarks>
internal sealed class ImportDiagnostics
{
    /// <summary>How many issues one import keeps.</summary>
    public const int MaxIssues = 10_000;

    private readonly List<ImportIssue> issues = [];

    public ImportDiagnostics(bool lenient)
    {
        Lenient = lenient;
    }

    public bool Lenient { get; }

    public int Read { get; private set; }

    public int Skipped { get; private set; }

    public IReadOnlyList<ImportIssue> Issues => issues;

    /// <summary>How many issues were found beyond the <see cref="MaxIssues"/> kept.</summary>
    public int Omitted { get; private set; }

    public void CountRead() => Read++;

    /// <summary>Records a warning about data that is kept.</summary>
    public void Warn(SourceLocation location, string? recordId, string message) =>
        Add(ImportIssueSeverity.Warning, location, recordId, message);

    /// <summary>Records a warning about data that is kept, at a location whose XML path is made only when the issue's location is read.</summary>
    public void Warn(in EntryLocation location, string? recordId, string message) =>
        Add(new ImportIssue(ImportIssueSeverity.Warning, location, recordId is null ? null : MessageText.Value(recordId), MessageText.Message(message)));

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
        Add(ImportIssueSeverity.Skipped, location, recordId, reason);
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
        Add(ImportIssueSeverity.Skipped, location, recordId, reason + " (value left out)");
    }

    public int SkippedValues { get; private set; }

    /// <summary>How many issues were found so far, kept or not: grows with every warning, rejection or value left out.</summary>
    public int Noted => issues.Count + Omitted;

    /// <summary>Adds the issues and counts of <paramref name="other"/>, an instance that collected them aside, after this one's.</summary>
    public void Append(ImportDiagnostics other)
    {
        // Made room for at once (as many as are kept): grown one doubling at a time, the list of an import with thousands of
        // issues was copied on the large object heap.
        issues.EnsureCapacity(Math.Min(issues.Count + other.issues.Count, MaxIssues));
        foreach (var issue in other.issues)
        {
            Add(issue);
        }

        Omitted += other.Omitted;
        Read += other.Read;
        Skipped += other.Skipped;
        SkippedValues += other.SkippedValues;
    }

    /// <summary>
    /// The issues and counts noted since the last call, taken out of this instance (which starts again from none): what a
    /// reader on another thread (<see cref="ReadAhead{T}"/>) noted for one entry, added to the import's diagnostics by
    /// <see cref="Append(in Packet)"/> when that entry's turn comes.
    /// </summary>
    public Packet Take()
    {
        var packet = new Packet(issues.Count == 0 ? null : [.. issues], Read, Skipped, SkippedValues, Omitted);
        issues.Clear();
        (Read, Skipped, SkippedValues, Omitted) = (0, 0, 0, 0);
        return packet;
    }

    /// <summary>Adds what <see cref="Take"/> gave, after this instance's issues, as though noted here.</summary>
    public void Append(in Packet packet)
    {
        if (packet.Issues is { } taken)
        {
            foreach (var issue in taken)
            {
                Add(issue);
            }
        }

        Omitted += packet.Omitted;
        Read += packet.Read;
        Skipped += packet.Skipped;
        SkippedValues += packet.SkippedValues;
    }

    /// <summary>Issues and counts taken from one instance (<see cref="Take"/>) to be added to another.</summary>
    public readonly record struct Packet(ImportIssue[]? Issues, int Read, int Skipped, int SkippedValues, int Omitted);

    /// <summary>The present issues and counts, to return to with <see cref="Rollback"/> when a pass is done again.</summary>
    public (int Issues, int Read, int Skipped, int SkippedValues, int Omitted) Checkpoint() => (issues.Count, Read, Skipped, SkippedValues, Omitted);

    /// <summary>Forgets the issues and counts recorded since <paramref name="mark"/>.</summary>
    public void Rollback((int Issues, int Read, int Skipped, int SkippedValues, int Omitted) mark)
    {
        issues.RemoveRange(mark.Issues, issues.Count - mark.Issues);
        (Read, Skipped, SkippedValues, Omitted) = (mark.Read, mark.Skipped, mark.SkippedValues, mark.Omitted);
    }

    /// <summary>The issues kept, and one more saying how many were left out when there were too many.</summary>
    public IReadOnlyList<ImportIssue> Listed(SourceLocation where) =>
        Omitted == 0
            ? issues
            : [.. issues, new ImportIssue(ImportIssueSeverity.Warning, where, null,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Omitted} more issue(s) not listed: an import lists its first {MaxIssues}; the counts of read and skipped records are complete"))];

    private void Add(ImportIssueSeverity severity, SourceLocation location, string? recordId, string message) =>
        Add(new ImportIssue(severity, location, recordId is null ? null : MessageText.Value(recordId), MessageText.Message(message)));

    private void Add(ImportIssue issue)
    {
        if (issues.Count < MaxIssues)
        {
            issues.Add(issue);
        }
        else
        {
            Omitted++;
        }
    }
}
