using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Sanctions.Sources.Raw;

/// <summary>What <see cref="Utf8XmlScanner.Next"/> found.</summary>
internal enum Utf8XmlToken : byte
{
    /// <summary>A start tag (<see cref="Utf8XmlScanner.Name"/>, <see cref="Utf8XmlScanner.Line"/>).</summary>
    Start,

    /// <summary>An empty-element tag (<c>&lt;a/&gt;</c>): a start and its end.</summary>
    Empty,

    /// <summary>An end tag, matching the open element.</summary>
    End,

    /// <summary>Text that is not only white space (<see cref="Utf8XmlScanner.Content"/>), inside the root element.</summary>
    Text,

    /// <summary>A CDATA section inside the root element.</summary>
    CData,

    /// <summary>The end of a document whose root element was closed, with nothing after it but white space, comments and PIs.</summary>
    Eof,

    /// <summary>
    /// Something outside the subset this scanner reads (a DTD, a namespace prefix on an element, a lone CR, an encoding other
    /// than UTF-8, …) or not well-formed: the caller reads the file with System.Xml instead, which says what is wrong and where.
    /// </summary>
    Outside,
}

/// <summary>
/// A non-recursive scanner of UTF-8 XML held in memory, for the common well-formed subset the published lists are
/// written in: elements without prefixes, attributes, text with the predefined and character entities, CDATA, comments,
/// PIs, an XML declaration naming UTF-8. It checks everything System.Xml would check on that subset and stops with
/// <see cref="Utf8XmlToken.Outside"/> at anything else, never guessing (see <see cref="XmlRecordStream"/>, which then
/// reads the file with System.Xml from the start, so that every error and its location stay System.Xml's).
/// </summary>
/// <remarks>White-space-only text, comments and PIs are skipped, as <see cref="XmlRecord.Settings"/> has System.Xml do.
/// Not thread-safe.</remarks>
internal sealed partial class Utf8XmlScanner
{
    private static readonly SearchValues<byte> Space = SearchValues.Create(" \t\r\n"u8);
    private static readonly SearchValues<byte> TextEndOrSpecial = SearchValues.Create("<&]\r"u8);
    private static readonly SearchValues<byte> AttributeSpecial = SearchValues.Create("<&\t\r\n"u8);

