using System.Text;

namespace Sanctions.Sources.Raw;

/// <summary>Start tags, their attributes, names and references.</summary>
internal sealed partial class Utf8XmlScanner
{
    private const int MaxInterned = 128;
    private const int NameCacheSize = 256;

    private readonly (byte[]? Bytes, string? Name)[] nameCache = new (byte[]?, string?)[NameCacheSize];

    /// <summary>
    /// The character a reference at the start of <paramref name="text"/> stands for: one of the five predefined entities
    /// or a character reference of at most seven digits to a character XML allows that is not white space (a reference
    /// to white space can make text that System.Xml takes as ignorable white space: outside the subset).
    /// </summary>
    internal static bool TryReference(ReadOnlySpan<byte> text, out int length, out int value)
    {
        (length, value) = text switch
        {
            _ when text.StartsWith("&amp;"u8) => (5, '&'),
            _ when text.StartsWith("&lt;"u8) => (4, '<'),
            _ when text.StartsWith("&gt;"u8) => (4, '>'),
            _ when text.StartsWith("&quot;"u8) => (6, '"'),
            _ when text.StartsWith("&apos;"u8) => (6, '\''),
            _ => (0, 0),
        };
        if (length > 0)
        {
            return true;
        }

        if (text.Length < 4 || text[1] != (byte)'#')
        {
            return false;
        }

        var hex = text[2] == (byte)'x';
        var i = hex ? 3 : 2;
        var digits = 0;
        while (i < text.Length && digits < 7)
        {
            var b = text[i];
            var digit = b is >= (byte)'0' and <= (byte)'9' ? b - '0'
                : hex && (b | 0x20) is >= 'a' and <= 'f' ? (b | 0x20) - 'a' + 10
                : -1;
            if (digit < 0)
            {
                break;
            }

            value = (value * (hex ? 16 : 10)) + digit;
            i++;
            digits++;
        }

        if (digits == 0 || i >= text.Length || text[i] != (byte)';'
            || value is not (> 0x20 and <= 0xD7FF or >= 0xE000 and <= 0xFFFD or >= 0x10000 and <= 0x10FFFF))
        {
            value = 0;
            return false;
        }

        length = i + 1;
        return true;
    }

    /// <summary>Checks text from its first <c>&amp;</c>, <c>]</c> or CR on: no <c>]]&gt;</c>, every reference one <see cref="TryReference"/> reads.</summary>
    private static bool CheckText(ReadOnlySpan<byte> text)
    {
        if (text.IndexOf("]]>"u8) >= 0)
        {
            return false;
        }

        while (true)
        {
            var amp = text.IndexOf((byte)'&');
            if (amp < 0)
            {
                return true;
            }

            if (!TryReference(text[amp..], out var length, out _))
            {
                return false;
            }

            text = text[(amp + length)..];
        }
    }

    private Utf8XmlToken StartTag()
    {
        if (depth >= XmlRecordReader.MaxDepth || (depth == 0 && rootSeen))
        {
            // Too deep (System.Xml's path says so with the depth limit's message), or a second root element.
            return Utf8XmlToken.Outside;
        }

        var nameStart = pos + 1;
        var nameLength = NameLength(nameStart);
        if (nameLength == 0 || StartsWithXml(buffer.AsSpan(nameStart, nameLength)))
        {
            return Utf8XmlToken.Outside;
        }

        pos = nameStart + nameLength;
        attributes.Clear();
        bool empty;
        if (pos < end && buffer[pos] == (byte)'>')
        {
            // The common tag: a name, no attributes.
            pos++;
            empty = false;
        }
        else
        {
            while (true)
            {
                var spaced = SkipSpace() > 0;
                if (pos >= end)
                {
                    return Utf8XmlToken.Outside;
                }

                if (buffer[pos] == (byte)'>')
                {
                    pos++;
                    empty = false;
                    break;
                }

                if (buffer[pos] == (byte)'/')
                {
                    if (pos + 1 >= end || buffer[pos + 1] != (byte)'>')
                    {
                        return Utf8XmlToken.Outside;
                    }

                    pos += 2;
                    empty = true;
                    break;
                }

                if (!spaced || !Attribute())
                {
                    return Utf8XmlToken.Outside;
                }
            }
        }

        if (attributes.Count > 0 && !CheckAttributes())
        {
            return Utf8XmlToken.Outside;
        }

        Name = Intern(nameStart, nameLength);
        IsRoot = depth == 0;
        if (IsRoot)
        {
            rootSeen = true;
            Root = new XmlRoot(Name, RootAttributes());
        }

        if (empty)
        {
            rootClosed = depth == 0;
            return Utf8XmlToken.Empty;
        }

        open[depth++] = (nameStart, nameLength);
        return Utf8XmlToken.Start;
    }

