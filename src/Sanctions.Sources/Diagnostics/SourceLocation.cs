using System.Globalization;
using System.Text;

namespace Sanctions.Sources.Diagnostics;

/// <summary>
/// Where in a published list file a record, a value or a problem was found: the file, the
/// 1-based line and, for XML and JSON, the element or property path.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> gives <c>file:line (path)</c>, leaving out the parts that are unknown,
/// so that an error message points a user straight at the offending text.
/// The <c>default</c> value has an empty file name and no line.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
/// <param name="File">The file name or path as the caller gave it.</param>
/// <param name="Line">The 1-based line number, when known.</param>
/// <param name="Path">The XML element path (<c>/sdnList/sdnEntry[3]/uid</c>) or JSON path, when relevant.</param>
public readonly record struct SourceLocation(string File, long? Line = null, string? Path = null)
{
    /// <summary>Returns <c>file:line (path)</c>, leaving out the unknown parts.</summary>
    /// <returns>A culture-invariant description of the location.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(File ?? string.Empty);
        if (Line is { } line)
        {
            text.Append(':').Append(line.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(Path))
        {
            text.Append(" (").Append(Path).Append(')');
        }

        return text.ToString();
    }

    /// <summary>Returns this location with a different path.</summary>
    /// <param name="path">The element or property path.</param>
    /// <returns>The same file and line with <paramref name="path"/>.</returns>
    public SourceLocation WithPath(string? path) => this with { Path = path };
}
