using System.Text;
using System.Text.Json;
using System.Xml;
using Sanctions.Sources;

namespace Sanctions.Benchmarks.Sources;

/// <summary>The simple alternatives the importer benchmarks are compared with.</summary>
internal static class BaselineReaders
{
    public static int CountLines(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8);
        var count = 0;
        while (reader.ReadLine() is not null)
        {
            count++;
        }

        return count;
    }

    public static int CountXmlNodes(SourceFile file)
    {
        using var reader = XmlReader.Create(file.Open(), new XmlReaderSettings { IgnoreWhitespace = true, DtdProcessing = DtdProcessing.Prohibit });
        var count = 0;
        while (reader.Read())
        {
            count++;
        }

        return count;
    }

    public static int JsonDocumentPerLine(byte[] bytes)
    {
        var count = 0;
        var span = bytes.AsMemory();
        while (span.Length > 0)
        {
            var newline = span.Span.IndexOf((byte)'\n');
            var line = newline < 0 ? span : span[..newline];
            span = newline < 0 ? default : span[(newline + 1)..];
            if (line.Length == 0)
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            count += document.RootElement.GetProperty("properties").EnumerateObject().Count();
        }

        return count;
    }
}
