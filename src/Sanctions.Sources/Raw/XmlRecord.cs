using System.Globalization;
using System.Xml;
using Sanctions.Sources.Diagnostics;

namespace Sanctions.Sources.Raw;

/// <summary>
/// One XML element read into memory with its children, text and line: the unit an XML list is
/// streamed in (one <c>sdnEntry</c>, one <c>INDIVIDUAL</c>), so that a whole file is never held.
/// </summary>
/// <remarks>
/// <para>Lighter than <c>XElement</c>: local names only, no attributes, no namespaces. Children are linked
/// (first child, next sibling) rather than listed: an element is a few dozen bytes of a list, and a
/// list per parent (with its growing arrays) was about a third of what reading an XML list allocated.</para>
/// <para>Records are pooled by the <see cref="XmlRecordReader"/> that read them: a record and its descendants
/// are valid until that reader reads the next record, so a reader of a list takes what it needs from an
/// element (strings, locations) before asking for the next one, and keeps no record.</para>
/// </remarks>
internal sealed class XmlRecord(XmlRecordReader owner)
{
    private XmlRecord? firstChild;
    private XmlRecord? lastChild;
    private XmlRecord? nextSibling;

    public string Name { get; private set; } = string.Empty;

    /// <summary>The 1-based line of the element's start tag.</summary>
    /// <remarks>
    /// An element read by the scanner (<see cref="ResetChild"/>) has its line worked out when asked, from its record's line
    /// and the line breaks between the two tags: only an issue asks, and counting the line breaks before each of the
    /// 700,000 elements of an SDN-sized list cost more than a count per record.
    /// </remarks>
    public int Line => line >= 0 ? line : (line = owner.LineAt(tagOffset));

    private int line;
    private int tagOffset;

    public XmlRecord? Parent { get; private set; }

    // The element's text: a string once asked for, until then (lent) where the reader that pools this record holds it
    // (textStart, textLength in its buffer). Most elements of a list are read for their text, but not all (every
    // sub-element's <uid> of an OFAC entry): those make no string. The reader is the record's for good, and a flag says
    // the text is lent: a reference stored for each element was a write barrier for each element.
    private string? text;
    private bool lent;
    private int textStart;
    private int textLength;

    /// <summary>The element's own text (its text nodes joined), trimmed; null when it has none or only white space.</summary>
    public string? TrimmedText
    {
        get
        {
            if (lent)
            {
                text = owner.Text(textStart, textLength);
                lent = false;
            }

            return text;
        }
    }

    /// <summary>
    /// <see cref="TrimmedText"/>, one string for each value however long it is: for an element whose long values repeat from
    /// entry to entry (the same URL or sanctions note on thousands of OFAC ids), where a string per element is garbage.
    /// </summary>
    public string? RepeatedText
    {
        get
        {
            if (lent)
            {
                text = owner.LongText(textStart, textLength);
                lent = false;
            }

            return text;
        }
    }

    /// <summary>
    /// The characters of <see cref="TrimmedText"/> (empty when it is null), without making a string of them: valid only until
    /// the reader reads the next record, unless the string was made already.
    /// </summary>
    public ReadOnlyMemory<char> LentText => lent ? owner.TextMemory(textStart, textLength) : text.AsMemory();

    /// <summary><see cref="TrimmedText"/> without the trailing <paramref name="characters"/> (possibly empty); the same string when it has none.</summary>
    public string? TrimmedTextWithoutEnd(string characters)
    {
        if (lent)
        {
            // Trimmed where the reader holds it: no string made of the whole text only to cut it.
            return owner.Text(textStart, textLength, characters);
        }

        var trimmed = text.AsSpan().TrimEnd(characters);
        return text is null || trimmed.Length == text.Length ? text : trimmed.ToString();
    }

    private string ParentPath { get; set; } = string.Empty;

    /// <summary>The 1-based position of a record element among its same-named siblings, as the stream counted it.</summary>
    private int RecordIndex { get; set; }

