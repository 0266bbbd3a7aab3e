using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sanctions.Core.Regimes;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Mapping;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Tests.Mapping;

public sealed class EntryMapperTests
{
    private static (EntryMapper Mapper, ListTarget Target) NewMapper(ImportDiagnostics? diagnostics = null)
    {
        var catalog = new Catalog();
        var authority = catalog.Authority(Catalog.Ofac);
        var target = new ListTarget("test", catalog.List("test-list", "Test list", authority), authority, [MeasureKind.AssetFreeze], catalog.OfacProgram);
        return (new EntryMapper(catalog, diagnostics ?? Fixture.Strict(), "v1", null), target);
    }

    [Property(MaxTest = 200)]
    public Property Map_ProgramTags_EachDesignationHasItsTagsProgramsAndBasis()
    {
        // Known tags with one instrument, with none, with two (IRGC, FTO, ...), and an unknown one, in any mix: a
        // designation with a single program shares its program list with others, which must not mix them up.
        var tags = Gen.Elements("SDGT", "IRAN", "UKRAINE-EO13662", "FTO", "NOT-A-TAG", "IRGC", "SYRIA").ArrayOf().ToArbitrary();
        return Prop.ForAll(tags.Generator.ArrayOf().ToArbitrary(), entries =>
            {
                var diagnostics = new ImportDiagnostics(lenient: true);
                var (mapper, target) = NewMapper(diagnostics);
                var snapshot = new Snapshot(null, "v1");
                for (var i = 0; i < entries.Length; i++)
                {
                    var entry = new ListEntry($"{i}", EntryKind.Entity, "NAME " + i, new SourceLocation("test", i + 1));
                    entry.Programs.AddRange(entries[i]);
                    mapper.Map(entry, target, "p" + i, snapshot);
                }

                // The oracle: each distinct tag mapped on its own by a fresh catalog, the basis their union without repeats.
                var oracle = new Catalog();
                var unknownUses = 0;
                return entries.Select((entryTags, i) =>
                {
                    var draft = snapshot.Records["p" + i].Designations.Single();
                    var expected = entryTags.Distinct().Select(t => oracle.OfacProgram(t, _ => unknownUses++)).ToList();
                    var basis = expected.SelectMany(p => oracle.BasisOf(p)).Distinct().ToList();
                    return draft.Programs.SequenceEqual(expected) && draft.Basis.SequenceEqual(basis);
                }).All(ok => ok) && diagnostics.Issues.Count(w => w.Message.Contains("NOT-A-TAG", StringComparison.Ordinal)) == unknownUses
                    && diagnostics.Issues.All(w => w.RecordId is { } id && entries[int.Parse(id, System.Globalization.CultureInfo.InvariantCulture)].Contains("NOT-A-TAG"));
            });
    }

    private static readonly Gen<string> Texts = Gen.Elements("Website www.example.com", "IRAN", "a; b", " spaced ", "Tehran", "DOB 1960", "x");

    private sealed record EntryShape(EntryKind Kind, string? Remarks, (string Key, string Value)[] Facts, string[] Titles, string? Reference);

    private static Arbitrary<EntryShape[]> Shapes() =>
        (from kind in Gen.Elements(EntryKind.Entity, EntryKind.Individual)
         from remarks in Gen.OneOf(Gen.Constant<string?>(null), Texts.Select(t => (string?)t))
         from facts in Gen.Zip(Gen.Elements("", "Website", "Gender"), Texts).ArrayOf()
         from titles in Texts.ArrayOf()
         from reference in Gen.Elements<string?>(null, "QDi.1")
         select new EntryShape(kind, remarks, facts, titles, reference)).ArrayOf().ToArbitrary();

