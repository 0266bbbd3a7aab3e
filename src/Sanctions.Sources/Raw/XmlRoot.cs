using System.Xml;

namespace Sanctions.Sources.Raw;

/// <summary>The root element of an XML list as a reader of the list sees it: its local name and its attributes.</summary>
/// <remarks>Given to the reader before the first record, by either XML path of <see cref="XmlRecordStream"/>.</remarks>
internal sealed class XmlRoot
{
    private readonly (string Name, string Value)[] attributes;

    public XmlRoot(string localName, (string Name, string Value)[] attributes)
    {
        LocalName = localName;
        this.attributes = attributes;
    }

    /// <summary>The root element's local name (without a prefix).</summary>
    public string LocalName { get; }

    /// <summary>The value of the attribute with this qualified name, as <see cref="XmlReader.GetAttribute(string)"/> gives it; null when absent.</summary>
    public string? Attribute(string name)
    {
        foreach (var (n, value) in attributes)
        {
            if (n == name)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The root element <paramref name="reader"/> is on, its attributes read; the reader is left on the element.</summary>
    public static XmlRoot Of(XmlReader reader)
    {
        var list = new List<(string, string)>();
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                list.Add((reader.Name, reader.Value));
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        return new XmlRoot(reader.LocalName, [.. list]);
    }
}
