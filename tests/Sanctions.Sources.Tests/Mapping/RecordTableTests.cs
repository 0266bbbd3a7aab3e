using FsCheck;
using FsCheck.Fluent;
using Sanctions.Core;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Sources.Mapping;

namespace Sanctions.Sources.Tests.Mapping;

// Issue 16, the 18k import's objects: a publication's records are rows of a few large arrays, not an object each. The table must
// give what a dictionary of record objects gave: each key's record, in the order first added, with what was stated about it.
public sealed class RecordTableTests
{
    private enum Op
    {
        GetOrAdd,
        Set,
        AddDraft,
        AddPosition,
        AddRelation,
        Clear,
    }

    private static Party NewParty(string key, int version) => new Organization(new PartyId(key), [new PartyName($"Name {key} {version}")], source: new Provenance("test", key));

    private static DesignationDraft Draft(string key) =>
        new(key, new PartyId("p"), new ListId("l"), [], [], [], null, null, null, null, new Provenance("test", key));

    private static Position NewPosition(string title) => new(new PartyId("p"), title, ValidPeriod.Always, null, default, new Provenance("test", title));

    private static Relation NewRelation(string note) =>
        new(RelationKind.Associate, new PartyId("p"), new PartyId("q"), ValidPeriod.Always, null, note, default, new Provenance("test", note));

    /// <summary>What a record states, as the oracle keeps it: a class per record, as the table replaced.</summary>
    private sealed class Expected(string key, Party party)
    {
        public string Key { get; } = key;

        public Party Party { get; set; } = party;

        public List<string> Drafts { get; } = [];

        public List<string> Positions { get; } = [];

        public List<string> Relations { get; } = [];
    }

    private static bool Same(Expected expected, MappedRecord record) =>
        record.Key == expected.Key
        && ReferenceEquals(record.Party, expected.Party)
        && record.Designations.Count == expected.Drafts.Count
        && record.Designations.Select(d => d.Key).SequenceEqual(expected.Drafts)
        && record.HasPositions == expected.Positions.Count > 0
        && (!record.HasPositions || record.Positions.Select(p => p.Title).SequenceEqual(expected.Positions))
        && record.HasRelations == expected.Relations.Count > 0
        && (!record.HasRelations || record.Relations.Select(r => r.Role).SequenceEqual(expected.Relations));

    // Operations drawn on few keys (each record changed often) or on thousands (several arrays of rows, and an emptied table
    // filled again past where it was): the table against a dictionary of record objects in the order added.
    [Fact]
    public void Operations_GiveWhatADictionaryOfRecordsGives() =>
        Prop.ForAll(
            Gen.Elements(3, 40, 3000).SelectMany(keys =>
                Gen.Choose(keys == 3000 ? 2500 : 0, keys == 3000 ? 6000 : 200).SelectMany(length =>
                    Gen.Zip(Gen.Frequency((30, Gen.Constant(Op.GetOrAdd)), (4, Gen.Constant(Op.Set)), (10, Gen.Constant(Op.AddDraft)),
                        (4, Gen.Constant(Op.AddPosition)), (4, Gen.Constant(Op.AddRelation)), (keys == 3000 ? 0 : 1, Gen.Constant(Op.Clear))), Gen.Choose(0, keys - 1))
                    .ArrayOf(length)
                    .Select(ops => keys == 3000 ? [.. ops.Take(length * 2 / 3), (Op.Clear, 0), .. ops.Skip(length * 2 / 3)] : ops))).ToArbitrary(),
            ops =>
            {
                var table = new RecordTable();
                var byKey = new Dictionary<string, Expected>(StringComparer.Ordinal);
                var order = new List<Expected>();
                var step = 0;
                foreach (var (op, k) in ops)
                {
                    step++;
                    var key = "k" + k;
                    var party = NewParty(key, step);
                    switch (op)
                    {
                        case Op.GetOrAdd:
                            var record = table.GetOrAdd(key, party, out var known);
                            if (known != byKey.ContainsKey(key))
                            {
                                return false;
                            }

                            if (!known)
                            {
                                var added = new Expected(key, party);
                                byKey.Add(key, added);
                                order.Add(added);
                            }
                            else
                            {
                                // The mapper replaces a known record's party (names merged).
                                record.Party = party;
                                byKey[key].Party = party;
                            }

                            break;
                        case Op.Set:
                            table.Set(key, party);
                            if (byKey.TryGetValue(key, out var replaced))
                            {
                                var fresh = new Expected(key, party);
                                order[order.IndexOf(replaced)] = fresh;
                                byKey[key] = fresh;
                            }
                            else
                            {
                                var added = new Expected(key, party);
                                byKey.Add(key, added);
                                order.Add(added);
                            }

                            break;
                        case Op.Clear:
                            table.Clear();
                            byKey.Clear();
                            order.Clear();
                            break;
                        default:
                            var found = table.TryGetValue(key, out var existing);
                            if (found != byKey.TryGetValue(key, out var expected))
                            {
                                return false;
                            }

                            if (found)
                            {
                                var text = "s" + step;
                                switch (op)
                                {
                                    case Op.AddDraft:
                                        existing.Designations.Add(Draft(text));
                                        expected!.Drafts.Add(text);
                                        break;
                                    case Op.AddPosition:
                                        existing.Positions.Add(NewPosition(text));
                                        expected!.Positions.Add(text);
                                        break;
                                    default:
                                        existing.Relations.Add(NewRelation(text));
                                        expected!.Relations.Add(text);
                                        break;
                                }
                            }

                            break;
                    }
                }

                return table.Count == order.Count
                    && table.Keys.SequenceEqual(order.Select(e => e.Key))
                    && table.Values.Zip(order).All(p => Same(p.Second, p.First))
                    && order.Select((e, i) => Same(e, table.At(i)) && Same(e, table[e.Key]) && table.ContainsKey(e.Key)).All(ok => ok)
                    && !table.ContainsKey("absent") && !table.TryGetValue("absent", out _);
            }).QuickCheckThrowOnFailure();

    // A record taken over from the publication before (UnchangedRecords) states what it stated there; without relations, it has
    // lists of its own, so what the new publication adds to it does not change the old one's.
    [Fact]
    public void Copies_StateWhatTheRecordStated()
    {
        var before = new RecordTable();
        var record = before.Add("a", NewParty("a", 1));
        record.Designations.Add(Draft("d1"));
        record.Designations.Add(Draft("d2"));
        record.Positions.Add(NewPosition("t1"));
        record.Relations.Add(NewRelation("r1"));

        var next = new RecordTable();
        next.Add("x", NewParty("x", 1));
        var copy = next.AddCopy("a", record);
        var bare = new RecordTable().AddWithoutRelations("a", record);
        bare.Designations.Add(Draft("d3"));
        bare.Positions.Add(NewPosition("t2"));

        var stated = new Expected("a", record.Party);
        stated.Drafts.AddRange(["d1", "d2"]);
        stated.Positions.Add("t1");
        stated.Relations.Add("r1");
        Assert.True(Same(stated, copy));
        Assert.Equal(1, copy.Index);
        Assert.Equal(["x", "a"], next.Keys);
        Assert.True(Same(stated, before["a"]));
        Assert.False(bare.HasRelations);
        Assert.Equal(["d1", "d2", "d3"], bare.Designations.Select(d => d.Key));
        Assert.Equal(["t1", "t2"], bare.Positions.Select(p => p.Title));
        Assert.True(Same(stated, before["a"]));
        Assert.Throws<ArgumentException>(() => next.Add("a", NewParty("a", 2)));
        Assert.Throws<KeyNotFoundException>(() => next["absent"]);
    }
}