    // Bytes no XML 1.0 document holds (control characters but tab, LF and CR), and EF, the lead byte of U+FFFE and U+FFFF
    // (see HasForbidden).
    private static readonly SearchValues<byte> ForbiddenOrEf = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 0xEF]);

    private readonly byte[] buffer;

    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    // U+FFFE and U+FFFF: valid UTF-8, not XML characters.
    private static ReadOnlySpan<byte> NonCharacterFffe => [0xEF, 0xBF, 0xBE];

    private static ReadOnlySpan<byte> NonCharacterFfff => [0xEF, 0xBF, 0xBF];
    private readonly int end;
    private readonly (int Start, int Length)[] open = new (int, int)[XmlRecordReader.MaxDepth + 1];
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> names =
        new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly List<(int NameStart, int NameLength, int Colon, int ValueStart, int ValueLength)> attributes = [];
    private readonly List<byte[]> rootPrefixes = [];
    private int pos;
    private int depth;
    private bool rootSeen;
    private bool rootClosed;
    private int line = 1;
    private int linePos;
    private int contentStart;
    private int contentLength;
    private int tokenPos;

    private Utf8XmlScanner(byte[] buffer, int start, int end)
    {
        this.buffer = buffer;
        pos = start;
        linePos = start;
        this.end = end;
    }

    /// <summary>The local name of the element of the last <see cref="Utf8XmlToken.Start"/> or <see cref="Utf8XmlToken.Empty"/>.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>The root element, once its start tag has been read.</summary>
    public XmlRoot? Root { get; private set; }

    /// <summary>Whether the last start tag was the root element's.</summary>
    public bool IsRoot { get; private set; }

    /// <summary>The last <see cref="Utf8XmlToken.Text"/> or <see cref="Utf8XmlToken.CData"/>, as bytes of the file.</summary>
    public ReadOnlySpan<byte> Content => buffer.AsSpan(contentStart, contentLength);

    /// <summary>Whether the last <see cref="Utf8XmlToken.Text"/> holds neither a reference nor a CR (its bytes are its characters).</summary>
    public bool ContentPlain { get; private set; }

    /// <summary>The 1-based line of the last tag; asked in document order (lines are counted from the previous one).</summary>
    public int Line
    {
        get
        {
            if (tokenPos > linePos)
            {
                line += buffer.AsSpan(linePos, tokenPos - linePos).Count((byte)'\n');
                linePos = tokenPos;
            }

            return line;
        }
    }

    /// <summary>Where the last tag starts in the buffer.</summary>
    public int TagOffset => tokenPos;

    /// <summary>The line breaks between two offsets of the buffer (what <see cref="Line"/> adds from one tag to a later one).</summary>
    public int LineBreaks(int from, int to) => buffer.AsSpan(from, to - from).Count((byte)'\n');

    /// <summary>
    /// A scanner over <paramref name="length"/> bytes of <paramref name="buffer"/>, or null when the bytes are outside its
    /// subset as a whole: not valid UTF-8 (or a byte order mark of another encoding), a character XML forbids, a CR not
    /// followed by LF, an XML declaration it does not read (another encoding, another version).
    /// </summary>
    public static Utf8XmlScanner? Create(byte[] buffer, int length)
    {
        var data = buffer.AsSpan(0, length);
        if (!Utf8.IsValid(data) || HasForbidden(data))
        {
            return null;
        }

        // Line breaks are then LFs only (System.Xml also counts a lone CR as one, and makes it LF in text).
        if (data.Contains((byte)'\r') && HasLoneCr(data))
        {
            return null;
        }

        var start = data.StartsWith(ByteOrderMark) ? 3 : 0;
        var scanner = new Utf8XmlScanner(buffer, start, length);
        return scanner.Declaration() ? scanner : null;
    }

    /// <summary>The next token, skipping white-space-only text, comments and PIs.</summary>
    public Utf8XmlToken Next()
    {
        while (true)
        {
            if (pos >= end)
            {
                return rootClosed && depth == 0 ? Utf8XmlToken.Eof : Utf8XmlToken.Outside;
            }

            if (buffer[pos] != (byte)'<')
            {
                // Most runs between tags are white space (indentation): one search finds where it ends, at the next tag or at text.
                var start = pos;
                var rest = buffer.AsSpan(pos, end - pos);
                var blank = rest.IndexOfAnyExcept(Space);
                if (blank < 0 || rest[blank] == (byte)'<')
                {
                    pos += blank < 0 ? rest.Length : blank;
                    continue;
                }

                // One search finds where the text ends or, before that, the first byte to check (a reference, ']', a CR); the white
                // space before the text holds no special byte but a CR.
                var text = rest[blank..];
                var stop = text.IndexOfAny(TextEndOrSpecial);
                var special = blank > 0 ? rest[..blank].IndexOf((byte)'\r') : -1;
                var length = stop;
                if (stop >= 0 && text[stop] != (byte)'<')
                {
                    special = special < 0 ? blank + stop : special;
                    var lt = text[stop..].IndexOf((byte)'<');
                    length = lt < 0 ? -1 : stop + lt;
                }

                var run = length < 0 ? rest : rest[..(blank + length)];
                pos += run.Length;
                if (depth == 0)
                {
                    return Utf8XmlToken.Outside;
                }

                if (special >= 0 && !CheckText(run[special..]))
                {
                    return Utf8XmlToken.Outside;
                }

                (contentStart, contentLength, ContentPlain) = (start, run.Length, special < 0);
                return Utf8XmlToken.Text;
            }

            if (pos + 1 >= end)
            {
                return Utf8XmlToken.Outside;
            }

            tokenPos = pos;
            switch (buffer[pos + 1])
            {
                case (byte)'/':
                    return EndTag();
                case (byte)'?':
                    if (!Instruction())
                    {
                        return Utf8XmlToken.Outside;
                    }

                    continue;
                case (byte)'!':
                    if (At("<!--"u8))
                    {
                        if (!Comment())
                        {
                            return Utf8XmlToken.Outside;
                        }

                        continue;
                    }

                    return At("<![CDATA["u8) ? CData() : Utf8XmlToken.Outside;
                default:
                    return StartTag();
            }
        }
    }

    private bool At(ReadOnlySpan<byte> literal) => buffer.AsSpan(pos, end - pos).StartsWith(literal);

    private bool Take(ReadOnlySpan<byte> literal)
    {
        if (!At(literal))
        {
            return false;
        }

        pos += literal.Length;
        return true;
    }

    private int SkipSpace()
    {
        var skipped = buffer.AsSpan(pos, end - pos).IndexOfAnyExcept(Space);
        skipped = skipped < 0 ? end - pos : skipped;
        pos += skipped;
        return skipped;
    }

    /// <summary>The length of the name at <paramref name="at"/> in the subset read: an ASCII letter or <c>_</c>, then ASCII letters, digits, <c>_ . -</c>.</summary>
    private int NameLength(int at)
    {
        var table = NameBytes;
        if (at >= end || table[buffer[at]] != 1)
        {
            return 0;
        }

        var i = at + 1;
        while (i < end && table[buffer[i]] != 0)
        {
            i++;
        }

        return i - at;
    }

    /// <summary>By byte: 1 for a byte that can start a name of the subset (ASCII letter, <c>_</c>), 2 for one that can follow (digit, <c>.</c>, <c>-</c>), 0 else.</summary>
    private static ReadOnlySpan<byte> NameBytes =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    private static bool StartsWithXml(ReadOnlySpan<byte> name) =>
        name.Length >= 3 && (name[0] | 0x20) == 'x' && (name[1] | 0x20) == 'm' && (name[2] | 0x20) == 'l';

    /// <summary>Reads an XML declaration at the start, if there is one: version 1.0, encoding UTF-8 if any, standalone if any.</summary>
    private bool Declaration()
    {
        if (!At("<?xml"u8) || pos + 5 >= end || !Space.Contains(buffer[pos + 5]))
        {
            // Not a declaration (a PI whose target merely starts with xml is refused by Instruction).
            return true;
        }

        pos += 5;
        SkipSpace();
        if (!Take("version"u8) || !Eq() || !Quoted(out var version) || !version.SequenceEqual("1.0"u8))
        {
            return false;
        }

        var spaced = SkipSpace() > 0;
        if (spaced && Take("encoding"u8))
        {
            if (!Eq() || !Quoted(out var encoding) || !Ascii.EqualsIgnoreCase(encoding, "utf-8"u8))
            {
                return false;
            }

            spaced = SkipSpace() > 0;
        }

        if (spaced && Take("standalone"u8))
        {
            if (!Eq() || !Quoted(out var standalone) || !(standalone.SequenceEqual("yes"u8) || standalone.SequenceEqual("no"u8)))
            {
                return false;
            }

            SkipSpace();
        }

        return Take("?>"u8);
    }

    private bool Eq()
    {
        SkipSpace();
        if (!Take("="u8))
        {
            return false;
        }

        SkipSpace();
        return true;
    }

    private bool Quoted(out ReadOnlySpan<byte> value)
    {
        value = default;
        if (pos >= end || buffer[pos] is not ((byte)'"' or (byte)'\''))
        {
            return false;
        }

        var quote = buffer[pos];
        var length = buffer.AsSpan(pos + 1, end - pos - 1).IndexOf(quote);
        if (length < 0)
        {
            return false;
        }

        value = buffer.AsSpan(pos + 1, length);
        pos += length + 2;
        return true;
    }

    private bool Comment()
    {
        // No "--" inside a comment, and the one that ends it is followed by '>'.
        var from = pos + 4;
        var dashes = buffer.AsSpan(from, end - from).IndexOf("--"u8);
        if (dashes < 0 || from + dashes + 2 >= end || buffer[from + dashes + 2] != (byte)'>')
        {
            return false;
        }

        pos = from + dashes + 3;
        return true;
    }

    private bool Instruction()
    {
        var length = NameLength(pos + 2);
        var target = buffer.AsSpan(pos + 2, length);
        if (length == 0 || (length == 3 && StartsWithXml(target)))
        {
            // No target, or the XML declaration where a PI is (System.Xml says so).
            return false;
        }

        pos += 2 + length;
        if (!At("?>"u8) && SkipSpace() == 0)
        {
            return false;
        }

        var close = buffer.AsSpan(pos, end - pos).IndexOf("?>"u8);
        if (close < 0)
        {
            return false;
        }

        pos += close + 2;
        return true;
    }

    private Utf8XmlToken CData()
    {
        if (depth == 0)
        {
            return Utf8XmlToken.Outside;
        }

        var from = pos + 9;
        var close = buffer.AsSpan(from, end - from).IndexOf("]]>"u8);
        if (close < 0)
        {
            return Utf8XmlToken.Outside;
        }

        (contentStart, contentLength) = (from, close);
        pos = from + close + 3;
        return Utf8XmlToken.CData;
    }

    private Utf8XmlToken EndTag()
    {
        if (depth == 0)
        {
            return Utf8XmlToken.Outside;
        }

        // The open element's name, ended by '>' or white space (not the start of a longer name).
        var (start, length) = open[depth - 1];
        var at = pos + 2;
        if (at + length >= end || !buffer.AsSpan(at, length).SequenceEqual(buffer.AsSpan(start, length)))
        {
            return Utf8XmlToken.Outside;
        }

        pos = at + length;
        if (buffer[pos] == (byte)'>')
        {
            pos++;
        }
        else if (!Space.Contains(buffer[pos]) || SkipSpace() == 0 || !Take(">"u8))
        {
            return Utf8XmlToken.Outside;
        }

        depth--;
        rootClosed = depth == 0;
        return Utf8XmlToken.End;
    }
}
