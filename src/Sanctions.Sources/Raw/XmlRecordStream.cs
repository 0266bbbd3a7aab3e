using System.Buffers;
using System.Xml;
using Sanctions.Sources.Diagnostics;

namespace Sanctions.Sources.Raw;

/// <summary>
/// Streams the record elements of an XML list: descends through container elements and yields
/// each element whose local name is a record name as an <see cref="XmlRecord"/>.
/// </summary>
/// <remarks>
/// <para>A yielded record is valid until the next one is asked for: its objects are reused (see <see cref="XmlRecordReader"/>).</para>
/// <para>Two paths give the same records. A file in the common subset of UTF-8 XML the lists are written in is read by
/// <see cref="Utf8XmlScanner"/> (a third of System.Xml's time). At anything outside that subset, and at anything not
/// well-formed, the file is read with System.Xml instead, from the start, the records already given skipped and the root
/// not given again: every error, its message and its location are System.Xml's, as before. A record is given only once the
/// scanner has also read the tag after it, as far as System.Xml reads before giving it, so that System.Xml never stops
/// before a record the scanner gave.</para>
/// </remarks>
internal static class XmlRecordStream
{
    /// <summary>The largest file read into memory for the scanner; a larger one is read with System.Xml.</summary>
    private const int MaxScannedBytes = 1 << 29;

    /// <summary>Reads <paramref name="file"/>, calling <paramref name="onRoot"/> with the root element, and yields record elements.</summary>
    /// <exception cref="ImportException">The file is not well-formed XML (in either mode: the rest cannot be read).</exception>
    public static IEnumerable<XmlRecord> Read(
        SourceFile file,
        IReadOnlySet<string> recordNames,
        Action<XmlRoot> onRoot,
        CancellationToken cancellationToken) => Read(file, recordNames, onRoot, cancellationToken, XmlPaths.Both);

