using Sanctions.Core.IO;
using Sanctions.Core.Serialization;
using Sanctions.Core.Tests.Serialization;
using Xunit;

namespace Sanctions.Core.Tests.IO;

// A write that fails part way (a full disk, a cancelled token) must leave what was there and nothing half-written.
public sealed class AtomicFileTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("sanctions-atomic-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("world.json")]
    [InlineData("world.jsonl")]
    public async Task WriteFileAsync_StreamFailsMidway_LeavesTheOldFileIntactAndNoTemporaryFile(string name)
    {
        var path = Path.Combine(directory, name);
        await WorldJson.WriteFileAsync(SerializationTestWorlds.Empty(), path, Token);
        var before = await File.ReadAllBytesAsync(path, Token);

        var e = await Assert.ThrowsAsync<IOException>(() =>
            WorldJson.WriteFileAsync(SerializationTestWorlds.Small(), path, s => new FailingStream(s, failAfter: 300), Token));

        Assert.Equal("No space left on device (simulated)", e.Message);
        Assert.Equal(before, await File.ReadAllBytesAsync(path, Token));
        Assert.Equal([name], Directory.GetFiles(directory).Select(Path.GetFileName));
    }

    [Fact]
    public async Task WriteFileAsync_StreamFailsMidwayWithNoOldFile_LeavesNoFile()
    {
        var path = Path.Combine(directory, "new.json");

        await Assert.ThrowsAsync<IOException>(() =>
            WorldJson.WriteFileAsync(SerializationTestWorlds.Small(), path, s => new FailingStream(s, failAfter: 10), Token));

        Assert.Empty(Directory.GetFiles(directory));
    }

    [Fact]
    public async Task WriteFileAsync_Cancelled_LeavesTheOldFileIntact()
    {
        var path = Path.Combine(directory, "world.json");
        await File.WriteAllTextAsync(path, "old", Token);
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => WorldJson.WriteFileAsync(SerializationTestWorlds.Small(), path, cancel.Token));

        Assert.Equal("old", await File.ReadAllTextAsync(path, Token));
        Assert.Single(Directory.GetFiles(directory));
    }

    [Fact]
    public async Task WriteFileAsync_Succeeds_ReplacesTheFileWhole()
    {
        var path = Path.Combine(directory, "world.json");
        await File.WriteAllTextAsync(path, new string('x', 100_000), Token);

        await WorldJson.WriteFileAsync(SerializationTestWorlds.Small(), path, Token);

        Assert.Equal(WorldJson.Serialize(SerializationTestWorlds.Small()), await File.ReadAllTextAsync(path, Token));
        Assert.Single(Directory.GetFiles(directory));
    }

    [Fact]
    public async Task WriteAsync_PathIsADirectory_IsAnIOExceptionAndTheDirectoryStays()
    {
        var target = Directory.CreateDirectory(Path.Combine(directory, "d.json")).FullName;

        var e = await Assert.ThrowsAsync<IOException>(() => AtomicFile.WriteAsync(target, (s, c) => s.WriteAsync(new byte[] { 1 }, c).AsTask(), Token));

        Assert.Contains("is a directory", e.Message, StringComparison.Ordinal);
        Assert.True(Directory.Exists(target));
        Assert.Empty(Directory.GetFiles(directory));
    }

    // Passes writes through until failAfter bytes, then fails as a full disk does.
    private sealed class FailingStream(Stream inner, long failAfter) : Stream
    {
        private long written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => throw new NotSupportedException();
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var room = (int)Math.Max(0, failAfter - written);
            if (buffer.Length > room)
            {
                await inner.WriteAsync(buffer[..room], cancellationToken);
                written += room;
                throw new IOException("No space left on device (simulated)");
            }

            await inner.WriteAsync(buffer, cancellationToken);
            written += buffer.Length;
        }
    }
}
