using System.Text.Json;
using Sanctions.Core.Parties;

namespace Sanctions.Core.Serialization;

// What a list says about a party, as it says it, written after the party's other fields: birth facts and citizenships
// (persons), legal form, incorporation and dissolution (organizations), contacts (every party). Each is left out when empty.
internal static partial class WorldWriter
{
    private static void Facts(Utf8JsonWriter w, Party p)
    {
        switch (p)
        {
            case Person x:
                if (!x.BirthDateFacts.IsEmpty)
                {
                    w.WriteStartArray(Fields.BirthDateFacts);
                    foreach (var d in x.BirthDateFacts)
                    {
                        w.WriteStartObject();
                        Date(w, Fields.From, d.From);
                        Date(w, Fields.To, d.To);
                        if (d.Approximate)
                        {
                            w.WriteBoolean(Fields.Approximate, true);
                        }

                        Text(w, Fields.Text, d.Text);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }

                if (!x.BirthPlaceFacts.IsEmpty)
                {
                    w.WriteStartArray(Fields.BirthPlaceFacts);
                    foreach (var b in x.BirthPlaceFacts)
                    {
                        w.WriteStartObject();
                        Text(w, Fields.Text, b.Text);
                        Text(w, Fields.City, b.City);
                        Text(w, Fields.Region, b.Region);
                        Text(w, Fields.Country, b.Country);
                        if (b.Approximate)
                        {
                            w.WriteBoolean(Fields.Approximate, true);
                        }

                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }

                Strings(w, Fields.Citizenships, x.Citizenships);
                break;
            case Organization o:
                Text(w, Fields.LegalForm, o.LegalForm);
                Date(w, Fields.Incorporated, o.Incorporated);
                Date(w, Fields.Dissolved, o.Dissolved);
                break;
        }

        if (!p.Contacts.IsEmpty)
        {
            w.WriteStartArray(Fields.Contacts);
            foreach (var c in p.Contacts)
            {
                w.WriteStartObject();
                w.WriteString(Fields.Type, EnumWords.ContactKind.Word(c.Kind));
                Text(w, Fields.Value, c.Value);
                Text(w, Fields.Note, c.Note);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }
    }
}
