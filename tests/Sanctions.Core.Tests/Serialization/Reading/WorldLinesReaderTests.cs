using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Sanctions.Core.Serialization;
using Sanctions.Core.World;
using Xunit;

namespace Sanctions.Core.Tests.Serialization.Reading;

// JSON Lines are read in blocks of whole lines, side by side: how the input is cut into blocks must change nothing, not
// the world, not the problems, their order or their line numbers.
public sealed class WorldLinesReaderTests
{
    // Big enough that the test files are one block.
    private const int OneBlock = 1 << 22;

    // Lines that are wrong on their own, each reported at its own line.
    private static readonly string[] BadLines =
    [
        """{"kind":"party","id":"bad-1","type":"person","names":[{"value":"Unfinished""",
        """{"kind":"gadget","id":"bad-2"}""",
        """{"kind":"header","format":"sanctions-world","version":1,"dataset":{"name":"again"}}""",
        """{"kind":"designation","id":"bad-4","party":"nobody","list":"nowhere"}""",
        """{"kind":"party","id":"bad-5","type":"person","names":[{"value":"X"}],"birthDates":["1999-13"]}""",
        """[1, 2, 3]""",
    ];

    private static readonly SanctionsWorld World = SerializationTestWorlds.Full();

    private static readonly string[] Lines = WorldJson.SerializeLines(World).TrimEnd('\n').Split('\n');

    private static Task<SanctionsWorld> Read(string text, int blockSize) =>
        WorldLinesReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false), null, blockSize, TestContext.Current.CancellationToken);

    private static async Task<(SanctionsWorld? World, WorldFormatException? Error)> Outcome(string text, int blockSize)
    {
        try
        {
            return (await Read(text, blockSize), null);
        }
        catch (WorldFormatException e)
        {
            return (null, e);
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public Property ReadAsync_AnyBlockSize_ReadsTheSameWorld() =>
        Prop.ForAll(Gen.Choose(1, 400).ToArbitrary(), Gen.Elements(false, true).ToArbitrary(), (blockSize, crlf) =>
        {
            var text = string.Join(crlf ? "\r\n" : "\n", Lines) + (crlf ? "\r\n" : "\n");
            WorldRoundTrip.AssertEqual(World, Read(text, blockSize).GetAwaiter().GetResult());
        });

    // Bad lines and blank lines put anywhere after the header: cut into blocks of any size, the read reports exactly what
    // a read in one block reports, in the same order, and each bad line at its own line number.
    [FsCheck.Xunit.Property(MaxTest = 80)]
    public Property ReadAsync_BadLinesAnywhere_SameProblemsWhateverTheBlocks() =>
        Prop.ForAll(
            Gen.Choose(1, 300).ToArbitrary(),
            Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(Gen.Zip(Gen.Choose(1, Lines.Length - 1), Gen.Choose(-1, BadLines.Length - 1)), n)).ToArbitrary(),
            (blockSize, changes) =>
            {
                var lines = Lines.ToList();
                var bad = new List<int>();
                foreach (var (at, which) in changes)
                {
                    // -1 inserts a blank line, which is no problem.
                    lines.Insert(at, which < 0 ? "  " : BadLines[which]);
                    bad = [.. bad.Select(b => b >= at ? b + 1 : b)];
                    if (which >= 0)
                    {
                        bad.Add(at);
                    }
                }

                // A repeated equal record is one record: the designation is reported at its first line only.
                bad = [.. bad.Where(b => lines[b] != BadLines[3] || lines.IndexOf(BadLines[3]) == b)];
                var text = string.Join("\n", lines) + "\n";
                var (_, single) = Outcome(text, OneBlock).GetAwaiter().GetResult();
                var (_, blocks) = Outcome(text, blockSize).GetAwaiter().GetResult();
                if (bad.Count == 0)
                {
                    return single is null && blocks is null;
                }

                Assert.NotNull(single);
                Assert.NotNull(blocks);
                Assert.Equal(single.Problems, blocks.Problems);
                foreach (var index in bad)
                {
                    Assert.Contains(blocks.Problems, p => p.Line == index + 1);
                }

                return true;
            });

    [Fact]
    public async Task ReadAsync_LastLineWithoutABreak_IsRead()
    {
        var text = string.Join("\n", Lines);
        WorldRoundTrip.AssertEqual(World, await Read(text, 64));
    }

    [Fact]
    public async Task ReadAsync_LineLongerThanTheBlock_IsRead()
    {
        var text = string.Join("\n", Lines) + "\n";
        var longest = Lines.Max(l => l.Length);
        WorldRoundTrip.AssertEqual(World, await Read(text, Math.Max(1, longest / 8)));
    }

    [Fact]
    public async Task ReadAsync_Cancelled_Throws()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        var text = string.Join("\n", Lines) + "\n";
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => WorldLinesReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), null, 64, cancel.Token));
    }
}
