namespace Sanctions.Sources.Diagnostics;

/// <summary>How serious an <see cref="ImportIssue"/> is.</summary>
public enum ImportIssueSeverity
{
    /// <summary>The data was imported, but something about it deserves a look (an unknown program tag, a value kept as text).</summary>
    Warning = 0,

    /// <summary>A record was malformed and was skipped (lenient mode only; in strict mode the import stops).</summary>
    Skipped = 1,
}
