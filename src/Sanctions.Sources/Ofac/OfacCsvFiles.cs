using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Ofac;

/// <summary>Which OFAC list a set of legacy CSV files holds; only the file names tell.</summary>
internal enum OfacList
{
    Sdn,
    Consolidated,
}

/// <summary>The files of one OFAC legacy CSV publication, told apart by name.</summary>
internal sealed record OfacCsvFiles(OfacList List, SourceFile Primary, SourceFile? Addresses, SourceFile? Aliases, SourceFile? Comments)
{
    /// <summary>
    /// Groups files by name (any case): <c>sdn.csv</c>/<c>cons_prim.csv</c>, <c>add.csv</c>/<c>cons_add.csv</c>,
    /// <c>alt.csv</c>/<c>cons_alt.csv</c>, <c>sdn_comments.csv</c>/<c>cons_comments.csv</c>. A file with another name (an
    /// archive copy such as <c>sdn-2024-05-01.csv</c>) is told apart by the number of fields of its first row; it belongs
    /// to the consolidated list when its name contains <c>cons</c>, to the SDN list otherwise.
    /// </summary>
    /// <exception cref="ImportException">A file cannot be told apart, a kind is given twice, or no primary file is given.</exception>
    public static IReadOnlyList<OfacCsvFiles> Group(IEnumerable<SourceFile> files)
    {
        var byName = new Dictionary<string, SourceFile>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            var name = file.FileName;
            if (name is null || !Known.Contains(name.ToUpperInvariant()))
            {
                name = ByContent(file);
            }

            if (!byName.TryAdd(name, file))
            {
                throw new ImportException(new SourceLocation(file.Name), null,
                    string.Equals(name, file.FileName, StringComparison.OrdinalIgnoreCase)
                        ? $"{name} given twice; import one publication at a time"
                        : $"this file has the shape of {name}, which is given already; import one publication at a time");
            }
        }

        var result = new List<OfacCsvFiles>();
        Add(OfacList.Sdn, "sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv");
        Add(OfacList.Consolidated, "cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv");
        if (result.Count == 0)
        {
            throw new ImportException("No primary OFAC CSV file (sdn.csv or cons_prim.csv) among the files given.");
        }

        return result;

        void Add(OfacList list, string primary, string add, string alt, string comments)
        {
            if (!byName.TryGetValue(primary, out var p))
            {
                foreach (var side in new[] { add, alt, comments })
                {
                    if (byName.TryGetValue(side, out var orphan))
                    {
                        throw new ImportException(new SourceLocation(orphan.Name), null, $"{side} needs its primary file {primary}");
                    }
                }

                return;
            }

            result.Add(new OfacCsvFiles(list, p, byName.GetValueOrDefault(add), byName.GetValueOrDefault(alt), byName.GetValueOrDefault(comments)));
        }
    }

    /// <summary>The file name this file stands for, told by the fields of its first row.</summary>
    private static string ByContent(SourceFile file)
    {
        int fields;
        using (var stream = file.Open())
        using (var reader = Csv.OpenHeaderless(stream))
        {
            fields = 0;
            foreach (var row in reader)
            {
                if (!Csv.IsBlankOrEndOfFile(row))
                {
                    fields = row.ColCount;
                    break;
                }
            }
        }

        var consolidated = file.FileName.Contains("cons", StringComparison.OrdinalIgnoreCase);
        return fields switch
        {
            12 => consolidated ? "cons_prim.csv" : "sdn.csv",
            6 => consolidated ? "cons_add.csv" : "add.csv",
            5 => consolidated ? "cons_alt.csv" : "alt.csv",
            2 => consolidated ? "cons_comments.csv" : "sdn_comments.csv",
            _ => throw new ImportException(new SourceLocation(file.Name, fields == 0 ? null : 1), null,
                "cannot tell which OFAC legacy CSV file this is: its name is none of sdn.csv, add.csv, alt.csv, sdn_comments.csv, "
                + "cons_prim.csv, cons_add.csv, cons_alt.csv, cons_comments.csv, and "
                + (fields == 0
                    ? "it is empty"
                    : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"its first row has {fields} fields")
                        + " (a primary file has 12, an address file 6, an alias file 5, a remarks file 2)")),
        };
    }

    private static readonly HashSet<string> Known =
    [
        "SDN.CSV", "ADD.CSV", "ALT.CSV", "SDN_COMMENTS.CSV", "CONS_PRIM.CSV", "CONS_ADD.CSV", "CONS_ALT.CSV", "CONS_COMMENTS.CSV",
    ];
}
