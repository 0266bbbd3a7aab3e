using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NodaTime;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Serialization;

// Values inside records: sources, periods, dates, instants, required texts and ids, enum words and lists, each checked
// and its problem reported at its path.
internal sealed partial class WorldDtoReader
{
    private Provenance? Source(ProvenanceDto? dto, Loc item)
    {
        if (dto is null)
        {
            return null;
        }

        if (lastSource.Matches(dto, out var again))
        {
            return again;
        }

        var loc = item.Inside(Fields.Source.Value);
        Unknown(dto, loc);
        var source = Required(dto.Source, loc, Fields.Source.Value);
        var published = Instant(dto.Published, loc, Fields.Published.Value);
        if (source is null)
        {
            return null;
        }

        var kept = Shared.Source(new Provenance(source, dto.Record, dto.Publication, published, dto.Verified ?? true, dto.Note));
        return dto.Published is null || published is not null ? lastSource.Keep(dto, kept) : kept;
    }

    private ValidPeriod Valid(PeriodDto? dto, Loc item)
    {
        if (dto is null)
        {
            return ValidPeriod.Always;
        }

        var loc = item.Inside(Fields.Valid.Value);
        Unknown(dto, loc);
        var from = End(dto.From, loc, Fields.From.Value);
        var to = End(dto.To, loc, Fields.To.Value);
        if (!ValidPeriod.IsValid(from, to))
        {
            Problem(loc.At(), $"The period ends ({to}) on or before it starts ({from}); 'to' is the first day the fact no longer applies.");
            return ValidPeriod.Always;
        }

        return ValidPeriod.Of(from, to);
    }

    // A period end: a partial date, or an unknown day with optional bounds ("..2024-05-01"); null is open.
    private PeriodEnd End(string? text, Loc loc, string field)
    {
        if (text is null)
        {
            return PeriodEnd.Open;
        }

        if (text.Length > 0 && PeriodEnd.TryParse(text, out var end))
        {
            return end;
        }

        Problem(loc.At(field), $"'{text}' is not a date or period end: expected yyyy, yyyy-MM or yyyy-MM-dd (e.g. 2014-03-17), or an unknown day with optional bounds (..2024-05-01, 2022-02-26..2022-03-01, 2022-02-26.., ..).");
        return PeriodEnd.Open;
    }

    // A treaty action's day (issue 14, additive in version 1): a partial date as before, or an unknown day with optional bounds
    // ("2001-03-12.."). Never empty or null: an action happens on a day.
    private PeriodEnd? ActionDay(string text, Loc loc, string field)
    {
        if (text.Length > 0 && PeriodEnd.TryParse(text, out var day))
        {
            return day;
        }

        Problem(loc.At(field), $"'{text}' is not a date or an unknown day: expected yyyy, yyyy-MM or yyyy-MM-dd (e.g. 2025-01-17), or an unknown day with optional bounds (2001-03-12.., ..2017-06-09, 2002-06-07..2003-09-19, ..).");
        return null;
    }

    private RecordPeriod Recorded(PeriodDto? dto, Loc item)
    {
        if (dto is null)
        {
            return RecordPeriod.Always;
        }

        var loc = item.Inside(Fields.Recorded.Value);
        Unknown(dto, loc);
        var from = Instant(dto.From, loc, Fields.From.Value);
        var to = Instant(dto.To, loc, Fields.To.Value);
        if (from is { } f && to is { } t && t <= f)
        {
            Problem(loc.At(), $"The record ends ({dto.To}) on or before it starts ({dto.From}).");
            return RecordPeriod.Always;
        }

        return new RecordPeriod(from, to);
    }

