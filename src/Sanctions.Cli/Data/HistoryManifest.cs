using System.Globalization;
using nietras.SeparatedValues;
using NodaTime;
using NodaTime.Text;
using Sanctions.Sources;

namespace Sanctions.Cli.Data;

/// <summary>
/// The manifest of <c>import --history</c>: a CSV with the header <c>published,files</c>, one publication a row, oldest
/// first; <c>published</c> an ISO-8601 instant (or a date, read as its start in UTC), <c>files</c> the files of that
/// publication separated by <c>;</c>, relative to the manifest's directory.
/// </summary>
/// <example>
/// <code>
/// published,files
/// 2021-08-18T09:39:00Z,sdn-scraped-2021-08-18T09-39Z.csv
/// 2021-09-02T18:49:00Z,2021-09/sdn.csv;2021-09/add.csv;2021-09/alt.csv
/// </code>
/// </example>
internal static class HistoryManifest
{
    /// <summary>Reads the manifest into publications, checking every row before any list is read.</summary>
    /// <exception cref="CliException">The manifest cannot be read, lacks a column, or has a bad row (named by its line).</exception>
    public static List<ImportPublication> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"import: --history {path}: no such file.");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var publications = new List<ImportPublication>();
        try
        {
            using var reader = Sep.New(',').Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true }).FromFile(path);
            foreach (var column in new[] { "published", "files" })
            {
                if (!reader.Header.ColNames.Contains(column))
                {
                    throw new CliException($"import: --history {path}:1: the header has no '{column}' column; a manifest starts with the line published,files.");
                }
            }

            var publishedColumn = reader.Header.IndexOf("published");
            var filesColumn = reader.Header.IndexOf("files");
            Instant? previous = null;
            foreach (var row in reader)
            {
                var line = row.LineNumberFrom;
                if (row.ColCount == 1 && row[0].Span.Trim().IsEmpty)
                {
                    continue;
                }

                if (row.ColCount <= Math.Max(publishedColumn, filesColumn))
                {
                    throw Bad(path, line, $"expected the columns published and files, found {row.ColCount} field(s)");
                }

                var publishedText = row[publishedColumn].ToString().Trim();
                var published = Instant(publishedText) ?? throw Bad(path, line, $"'{publishedText}' is not an instant; expected ISO-8601 such as 2024-05-01T18:43:00Z or a date 2024-05-01");
                if (previous is { } before && published <= before)
                {
                    throw Bad(path, line, $"{published} is not later than the row before ({before}); list publications oldest first");
                }

                previous = published;
                var names = row[filesColumn].ToString().Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (names.Length == 0)
                {
                    throw Bad(path, line, "names no file");
                }

                var files = new List<SourceFile>(names.Length);
                foreach (var name in names)
                {
                    var file = Path.Combine(directory, name);
                    if (!File.Exists(file))
                    {
                        throw Bad(path, line, $"{name}: no such file (paths are relative to the manifest's directory, {directory})");
                    }

                    files.Add(SourceFile.FromPath(file));
                }

                publications.Add(new ImportPublication(files, published));
            }
        }
        catch (ArgumentException e)
        {
            // Sep refuses a header that names a column twice.
            throw new CliException($"import: --history {path}:1: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"import: --history {path}: cannot read the file: {e.Message}", e);
        }

        if (publications.Count == 0)
        {
            throw new CliException($"import: --history {path}: the manifest lists no publication.");
        }

        return publications;
    }

    private static CliException Bad(string path, int line, string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"import: --history {path}:{line}: {what}."));

    private static Instant? Instant(string text)
    {
        if (InstantPattern.ExtendedIso.Parse(text) is { Success: true } instant)
        {
            return instant.Value;
        }

        if (OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } offset)
        {
            return offset.Value.ToInstant();
        }

        return LocalDatePattern.Iso.Parse(text) is { Success: true } date ? date.Value.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() : null;
    }
}
