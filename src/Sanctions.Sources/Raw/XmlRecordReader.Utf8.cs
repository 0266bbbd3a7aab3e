using System.Text;

namespace Sanctions.Sources.Raw;

/// <summary>Records read from a <see cref="Utf8XmlScanner"/>: the same records, texts and lines as from System.Xml, without recursion.</summary>
internal sealed partial class XmlRecordReader
{
    // The elements open in the record being read: the element, where its text starts in the buffer, its text set aside before a
    // child. Three arrays, not one of tuples: pushing an element stores one reference (the text set aside starts as null), not
    // two through write barriers.
    private readonly XmlRecord[] openRecords = new XmlRecord[MaxDepth + 1];
    private readonly int[] openStarts = new int[MaxDepth + 1];
    private readonly string?[] openBefore = new string?[MaxDepth + 1];

    // The scanner of the record being read, the line and offset of its start tag: what the line of an element in it is counted from.
    private Utf8XmlScanner? lineScanner;
    private int recordLine;
    private int recordOffset;

    /// <summary>The line of the element of the record being read whose start tag is at <paramref name="offset"/> (see <see cref="XmlRecord.Line"/>).</summary>
    internal int LineAt(int offset) => recordLine + lineScanner!.LineBreaks(recordOffset, offset);

    /// <summary>Reads the element whose start tag <paramref name="scanner"/> has just read, with all its descendants.</summary>
    /// <param name="scanner">A scanner whose last token is the record's start tag.</param>
    /// <param name="empty">Whether that tag was an empty-element tag.</param>
    /// <param name="parentPath">The path of the enclosing element.</param>
    /// <param name="index">The element's 1-based position among same-named siblings.</param>
    /// <returns>The record, valid until the next call; null when the scanner met something outside its subset.</returns>
    public XmlRecord? Read(Utf8XmlScanner scanner, bool empty, string parentPath, int index)
    {
        used = 0;
        textLength = 0;
        var record = Rent();
        record.Reset(scanner.Name, scanner.Line, null, parentPath, index);
        (lineScanner, recordLine, recordOffset) = (scanner, record.Line, scanner.TagOffset);
        if (empty)
        {
            return record;
        }

        // The steps of Read(XmlReader, …), with the open elements in frames instead of on the call stack.
        var top = 0;
        (openRecords[0], openStarts[0], openBefore[0]) = (record, 0, null);
        while (true)
        {
            var token = scanner.Next();
            switch (token)
            {
                case Utf8XmlToken.Start:
                case Utf8XmlToken.Empty:
                    var parent = openRecords[top];
                    var parentStart = openStarts[top];
                    if (textLength > parentStart)
                    {
                        openBefore[top] += new string(text, parentStart, textLength - parentStart);
                        textLength = parentStart;
                    }

                    var child = Rent();
                    child.ResetChild(scanner.Name, scanner.TagOffset, parent);
                    parent.AddChild(child);
                    if (token == Utf8XmlToken.Start)
                    {
                        top++;
                        openRecords[top] = child;
                        openStarts[top] = textLength;
                        openBefore[top] = null;
                    }

                    break;
                case Utf8XmlToken.Text:
                    AppendText(scanner.Content, scanner.ContentPlain);
                    break;
                case Utf8XmlToken.CData:
                    AppendText(scanner.Content, plain: false, references: false);
                    break;
                case Utf8XmlToken.End:
                    SetText(openRecords[top], openBefore[top], openStarts[top]);
                    if (top == 0)
                    {
                        return record;
                    }

                    openStarts[--top] = textLength;
                    break;
                default:
                    return null;
            }
        }
    }

    /// <summary>
    /// Appends text the scanner has checked: UTF-8, CRs (each before an LF) dropped, and in text (not in a CDATA section,
    /// <paramref name="references"/> false) references made characters.
    /// </summary>
    private void AppendText(ReadOnlySpan<byte> run, bool plain, bool references = true)
    {
        // A character takes no more UTF-16 units than UTF-8 bytes; a reference fewer.
        Reserve(run.Length);
        while (true)
        {
            var i = plain ? -1 : references ? run.IndexOfAny((byte)'&', (byte)'\r') : run.IndexOf((byte)'\r');
            if (i < 0)
            {
                textLength += Encoding.UTF8.GetChars(run, text.AsSpan(textLength));
                return;
            }

            textLength += Encoding.UTF8.GetChars(run[..i], text.AsSpan(textLength));
            if (run[i] == (byte)'\r')
            {
                run = run[(i + 1)..];
                continue;
            }

            Utf8XmlScanner.TryReference(run[i..], out var length, out var value);
            textLength += new Rune(value).EncodeToUtf16(text.AsSpan(textLength));
            run = run[(i + length)..];
        }
    }
}