    /// <summary>Reads as <see cref="Read(SourceFile, IReadOnlySet{string}, Action{XmlRoot}, CancellationToken)"/>, by the paths given (tests compare them).</summary>
    /// <exception cref="XmlOutsideSubsetException">Only the scanner was to read, and the file is outside its subset.</exception>
    internal static IEnumerable<XmlRecord> Read(
        SourceFile file,
        IReadOnlySet<string> recordNames,
        Action<XmlRoot> onRoot,
        CancellationToken cancellationToken,
        XmlPaths paths)
    {
        var given = 0;
        var rootGiven = false;
        var (buffer, length, rented) = paths == XmlPaths.SystemXml ? default : Load(file);
        if (buffer is not null)
        {
            try
            {
                var scanner = Utf8XmlScanner.Create(buffer, length);
                var records = scanner is null ? null : new Utf8Records(scanner);
                while (records is not null)
                {
                    var record = records.Next(recordNames, onRoot);
                    rootGiven = records.RootGiven;
                    if (record is null)
                    {
                        if (records.Finished)
                        {
                            yield break;
                        }

                        break;
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                    yield return record;
                    given++;
                }
            }
            finally
            {
                if (rented)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }
        }

        if (paths == XmlPaths.Scanner)
        {
            throw new XmlOutsideSubsetException($"the scanner gave {given} records, then met what it does not read");
        }

        foreach (var record in ReadXml(file, recordNames, rootGiven ? null : onRoot, given, cancellationToken))
        {
            yield return record;
        }
    }

    /// <summary>The file's bytes (the array itself when it is in memory already), or no array when it is too large or not seekable.</summary>
    private static (byte[]? Buffer, int Length, bool Rented) Load(SourceFile file)
    {
        using var stream = file.Open();
        if (stream is MemoryStream memory && memory.Position == 0 && memory.TryGetBuffer(out var segment) && segment.Offset == 0)
        {
            return (segment.Array, segment.Count, false);
        }

        if (!stream.CanSeek || stream.Length - stream.Position > MaxScannedBytes)
        {
            return (null, 0, false);
        }

        var length = (int)(stream.Length - stream.Position);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            stream.ReadExactly(buffer, 0, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        return (buffer, length, true);
    }

    /// <summary>The System.Xml path: every record from the start, the first <paramref name="skip"/> not yielded (the scanner gave them).</summary>
    private static IEnumerable<XmlRecord> ReadXml(
        SourceFile file,
        IReadOnlySet<string> recordNames,
        Action<XmlRoot>? onRoot,
        int skip,
        CancellationToken cancellationToken)
    {
        using var stream = file.Open();
        XmlReader created;
        try
        {
            created = XmlReader.Create(stream, XmlRecord.Settings);
        }
        catch (XmlException e)
        {
            // The first characters cannot be decoded (invalid UTF-8 just after a byte order mark): this escaped as an XmlException.
            throw new ImportException(new SourceLocation(file.Name, e.LineNumber == 0 ? null : e.LineNumber, null), null, "not well-formed XML: " + e.Message, e);
        }

        using var reader = created;
        var path = new Stack<(string Path, Dictionary<string, int> Counts)>();
        var records = new XmlRecordReader();
        var started = false;
        while (true)
        {
            XmlRecord? record;
            try
            {
                record = Next(reader, records, recordNames, onRoot, path, ref started);
            }
            catch (XmlTooDeepException e)
            {
                throw new ImportException(
                    new SourceLocation(file.Name, e.LineNumber == 0 ? null : e.LineNumber, path.Count > 0 ? path.Peek().Path : null), null, e.Reason ?? e.Message, e);
            }
            catch (XmlException e)
            {
                throw new ImportException(
                    new SourceLocation(file.Name, e.LineNumber == 0 ? null : e.LineNumber, path.Count > 0 ? path.Peek().Path : null),
                    null,
                    "not well-formed XML: " + e.Message,
                    e);
            }

            if (record is null)
            {
                yield break;
            }

            if (skip > 0)
            {
                skip--;
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            yield return record;
        }
    }

    private static XmlRecord? Next(
        XmlReader reader,
        XmlRecordReader records,
        IReadOnlySet<string> recordNames,
        Action<XmlRoot>? onRoot,
        Stack<(string Path, Dictionary<string, int> Counts)> path,
        ref bool started)
    {
        if (!started)
        {
            started = true;
            if (reader.MoveToContent() != XmlNodeType.Element)
            {
                return null;
            }

            onRoot?.Invoke(XmlRoot.Of(reader));
            reader.MoveToElement();
            path.Push(("/" + reader.LocalName, []));
            if (reader.IsEmptyElement)
            {
                return null;
            }

            reader.Read();
        }

        while (!reader.EOF)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var (parentPath, counts) = path.Peek();
                    var name = reader.LocalName;
                    var index = counts[name] = counts.GetValueOrDefault(name) + 1;
                    if (recordNames.Contains(name))
                    {
                        return records.Read(reader, parentPath, index);
                    }

                    if (reader.IsEmptyElement)
                    {
                        reader.Read();
                        continue;
                    }

                    XmlRecordReader.CheckDepth(reader);
                    path.Push((parentPath + "/" + name, []));
                    reader.Read();
                    continue;
                case XmlNodeType.EndElement:
                    path.Pop();
                    reader.Read();
                    continue;
                default:
                    reader.Read();
                    continue;
            }
        }

        return null;
    }

    /// <summary>The scanner path: the same walk as <see cref="Next"/> over the scanner's tokens.</summary>
    private sealed class Utf8Records(Utf8XmlScanner scanner)
    {
        private readonly XmlRecordReader records = new();
        private readonly Stack<(string Path, Dictionary<string, int> Counts)> path = new();
        private Utf8XmlToken? pending;

        /// <summary>Whether the root was given to the reader of the list.</summary>
        public bool RootGiven { get; private set; }

        /// <summary>Whether the file was read to its end (or its root is empty): no more records, and no need of System.Xml.</summary>
        public bool Finished { get; private set; }

        /// <summary>The next record; null at the end (<see cref="Finished"/>) or where System.Xml must take over.</summary>
        public XmlRecord? Next(IReadOnlySet<string> recordNames, Action<XmlRoot> onRoot)
        {
            while (true)
            {
                var token = pending ?? scanner.Next();
                pending = null;
                switch (token)
                {
                    case Utf8XmlToken.Start:
                    case Utf8XmlToken.Empty:
                        var name = scanner.Name;
                        if (scanner.IsRoot)
                        {
                            RootGiven = true;
                            onRoot(scanner.Root!);
                            path.Push(("/" + name, []));
                            if (token == Utf8XmlToken.Empty)
                            {
                                Finished = true;
                                return null;
                            }

                            continue;
                        }

                        var (parentPath, counts) = path.Peek();
                        var index = counts[name] = counts.GetValueOrDefault(name) + 1;
                        if (recordNames.Contains(name))
                        {
                            var record = records.Read(scanner, token == Utf8XmlToken.Empty, parentPath, index);

                            // Given only once the token after it is read and checked: System.Xml reads that far before giving it.
                            var next = record is null ? Utf8XmlToken.Outside : scanner.Next();
                            if (next == Utf8XmlToken.Outside)
                            {
                                return null;
                            }

                            pending = next;
                            return record;
                        }

                        if (token == Utf8XmlToken.Start)
                        {
                            path.Push((parentPath + "/" + name, []));
                        }

                        continue;
                    case Utf8XmlToken.End:
                        path.Pop();
                        continue;
                    case Utf8XmlToken.Eof:
                        Finished = true;
                        return null;
                    case Utf8XmlToken.Outside:
                        return null;
                    default:
                        continue;
                }
            }
        }
    }
}

/// <summary>Which paths <see cref="XmlRecordStream"/> reads a file by.</summary>
internal enum XmlPaths
{
    /// <summary>The scanner, then System.Xml where the scanner stops: what importers do.</summary>
    Both,

    /// <summary>System.Xml only, as before the scanner.</summary>
    SystemXml,

    /// <summary>The scanner only, throwing <see cref="XmlOutsideSubsetException"/> where it stops.</summary>
    Scanner,
}

/// <summary>The scanner met what it does not read, and no fallback was asked for (tests only).</summary>
internal sealed class XmlOutsideSubsetException : Exception
{
    public XmlOutsideSubsetException()
    {
    }

    public XmlOutsideSubsetException(string message)
        : base(message)
    {
    }

    public XmlOutsideSubsetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