    /// <summary>The remarks as the issue asks for them: the list's remarks, then each fact not already in them, then titles; one per line.</summary>
    private static string? Expected(EntryShape shape)
    {
        var parts = new List<string>();
        if (shape.Remarks is not null)
        {
            parts.Add(shape.Remarks.Trim());
        }

        parts.AddRange(shape.Facts
            .Where(f => shape.Remarks is null || !shape.Remarks.Contains(f.Value, StringComparison.Ordinal))
            .Select(f => f.Key.Length == 0 ? f.Value : f.Key + ": " + f.Value));
        if (shape.Titles.Length > 0 && (shape.Kind != EntryKind.Individual || shape.Reference is not null))
        {
            parts.Add("Title: " + string.Join("; ", shape.Titles));
        }

        return parts.Count == 0 ? null : string.Join("\n", parts);
    }

    [Property(MaxTest = 200)]
    public Property Map_SuccessiveEntries_EachGetsItsOwnRemarks()
    {
        // One mapper maps entry after entry (the remarks builder is reused): no entry's remarks may leak into the next.
        return Prop.ForAll(Shapes(), shapes =>
        {
            var (mapper, target) = NewMapper();
            var snapshot = new Snapshot(null, "v1");
            for (var i = 0; i < shapes.Length; i++)
            {
                var shape = shapes[i];
                var entry = new ListEntry($"{i}", shape.Kind, "NAME " + i, new SourceLocation("test")) { Remarks = shape.Remarks, ReferenceNumber = shape.Reference };
                entry.Facts.AddRange(shape.Facts.Select(f => new EntryFact(f.Key, f.Value)));
                entry.Titles.AddRange(shape.Titles);
                mapper.Map(entry, target, "p" + i, snapshot);
            }

            return shapes.Select((s, i) => snapshot.Records["p" + i].Party.Remarks == Expected(s)).All(ok => ok);
        });
    }

    [Property(MaxTest = 200)]
    public Property Map_EntriesOfRepeatedPartyIds_GiveOneRecordPerPartyWithEveryDesignationAndName()
    {
        // One party on several rows (CSL lists, several files of one publication): the first row makes the record, the later
        // ones add their designation and names to it. The oracle groups the rows by party id, in the order first seen.
        var partyOfRow = Gen.Choose(0, 4).ArrayOf().ToArbitrary();
        return Prop.ForAll(partyOfRow, parties =>
        {
            var (mapper, target) = NewMapper();
            var snapshot = new Snapshot(null, "v1");
            for (var i = 0; i < parties.Length; i++)
            {
                var entry = new ListEntry($"{i}", EntryKind.Entity, $"NAME {i}", new SourceLocation("test", i + 1));
                entry.Programs.Add("SDGT");
                if (!mapper.Map(entry, target, "p" + parties[i], snapshot))
                {
                    return false;
                }
            }

            var expected = parties.Select((party, row) => (Party: "p" + party, Row: row)).GroupBy(r => r.Party).ToList();
            return snapshot.Records.Keys.SequenceEqual(expected.Select(g => g.Key))
                && expected.All(g =>
                    snapshot.Records[g.Key] is var record
                    && record.Key == g.Key
                    && record.Designations.Select(d => d.Key).SequenceEqual(g.Select(r => $"{target.List.Value}/{r.Row}"))
                    && g.All(r => record.Party.Names.Any(n => n.Value == $"NAME {r.Row}")));
        });
    }

    [Fact]
    public async Task Map_EqualAddressesOfSeveralParties_AreOneObject()
    {
        // A publication keeps each address once (a third of a real SDN's address rows repeat another): parties with equal
        // addresses hold the same object, with the same values as before.
        var files = new[] { "sdn.csv", "add.csv", "alt.csv" }.Select(f => Fixture.File("ofac_sdn_csv_2019_sample/" + f)).ToList();
        var world = (await ListImporter.ImportSourcesAsync(ImportFormat.OfacSdnCsv, files, cancellationToken: Fixture.Token)).World;
        var repeated = world.Parties.SelectMany(p => p.Addresses).GroupBy(a => a).Where(g => g.Count() > 1).ToList();

        Assert.NotEmpty(repeated);
        Assert.All(repeated, g => Assert.All(g, a => Assert.Same(g.First(), a)));
        Assert.Contains(repeated, g => g.Key.City is not null && g.Key.Country is not null);
    }
}
