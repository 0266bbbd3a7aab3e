using nietras.SeparatedValues;
using Sanctions.Sources.Diagnostics;

namespace Sanctions.Sources.Raw;

/// <summary>
/// The CSV set-up every delimited format shares (OFAC legacy CSV, the Consolidated Screening List, the Denied
/// Persons List): how Sep is opened, where a row starts, which rows are blank, and a row cut inside quotes.
/// </summary>
internal static class Csv
{
    /// <summary>The reason given for a row that <see cref="EndsInsideQuotes"/>.</summary>
    public const string Unterminated = "a quoted field is not closed before the end of the file; the file may be cut short";

    /// <summary>Opens a file with no header row, its fields left quoted (OFAC legacy CSV: the reader tells <c>-0-</c> from <c>"-0-"</c>).</summary>
    public static SepReader OpenHeaderless(Stream stream) =>
        Sep.New(',').Reader(o => o with
        {
            HasHeader = false,
            Unescape = false,
            DisableColCountCheck = true,
            DisableFastFloat = true,
        }).From(stream);

    /// <summary>Opens a file whose first row is a header, fields unquoted; a header Sep refuses is an error at line 1.</summary>
    /// <exception cref="ImportException">The header names a column more than once.</exception>
    public static SepReader OpenWithHeader(SourceFile file, Stream stream, char separator)
    {
        try
        {
            return Sep.New(separator).Reader(o => o with
            {
                HasHeader = true,
                Unescape = true,
                DisableColCountCheck = true,
                DisableFastFloat = true,
            }).From(stream);
        }
        catch (ArgumentException e)
        {
            // Sep refuses a header that names a column twice: "Col name 'x' found 2 times at …".
            throw new ImportException(new SourceLocation(file.Name, 1), null,
                "the header names a column more than once, so its values cannot be told apart (" + e.Message + ")", e);
        }
    }

    /// <summary>
    /// The first line of a row of a header-less file. Sep 0.17.1 reports the first row of such a file as starting
    /// on its end line, so that row is fixed to line 1.
    /// </summary>
    public static int LineOf(SepReader.Row row) => row.RowIndex == 0 ? 1 : row.LineNumberFrom;

    /// <summary>Whether a row is blank or the DOS end-of-file line (0x1A) OFAC's files end with.</summary>
    public static bool IsBlankOrEndOfFile(SepReader.Row row)
    {
        if (row.ColCount != 1)
        {
            return false;
        }

        var span = row[0].Span.Trim();
        return span.IsEmpty || span.SequenceEqual("\x1A");
    }

    /// <summary>
    /// Whether a row ends inside a quoted field: an odd number of quotes. A quote opens or closes a quoted field and a
    /// doubled quote inside one counts twice, so only a row that reached the end of the file while quoted has an odd count.
    /// </summary>
    public static bool EndsInsideQuotes(ReadOnlySpan<char> row) => row.Count('"') % 2 != 0;
}
