using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Sanctions.Core.Serialization;
using Sanctions.Sources.Diagnostics;

namespace Sanctions.Sources.Tests.Robustness;

/// <summary>
/// Issue 16: "lenient mode never drops a value without an issue that quotes it". A property over mutants of every reader's real
/// sample rows: one value (a CSV cell, an XML element's text, an FtM property value) is replaced by a unique token that fits no
/// field's grammar (no date, code, number or type); after a lenient import the token is either kept (somewhere in the world's JSON)
/// or quoted in an issue (or in the error, when the import stops). Seeded: <c>SANCTIONS_FUZZ_SEED</c> gives another sequence.
/// </summary>
public sealed class LenientKeepsOrQuotesTests
{
    private static readonly int Mutants = int.TryParse(Environment.GetEnvironmentVariable("LENIENT_MUTANTS"), out var m) ? m : 120;

    // Values no party has: ids the list gives its own sub-records (OFAC alt_num and add_num, the uid of an XML aka, address, id,
    // date or nationality), UN record versions and the list-type label, and FtM entities' labels and bookkeeping (the caption
    // of a Sanction, Ownership, Address, Passport, Family or Directorship, which FtM makes from their properties; created/modified
    // times; source URLs). Not kept, by design.
    private static readonly HashSet<string> NotValues = new(StringComparer.Ordinal)
    {
        "ofac-sdn-csv alt.csv col 1", "ofac-sdn-csv add.csv col 1",
        "ofac-xml aka/uid", "ofac-xml address/uid", "ofac-xml id/uid", "ofac-xml dateOfBirthItem/uid", "ofac-xml nationality/uid",
        "ofac-xml citizenship/uid", "ofac-xml placeOfBirthItem/uid", "ofac-xml program/uid", "ofac-xml vesselInfo/uid",
        "un-xml INDIVIDUAL/VERSIONNUM", "un-xml ENTITY/VERSIONNUM", "un-xml LIST_TYPE/VALUE",
        "ftm Sanction.caption", "ftm Ownership.caption", "ftm Address.caption", "ftm Passport.caption", "ftm Family.caption",
        "ftm Directorship.caption", "ftm Associate.caption", "ftm Identification.caption",
        "ftm Person.createdAt", "ftm Person.modifiedAt", "ftm Company.createdAt", "ftm Company.modifiedAt", "ftm Sanction.modifiedAt",
        "ftm Sanction.createdAt", "ftm Person.sourceUrl", "ftm Company.sourceUrl", "ftm Sanction.sourceUrl", "ftm Sanction.programUrl",
    };

