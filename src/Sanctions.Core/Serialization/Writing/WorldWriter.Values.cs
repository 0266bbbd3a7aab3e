using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Serialization;

// Values inside records: periods, sources, texts, lists, dates and instants, written without intermediate strings.
internal static partial class WorldWriter
{
    // The pattern NodaTime.Serialization.SystemTextJson uses for instants: ISO-8601 in UTC with a 'Z'.
    private static readonly InstantPattern InstantText = InstantPattern.ExtendedIso;

    // "valid" and "recorded" are left out when the fact always holds; when written, both ends are, null for an open end.
    private static void Valid(Utf8JsonWriter w, ValidPeriod v)
    {
        if (v == ValidPeriod.Always)
        {
            return;
        }

        w.WriteStartObject(Fields.Valid);
        End(w, Fields.From, v.Start);
        End(w, Fields.To, v.End);
        w.WriteEndObject();
    }

    // A date end as its partial date; an unknown one as its text ("..2024-05-01"); an open one as null.
    private static void End(Utf8JsonWriter w, JsonEncodedText name, PeriodEnd end)
    {
        switch (end.Kind)
        {
            case PeriodEndKind.Date:
                Date(w, name, end.Date);
                break;
            case PeriodEndKind.Unknown:
                w.WriteString(name, end.ToString());
                break;
            default:
                w.WriteNull(name);
                break;
        }
    }

    private static void Recorded(Utf8JsonWriter w, RecordPeriod r)
    {
        if (r == RecordPeriod.Always)
        {
            return;
        }

        w.WriteStartObject(Fields.Recorded);
        if (r.From is { } from)
        {
            Instant(w, Fields.From, from);
        }
        else
        {
            w.WriteNull(Fields.From);
        }

        if (r.To is { } to)
        {
            Instant(w, Fields.To, to);
        }
        else
        {
            w.WriteNull(Fields.To);
        }

        w.WriteEndObject();
    }

    // A manual source is left out; verified is written only when false.
    private static void Source(Utf8JsonWriter w, Provenance p)
    {
        if (p == Provenance.Manual)
        {
            return;
        }

        w.WriteStartObject(Fields.Source);
        Text(w, Fields.Source, p.Source);
        Text(w, Fields.Record, p.Record);
        Text(w, Fields.Publication, p.Publication);
        Instant(w, Fields.Published, p.Published);
        if (!p.IsVerified)
        {
            w.WriteBoolean(Fields.Verified, false);
        }

        Text(w, Fields.Note, p.Note);
        w.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Strings(Utf8JsonWriter w, JsonEncodedText name, ImmutableArray<string> items)
    {
        if (!items.IsEmpty)
        {
            StringsEvenEmpty(w, name, items);
        }
    }

    private static void StringsEvenEmpty(Utf8JsonWriter w, JsonEncodedText name, ImmutableArray<string> items)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStringValue(item);
        }

        w.WriteEndArray();
    }

    private static void Ids<T>(Utf8JsonWriter w, JsonEncodedText name, ImmutableArray<T> ids, Func<T, string> text)
    {
        if (ids.IsEmpty)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var id in ids)
        {
            w.WriteStringValue(text(id));
        }

        w.WriteEndArray();
    }

    private static void Date(Utf8JsonWriter w, JsonEncodedText name, PartialDate? date)
    {
        if (date is { } d)
        {
            Span<byte> utf8 = stackalloc byte[10];
            w.WriteString(name, utf8[..FormatDate(d, utf8)]);
        }
    }

    private static void DateValue(Utf8JsonWriter w, PartialDate date)
    {
        Span<byte> utf8 = stackalloc byte[10];
        w.WriteStringValue(utf8[..FormatDate(date, utf8)]);
    }

    private static void Instant(Utf8JsonWriter w, JsonEncodedText name, Instant? instant)
    {
        if (instant is { } i)
        {
            Span<byte> utf8 = stackalloc byte[32];
            if (TryFormatInstant(i, utf8, out var length))
            {
                w.WriteString(name, utf8[..length]);
            }
            else
            {
                w.WriteString(name, InstantText.Format(i));
            }
        }
    }

    // PartialDate.ToString in UTF-8: yyyy, yyyy-MM or yyyy-MM-dd (years are 1 to 9999).
    internal static int FormatDate(PartialDate date, Span<byte> utf8)
    {
        Digits(utf8, date.Year, 4);
        if (date.Month is not { } month)
        {
            return 4;
        }

        utf8[4] = (byte)'-';
        Digits(utf8[5..], month, 2);
        if (date.Day is not { } day)
        {
            return 7;
        }

        utf8[7] = (byte)'-';
        Digits(utf8[8..], day, 2);
        return 10;
    }

    // InstantPattern.ExtendedIso in UTF-8 (uuuu-MM-ddTHH:mm:ss, then a '.' and the fraction of the second without trailing
    // zeros when it has one, then 'Z') for the years 1 to 9999; other years go through NodaTime.
    internal static bool TryFormatInstant(Instant instant, Span<byte> utf8, out int length)
    {
        var local = instant.InUtc().LocalDateTime;
        if (local.Year is < 1 or > 9999)
        {
            length = 0;
            return false;
        }

        Digits(utf8, local.Year, 4);
        utf8[4] = (byte)'-';
        Digits(utf8[5..], local.Month, 2);
        utf8[7] = (byte)'-';
        Digits(utf8[8..], local.Day, 2);
        utf8[10] = (byte)'T';
        Digits(utf8[11..], local.Hour, 2);
        utf8[13] = (byte)':';
        Digits(utf8[14..], local.Minute, 2);
        utf8[16] = (byte)':';
        Digits(utf8[17..], local.Second, 2);
        length = 19;
        var nanos = local.NanosecondOfSecond;
        if (nanos != 0)
        {
            var digits = 9;
            while (nanos % 10 == 0)
            {
                nanos /= 10;
                digits--;
            }

            utf8[length++] = (byte)'.';
            Digits(utf8[length..], nanos, digits);
            length += digits;
        }

        utf8[length++] = (byte)'Z';
        return true;
    }

    private static void Digits(Span<byte> utf8, int value, int count)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            utf8[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
