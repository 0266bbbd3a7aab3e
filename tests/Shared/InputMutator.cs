using System.Globalization;
using System.Text;

namespace Sanctions.Testing.Fuzz;

/// <summary>
/// Makes broken copies of a sample input, the way files get broken: bytes flipped, cut short, lines lost or doubled,
/// bytes that are not UTF-8, a value grown huge, nesting grown deep. Deterministic: the same seed and index give the
/// same mutant, so a failure can be replayed from the numbers in its message.
/// </summary>
/// <remarks>Shared by the fuzz tests of the world reader (Sanctions.Core.Tests) and of the list readers (Sanctions.Sources.Tests).</remarks>
internal static class InputMutator
{
    /// <summary>How many mutants each reader gets: <c>SANCTIONS_FUZZ_MUTANTS</c>, or 300 (the CI run).</summary>
    public static int Count => int.TryParse(Environment.GetEnvironmentVariable("SANCTIONS_FUZZ_MUTANTS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 300;

    /// <summary>The seed of the run: <c>SANCTIONS_FUZZ_SEED</c>, or a fixed one.</summary>
    public static int Seed => int.TryParse(Environment.GetEnvironmentVariable("SANCTIONS_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 20261204;

    /// <summary>The kinds of damage, each equally likely.</summary>
    public static readonly string[] Kinds =
    [
        "flip-byte", "flip-bits", "truncate", "delete-line", "duplicate-line", "swap-lines", "invalid-utf8", "huge-value",
        "deep-nesting", "insert-syntax", "delete-span", "nul", "several",
    ];

    /// <summary>The mutant number <paramref name="index"/> of <paramref name="input"/> for the run seeded <paramref name="seed"/>.</summary>
    /// <param name="input">The sample.</param>
    /// <param name="seed">The run's seed.</param>
    /// <param name="index">The mutant's number.</param>
    /// <param name="nesting">The opening and closing text of one level of nesting in this format (<c>&lt;a&gt;</c>, <c>[</c>).</param>
    /// <returns>The mutant and a description of what was done.</returns>
    public static (byte[] Bytes, string What) Mutate(byte[] input, int seed, int index, (string Open, string Close) nesting)
    {
        var random = new Random(HashCode.Combine(seed, index));
        var kind = Kinds[random.Next(Kinds.Length)];
        if (kind == "several")
        {
            var bytes = input;
            var what = new List<string>();
            for (var i = random.Next(2, 5); i > 0; i--)
            {
                var step = Kinds[random.Next(Kinds.Length - 1)];
                (bytes, var done) = Apply(step, bytes, random, nesting);
                what.Add(done);
            }

            return (bytes, string.Join(" + ", what));
        }

        return Apply(kind, input, random, nesting);
    }

    private static (byte[], string) Apply(string kind, byte[] input, Random random, (string Open, string Close) nesting)
    {
        var data = new List<byte>(input);
        var at = data.Count == 0 ? 0 : random.Next(data.Count);
        switch (kind)
        {
            case "flip-byte":
                if (data.Count > 0)
                {
                    data[at] = (byte)random.Next(256);
                }

                return ([.. data], $"byte {at} set");
            case "flip-bits":
                for (var i = random.Next(1, 9); i > 0 && data.Count > 0; i--)
                {
                    var where = random.Next(data.Count);
                    data[where] ^= (byte)(1 << random.Next(8));
                }

                return ([.. data], "bits flipped");
            case "truncate":
                return ([.. data.Take(at)], $"cut at byte {at}");
            case "delete-line":
                {
                    var lines = Lines(input);
                    var line = random.Next(lines.Count);
                    lines.RemoveAt(line);
                    return (Join(lines), $"line {line + 1} deleted");
                }

            case "duplicate-line":
                {
                    var lines = Lines(input);
                    var line = random.Next(lines.Count);
                    lines.Insert(line, lines[line]);
                    return (Join(lines), $"line {line + 1} doubled");
                }

            case "swap-lines":
                {
                    var lines = Lines(input);
                    int a = random.Next(lines.Count), b = random.Next(lines.Count);
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                    return (Join(lines), $"lines {a + 1} and {b + 1} swapped");
                }

            case "invalid-utf8":
                {
                    byte[][] bad = [[0xFF], [0xC3], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80]];
                    var chosen = bad[random.Next(bad.Length)];
                    data.InsertRange(at, chosen);
                    return ([.. data], $"{Convert.ToHexString(chosen)} inserted at byte {at}");
                }

            case "huge-value":
                {
                    var size = random.Next(2) == 0 ? 100_000 : 1_000_000;
                    var fill = (byte)"x9 ,\"<"[random.Next(6)];
                    data.InsertRange(at, Enumerable.Repeat(fill, size));
                    return ([.. data], $"{size} × '{(char)fill}' inserted at byte {at}");
                }

            case "deep-nesting":
                {
                    var depth = random.Next(2) == 0 ? 1_000 : 40_000;
                    var text = new StringBuilder();
                    text.Insert(0, nesting.Open, depth).Insert(text.Length, nesting.Close, random.Next(2) == 0 ? depth : 0);
                    data.InsertRange(at, Encoding.UTF8.GetBytes(text.ToString()));
                    return ([.. data], $"{depth} levels of {nesting.Open} inserted at byte {at}");
                }

            case "insert-syntax":
                {
                    string[] pieces = ["\"", ",", "\t", "\n", "\r", "{", "}", "[", "]", "<", ">", "</", "&", "&#0;", "\\", "\\u", ":", "'", "-0-", "\x1A", "\uFEFF", "\\ud800"];
                    var piece = pieces[random.Next(pieces.Length)];
                    data.InsertRange(at, Encoding.UTF8.GetBytes(piece));
                    return ([.. data], $"'{Escape(piece)}' inserted at byte {at}");
                }

            case "delete-span":
                {
                    var length = Math.Min(data.Count - at, random.Next(1, 200));
                    data.RemoveRange(at, length);
                    return ([.. data], $"{length} bytes deleted at byte {at}");
                }

            default:
                data.Insert(at, 0);
                return ([.. data], $"NUL inserted at byte {at}");
        }
    }

    private static string Escape(string text) => string.Concat(text.Select(c => char.IsControl(c) || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));

    // Lines with their ends kept, so that joining gives back the input.
    private static List<byte[]> Lines(byte[] input)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < input.Length; i++)
        {
            if (input[i] == (byte)'\n')
            {
                lines.Add(input[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < input.Length || lines.Count == 0)
        {
            lines.Add(input[start..]);
        }

        return lines;
    }

    private static byte[] Join(List<byte[]> lines) => [.. lines.SelectMany(l => l)];
}
