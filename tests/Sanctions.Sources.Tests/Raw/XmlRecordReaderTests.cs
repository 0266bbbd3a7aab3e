using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Tests.Raw;

public sealed class XmlRecordReaderTests
{
    private static readonly HashSet<string> Entries = ["entry"];

    /// <summary>Reads the <c>entry</c> records of <paramref name="xml"/>, projecting each while it is valid (records are reused).</summary>
    private static List<T> Read<T>(string xml, Func<XmlRecord, T> project) =>
        [.. XmlRecordStream.Read(SourceFile.FromBytes("test.xml", Encoding.UTF8.GetBytes(xml)), Entries, _ => { }, Fixture.Token).Select(project)];

    [Fact]
    public void Read_SuccessiveRecords_DoNotShareChildrenOrText()
    {
        var xml = "<list><entry><a> one </a><b>two</b><b>three</b></entry><entry><b>four</b></entry><entry/></list>";
        var read = Read(xml, r => (A: r.Value("a"), Bs: string.Join("|", r.All("b").Select(b => b.TrimmedText)), Path: r.Location("f").Path, Last: r.Child("b")?.Location("f").Path));
        Assert.Equal(
            [("one", "two|three", "/list/entry[1]", "/list/entry[1]/b[1]"), (null, "four", "/list/entry[2]", "/list/entry[2]/b"), (null, "", "/list/entry[3]", null)],
            read);
    }

    [Fact]
    public void Read_MixedContentEntitiesAndCData_JoinsTheTextNodes()
    {
        var xml = "<list><entry><a>x &amp; <![CDATA[<y>]]><b> inner </b> z </a></entry></list>";
        var read = Read(xml, r => (A: r.Value("a"), B: r.Child("a")!.Value("b")));
        Assert.Equal([("x & <y> z", "inner")], read);
    }

    [Fact]
    public void Read_TextLongerThanTheBuffer_IsKeptWhole()
    {
        var longText = string.Concat(Enumerable.Range(0, 3000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture) + " "));
        var read = Read($"<list><entry><a>{longText}</a><b>short</b></entry></list>", r => (r.Value("a"), r.Value("b")));
        Assert.Equal([(longText.Trim(), "short")], read);
    }

    [Property(MaxTest = 200)]
    public Property Read_RepeatedAndDistinctValues_ComeBackAsWritten()
    {
        // Values repeat across records (the cache shares them) and differ (collisions must not mix them up).
        var values = Gen.Elements("IRAN", "SDGT", "Russia", "a.k.a.", "strong", "weak", "Tehran", "x", "AB", "BA", "Ünïcödé ✓", "tab\tinside")
            .ArrayOf().ArrayOf().ToArbitrary();
        return Prop.ForAll(values, records =>
        {
            var xml = new StringBuilder("<list>");
            foreach (var record in records)
            {
                xml.Append("<entry>");
                foreach (var value in record)
                {
                    xml.Append("<v>  ").Append(System.Security.SecurityElement.Escape(value)).Append(" </v>");
                }

                xml.Append("</entry>");
            }

            var read = Read(xml.Append("</list>").ToString(), r => r.All("v").Select(v => v.TrimmedText).ToArray());
            return read.Count == records.Length && read.Zip(records).All(p => p.First.SequenceEqual(p.Second.Select(v => (string?)v.Trim())));
        });
    }

    [Property(MaxTest = 200)]
    public Property Read_NestedMixedContent_EachElementsTextAsXmlSaysInAnyOrderAsked()
    {
        // Element texts are made strings only when asked (kept in the reader's buffer until then): asked in reverse
        // document order, after the whole record is read and the buffer has grown, each is still its own text nodes joined.
        var word = Gen.Elements("a", "IRAN", " spaced words ", "Ünï ✓", "x&y", new string('L', 300));
        var content = Gen.Sized(size => Content(Math.Min(size, 3), word));
        return Prop.ForAll(content.ArrayOf().ToArbitrary(), records =>
        {
            var xml = "<list>" + string.Concat(records.Select(r => "<entry>" + r + "</entry>")) + "</list>";
            var expected = System.Xml.Linq.XDocument.Parse(xml).Root!.Elements().Select(e => e.DescendantsAndSelf().Select(OwnText).Reverse().ToArray()).ToList();
            var read = Read(xml, r => Descendants(r).Select(d => d.TrimmedText).Reverse().ToArray());
            return read.Count == expected.Count && read.Zip(expected).All(p => p.First.SequenceEqual(p.Second));
        });
    }

    private static Gen<string> Content(int depth, Gen<string> word)
    {
        var text = word.Select(w => System.Security.SecurityElement.Escape(w)!);
        var node = depth == 0
            ? text
            : Gen.OneOf(text, Content(depth - 1, word).Select(inner => $"<p>{inner}</p>"));
        return node.ListOf().Select(parts => string.Concat(parts));
    }

    private static string? OwnText(System.Xml.Linq.XElement element)
    {
        var text = string.Concat(element.Nodes().OfType<System.Xml.Linq.XText>().Select(t => t.Value)).Trim();
        return text.Length == 0 ? null : text;
    }

    private static IEnumerable<XmlRecord> Descendants(XmlRecord record)
    {
        yield return record;
        foreach (var child in record.All("p"))
        {
            foreach (var d in Descendants(child))
            {
                yield return d;
            }
        }
    }
}
