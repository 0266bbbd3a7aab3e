using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Ofac;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Tests.Raw;

/// <summary>
/// Readers that fill the entry the importer is done with again for the next record (<see cref="ListEntry.Reuse"/>) give,
/// entry by entry, what a new entry per record gives: nothing of one record is left in the next.
/// </summary>
public sealed class EntryReuseTests
{
    private static readonly PropertyInfo[] Properties = typeof(ListEntry).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    [Fact]
    public void Reuse_EntryWithEveryValueSet_IsLikeANewEntry()
    {
        // Every public list gets an item and every settable value a value, found by reflection: a value added to ListEntry
        // later and not emptied by Reuse fails here.
        var used = new ListEntry("1", EntryKind.Vessel, "FIRST NAME", new SourceLocation("a.csv", 1));
        foreach (var property in Properties)
        {
            var value = property.GetValue(used);
            if (property.Name.EndsWith("OrEmpty", StringComparison.Ordinal))
            {
                continue;
            }

            if (value is IList list && property.PropertyType.IsGenericType)
            {
                list.Add(Sample(property.PropertyType.GetGenericArguments()[0]));
            }
            else if (property.SetMethod is { IsPublic: true } && property.Name != nameof(ListEntry.Kind))
            {
                property.SetValue(used, Sample(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType));
            }
        }

        used.Vessel.CallSign = "CALL";
        used.Vessel.Owner = "OWNER";
        var before = Describe(used);

        var reused = ListEntry.Reuse(used, "2", EntryKind.Individual, "SECOND NAME", new SourceLocation("a.csv", 2));

        Assert.Same(used, reused);
        Assert.NotEqual(before, Describe(reused));
        Assert.Equal(Describe(new ListEntry("2", EntryKind.Individual, "SECOND NAME", new SourceLocation("a.csv", 2))), Describe(reused));
    }

    [Fact]
    public void Reuse_WhatLinkingKept_IsNotChanged()
    {
        var used = new ListEntry("1", EntryKind.Entity, "A", new EntryLocation("a.xml", 3, "/sdnList", "sdnEntry", 1));
        used.LinkedTo.Add("B");
        var kept = Sanctions.Sources.Mapping.LinkSource.Of(used, "ofac:1", "ofac-xml");

        var reused = ListEntry.Reuse(used, "2", EntryKind.Entity, "C", new SourceLocation("a.csv", 2));
        reused.LinkedTo.Add("D");

        Assert.Equal(1, kept.LinkedTo.Count);
        Assert.Equal("B", kept.LinkedTo[0]);
        Assert.Equal(new SourceLocation("a.xml", 3, "/sdnList/sdnEntry[1]"), kept.Location.ToLocation());
        Assert.Equal(["D"], reused.LinkedToOrEmpty);
        Assert.Equal(new SourceLocation("a.csv", 2), reused.Location);
    }

    [Theory]
    [InlineData("ofac_sdn_csv_tiny")]
    [InlineData("ofac_sdn_csv_2019_sample")]
    [InlineData("ofac_sdn_csv_2021_places")]
    public void OfacCsv_ReadWithReuse_GivesEachEntryAsReadWithout(string folder)
    {
        var files = OfacCsvFiles.Group(Directory.GetFiles(Fixture.PathOf(folder), "*.csv").Order(StringComparer.Ordinal).Select(SourceFile.FromPath)).Single();
        var fresh = OfacCsvReader.Read(files, Fixture.Lenient(), Fixture.Token).Select(Describe).ToList();

        // Described as each is given, before the next is asked for: as the importer maps it.
        var objects = new HashSet<ListEntry>(ReferenceEqualityComparer.Instance);
        var reused = OfacCsvReader.Read(files, Fixture.Lenient(), Fixture.Token, reuse: true).Select(e =>
        {
            objects.Add(e);
            return Describe(e);
        }).ToList();

        Assert.True(fresh.Count > 1);
        Assert.Single(objects);
        Assert.Equal(fresh, reused);
    }

    [Fact]
    public void OfacXml_ReadWithSpare_GivesEachEntryAsReadWithout()
    {
        var file = Fixture.File("ofac_xml/consolidated_sdnlist_format_excerpt.xml");
        var fresh = OfacXmlReader.Read(file, Fixture.Lenient(), new PublicationHeader(), Fixture.Token).Select(Describe).ToList();

        var spare = new EntrySpare();
        var objects = new HashSet<ListEntry>(ReferenceEqualityComparer.Instance);
        var reused = new List<string>();
        foreach (var entry in OfacXmlReader.Read(file, Fixture.Lenient(), new PublicationHeader(), Fixture.Token, spare))
        {
            objects.Add(entry);
            reused.Add(Describe(entry));
            spare.Entry = entry;
        }

        Assert.True(fresh.Count > 1);
        Assert.Single(objects);
        Assert.Equal(fresh, reused);
    }

    private static object Sample(Type type) =>
        type == typeof(string) ? "x"
        : type == typeof(SourceDate) ? new SourceDate(2001, 2, 3)
        : type.IsValueType ? Activator.CreateInstance(type)!
        : RuntimeHelpers.GetUninitializedObject(type);

    // Every public property but the vessel details' maker (the OrEmpty view is read instead).
    private static string Describe(ListEntry entry) =>
        string.Join("\n", Properties.Where(p => p.Name != nameof(ListEntry.Vessel)).Select(p => p.Name + "=" + Text(p.GetValue(entry))));

    private static string Text(object? value) => value switch
    {
        null => "null",
        string s => s,
        VesselDetails v => string.Join(",", typeof(VesselDetails).GetProperties().Select(p => p.Name + ":" + Text(p.GetValue(v)))),
        IEnumerable items => "[" + string.Join("|", items.Cast<object?>().Select(Text)) + "]",
        _ => value.ToString() ?? "null",
    };
}