    /// <summary>Reads <c>name = "value"</c>: a name with at most one prefix, a value with no reference, <c>&lt;</c>, tab, CR or LF.</summary>
    private bool Attribute()
    {
        var nameStart = pos;
        var first = NameLength(pos);
        if (first == 0)
        {
            return false;
        }

        pos += first;
        var colon = -1;
        if (pos < end && buffer[pos] == (byte)':')
        {
            colon = first;
            var second = NameLength(pos + 1);
            if (second == 0)
            {
                return false;
            }

            pos += 1 + second;
        }

        var nameLength = pos - nameStart;
        if (!Eq())
        {
            return false;
        }

        var valueStart = pos + 1;
        if (!Quoted(out var value) || value.IndexOfAny(AttributeSpecial) >= 0)
        {
            return false;
        }

        attributes.Add((nameStart, nameLength, colon, valueStart, value.Length));
        return true;
    }

    /// <summary>
    /// The namespace rules System.Xml applies, in the subset read: no <c>xml</c>-prefixed name or prefix but <c>xmlns</c>,
    /// no reserved namespace declared, prefixes declared on the element itself or the root, no two attributes with one
    /// local name (stricter than XML, never less strict).
    /// </summary>
    private bool CheckAttributes()
    {
        for (var i = 0; i < attributes.Count; i++)
        {
            var (nameStart, nameLength, colon, valueStart, valueLength) = attributes[i];
            var name = buffer.AsSpan(nameStart, nameLength);
            var value = buffer.AsSpan(valueStart, valueLength);
            var local = colon < 0 ? name : name[(colon + 1)..];
            if (colon < 0)
            {
                if (name.SequenceEqual("xmlns"u8) ? Reserved(value) : StartsWithXml(name))
                {
                    return false;
                }
            }
            else
            {
                var prefix = name[..colon];
                if (prefix.SequenceEqual("xmlns"u8))
                {
                    if (StartsWithXml(local) || value.IsEmpty || Reserved(value))
                    {
                        return false;
                    }
                }
                else if (StartsWithXml(prefix) || !Declared(prefix))
                {
                    return false;
                }
            }

            for (var j = 0; j < i; j++)
            {
                var other = attributes[j];
                var otherLocal = buffer.AsSpan(other.NameStart, other.NameLength)[(other.Colon + 1)..];
                if (otherLocal.SequenceEqual(local))
                {
                    return false;
                }
            }
        }

        if (depth == 0)
        {
            foreach (var (nameStart, nameLength, colon, _, _) in attributes)
            {
                var name = buffer.AsSpan(nameStart, nameLength);
                if (colon >= 0 && name[..colon].SequenceEqual("xmlns"u8))
                {
                    rootPrefixes.Add(name[(colon + 1)..].ToArray());
                }
            }
        }

        return true;
    }

    private static bool Reserved(ReadOnlySpan<byte> uri) =>
        uri.SequenceEqual("http://www.w3.org/XML/1998/namespace"u8) || uri.SequenceEqual("http://www.w3.org/2000/xmlns/"u8);

    private bool Declared(ReadOnlySpan<byte> prefix)
    {
        foreach (var (nameStart, nameLength, colon, _, _) in attributes)
        {
            var name = buffer.AsSpan(nameStart, nameLength);
            if (colon == 5 && name[..5].SequenceEqual("xmlns"u8) && name[6..].SequenceEqual(prefix))
            {
                return true;
            }
        }

        foreach (var declared in rootPrefixes)
        {
            if (prefix.SequenceEqual(declared))
            {
                return true;
            }
        }

        return false;
    }

    private (string Name, string Value)[] RootAttributes()
    {
        var list = new (string, string)[attributes.Count];
        for (var i = 0; i < list.Length; i++)
        {
            var (nameStart, nameLength, _, valueStart, valueLength) = attributes[i];
            list[i] = (Encoding.UTF8.GetString(buffer, nameStart, nameLength), Encoding.UTF8.GetString(buffer, valueStart, valueLength));
        }

        return list;
    }

    /// <summary>The name's string, one per distinct name of the file (names are ASCII in the subset read).</summary>
    private string Intern(int start, int length)
    {
        if (length > MaxInterned)
        {
            return Encoding.ASCII.GetString(buffer, start, length);
        }

        // Most names are the last one seen with the same length and ends: compared by their bytes, no hashing.
        ref var cached = ref nameCache[((length * 7) + (buffer[start] * 31) + buffer[start + length - 1]) & (NameCacheSize - 1)];
        if (cached.Bytes is { } bytes && buffer.AsSpan(start, length).SequenceEqual(bytes))
        {
            return cached.Name!;
        }

        cached = (buffer.AsSpan(start, length).ToArray(), InternSlow(start, length));
        return cached.Name;
    }

    private string InternSlow(int start, int length)
    {
        Span<char> chars = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)buffer[start + i];
        }

        if (names.TryGetValue(chars, out var name))
        {
            return name;
        }

        // The runtime's instance when there is one (a reader's literal, "uid"): its lookups by name then compare references, not
        // characters. Never added to the runtime's pool, which a file of many names would grow for good.
        name = new string(chars);
        name = string.IsInterned(name) ?? name;
        names.Dictionary.Add(name, name);
        return name;
    }
}
