using System.Text.Json;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;

namespace Sanctions.Core.Serialization;

// Authorities, instruments, programs, lists, designations and country measures.
internal static partial class WorldWriter
{
    private static void Authority(Utf8JsonWriter w, Authority a)
    {
        Text(w, Fields.Id, a.Id.Value);
        Text(w, Fields.Name, a.Name);
        Text(w, Fields.Jurisdiction, a.Jurisdiction);
        Source(w, a.Source);
    }

    private static void Instrument(Utf8JsonWriter w, LegalInstrument i)
    {
        Text(w, Fields.Id, i.Id.Value);
        w.WriteString(Fields.Type, EnumWords.InstrumentKind.Word(i.Kind));
        Text(w, Fields.Title, i.Title);
        Text(w, Fields.Authority, i.Authority.Value);
        Text(w, Fields.Citation, i.Citation == i.Title ? null : i.Citation);
        Date(w, Fields.Adopted, i.Adopted);
        Date(w, Fields.EntryIntoForce, i.EntryIntoForce);
        Text(w, Fields.PartOf, i.PartOf?.Value);
        Text(w, Fields.Url, i.Url);
        Source(w, i.Source);
    }

    private static void Program(Utf8JsonWriter w, SanctionsProgram p)
    {
        Text(w, Fields.Id, p.Id.Value);
        Text(w, Fields.Name, p.Name);
        Text(w, Fields.Authority, p.Authority.Value);
        Ids(w, Fields.Basis, p.Basis, b => b.Value);
        Source(w, p.Source);
    }

    private static void List(Utf8JsonWriter w, SanctionsList l)
    {
        Text(w, Fields.Id, l.Id.Value);
        Text(w, Fields.Name, l.Name);
        Text(w, Fields.Authority, l.Authority.Value);
        Text(w, Fields.Url, l.Url);
        Source(w, l.Source);
    }

    private static void Designation(Utf8JsonWriter w, Designation d)
    {
        Text(w, Fields.Id, d.Id);
        Text(w, Fields.Party, d.Party.Value);
        Text(w, Fields.List, d.List.Value);
        Ids(w, Fields.Programs, d.Programs, p => p.Value);

        // Always written, even when empty: absent means the model's default, an asset freeze.
        w.WriteStartArray(Fields.Measures);
        foreach (var m in d.Measures)
        {
            w.WriteStringValue(EnumWords.MeasureKind.Word(m));
        }

        w.WriteEndArray();
        Ids(w, Fields.Basis, d.Basis, b => b.Value);
        Text(w, Fields.ListReference, d.ListReference);
        Text(w, Fields.Remarks, d.Remarks);
        Valid(w, d.Valid);
        Recorded(w, d.Recorded);
        Source(w, d.Source);
    }

    private static void CountryMeasure(Utf8JsonWriter w, CountryMeasure m)
    {
        Text(w, Fields.Id, m.Id);
        w.WriteString(Fields.Type, EnumWords.CountryMeasureKind.Word(m.Kind));
        Text(w, Fields.Target, m.Target.Value);
        Text(w, Fields.Authority, m.Authority.Value);
        if (m.Direction is { } direction)
        {
            w.WriteString(Fields.Direction, EnumWords.ArmsDirection.Word(direction));
        }

        Ids(w, Fields.Basis, m.Basis, b => b.Value);
        Text(w, Fields.Description, m.Description);
        Valid(w, m.Valid);
        Recorded(w, m.Recorded);
        Source(w, m.Source);
    }
}
