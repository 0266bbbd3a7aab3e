using System.Xml;
using Sanctions.Core;

namespace Sanctions.Sources.Raw;

/// <summary>
/// Reads elements into <see cref="XmlRecord"/> trees for one XML file, reusing what it allocated for the
/// previous record: the record objects, a character buffer for element text, and a cache of short values.
/// </summary>
/// <remarks>
/// Reading an SDN-sized list made an <see cref="XmlRecord"/> for each of about 700,000 elements and a string for
/// each of about 500,000 text nodes, most of them short values the list repeats on every entry; that garbage was
/// collected while the world was being built, and each collection had to go through the growing world too. Here an
/// element's text is read (<see cref="XmlReader.ReadValueChunk"/>) into one buffer, trimmed there, and becomes a
/// string only once, through <see cref="SharedStrings"/>; records come from a pool. Each call of
/// <see cref="Read(XmlReader, string, int)"/> invalidates the records the previous call returned. Not thread-safe.
/// </remarks>
internal sealed partial class XmlRecordReader
{
    /// <summary>
    /// The deepest nesting read, counted from the document root. The lists nest five or six levels; without a bound a
    /// file of 40,000 nested elements overflowed the stack here (and in the path strings of <see cref="XmlRecordStream"/>).
    /// </summary>
    public const int MaxDepth = 64;

    private readonly List<XmlRecord> pool = [];
    private readonly SharedStrings strings = new();

    // Long values a list repeats on many entries (OFAC's idNumber texts: a URL, "Section 1(b) of Executive Order 13224, …").
    private readonly SharedStrings longStrings = new(1024, 512);
    private int used;
    private char[] text = new char[4096];
    private int textLength;
    private IXmlLineInfo? lineInfo;

    /// <summary>Reads the element the reader is on, with all its descendants, leaving the reader after its end.</summary>
    /// <param name="reader">A reader positioned on an element start.</param>
    /// <param name="parentPath">The path of the enclosing element.</param>
    /// <param name="index">The element's 1-based position among same-named siblings.</param>
    /// <returns>The record, valid until the next call.</returns>
    /// <exception cref="XmlTooDeepException">Elements nest deeper than <see cref="MaxDepth"/>.</exception>
    public XmlRecord Read(XmlReader reader, string parentPath, int index)
    {
        used = 0;
        textLength = 0;
        lineInfo = reader as IXmlLineInfo;
        return Read(reader, null, parentPath, index);
    }

    /// <summary>Throws when the reader is deeper than <see cref="MaxDepth"/>.</summary>
    /// <exception cref="XmlTooDeepException">It is.</exception>
    public static void CheckDepth(XmlReader reader)
    {
        if (reader.Depth >= MaxDepth)
        {
            var info = reader as IXmlLineInfo;
            throw new XmlTooDeepException(
                $"elements nest more than {MaxDepth} deep (at <{reader.LocalName}>); no published list nests so deep, so the file is not one",
                info?.LineNumber ?? 0,
                info?.LinePosition ?? 0);
        }
    }

    private XmlRecord Rent()
    {
        if (used == pool.Count)
        {
            pool.Add(new XmlRecord(this));
        }

        return pool[used++];
    }

    private XmlRecord Read(XmlReader reader, XmlRecord? parent, string parentPath, int recordIndex)
    {
        CheckDepth(reader);
        var line = lineInfo?.LineNumber ?? 0;
        var record = Rent();
        record.Reset(reader.LocalName, line, parent, parentPath, recordIndex);
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return record;
        }

        // This element's text is collected in text[start..textLength] and stays there while the record is read, for the
        // element to make its string only if asked (XmlRecord.TrimmedText); text before a child element (mixed content,
        // rare in lists) is set aside as a string, and the element's text goes on after the child's.
        var start = textLength;
        string? before = null;
        reader.Read();
        while (true)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (textLength > start)
                    {
                        before += new string(text, start, textLength - start);
                        textLength = start;
                    }

                    var child = Read(reader, record, parentPath, 0);
                    record.AddChild(child);
                    start = textLength;
                    continue;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.SignificantWhitespace:
                    Append(reader);
                    break;
                case XmlNodeType.EndElement:
                    SetText(record, before, start);
                    reader.Read();
                    return record;
                case XmlNodeType.None:
                    throw new XmlException($"unexpected end of file inside <{record.Name}>");
                default:
                    break;
            }

            reader.Read();
        }
    }

    private void Append(XmlReader reader)
    {
        if (!reader.CanReadValueChunk)
        {
            var value = reader.Value;
            Reserve(value.Length);
            value.CopyTo(text.AsSpan(textLength));
            textLength += value.Length;
            return;
        }

        while (true)
        {
            // Room for at least a surrogate pair, which ReadValueChunk does not split.
            Reserve(256);
            var read = reader.ReadValueChunk(text, textLength, text.Length - textLength);
            if (read == 0)
            {
                return;
            }

            textLength += read;
        }
    }

    private void Reserve(int count)
    {
        if (text.Length - textLength < count)
        {
            Array.Resize(ref text, Math.Max(text.Length * 2, textLength + count));
        }
    }

    /// <summary>The string of text this reader holds for a record element of the record being read (see <see cref="XmlRecord.TrimmedText"/>).</summary>
    internal string Text(int start, int length) => strings.Get(text.AsSpan(start, length));

    /// <summary>The characters <see cref="Text(int, int)"/> would make a string of, valid until the next record is read.</summary>
    internal ReadOnlyMemory<char> TextMemory(int start, int length) => text.AsMemory(start, length);

    /// <summary>As <see cref="Text(int, int)"/>, without the trailing <paramref name="trimEnd"/> characters.</summary>
    internal string Text(int start, int length, string trimEnd) => strings.Get(text.AsSpan(start, length).TrimEnd(trimEnd));

    /// <summary>As <see cref="Text(int, int)"/>, shared also when long (see <see cref="XmlRecord.RepeatedText"/>).</summary>
    internal string LongText(int start, int length) => longStrings.Get(text.AsSpan(start, length));

    /// <summary>The element's text (what was set aside, then the buffer from <paramref name="start"/>) trimmed, or null when blank.</summary>
    private void SetText(XmlRecord record, string? before, int start)
    {
        if (before is null)
        {
            // Kept in the buffer, trimmed, for the element to make a string of only if asked.
            var value = text.AsSpan(start, textLength - start);
            var trimmed = value.Trim();
            if (trimmed.IsEmpty)
            {
                textLength = start;
                return;
            }

            record.SetText(start + (value.Length - value.TrimStart().Length), trimmed.Length);
            return;
        }

        var joined = before + new string(text, start, textLength - start);
        textLength = start;
        record.SetText(string.IsNullOrWhiteSpace(joined) ? null : joined.Trim());
    }
}

internal sealed class XmlTooDeepException : XmlException
{
    public XmlTooDeepException(string message, int line, int position)
        : base(message, null, line, position)
    {
        Reason = message;
    }

    /// <summary>The message without the line and position that <see cref="XmlException"/> appends.</summary>
    public string? Reason { get; }

    public XmlTooDeepException()
    {
    }

    public XmlTooDeepException(string message)
        : base(message)
    {
    }

    public XmlTooDeepException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
