using System.Xml;
using Sanctions.Sources.Diagnostics;

namespace Sanctions.Sources.Raw;

/// <summary>
/// Streams the record elements of an XML list: descends through container elements and yields
/// each element whose local name is a record name as an <see cref="XmlRecord"/>.
/// </summary>
/// <remarks>A yielded record is valid until the next one is asked for: its objects are reused (see <see cref="XmlRecordReader"/>).</remarks>
internal static class XmlRecordStream
{
    /// <summary>Reads <paramref name="file"/>, calling <paramref name="onRoot"/> with the root element, and yields record elements.</summary>
    /// <exception cref="ImportException">The file is not well-formed XML (in either mode: the rest cannot be read).</exception>
    public static IEnumerable<XmlRecord> Read(
        SourceFile file,
        IReadOnlySet<string> recordNames,
        Action<XmlReader> onRoot,
        CancellationToken cancellationToken)
    {
        using var stream = file.Open();
        using var reader = XmlReader.Create(stream, XmlRecord.Settings);
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

            cancellationToken.ThrowIfCancellationRequested();
            yield return record;
        }
    }

    private static XmlRecord? Next(
        XmlReader reader,
        XmlRecordReader records,
        IReadOnlySet<string> recordNames,
        Action<XmlReader> onRoot,
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

            onRoot(reader);
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
}
