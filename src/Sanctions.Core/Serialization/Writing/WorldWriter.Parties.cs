using System.Text.Json;
using Sanctions.Core.Parties;

namespace Sanctions.Core.Serialization;

// Parties: every kind, with their names, identifiers and addresses.
internal static partial class WorldWriter
{
    private static void Party(Utf8JsonWriter w, Party p)
    {
        Text(w, Fields.Id, p.Id.Value);
        w.WriteString(Fields.Type, EnumWords.PartyKind.Word(p.Kind));
        if (!p.Names.IsEmpty)
        {
            w.WriteStartArray(Fields.Names);
            foreach (var n in p.Names)
            {
                w.WriteStartObject();
                Text(w, Fields.Value, n.Value);
                if (n.Kind != NameKind.Primary)
                {
                    w.WriteString(Fields.Kind, EnumWords.NameKind.Word(n.Kind));
                }

                Text(w, Fields.Script, n.Script);
                Text(w, Fields.Language, n.Language);
                Text(w, Fields.Note, n.Note);
                Recorded(w, n.Recorded);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        var countries = true;
        switch (p)
        {
            case State s:
                Text(w, Fields.Alpha2, s.Alpha2);
                Text(w, Fields.Alpha3, s.Alpha3);
                if (s.IsRegion)
                {
                    w.WriteBoolean(Fields.IsRegion, true);
                }

                Text(w, Fields.ParentState, s.ParentState?.Value);

                // The constructor derives a state's countries from its alpha-2 code; they are written only when they differ,
                // and then even when empty.
                countries = !(s.Alpha2 is not null ? s.Countries is [var only] && only == s.Alpha2 : s.Countries.IsEmpty);
                break;
            case Person x:
                if (!x.BirthDates.IsEmpty)
                {
                    w.WriteStartArray(Fields.BirthDates);
                    foreach (var date in x.BirthDates)
                    {
                        DateValue(w, date);
                    }

                    w.WriteEndArray();
                }

                Strings(w, Fields.BirthPlaces, x.BirthPlaces);
                Strings(w, Fields.Nationalities, x.Nationalities);
                Text(w, Fields.Gender, x.Gender);
                break;
            case Organization o:
                Text(w, Fields.Category, o.Category);
                break;
            case InternationalOrganization io:
                Date(w, Fields.Founded, io.Founded);
                break;
            case Vessel v:
                Text(w, Fields.Imo, v.Imo);
                Text(w, Fields.Flag, v.Flag);
                Text(w, Fields.VesselType, v.VesselType);
                Text(w, Fields.CallSign, v.CallSign);
                Text(w, Fields.Tonnage, v.Tonnage);
                break;
            case Aircraft a:
                Text(w, Fields.Registration, a.Registration);
                Text(w, Fields.Model, a.Model);
                Text(w, Fields.SerialNumber, a.SerialNumber);
                break;
        }

        if (!p.Identifiers.IsEmpty)
        {
            w.WriteStartArray(Fields.Identifiers);
            foreach (var i in p.Identifiers)
            {
                w.WriteStartObject();
                Text(w, Fields.Scheme, i.Scheme);
                Text(w, Fields.Value, i.Value);
                Text(w, Fields.Country, i.Country);
                Text(w, Fields.Note, i.Note);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (!p.Addresses.IsEmpty)
        {
            w.WriteStartArray(Fields.Addresses);
            foreach (var a in p.Addresses)
            {
                w.WriteStartObject();
                Text(w, Fields.Street, a.Street);
                Text(w, Fields.City, a.City);
                Text(w, Fields.Region, a.Region);
                Text(w, Fields.PostalCode, a.PostalCode);
                Text(w, Fields.Country, a.Country);
                Text(w, Fields.Full, a.Full);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (countries)
        {
            if (p is State)
            {
                StringsEvenEmpty(w, Fields.Countries, p.Countries);
            }
            else
            {
                Strings(w, Fields.Countries, p.Countries);
            }
        }

        Text(w, Fields.Remarks, p.Remarks);
        Source(w, p.Source);
        Facts(w, p);
    }
}
