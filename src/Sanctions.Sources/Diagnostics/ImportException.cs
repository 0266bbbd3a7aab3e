using Sanctions.Core.IO;

namespace Sanctions.Sources.Diagnostics;

/// <summary>
/// Thrown when an import meets input it cannot read: a malformed row or element in strict mode,
/// or a file that cannot be parsed at all (not well-formed XML, unreadable bytes) in either mode.
/// </summary>
/// <remarks>The message starts with the location (<c>file:line (path)</c>) and states the reason. Values from the input
/// are shown cut to a readable length, with control characters escaped.</remarks>
public sealed class ImportException : Exception
{
    /// <summary>Creates an exception with a message only.</summary>
    public ImportException()
        : this("The import failed.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public ImportException(string message)
        : base(MessageText.Message(message))
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying error.</param>
    public ImportException(string message, Exception innerException)
        : base(MessageText.Message(message), innerException)
    {
    }

    /// <summary>Creates an exception for a problem at a known place in the input.</summary>
    /// <param name="location">Where the problem is.</param>
    /// <param name="recordId">The list's id of the record concerned, if known.</param>
    /// <param name="reason">What is wrong, and what would be right.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ImportException(SourceLocation location, string? recordId, string reason, Exception? innerException = null)
        : base(Format(location, recordId, reason), innerException)
    {
        Location = location;
        RecordId = recordId is null ? null : MessageText.Value(recordId);
        Reason = MessageText.Message(reason);
    }

    /// <summary>Gets where the problem is, when known.</summary>
    public SourceLocation? Location { get; }

    /// <summary>Gets the list's id of the record concerned, when known.</summary>
    public string? RecordId { get; }

    /// <summary>Gets the reason without the location.</summary>
    public string? Reason { get; }

    // The location is cut too: a broken file can give an element path or a file name of any length.
    private static string Format(SourceLocation location, string? recordId, string reason) =>
        recordId is null
            ? $"{Where(location)}: {MessageText.Message(reason)}"
            : $"{Where(location)}: record {MessageText.Value(recordId)}: {MessageText.Message(reason)}";

    private static string Where(SourceLocation location) => MessageText.Value(location.ToString(), 4 * MessageText.MaxValue);
}
