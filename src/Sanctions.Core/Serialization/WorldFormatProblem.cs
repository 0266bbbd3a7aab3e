using System.Globalization;

namespace Sanctions.Core.Serialization;

/// <summary>One problem found while reading a world file: where it is and what is wrong.</summary>
/// <remarks>
/// <para>In the document form <see cref="Path"/> is a JSON path from the root of the document
/// (<c>$.designations[3].valid.from</c>) and <see cref="Line"/> is set only for syntax errors. In the JSON Lines form
/// <see cref="Line"/> is the 1-based line of the record and <see cref="Path"/> is the path inside that line
/// (<c>$.valid.from</c>).</para>
/// </remarks>
/// <param name="Path">The JSON path of the value at fault; <c>$</c> for a whole record or document.</param>
/// <param name="Line">The 1-based line number, where known.</param>
/// <param name="Message">What is wrong and, where it helps, what would be right.</param>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record WorldFormatProblem(string Path, int? Line, string Message)
{
    /// <summary>The problem as one line of text: <c>line 12: $.valid.from: message</c>.</summary>
    /// <returns>The problem as text.</returns>
    public override string ToString() =>
        (Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"line {line}: ") : string.Empty) + Path + ": " + Message;
}
