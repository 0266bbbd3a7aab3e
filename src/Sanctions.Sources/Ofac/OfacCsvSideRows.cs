using System.Runtime.InteropServices;
using nietras.SeparatedValues;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Ofac;

/// <summary>
/// The rows of a side file (<c>add.csv</c>, <c>alt.csv</c>, <c>sdn_comments.csv</c>), checked and grouped by
/// <c>ent_num</c>, waiting for their primary row.
/// </summary>
/// <remarks>
/// A side file is read whole before the primary file, so its rows live until the end of the import. Held as
/// objects (a name or address, its strings and a list per ent_num) they made every garbage collection copy
/// and mark several objects per row: on a 100 MB input that was about half the reading time. So each row is
/// checked when read (same order, same messages) but kept as its raw text (UTF-8) in large buffers, with
/// an index of value-type entries; it is split and parsed again when its entry is read. The split is the one
/// Sep makes with unescaping off: a comma ends a column unless inside quotes, and every quote toggles.
/// </remarks>
internal sealed class OfacCsvSideRows
{
    private const int ChunkSize = 1 << 20;
    private static readonly OfacCsvSideRows Empty = new(string.Empty);

    private readonly string file;
    private readonly List<byte[]> chunks = [];
    private char[] decoded = [];
    private Dictionary<int, (int First, int Last)> byEntNum = [];
    private Row[] rows = [];
    private int count;
    private int used;

    // How many more characters the file can hold at most (its length in bytes, less what is stored).
    private long left = long.MaxValue;

    private OfacCsvSideRows(string file)
    {
        this.file = file;
    }

    /// <summary>The ent_nums in order of first appearance.</summary>
    public IEnumerable<int> EntNums => byEntNum.Keys;

    /// <summary>Reads, checks and indexes a side file; <paramref name="check"/> returns why a row is malformed, or null.</summary>
    public static OfacCsvSideRows Read(
        SourceFile? file, int columns, ImportDiagnostics diagnostics, Func<SepReader.Row, string?>? check, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return Empty;
        }

        var result = new OfacCsvSideRows(file.Name);
        Span<Range> split = stackalloc Range[columns + 1];
        using var stream = file.Open();

        // The rows are kept as UTF-8, which takes no more bytes than the file (a malformed byte read as U+FFFD aside): they fit
        // in buffers that size, not in whole chunks, and in half the memory of characters.
        result.left = stream.CanSeek ? stream.Length : long.MaxValue;
        if (stream.CanSeek)
        {
            // Sized for the rows the file likely holds (OFAC's are 50-65 bytes, two rows or fewer per ent_num): the arrays
            // are not grown by doubling, each copy left to the collector.
            var rows = (int)Math.Min(stream.Length / 48, 1 << 22);
            result.rows = new Row[Math.Max(rows, 16)];
            result.byEntNum = new Dictionary<int, (int First, int Last)>(rows / 2);
        }

        using var reader = Csv.OpenHeaderless(stream);
        foreach (var row in reader)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Csv.IsBlankOrEndOfFile(row))
            {
                continue;
            }

            var line = Csv.LineOf(row);
            if (Csv.EndsInsideQuotes(row.Span))
            {
                diagnostics.Reject(new SourceLocation(file.Name, line), null, Csv.Unterminated);
                continue;
            }

            if (row.ColCount != columns)
            {
                diagnostics.Reject(new SourceLocation(file.Name, line), null, $"expected {columns} fields, found {row.ColCount}");
                continue;
            }

            if (!int.TryParse(OfacCsvReader.FieldSpan(row[0].Span), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var entNum))
            {
                diagnostics.Reject(new SourceLocation(file.Name, line), null, $"ent_num '{OfacCsvReader.Field(row[0].Span)}' is not a whole number");
                continue;
            }

            if (check?.Invoke(row) is { } error)
            {
                diagnostics.Reject(new SourceLocation(file.Name, line), OfacCsvReader.Field(row[0].Span), error);
                continue;
            }

            System.Diagnostics.Debug.Assert(Split(row.Span, split) == columns, "the side row splits as Sep split it");
            result.Add(entNum, row.Span, line);
        }

        return result;
    }

    /// <summary>Splits a row into at most <c>columns.Length</c> columns; returns how many it found.</summary>
    public static int Split(ReadOnlySpan<char> row, Span<Range> columns)
    {
        var found = 0;
        var start = 0;
        var quoted = false;
        for (var i = 0; i < row.Length && found < columns.Length - 1; i++)
        {
            if (row[i] == '"')
            {
                quoted = !quoted;
            }
            else if (row[i] == ',' && !quoted)
            {
                columns[found++] = start..i;
                start = i + 1;
            }
        }

        columns[found++] = start..row.Length;
        return found;
    }

    public bool Has(int entNum) => byEntNum.ContainsKey(entNum);

    /// <summary>The first row of <paramref name="entNum"/>, or -1; <see cref="Next"/> gives the others in file order.</summary>
    public int First(int entNum) => byEntNum.TryGetValue(entNum, out var span) ? span.First : -1;

    /// <summary>The row after <paramref name="row"/> with the same ent_num, or -1.</summary>
    public int Next(int row) => rows[row].Next;

    /// <summary>The text of <paramref name="row"/>, valid until the next call.</summary>
    public ReadOnlySpan<char> Text(int row)
    {
        ref readonly var r = ref rows[row];
        var bytes = chunks[r.Chunk].AsSpan(r.Start, r.Length);
        if (decoded.Length < bytes.Length)
        {
            decoded = new char[Math.Max(bytes.Length, 256)];
        }

        return decoded.AsSpan(0, System.Text.Encoding.UTF8.GetChars(bytes, decoded));
    }

    public SourceLocation Location(int row) => new(file, rows[row].Line);

    private void Add(int entNum, ReadOnlySpan<char> text, int line)
    {
        var length = System.Text.Encoding.UTF8.GetByteCount(text);
        if (chunks.Count == 0 || used + length > chunks[^1].Length)
        {
            chunks.Add(new byte[(int)Math.Max(Math.Min(ChunkSize, left), length)]);
            used = 0;
        }

        left -= length;

        System.Text.Encoding.UTF8.GetBytes(text, chunks[^1].AsSpan(used));
        if (count == rows.Length)
        {
            Array.Resize(ref rows, Math.Max(1024, rows.Length * 2));
        }

        rows[count] = new Row(chunks.Count - 1, used, length, line, -1);
        used += length;

        // One hash of the ent_num per row (a look-up, then a store, was two).
        ref var span = ref CollectionsMarshal.GetValueRefOrAddDefault(byEntNum, entNum, out var known);
        if (known)
        {
            rows[span.Last] = rows[span.Last] with { Next = count };
            span.Last = count;
        }
        else
        {
            span = (count, count);
        }

        count++;
    }

    private readonly record struct Row(int Chunk, int Start, int Length, int Line, int Next);
}