    public static TheoryData<string> Readers => ["ofac-sdn-csv", "ofac-xml", "un-xml", "us-csl", "bis-dpl", "ftm"];

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task LenientImport_EveryValueReplacedByAToken_IsKeptOrQuotedInAnIssue(string reader)
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("SANCTIONS_FUZZ_SEED"), out var s) ? s : 16_016;
        var random = new Random(seed);
        var (format, files) = Sample(reader);
        var lost = new List<string>();
        for (var n = 0; n < Mutants; n++)
        {
            var token = $"QZX{n}W{random.Next(1000, 9999)}JQ";
            var target = random.Next(files.Length);
            var (bytes, where) = Replace(reader, files[target].Name, files[target].Content, token, random);
            var sources = files.Select((f, i) => SourceFile.FromBytes(f.Name, i == target ? bytes : f.Content)).ToArray();
            string said;
            try
            {
                var result = await ListImporter.ImportSourcesAsync(format, sources,
                    new ImportOptions { Lenient = true, Published = NodaTime.Instant.FromUtc(2024, 5, 27, 19, 47) }, null, Fixture.Token);
                said = WorldJson.Serialize(result.World) + "\n" + string.Join("\n", result.Issues.Select(i => i.ToString()));
            }
            catch (ImportException e)
            {
                said = e.Message;
            }

            var field = $"{reader} {(reader is "ofac-sdn-csv" ? files[target].Name + " " : string.Empty)}{where.Split('|')[0]}";
            if (!said.Contains(token, StringComparison.OrdinalIgnoreCase) && !NotValues.Contains(field))
            {
                lost.Add($"{field}: {files[target].Name} {where}");
            }
        }

        Assert.True(lost.Count == 0, $"seed {seed}: {lost.Count} of {Mutants} values neither kept nor quoted:\n" + string.Join("\n", lost.Take(Environment.GetEnvironmentVariable("LENIENT_ALL") is null ? 15 : 1000)));
    }

    private static (ImportFormat Format, (string Name, byte[] Content)[] Files) Sample(string reader)
    {
        static (string, byte[]) File(string relative) => (Path.GetFileName(relative), System.IO.File.ReadAllBytes(Fixture.PathOf(relative)));
        static (string, byte[]) Head(string relative, int lines) =>
            (Path.GetFileName(relative), Encoding.Latin1.GetBytes(string.Join("\r\n", System.IO.File.ReadAllLines(Fixture.PathOf(relative), Encoding.Latin1).Take(lines)) + "\r\n"));
        return reader switch
        {
            "ofac-sdn-csv" => (ImportFormat.OfacSdnCsv,
                [File("ofac_sdn_csv_2021_excerpt/sdn.csv"), File("ofac_sdn_csv_2021_excerpt/add.csv"), File("ofac_sdn_csv_2021_excerpt/alt.csv")]),
            "ofac-xml" => (ImportFormat.OfacXml, [File("ofac_xml/consolidated_sdnlist_format_excerpt.xml")]),
            "un-xml" => (ImportFormat.UnXml, [File("un/un_birth_facts_excerpt.xml")]),
            "us-csl" => (ImportFormat.UsCsl, [File("us_csl/consolidated.csv")]),
            "bis-dpl" => (ImportFormat.BisDpl, [Head("us_bis_dpl/dpl.txt", 40)]),
            _ => (ImportFormat.Ftm, [File("opensanctions/zala_entities.ftm.json")]),
        };
    }

    private static (byte[] Bytes, string Where) Replace(string reader, string name, byte[] content, string token, Random random) => reader switch
    {
        "ofac-xml" or "un-xml" => Xml(content, token, random),
        "ftm" => Ftm(content, token, random),
        _ => Cell(content, name.EndsWith(".txt", StringComparison.Ordinal) ? '\t' : ',', skipHeader: reader is "us-csl" or "bis-dpl", token, random),
    };

    // One cell of one data row, its raw text (quotes included) replaced by the token in quotes; the file's bytes otherwise unchanged
    // (read as Latin-1, which maps every byte to one character and back).
    private static (byte[], string) Cell(byte[] content, char separator, bool skipHeader, string token, Random random)
    {
        var text = Encoding.Latin1.GetString(content);
        var lines = text.Split('\n');
        var candidates = Enumerable.Range(skipHeader ? 1 : 0, lines.Length - (skipHeader ? 1 : 0)).Where(i => lines[i].Trim().Length > 0).ToList();
        var row = candidates[random.Next(candidates.Count)];
        var cells = Spans(lines[row].TrimEnd('\r'), separator);
        var column = random.Next(cells.Count);
        var (start, length) = cells[column];
        var old = lines[row].Substring(start, length);
        lines[row] = lines[row][..start] + "\"" + token + "\"" + lines[row][(start + length)..];
        return (Encoding.Latin1.GetBytes(string.Join('\n', lines)), $"col {column}|line {row + 1}: {old}");
    }

    // Where each cell of a line is: quoted cells with doubled quotes inside, or bare text up to the separator.
    private static List<(int Start, int Length)> Spans(string line, char separator)
    {
        var spans = new List<(int, int)>();
        var i = 0;
        while (i <= line.Length)
        {
            var start = i;
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (i < line.Length && !(line[i] == '"' && (i + 1 >= line.Length || line[i + 1] != '"')))
                {
                    i += line[i] == '"' ? 2 : 1;
                }

                i++;
            }

            while (i < line.Length && line[i] != separator)
            {
                i++;
            }

            spans.Add((start, i - start));
            i++;
        }

        return spans;
    }

    // The text of one element with text and no child element.
    private static (byte[], string) Xml(byte[] content, string token, Random random)
    {
        using var stream = new MemoryStream(content);
        var document = XDocument.Load(stream, LoadOptions.PreserveWhitespace);
        var leaves = document.Descendants().Where(e => !e.HasElements && e.Value.Trim().Length > 0).ToList();
        var leaf = leaves[random.Next(leaves.Count)];
        var where = $"{leaf.Parent?.Name.LocalName}/{leaf.Name.LocalName}|{leaf.Value}";
        leaf.Value = token;
        using var output = new MemoryStream();
        document.Save(output, SaveOptions.DisableFormatting);
        return (output.ToArray(), where);
    }

    // One string of one entity: its caption, or a value of one of its properties.
    private static (byte[], string) Ftm(byte[] content, string token, Random random)
    {
        var lines = Encoding.UTF8.GetString(content).Split('\n').Where(l => l.Trim().Length > 0).ToArray();
        var row = random.Next(lines.Length);
        var entity = JsonNode.Parse(lines[row])!.AsObject();
        var properties = entity["properties"]!.AsObject().Where(p => p.Value is JsonArray { Count: > 0 }).ToList();
        string where;
        if (properties.Count == 0 || random.Next(8) == 0)
        {
            where = $"{entity["schema"]}.caption|{entity["id"]}: {entity["caption"]}";
            entity["caption"] = token;
        }
        else
        {
            var (key, values) = properties[random.Next(properties.Count)];
            var array = values!.AsArray();
            var index = random.Next(array.Count);
            where = $"{entity["schema"]}.{key}|{entity["id"]}[{index}]: {array[index]}";
            array[index] = token;
        }

        lines[row] = entity.ToJsonString();
        return (Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"), where);
    }
}
