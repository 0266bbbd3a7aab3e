using nietras.SeparatedValues;
using Sanctions.Sources.Diagnostics;

namespace Sanctions.Sources.Raw;

/// <summary>Opens a CSV reader whose first row is a header, turning a header it refuses into an error at line 1.</summary>
internal static class CsvHeader
{
    /// <summary>Opens the reader; Sep reads the header as it opens.</summary>
    /// <exception cref="ImportException">The header names a column more than once.</exception>
    public static SepReader Open(SourceFile file, Func<SepReader> open)
    {
        try
        {
            return open();
        }
        catch (ArgumentException e)
        {
            // Sep refuses a header that names a column twice: "Col name 'x' found 2 times at …".
            throw new ImportException(new SourceLocation(file.Name, 1), null,
                "the header names a column more than once, so its values cannot be told apart (" + e.Message + ")", e);
        }
    }

    /// <summary>
    /// Whether a row ends inside a quoted field: an odd number of quotes. A quote opens or closes a quoted field and a
    /// doubled quote inside one counts twice, so only a row that reached the end of the file while quoted has an odd count.
    /// </summary>
    public static bool EndsInsideQuotes(ReadOnlySpan<char> row) => row.Count('"') % 2 != 0;

    /// <summary>The reason given for a row that <see cref="EndsInsideQuotes"/>.</summary>
    public const string Unterminated = "a quoted field is not closed before the end of the file; the file may be cut short";
}
