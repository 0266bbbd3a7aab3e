using System.Globalization;
using System.Text;
using System.Xml;
using Sanctions.Sources.Diagnostics;

namespace Sanctions.Sources.Raw;

/// <summary>
/// One XML element read into memory with its children, text and line: the unit an XML list is
/// streamed in (one <c>sdnEntry</c>, one <c>INDIVIDUAL</c>), so that a whole file is never held.
/// </summary>
/// <remarks>
/// Lighter than <c>XElement</c>: local names only, no attributes, no namespaces. Children are linked
/// (first child, next sibling) rather than listed: an element is a few dozen bytes of a list, and a
/// list per parent (with its growing arrays) was about a third of what reading an XML list allocated.
/// </remarks>
internal sealed class XmlRecord
{
    private XmlRecord? firstChild;
    private XmlRecord? lastChild;
    private XmlRecord? nextSibling;

    private XmlRecord(string name, int line, XmlRecord? parent, string parentPath, int index)
    {
        Name = name;
        Line = line;
        Parent = parent;
        ParentPath = parentPath;
        Index = index;
    }

    public string Name { get; }

    public int Line { get; }

    public XmlRecord? Parent { get; }

    /// <summary>The element's own text (its text nodes joined), or null when it has none.</summary>
    public string? Text { get; private set; }

    private string ParentPath { get; }

    /// <summary>1-based position among siblings of the same name.</summary>
    private int Index { get; }

    /// <summary>The element path from the document root, e.g. <c>/sdnList/sdnEntry[3]/akaList/aka[2]</c>.</summary>
    public string Path
    {
        get
        {
            var own = Parent is null || Index > 1 || Parent.Count(Name) > 1
                ? string.Create(CultureInfo.InvariantCulture, $"{Name}[{Index}]")
                : Name;
            return (Parent is null ? ParentPath : Parent.Path) + "/" + own;
        }
    }

    public SourceLocation Location(string file) => new(file, Line, Path);

    /// <summary>How many children are named <paramref name="childName"/>.</summary>
    private int Count(string childName)
    {
        var count = 0;
        for (var child = firstChild; child is not null; child = child.nextSibling)
        {
            if (child.Name == childName)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The trimmed text of the first child with this name, or null when absent or empty.</summary>
    public string? Value(string childName) => Child(childName)?.TrimmedText;

    public string? TrimmedText => string.IsNullOrWhiteSpace(Text) ? null : Text.Trim();

    public XmlRecord? Child(string childName)
    {
        for (var child = firstChild; child is not null; child = child.nextSibling)
        {
            if (child.Name == childName)
            {
                return child;
            }
        }

        return null;
    }

    public IEnumerable<XmlRecord> All(string childName)
    {
        for (var child = firstChild; child is not null; child = child.nextSibling)
        {
            if (child.Name == childName)
            {
                yield return child;
            }
        }
    }

    /// <summary>The non-empty trimmed texts of <c>childName/grandChildName</c> elements (<c>NATIONALITY/VALUE</c>).</summary>
    public IEnumerable<string> Values(string childName, string grandChildName)
    {
        foreach (var child in All(childName))
        {
            foreach (var grand in child.All(grandChildName))
            {
                if (grand.TrimmedText is { } text)
                {
                    yield return text;
                }
            }
        }
    }

    /// <summary>Reads the element the reader is on, with all its descendants, leaving the reader after its end.</summary>
    /// <param name="reader">A reader positioned on an element start.</param>
    /// <param name="parentPath">The path of the enclosing element.</param>
    /// <param name="index">The element's 1-based position among same-named siblings.</param>
    public static XmlRecord Read(XmlReader reader, string parentPath, int index) => Read(reader, null, parentPath, index);

    private static XmlRecord Read(XmlReader reader, XmlRecord? parent, string parentPath, int index)
    {
        var line = reader is IXmlLineInfo info ? info.LineNumber : 0;
        var record = new XmlRecord(reader.LocalName, line, parent, parentPath, index);
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return record;
        }

        StringBuilder? text = null;
        string? single = null;
        reader.Read();
        while (true)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var child = Read(reader, record, parentPath, record.Count(reader.LocalName) + 1);
                    if (record.lastChild is null)
                    {
                        record.firstChild = child;
                    }
                    else
                    {
                        record.lastChild.nextSibling = child;
                    }

                    record.lastChild = child;
                    continue;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.SignificantWhitespace:
                    if (single is null)
                    {
                        single = reader.Value;
                    }
                    else
                    {
                        text ??= new StringBuilder(single);
                        text.Append(reader.Value);
                    }

                    break;
                case XmlNodeType.EndElement:
                    record.Text = text?.ToString() ?? single;
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

    public static XmlReaderSettings Settings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
        XmlResolver = null,
    };
}
