using FsCheck;
using FsCheck.Fluent;
using Sanctions.Core;
using Sanctions.Core.Parties;
using Sanctions.Sources.Mapping;

namespace Sanctions.Sources.Tests.Mapping;

// Issue 16, the 18k import's allocations: a snapshot makes room for the records its files likely hold before they are mapped,
// instead of growing its table by doubling. Only the room may change, never what the snapshot gives or in which order.
public sealed class SnapshotPresizeTests
{
    private static Party Party(string key) => new Organization(new PartyId(key), [new PartyName("Name " + key)], source: new Provenance("test", key));

    private static SourceFile Bytes(int length) => SourceFile.FromBytes("f.csv", new byte[length]);

    // Records added to a presized snapshot (with records already in it or not) come out in the order added, the same keys and
    // records as in a snapshot left to grow; the room is at least what the files' lengths ask for.
    [Fact]
    public void Presize_KeepsTheOrderAdded_AndMakesTheRoomAsked() =>
        Prop.ForAll(
            Gen.Choose(0, 300).SelectMany(c => Gen.Choose(0, 20).Select(b => (Count: c, Before: b))).ToArbitrary(),
            Gen.ListOf(Gen.Choose(0, 40_000)).Select(l => l.Take(3).ToArray()).ToArbitrary(),
            Gen.Elements(1, 7, 160, 800).ToArbitrary(),
            (sizes, lengths, bytesPerRecord) =>
            {
                var (count, before) = sizes;
                var keys = Enumerable.Range(0, count).Select(i => "k" + ((i * 7919) % 100_003)).Distinct(StringComparer.Ordinal).ToList();
                var grown = new Snapshot(null, "v");
                var presized = new Snapshot(null, "v");
                var early = Math.Min(before, keys.Count);
                foreach (var key in keys.Take(early))
                {
                    var party = Party(key);
                    grown.Records.Add(key, party);
                    presized.Records.Add(key, party);
                }

                presized.Presize(lengths.Select(Bytes), bytesPerRecord);
                var room = presized.Records.Capacity >= early + (lengths.Sum(l => (long)l) / bytesPerRecord);
                foreach (var key in keys.Skip(early))
                {
                    var party = Party(key);
                    grown.Records.Add(key, party);
                    presized.Records.Add(key, party);
                }

                return room && Contents(grown).SequenceEqual(Contents(presized)) && presized.Records.Keys.SequenceEqual(keys);
            }).QuickCheckThrowOnFailure();

    private static List<(string Key, Party Party)> Contents(Snapshot snapshot) => [.. snapshot.Records.Values.Select(r => (r.Key, r.Party))];

    // A stream that cannot tell its length (a download read as it comes) leaves the snapshot as it was.
    [Fact]
    public void Presize_UnseekableStream_AddsNoRoom()
    {
        var snapshot = new Snapshot(null, "v");
        var capacity = snapshot.Records.Capacity;
        snapshot.Presize([new SourceFile("f.csv", () => new UnseekableStream(new byte[100_000]))], 10);

        Assert.Equal(capacity, snapshot.Records.Capacity);
    }

    // A file that cannot be opened here is left out, without an exception: its reading reports the failure in its turn, after the
    // files before it, as it did before presizing.
    [Fact]
    public void Presize_FileThatCannotBeOpened_IsLeftOut()
    {
        var snapshot = new Snapshot(null, "v");
        snapshot.Presize([new SourceFile("gone.csv", () => throw new FileNotFoundException("gone")), new SourceFile("locked.csv", () => throw new UnauthorizedAccessException()), Bytes(16_000)], 160);

        Assert.True(snapshot.Records.Capacity >= 100);
    }

    private sealed class UnseekableStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
