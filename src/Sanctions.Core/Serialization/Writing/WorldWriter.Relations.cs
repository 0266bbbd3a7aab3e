using System.Text.Json;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Relations;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.Serialization;

// Treaties and treaty actions, memberships, relations and positions.
internal static partial class WorldWriter
{
    private static void Treaty(Utf8JsonWriter w, Treaty t)
    {
        Text(w, Fields.Id, t.Id.Value);
        Text(w, Fields.Name, t.Name);
        Date(w, Fields.Concluded, t.Concluded);
        Text(w, Fields.Remarks, t.Remarks);
        Source(w, t.Source);
    }

    private static void TreatyAction(Utf8JsonWriter w, TreatyAction a)
    {
        Text(w, Fields.Treaty, a.Treaty.Value);
        Text(w, Fields.Party, a.Party.Value);
        w.WriteString(Fields.Type, EnumWords.TreatyActionKind.Word(a.Kind));
        End(w, Fields.Date, a.When); // a date, or an unknown day's text ("2001-03-12.."); never open
        Recorded(w, a.Recorded);
        Source(w, a.Source);
    }

    private static void Membership(Utf8JsonWriter w, Membership m)
    {
        Text(w, Fields.Member, m.Member.Value);
        Text(w, Fields.Organization, m.Organization.Value);
        Text(w, Fields.Status, m.Status.Value);
        Valid(w, m.Valid);
        Recorded(w, m.Recorded);
        Source(w, m.Source);
    }

    private static void Relation(Utf8JsonWriter w, Relation r)
    {
        w.WriteString(Fields.Type, EnumWords.RelationKind.Word(r.Kind));
        Text(w, Fields.From, r.From.Value);
        Text(w, Fields.To, r.To.Value);
        if (r.Percent is { } percent)
        {
            w.WriteNumber(Fields.Percent, Decimals.WithoutTrailingZeros(percent));
        }

        Text(w, Fields.Role, r.Role);
        Valid(w, r.Valid);
        Recorded(w, r.Recorded);
        Source(w, r.Source);
    }

    private static void Position(Utf8JsonWriter w, Position p)
    {
        Text(w, Fields.Holder, p.Holder.Value);
        Text(w, Fields.Title, p.Title);
        Text(w, Fields.Organization, p.Organization?.Value);
        Valid(w, p.Valid);
        Recorded(w, p.Recorded);
        Source(w, p.Source);
    }
}