    /// <summary>
    /// 1-based position among siblings of the same name. Counted only when a path is asked for (the entry's location,
    /// a warning), not for every element read: most elements never need it.
    /// </summary>
    private int Index
    {
        get
        {
            if (Parent is null)
            {
                return RecordIndex;
            }

            var index = 1;
            for (var sibling = Parent.firstChild; sibling is not null && sibling != this; sibling = sibling.nextSibling)
            {
                if (sibling.Name == Name)
                {
                    index++;
                }
            }

            return index;
        }
    }

    /// <summary>The element path from the document root, e.g. <c>/sdnList/sdnEntry[3]/akaList/aka[2]</c>.</summary>
    public string Path
    {
        get
        {
            var index = Index;
            if (Parent is null)
            {
                // A record (every entry's location): one string.
                return Raw.EntryLocation.RecordPath(ParentPath, Name, index);
            }

            var own = index > 1 || Parent.Count(Name) > 1
                ? string.Create(CultureInfo.InvariantCulture, $"{Name}[{index}]")
                : Name;
            return Parent.Path + "/" + own;
        }
    }

    public SourceLocation Location(string file) => new(file, Line, Path);

    /// <summary>As <see cref="Location"/>, the path of a record made only when asked (see <see cref="EntryLocation"/>).</summary>
    public EntryLocation LazyLocation(string file) => Parent is null ? new EntryLocation(file, Line, ParentPath, Name, RecordIndex) : Location(file);

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

    /// <summary>The next sibling named <paramref name="name"/>, or null: with <see cref="Child"/>, a loop over same-named children that allocates nothing.</summary>
    public XmlRecord? Next(string name)
    {
        for (var sibling = nextSibling; sibling is not null; sibling = sibling.nextSibling)
        {
            if (sibling.Name == name)
            {
                return sibling;
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

    /// <summary>Every child element, in document order.</summary>
    public IEnumerable<XmlRecord> Children()
    {
        for (var child = firstChild; child is not null; child = child.nextSibling)
        {
            yield return child;
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

    /// <summary>Makes a pooled record the element the reader is on, with no children or text yet.</summary>
    /// <param name="name">The element's local name.</param>
    /// <param name="line">Its line.</param>
    /// <param name="parent">The enclosing record element, or null for a record.</param>
    /// <param name="parentPath">The path of the element enclosing the record (kept for a record only: a child's path is made from its parent's).</param>
    /// <param name="recordIndex">For a record, its position among same-named siblings (children count theirs when asked).</param>
    internal void Reset(string name, int line, XmlRecord? parent, string parentPath, int recordIndex)
    {
        Name = name;
        this.line = line;
        if (parent is null)
        {
            Parent = null;
            ParentPath = parentPath;
            RecordIndex = recordIndex;
        }
        else
        {
            // ParentPath and RecordIndex are read only when Parent is null.
            Parent = parent;
        }

        text = null;
        lent = false;
        firstChild = null;
        lastChild = null;
        nextSibling = null;
    }

    /// <summary>As <see cref="Reset"/> for a child element whose tag starts at <paramref name="offset"/> in the buffer of the scanner its reader reads, its line counted when asked.</summary>
    internal void ResetChild(string name, int offset, XmlRecord parent)
    {
        Name = name;
        line = -1;
        tagOffset = offset;

        // ParentPath and RecordIndex are read only when Parent is null.
        Parent = parent;
        text = null;
        lent = false;
        firstChild = null;
        lastChild = null;
        nextSibling = null;
    }

    internal void AddChild(XmlRecord child)
    {
        if (lastChild is null)
        {
            firstChild = child;
        }
        else
        {
            lastChild.nextSibling = child;
        }

        lastChild = child;
    }

    internal void SetText(string? trimmedText) => text = trimmedText;

    /// <summary>Gives the element the text its reader holds at <paramref name="start"/> (non-empty, trimmed), made a string when asked for.</summary>
    internal void SetText(int start, int length) => (lent, textStart, textLength) = (true, start, length);

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
