using FsCheck;
using FsCheck.Fluent;
using Sanctions.Core.Serialization;
using Xunit;

namespace Sanctions.Core.Tests.Serialization.Reading;

public sealed class SharedFactsTests
{
    // Whatever order ids come in, each comes back equal to itself, and equal ids come back as one instance.
    [FsCheck.Xunit.Property]
    public Property Id_EqualTexts_OneInstanceEqualToThem() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 20)).ToArbitrary(), picks =>
        {
            var shared = new SharedFacts();
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pick in picks)
            {
                var text = new string('p', 1) + pick.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var kept = shared.Id(text);
                Assert.Equal(text, kept);
                if (seen.TryGetValue(text, out var first))
                {
                    Assert.Same(first, kept);
                }
                else
                {
                    seen[text] = kept;
                }
            }
        });

    [Fact]
    public void Source_EqualSources_OneInstance_DifferentSourcesKeptApart()
    {
        var shared = new SharedFacts();
        var a = shared.Source(new Provenance("list", "17", "2024-05", null));
        Assert.Same(a, shared.Source(new Provenance("list", "17", "2024-05", null)));
        var b = shared.Source(new Provenance("list", "18", "2024-05", null));
        Assert.NotSame(a, b);
        Assert.Equal("18", b.Record);
        Assert.NotSame(a, shared.Source(new Provenance("list", "17", "2024-05", null, isVerified: false)));

        // The same record id in another source or publication is another source.
        Assert.NotSame(a, shared.Source(new Provenance("other list", "17", "2024-05", null)));
        Assert.Equal("2024-06", shared.Source(new Provenance("list", "17", "2024-06", null)).Publication);
        Assert.Same(a, shared.Source(new Provenance("list", "17", "2024-05", null)));
    }

    // Threads that add the same texts at once, while the table grows under them many times, all get one instance per text.
    [Fact]
    public void Id_ManyThreadsAtOnce_OneInstancePerText()
    {
        const int Texts = 50_000;
        const int Threads = 4;
        var shared = new SharedFacts();
        var kept = new string[Threads][];
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            // Each thread has its own instances, in its own order.
            var mine = new string[Texts];
            start.SignalAndWait();
            for (var n = 0; n < Texts; n++)
            {
                var i = t % 2 == 0 ? n : Texts - 1 - n;
                mine[i] = shared.Id("p:" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            kept[t] = mine;
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        for (var i = 0; i < Texts; i++)
        {
            Assert.Equal("p:" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), kept[0][i]);
            for (var t = 1; t < Threads; t++)
            {
                Assert.Same(kept[0][i], kept[t][i]);
            }
        }
    }

    // The interleaving that a search of a frozen array must survive, forced step by step. B and A search the first array and
    // stop at the same occupied slot; the array grows under them; A puts its value into the old array's next slot (which
    // the copy saw empty) and, seeing the mark, goes on to the new array, where it stops again; C puts an equal value into
    // the new array; A finds C's. B then finds A's value in the old array: it must not keep it, but look in the new one.
    [Fact]
    public void Kept_SearchEndsInFrozenArray_LooksAgainInTheNewOne()
    {
        var comparer = new PausingComparer();
        var table = new SharedFacts.Table<string>(comparer);
        var blocker = table.Kept("100|blocker");

        // Half of the first array (1,024 slots), away from slots 100 and 101.
        for (var i = 0; i < 510; i++)
        {
            table.Kept((200 + i).ToString(System.Globalization.CultureInfo.InvariantCulture) + "|filler");
        }

        var xB = new string("100|x".AsSpan());
        var xA = new string("100|x".AsSpan());
        var xC = new string("100|x".AsSpan());
        var b = comparer.Pause(blocker, xB);
        var a = comparer.Pause(blocker, xA);
        string? keptB = null, keptA = null;
        var threadB = new Thread(() => keptB = table.Kept(xB));
        var threadA = new Thread(() => keptA = table.Kept(xA));
        threadB.Start();
        Assert.True(b.Arrived.Wait(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        threadA.Start();
        Assert.True(a.Arrived.Wait(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));

        // Two more values make the array more than half full: it grows, here, while A and B wait in it.
        table.Kept("800|z1");
        table.Kept("801|z2");

        // A goes on: into the old array's slot 101, then, seeing it frozen, to the new array, where it stops at the blocker.
        a.Go.Release();
        Assert.True(a.Arrived.Wait(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        Assert.Same(xC, table.Kept(xC));
        a.Go.Release(100);
        threadA.Join();
        Assert.Same(xC, keptA);

        b.Go.Release(100);
        threadB.Join();
        Assert.Same(xC, keptB);
    }

    // Hashes are the number before '|'. Equals pauses the threads searching for a given instance each time they meet a given
    // value, until released.
    private sealed class PausingComparer : IEqualityComparer<string>
    {
        private readonly List<(string Known, string Value, Gate Gate)> pauses = [];

        public Gate Pause(string known, string value)
        {
            var gate = new Gate();
            lock (pauses)
            {
                pauses.Add((known, value, gate));
            }

            return gate;
        }

        public bool Equals(string? x, string? y)
        {
            Gate? gate;
            lock (pauses)
            {
                gate = pauses.FirstOrDefault(p => ReferenceEquals(p.Known, x) && ReferenceEquals(p.Value, y)).Gate;
            }

            if (gate is not null)
            {
                gate.Arrived.Release();
                gate.Go.Wait(TimeSpan.FromSeconds(10));
            }

            return string.Equals(x, y, StringComparison.Ordinal);
        }

        public int GetHashCode(string obj) => int.Parse(obj.AsSpan(0, obj.IndexOf('|', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed class Gate
    {
        public SemaphoreSlim Arrived { get; } = new(0);

        public SemaphoreSlim Go { get; } = new(0);
    }
}
