using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Raw;
using Sanctions.Testing.Fuzz;

namespace Sanctions.Sources.Tests.Raw;

/// <summary>
/// The UTF-8 scanner gives the records System.Xml gives (names, lines, paths, texts), and a file read by both paths
/// (the scanner, then System.Xml where it stops) ends exactly as one read by System.Xml alone: the same records, then
/// the same error with the same location.
/// </summary>
public sealed class Utf8XmlScannerTests
{
    private static readonly HashSet<string> Names = ["entry", "head", "sdnEntry", "publshInformation", "INDIVIDUAL", "ENTITY"];

    /// <summary>Everything a reader of the list can see of a file: the root, each record with every element's line, path and text, the error.</summary>
    private static string Outcome(byte[] bytes, XmlPaths paths)
    {
        var text = new StringBuilder();
        try
        {
            var file = SourceFile.FromBytes("t.xml", bytes);
            foreach (var record in XmlRecordStream.Read(file, Names, root => text.Append("root ").Append(root.LocalName).Append(' ')
                .Append(root.Attribute("date") ?? "-").Append(' ').Append(root.Attribute("xsi:t") ?? "-").Append(' ')
                .Append(root.Attribute("dateGenerated") ?? "-").Append('\n'), Fixture.Token, paths))
            {
                Dump(record, 0, text);
            }
        }
        catch (ImportException e)
        {
            text.Append("error ").Append(e.Message).Append(" at ").Append(e.Location);
        }

        return text.ToString();
    }

    private static void Dump(XmlRecord element, int level, StringBuilder text)
    {
        text.Append(' ', level).Append(element.Name).Append(" @").Append(element.Line).Append(' ').Append(element.Location("t.xml").Path)
            .Append(" = [").Append(element.TrimmedText ?? "null").Append("]\n");
        foreach (var child in element.Children())
        {
            Dump(child, level + 1, text);
        }
    }

    private static byte[] Utf8(string xml) => Encoding.UTF8.GetBytes(xml);

    [Property(MaxTest = 300)]
    public Property Scanner_DocumentsOfItsSubset_GivesWhatSystemXmlGives()
    {
        return Prop.ForAll(Documents.ToArbitrary(), document =>
        {
            // The scanner alone: it must read the whole document (no fallback), and agree with System.Xml.
            var scanned = Outcome(document, XmlPaths.Scanner);
            var expected = Outcome(document, XmlPaths.SystemXml);
            return (scanned == expected && !expected.Contains("error", StringComparison.Ordinal)).Label($"scanner:\n{scanned}\nSystem.Xml:\n{expected}");
        });
    }

    [Property(MaxTest = 500)]
    public Property Read_MutatedDocuments_EndsAsSystemXmlAloneEnds()
    {
        var mutants = from document in Documents
                      from seed in Gen.Choose(0, int.MaxValue)
                      select Mutate(document, new Random(seed));
        return Prop.ForAll(mutants.ToArbitrary(), mutant =>
        {
            var both = Outcome(mutant, XmlPaths.Both);
            var expected = Outcome(mutant, XmlPaths.SystemXml);
            return (both == expected).Label($"both:\n{both}\nSystem.Xml:\n{expected}");
        });
    }

    [Theory]
    [InlineData("ofac_xml/consolidated_sdnlist_format_excerpt.xml")]
    [InlineData("un/un_consolidated_excerpt.xml")]
    public void Read_FuzzMutantsOfTheSamples_EndAsSystemXmlAloneEnds(string sample)
    {
        var content = File.ReadAllBytes(Fixture.PathOf(sample));
        Assert.Equal(Outcome(content, XmlPaths.SystemXml), Outcome(content, XmlPaths.Scanner));
        var differences = new List<string>();
        for (var index = 0; index < InputMutator.Count; index++)
        {
            var (bytes, what) = InputMutator.Mutate(content, InputMutator.Seed, index, ("<a>", "</a>"));
            if (Outcome(bytes, XmlPaths.Both) != Outcome(bytes, XmlPaths.SystemXml))
            {
                differences.Add($"mutant {index} ({what})");
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(10)));
    }

