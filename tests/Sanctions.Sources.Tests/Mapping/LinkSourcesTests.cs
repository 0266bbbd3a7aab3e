using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Mapping;

namespace Sanctions.Sources.Tests.Mapping;

public sealed class LinkSourcesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1023)]
    [InlineData(1024)]
    [InlineData(1025)]
    [InlineData(5000)]
    public void Add_AcrossChunks_KeepsEveryItemInOrder(int count)
    {
        var items = Enumerable.Range(0, count)
            .Select(i => new LinkSource(i.ToString(System.Globalization.CultureInfo.InvariantCulture), new SourceLocation("a.xml", i + 1), Names(i), "ofac:" + i, "ofac-xml"))
            .ToList();
        var sources = new LinkSources();
        foreach (var item in items)
        {
            sources.Add(item);
        }

        Assert.Equal(count, sources.Count);
        Assert.Equal(items, sources);
        Assert.Equal(items, Enumerable.Range(0, count).Select(i => sources[i]));
        Assert.Throws<ArgumentOutOfRangeException>(() => sources[count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => sources[-1]);
        Assert.All(Enumerable.Range(0, count), i => Assert.Equal(Enumerable.Range(0, i % 3).Select(n => $"X{i}.{n}"), Enumerable.Range(0, sources[i].LinkedTo.Count).Select(n => sources[i].LinkedTo[n])));
    }

    // None, one or two names (the one name held as a string, two as an array).
    private static LinkedNames Names(int i) => LinkedNames.Of([.. Enumerable.Range(0, i % 3).Select(n => $"X{i}.{n}")]);
}
