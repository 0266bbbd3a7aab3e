using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Tests.Parties;

// Names, provenances and designations keep some of their values apart (shared between facts, or in an object most facts
// lack): whatever the order they are set in, every value reads back, and equality and hashing go by the values.
public sealed class CompactFactsTests
{
    private static readonly Gen<string?> Optional = Gen.Elements<string?>(null, "Latn", "Cyrl", "ru", "fa", "original script");

    private static readonly Gen<RecordPeriod> Periods = Gen.Elements(
        RecordPeriod.Always, RecordPeriod.Since(Instant.FromUtc(2021, 8, 18, 9, 39)), RecordPeriod.Since(Instant.FromUtc(2024, 5, 1, 18, 43)),
        new RecordPeriod(Instant.FromUtc(2021, 8, 18, 9, 39), Instant.FromUtc(2022, 3, 1, 0, 0)));

    private static readonly Gen<(string? Script, string? Language, string? Note, RecordPeriod Recorded)> NameParts =
        from script in Optional
        from language in Optional
        from note in Optional
        from recorded in Periods
        select (script, language, note, recorded);

    [Property(MaxTest = 300)]
    public Property PartyName_AnyValuesSetAnyWay_ReadBackAndCompareByValue()
    {
        return Prop.ForAll(NameParts.ToArbitrary(), NameParts.ToArbitrary(), (a, b) =>
        {
            var viaConstructor = new PartyName("NAME", NameKind.Alias, a.Script, a.Language) { Note = a.Note, Recorded = a.Recorded };
            var viaWith = new PartyName("NAME", NameKind.Alias) with { Recorded = a.Recorded, Note = a.Note, Language = a.Language, Script = a.Script };
            var other = new PartyName("NAME", NameKind.Alias) { Script = b.Script, Language = b.Language, Note = b.Note, Recorded = b.Recorded };
            var sameValues = a.Script == b.Script && a.Language == b.Language && a.Note == b.Note && a.Recorded == b.Recorded;

            return (viaConstructor.Script == a.Script && viaConstructor.Language == a.Language && viaConstructor.Note == a.Note
                    && viaConstructor.Recorded == a.Recorded).Label("constructor reads back")
                .And((viaWith.Script == a.Script && viaWith.Language == a.Language && viaWith.Note == a.Note && viaWith.Recorded == a.Recorded).Label("with reads back"))
                .And(((viaWith with { Recorded = b.Recorded }).Recorded == b.Recorded && viaWith.Recorded == a.Recorded).Label("with leaves the original"))
                .And((viaConstructor.Equals(viaWith) && viaConstructor.GetHashCode() == viaWith.GetHashCode()).Label("set either way, equal"))
                .And((viaConstructor.Equals(other) == sameValues).Label("equal by value"))
                .And((!sameValues || viaConstructor.GetHashCode() == other.GetHashCode()).Label("equal hash alike"));
        });
    }

    [Property(MaxTest = 300)]
    public Property Provenance_MadeOneAfterAnother_EachKeepsItsOwnValues()
    {
        var parts =
            from source in Gen.Elements("ofac-sdn-csv", "un-xml", "manual")
            from record in Gen.Elements<string?>(null, "36", "7")
            from publication in Gen.Elements<string?>(null, "sdn.csv", "2024-05-01")
            from published in Gen.Elements<Instant?>(null, Instant.FromUtc(2024, 5, 1, 18, 43), Instant.FromUtc(2021, 7, 1, 0, 0))
            from verified in Gen.Elements(true, false)
            from note in Gen.Elements<string?>(null, "note")
            select (source, record, publication, published, verified, note);
        return Prop.ForAll(parts.ArrayOf().ToArbitrary(), all =>
        {
            var made = all.Select(p => new Provenance(p.source, p.record, p.publication, p.published, p.verified, p.note)).ToArray();
            var again = all.Reverse().Select(p => new Provenance(p.source, p.record, p.publication, p.published, p.verified, p.note)).Reverse().ToArray();
            return made.Select((m, i) => m.Source == all[i].source && m.Record == all[i].record && m.Publication == all[i].publication
                    && m.Published == all[i].published && m.IsVerified == all[i].verified && m.Note == all[i].note
                    && m.Equals(again[i]) && m.GetHashCode() == again[i].GetHashCode()
                    && made.All(n => n.Equals(m) == (n.Source == m.Source && n.Record == m.Record && n.Publication == m.Publication
                        && n.Published == m.Published && n.IsVerified == m.IsVerified && n.Note == m.Note)))
                .All(ok => ok);
        });
    }

    [Property(MaxTest = 200)]
    public Property Designation_RecordPeriods_ReadBackWhateverWasMadeBefore()
    {
        return Prop.ForAll(Periods.ArrayOf().ToArbitrary(), periods =>
        {
            var made = periods.Select((p, i) => new Designation("d" + i, new PartyId("p:1"), new ListId("l"), ValidPeriod.Always, recorded: p)).ToArray();
            var changed = made.Select((d, i) => d with { Recorded = periods[periods.Length - 1 - i] }).ToArray();
            return made.Select((d, i) => d.Recorded == periods[i] && changed[i].Recorded == periods[periods.Length - 1 - i]
                    && d.Equals(changed[i]) == (periods[i] == periods[periods.Length - 1 - i]))
                .All(ok => ok);
        });
    }
}