    [Theory]
    [InlineData("<!DOCTYPE list [<!ENTITY e 'x'>]><list><entry>&e;</entry></list>", "DTD")]
    [InlineData("<list><entry>one</entry><entry>two &unknown;</entry></list>", "unknown")]
    [InlineData("<list><entry>one</entry><entry>two</entry><entry>three</list>", "end tag")]
    [InlineData("<list><entry>one</entry></list><list/>", "multiple root")]
    [InlineData("<?xml version='1.0' encoding='iso-8859-1'?><list><entry>caf\u00e9</entry></list>", "entry")]
    [InlineData("<list xmlns:p='u'><entry><p:a>x</p:a><q:b/></entry></list>", "prefix")]
    [InlineData("<list><entry xml:space='preserve'> <a/> </entry></list>", "entry")]
    [InlineData("<list><entry>&#32;<a>&#x9;</a></entry></list>", "entry")]
    [InlineData("<list>\r<entry>a\rb</entry></list>", "entry")]
    public void Read_OutsideTheScannersSubset_EndsAsSystemXmlAloneEnds(string xml, string expectedText)
    {
        var bytes = xml.Contains("iso-8859-1", StringComparison.Ordinal) ? Encoding.Latin1.GetBytes(xml) : Utf8(xml);
        Assert.Throws<XmlOutsideSubsetException>(() => Outcome(bytes, XmlPaths.Scanner));
        var expected = Outcome(bytes, XmlPaths.SystemXml);
        Assert.Contains(expectedText, expected, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(expected, Outcome(bytes, XmlPaths.Both));
    }

    // The one pass over the file that looks for forbidden bytes and for U+FFFE and U+FFFF stops at each EF lead byte: the
    // characters U+F000 to U+FFFD it leads (full-width forms, the replacement character, a zero-width no-break space inside
    // text) are read by the scanner itself, and the two non-characters and a control character leave the file to System.Xml.
    [Theory]
    [InlineData("\uFF01\uFF21 \uFFFD", true)]
    [InlineData("\uF8FF and \uFEFF inside", true)]
    [InlineData("\uFFEE\uFFEEx\uFFFC", true)]
    [InlineData("bad \uFFFE here", false)]
    [InlineData("\uFFFD\uFFFF", false)]
    [InlineData("\uFF01 then \u0001", false)]
    public void Read_CharactersLedByEf_TheScannerReadsAllButTheNonCharacters(string value, bool scanned)
    {
        var bytes = Utf8($"<list><entry>\uFF01</entry><entry>{value}</entry><entry><a>\uFFFD</a></entry></list>");
        var expected = Outcome(bytes, XmlPaths.SystemXml);
        Assert.Equal(expected, Outcome(bytes, XmlPaths.Both));
        if (scanned)
        {
            Assert.Equal(expected, Outcome(bytes, XmlPaths.Scanner));
            Assert.DoesNotContain("error", expected, StringComparison.Ordinal);
        }
        else
        {
            Assert.Throws<XmlOutsideSubsetException>(() => Outcome(bytes, XmlPaths.Scanner));
        }
    }

    [Fact]
    public void Read_InvalidUtf8AfterTheByteOrderMark_IsAnImportErrorWithTheFileNotAnXmlException()
    {
        // XmlReader.Create decodes the first bytes at once and threw there, outside the handling of the rest of the file.
        byte[] bytes = [0xEF, 0xBB, 0xBF, 0xC3, .. Utf8("<list><entry>x</entry></list>")];
        var outcome = Outcome(bytes, XmlPaths.Both);
        Assert.StartsWith("error t.xml:1: not well-formed XML: Invalid character in the given encoding.", outcome, StringComparison.Ordinal);
        Assert.Equal(outcome, Outcome(bytes, XmlPaths.SystemXml));
    }

    [Fact]
    public void Read_NestedFortyThousandDeep_EndsInTheDepthLimitsErrorOnBothPaths()
    {
        var xml = "<list><entry>" + string.Concat(Enumerable.Repeat("<a>", 40_000)) + string.Concat(Enumerable.Repeat("</a>", 40_000)) + "</entry></list>";
        var expected = Outcome(Utf8(xml), XmlPaths.SystemXml);
        Assert.Contains($"nest more than {XmlRecordReader.MaxDepth} deep", expected, StringComparison.Ordinal);
        Assert.Equal(expected, Outcome(Utf8(xml), XmlPaths.Both));
    }

    [Fact]
    public void Read_ErrorAfterRecords_GivesTheRecordsBeforeItThenSystemXmlsError()
    {
        var xml = "<?xml version=\"1.0\"?>\r\n<list date=\"d\">\r\n <entry><a>one</a></entry>\r\n <entry><a>two</a></entry>\r\n <entry><a>th<ree</a></entry>\r\n</list>";
        var outcome = Outcome(Utf8(xml), XmlPaths.Both);
        Assert.Equal(Outcome(Utf8(xml), XmlPaths.SystemXml), outcome);
        Assert.Contains("[one]", outcome, StringComparison.Ordinal);
        Assert.Contains("[two]", outcome, StringComparison.Ordinal);
        Assert.Contains("not well-formed XML", outcome, StringComparison.Ordinal);
        Assert.Contains("t.xml:5", outcome, StringComparison.Ordinal);
    }

    // Documents of the scanner's subset: declarations, BOM, LF or CRLF, comments, PIs, attributes, the five entities and
    // character references, CDATA, mixed content, white space of every kind, non-ASCII text.
    private static Gen<byte[]> Documents =>
        from bom in Gen.Elements(false, true)
        from declaration in Gen.Elements(string.Empty, "<?xml version=\"1.0\"?>\n", "<?xml version='1.0' encoding='utf-8'?>\n", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        from prolog in Gen.Elements(string.Empty, "<!-- list -->\n", "<?pi data?>\n", "\n \n")
        from rootAttributes in Gen.Elements(string.Empty, " date=\"2020-01-01\"", " xmlns=\"urn:x\" xmlns:xsi=\"urn:xsi\" xsi:t=\"v&gt;\" date='d'")
        from body in Gen.Sized(size => Body(Math.Min(size / 10, 3)))
        from trailer in Gen.Elements(string.Empty, "\n", "\n<!-- end -->\n", "<?done?>")
        from crlf in Gen.Elements(false, true)
        let text = declaration + prolog + "<list" + rootAttributes.Replace("&gt;", ">", StringComparison.Ordinal) + ">" + body + "</list>" + trailer
        let lines = crlf ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text
        select bom ? [0xEF, 0xBB, 0xBF, .. Utf8(lines)] : Utf8(lines);

    private static Gen<string> Body(int depth) =>
        Gen.OneOf(
            Record(depth).Select(r => "\n  " + r),
            Record(depth).ListOf().Select(rs => "\n  <group>" + string.Concat(rs) + "</group>"),
            Gen.Elements("\n  <!-- c -->", "\n  <empty/>", "\n  <head><d>01/02/2020</d></head>", "  "))
        .ListOf().Select(parts => string.Concat(parts) + "\n");

    private static Gen<string> Record(int depth) =>
        from attributes in Attributes
        from content in Content(depth)
        select $"<entry{attributes}>{content}</entry>";

    private static Gen<string> Attributes => Gen.Elements(string.Empty, " k=\"v\"", " k='v' j=\"w\"", "  k = \"a>b\"  ", " xmlns:p=\"urn:p\" p:k='x'");

    private static Gen<string> Content(int depth)
    {
        var piece = Gen.Elements(
            "IRAN", "a b", "  padded  ", "\n    multi\n    line ", "Ünïcödé ✓", "😀", "x>y", "\u00A0nbsp\u00A0", "\u0085", "]",
            "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#65;", "&#x263A;", "&#x1F600;", "&#160;", "a&amp;b",
            "<![CDATA[<a> & ]] > \n x]]>", "<![CDATA[  ]]>", "<![CDATA[]]>", "<!-- c -->", "<!---->", "<?pi data?>", "<?pi?>",
            " ", "\n    ", "\t", "<e/>", "<e k='1'/>", "<e></e>", "<e> </e>");
        if (depth == 0)
        {
            return piece.ListOf().Select(parts => string.Concat(parts));
        }

        var element = from name in Gen.Elements("a", "b", "item", "x.y", "_z", "c-d")
                      from attributes in Attributes
                      from inner in Content(depth - 1)
                      select $"<{name}{attributes}>{inner}</{name} >";
        return Gen.OneOf(piece, piece, element).ListOf().Select(parts => string.Concat(parts));
    }

    private static readonly string[] Snippets =
    [
        "<", ">", "&", "/", "]]>", "\r", "\0", "<!DOCTYPE x>", "&foo;", "&#32;", "&#0;", "&#xD800;", "<a:b>", "</x>", "<x>", "--", "<?xml version='1.0'?>",
        " xml:space='preserve'", " k='1' k='2'", "<![CDATA[", "<!--", "?>", "\u00e9", "\"", "'", "=", " xmlns:q=''", "<entry>", "</entry>",
    ];

    private static byte[] Mutate(byte[] document, Random random)
    {
        var bytes = document.ToList();
        var at = random.Next(bytes.Count + 1);
        switch (random.Next(6))
        {
            case 0:
                if (at < bytes.Count)
                {
                    bytes[at] = (byte)random.Next(256);
                }

                break;
            case 1:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 2:
                bytes.InsertRange(at, Utf8(Snippets[random.Next(Snippets.Length)]));
                break;
            case 3:
                bytes.RemoveRange(at, Math.Min(random.Next(1, 20), bytes.Count - at));
                break;
            case 4:
                var length = Math.Min(random.Next(1, 40), bytes.Count - at);
                bytes.InsertRange(at, bytes.GetRange(at, length));
                break;
            default:
                bytes.InsertRange(at, [0xC3]);
                break;
        }

        return [.. bytes];
    }
}