    private PartialDate? Date(string? text, Loc loc, string? field)
    {
        if (text is null)
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date))
        {
            return date;
        }

        Problem(loc.At(field), $"'{text}' is not a date: expected yyyy, yyyy-MM or yyyy-MM-dd (e.g. 2014, 2014-03, 2014-03-17).");
        return null;
    }

    private Instant? Instant(string? text, Loc loc, string field)
    {
        if (text is null)
        {
            return null;
        }

        if (IsoInstant.TryParse(text, out var instant))
        {
            return instant;
        }

        var result = InstantText.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        Problem(loc.At(field), $"'{text}' is not an instant: expected ISO-8601 in UTC, e.g. 2024-05-27T19:47:02Z.");
        return null;
    }

    private T? Missing<T>(Loc loc, string field)
        where T : struct
    {
        Problem(loc.At(field), $"Missing required property '{field}'.");
        return null;
    }

    private string? Required(string? text, Loc loc, string field)
    {
        if (text is null)
        {
            Problem(loc.At(field), $"Missing required property '{field}'.");
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            Problem(loc.At(field), $"Property '{field}' must not be empty.");
            return null;
        }

        return text;
    }

    private string? IdText(string? text, Loc loc, string field)
    {
        var value = Required(text, loc, field);
        if (value is not null && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
        {
            Problem(loc.At(field), $"The identifier '{value}' may not start or end with white space.");
            return null;
        }

        return value;
    }

    private bool Enum<T>(string? text, EnumWords<T> words, Loc loc, string field, bool required, out T value)
        where T : struct, System.Enum
    {
        if (text is null)
        {
            value = default;
            if (required)
            {
                Problem(loc.At(field), $"Missing required property '{field}': expected one of {words.Expected}.");
            }

            return !required;
        }

        if (words.TryParse(text, out value))
        {
            return true;
        }

        Problem(loc.At(field), words.Unknown(text));
        return false;
    }

    private T? EnumItem<T>(string? text, EnumWords<T> words, Loc loc)
        where T : struct, System.Enum
    {
        if (words.TryParse(text, out var value))
        {
            return value;
        }

        Problem(loc.At(), words.Unknown(text));
        return null;
    }

    private ImmutableArray<T> Ids<T>(List<string>? items, Loc loc, string field, Func<string, T> make, LastSeen<T> seen)
        where T : struct
    {
        if (items is null || items.Count == 0)
        {
            return [];
        }

        if (seen.Matches(items, out var again))
        {
            return again;
        }

        var result = new Collected<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var text = items[i];
            if (text is null)
            {
                Problem(loc.Inside(field, i).At(), "null is not allowed here.");
            }
            else if (string.IsNullOrWhiteSpace(text) || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
            {
                Problem(loc.Inside(field, i).At(), $"'{text}' is not an identifier: it must be non-empty, without white space at either end.");
            }
            else
            {
                result.Add(make(text));
            }
        }

        return seen.Keep(items, result.Done());
    }

    private ImmutableArray<string> Strings(List<string>? items, Loc loc, string field, LastSeen<string>? seen = null)
    {
        if (items is null || items.Count == 0)
        {
            return [];
        }

        if (seen is not null && seen.Matches(items, out var again))
        {
            return again;
        }

        var result = new Collected<string>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var text = items[i];
            if (text is null)
            {
                Problem(loc.Inside(field, i).At(), "null is not allowed here.");
            }
            else if (string.IsNullOrWhiteSpace(text))
            {
                Problem(loc.Inside(field, i).At(), "An empty value is not allowed here.");
            }
            else
            {
                result.Add(text);
            }
        }

        return seen is null ? result.Done() : seen.Keep(items, result.Done());
    }

    private ImmutableArray<PartialDate> Dates(List<string>? items, Loc loc, string field)
    {
        if (items is null || items.Count == 0)
        {
            return [];
        }

        var result = new Collected<PartialDate>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                Problem(loc.Inside(field, i).At(), "null is not allowed here.");
            }
            else if (Date(items[i], loc.Inside(field, i), null) is { } date)
            {
                result.Add(date);
            }
        }

        return result.Done();
    }

    private ImmutableArray<MeasureKind> Measures(List<string> items, Loc loc, LastSeen<MeasureKind> seen)
    {
        if (seen.Matches(items, out var again))
        {
            return again;
        }

        var result = new Collected<MeasureKind>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                Problem(loc.Inside(Fields.Measures.Value, i).At(), "null is not allowed here.");
            }
            else if (EnumItem(items[i], EnumWords.MeasureKind, loc.Inside(Fields.Measures.Value, i)) is { } measure)
            {
                result.Add(measure);
            }
        }

        return seen.Keep(items, result.Done());
    }

    // Collects up to a known number of items into an array that becomes the immutable array itself when it is full (as it
    // is unless an item was left out after a problem).
    private struct Collected<T>(int capacity)
    {
        private readonly T[] items = new T[capacity];

        public int Count { get; private set; }

        public void Add(T item) => items[Count++] = item;

        public readonly ImmutableArray<T> Done() =>
            Count == items.Length ? ImmutableCollectionsMarshal.AsImmutableArray(items) : ImmutableArray.Create(items, 0, Count);
    }

    // Maps each element; a null element or one the map rejects (returning null) is left out after its problem is reported.
    private ImmutableArray<TOut> List<TIn, TOut>(List<TIn>? items, Loc loc, string field, Func<TIn, Loc, TOut?> map)
        where TOut : class
    {
        if (items is null || items.Count == 0)
        {
            return [];
        }

        var result = new Collected<TOut>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var l = loc.Inside(field, i);
            if (items[i] is null)
            {
                Problem(l.At(), "null is not allowed here.");
            }
            else if (map(items[i], l) is { } value)
            {
                result.Add(value);
            }
        }

        return result.Done();
    }

    private static string? Empty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
