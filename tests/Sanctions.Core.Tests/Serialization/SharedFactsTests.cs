using FsCheck;
using FsCheck.Fluent;
using Sanctions.Core.Serialization;
using Xunit;

namespace Sanctions.Core.Tests.Serialization;

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
}
