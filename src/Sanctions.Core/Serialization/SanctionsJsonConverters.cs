using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.Serialization;

/// <summary>
/// System.Text.Json converters for the small Sanctions.Core types, writing them exactly as the world format does, for
/// users who embed those types in their own JSON. Each converter is a stateless singleton.
/// </summary>
/// <remarks>
/// <para>Partial dates are ISO text at their own precision (<c>"2014"</c>, <c>"2014-03"</c>, <c>"2014-03-17"</c>); valid
/// periods are <c>{"from": "2005-07", "to": null}</c>; record periods are <c>{"from": "2024-05-27T19:47:02Z", "to": null}</c>
/// with instants in ISO-8601 UTC (through NodaTime.Serialization.SystemTextJson); ids and membership statuses are strings;
/// enums are kebab-case words (<c>"asset-freeze"</c>, <c>"weak-alias"</c>, <c>"entry-into-force"</c>).</para>
/// <para>Any failure inside a converter becomes a <see cref="JsonException"/> with the cause inside.
/// <see cref="SanctionsJsonOptions.ConfigureForSanctions(JsonSerializerOptions)"/> adds them all.</para>
/// </remarks>
/// <threadsafety>The converters are immutable and safe to share between threads.</threadsafety>
public static class SanctionsJsonConverters
{
    /// <summary>Converts a <see cref="Temporal.PartialDate"/> to and from ISO text at its own precision.</summary>
    public static JsonConverter<PartialDate> PartialDate { get; } = new TextConverter<PartialDate>(
        "a partial date (yyyy, yyyy-MM or yyyy-MM-dd)", d => d.ToString(), Temporal.PartialDate.Parse);

    /// <summary>Converts a <see cref="Temporal.PeriodEnd"/> to and from its text: a partial date, or an unknown day with optional
    /// bounds (<c>..2024-05-01</c>, <c>2022-02-26..2022-03-01</c>, <c>..</c>).</summary>
    public static JsonConverter<PeriodEnd> PeriodEnd { get; } = new TextConverter<PeriodEnd>(
        "a period end (yyyy, yyyy-MM, yyyy-MM-dd, or an unknown day A..B with optional bounds)", e => e.ToString(),
        t => Temporal.PeriodEnd.TryParse(t, out var e) && !e.IsOpen ? e : throw new FormatException($"'{t}' is not a period end."));

    /// <summary>Converts a <see cref="Temporal.ValidPeriod"/> to and from <c>{"from": end|null, "to": end|null}</c>, each end a
    /// <see cref="PeriodEnd"/> text.</summary>
    public static JsonConverter<ValidPeriod> ValidPeriod { get; } = new PeriodConverter<ValidPeriod, PeriodEnd>(
        PeriodEnd, p => (p.Start.IsOpen ? null : p.Start, p.End.IsOpen ? null : p.End),
        (from, to) => Temporal.ValidPeriod.Of(from ?? Temporal.PeriodEnd.Open, to ?? Temporal.PeriodEnd.Open));

    /// <summary>Converts a <see cref="Temporal.RecordPeriod"/> to and from <c>{"from": instant|null, "to": instant|null}</c>.</summary>
    public static JsonConverter<RecordPeriod> RecordPeriod { get; } = new PeriodConverter<RecordPeriod, Instant>(
        NodaConverters.InstantConverter, p => (p.From, p.To), (from, to) => new RecordPeriod(from, to));

    /// <summary>Converts a <see cref="Parties.PartyId"/> to and from its string.</summary>
    public static JsonConverter<PartyId> PartyId { get; } = new TextConverter<PartyId>("a party id", id => id.Value, s => new PartyId(s));

    /// <summary>Converts an <see cref="Regimes.AuthorityId"/> to and from its string.</summary>
    public static JsonConverter<AuthorityId> AuthorityId { get; } = new TextConverter<AuthorityId>("an authority id", id => id.Value, s => new AuthorityId(s));

    /// <summary>Converts a <see cref="Regimes.ListId"/> to and from its string.</summary>
    public static JsonConverter<ListId> ListId { get; } = new TextConverter<ListId>("a list id", id => id.Value, s => new ListId(s));

    /// <summary>Converts a <see cref="Regimes.ProgramId"/> to and from its string.</summary>
    public static JsonConverter<ProgramId> ProgramId { get; } = new TextConverter<ProgramId>("a program id", id => id.Value, s => new ProgramId(s));

    /// <summary>Converts an <see cref="Regimes.InstrumentId"/> to and from its string.</summary>
    public static JsonConverter<InstrumentId> InstrumentId { get; } = new TextConverter<InstrumentId>("an instrument id", id => id.Value, s => new InstrumentId(s));

    /// <summary>Converts a <see cref="Treaties.TreatyId"/> to and from its string.</summary>
    public static JsonConverter<TreatyId> TreatyId { get; } = new TextConverter<TreatyId>("a treaty id", id => id.Value, s => new TreatyId(s));

    /// <summary>Converts a <see cref="Memberships.MembershipStatus"/> to and from its string (<c>"dialogue partner"</c>).</summary>
    public static JsonConverter<MembershipStatus> MembershipStatus { get; } =
        new TextConverter<MembershipStatus>("a membership status", s => s.Value, s => new MembershipStatus(s));

    /// <summary>Converts a <see cref="Parties.PartyKind"/> to and from <c>state</c>, <c>person</c>, <c>organization</c>, <c>international-organization</c>, <c>vessel</c>, <c>aircraft</c>.</summary>
    public static JsonConverter<PartyKind> PartyKind { get; } = new EnumConverter<PartyKind>(EnumWords.PartyKind);

    /// <summary>Converts a <see cref="Parties.NameKind"/> to and from <c>primary</c>, <c>alias</c>, <c>weak-alias</c>, <c>former-name</c>.</summary>
    public static JsonConverter<NameKind> NameKind { get; } = new EnumConverter<NameKind>(EnumWords.NameKind);

    /// <summary>Converts a <see cref="Regimes.MeasureKind"/> to and from kebab-case words (<c>asset-freeze</c>).</summary>
    public static JsonConverter<MeasureKind> MeasureKind { get; } = new EnumConverter<MeasureKind>(EnumWords.MeasureKind);

    /// <summary>Converts a <see cref="Regimes.CountryMeasureKind"/> to and from kebab-case words (<c>arms-embargo</c>).</summary>
    public static JsonConverter<CountryMeasureKind> CountryMeasureKind { get; } = new EnumConverter<CountryMeasureKind>(EnumWords.CountryMeasureKind);

    /// <summary>Converts an <see cref="Regimes.ArmsDirection"/> to and from <c>inbound</c>, <c>outbound</c>, <c>both</c>.</summary>
    public static JsonConverter<ArmsDirection> ArmsDirection { get; } = new EnumConverter<ArmsDirection>(EnumWords.ArmsDirection);

    /// <summary>Converts an <see cref="Regimes.InstrumentKind"/> to and from kebab-case words (<c>executive-order</c>).</summary>
    public static JsonConverter<InstrumentKind> InstrumentKind { get; } = new EnumConverter<InstrumentKind>(EnumWords.InstrumentKind);

    /// <summary>Converts a <see cref="Treaties.TreatyActionKind"/> to and from kebab-case words (<c>entry-into-force</c>).</summary>
    public static JsonConverter<TreatyActionKind> TreatyActionKind { get; } = new EnumConverter<TreatyActionKind>(EnumWords.TreatyActionKind);

    /// <summary>Converts a <see cref="Relations.RelationKind"/> to and from kebab-case words (<c>ownership</c>).</summary>
    public static JsonConverter<RelationKind> RelationKind { get; } = new EnumConverter<RelationKind>(EnumWords.RelationKind);

    /// <summary>Converts a <see cref="Temporal.Certainty"/> to and from <c>no</c>, <c>possible</c>, <c>certain</c>.</summary>
    public static JsonConverter<Certainty> Certainty { get; } = new EnumConverter<Certainty>(EnumWords.Certainty);

    /// <summary>Converts a <see cref="Temporal.DatePrecision"/> to and from <c>year</c>, <c>month</c>, <c>day</c>.</summary>
    public static JsonConverter<DatePrecision> DatePrecision { get; } = new EnumConverter<DatePrecision>(EnumWords.DatePrecision);

    internal static IEnumerable<JsonConverter> All =>
    [
        PartialDate, PeriodEnd, ValidPeriod, RecordPeriod, PartyId, AuthorityId, ListId, ProgramId, InstrumentId, TreatyId, MembershipStatus,
        PartyKind, NameKind, MeasureKind, CountryMeasureKind, ArmsDirection, InstrumentKind, TreatyActionKind, RelationKind, Certainty, DatePrecision,
    ];

    private sealed class TextConverter<T>(string description, Func<T, string> write, Func<string, T> read) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"Expected {description} as a string, found {reader.TokenType}.");
            }

            var text = reader.GetString()!;
            try
            {
                return read(text);
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                throw new JsonException($"'{text}' is not {description}: {e.Message}", e);
            }
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(write(value));
    }

    private sealed class EnumConverter<T>(EnumWords<T> words) : JsonConverter<T>
        where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && words.TryParse(reader.GetString(), out var value)
                ? value
                : throw new JsonException(words.Unknown(reader.TokenType == JsonTokenType.String ? reader.GetString() : reader.TokenType.ToString()));

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            try
            {
                writer.WriteStringValue(words.Word(value));
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new JsonException(e.Message, e);
            }
        }
    }

    // {"from": end|null, "to": end|null}: both ends are written, null for an open end; absent ends read as open.
    private sealed class PeriodConverter<TPeriod, TEnd>(JsonConverter<TEnd> ends, Func<TPeriod, (TEnd? From, TEnd? To)> split, Func<TEnd?, TEnd?, TPeriod> make)
        : JsonConverter<TPeriod>
        where TEnd : struct
    {
        public override TPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("Expected a period as an object {\"from\": …, \"to\": …}.");
            }

            TEnd? from = null, to = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isFrom = reader.ValueTextEquals(Fields.From.EncodedUtf8Bytes);
                if (!isFrom && !reader.ValueTextEquals(Fields.To.EncodedUtf8Bytes))
                {
                    throw new JsonException($"Unknown property '{reader.GetString()}' in a period: expected 'from' and 'to'.");
                }

                reader.Read();
                TEnd? end = reader.TokenType == JsonTokenType.Null ? null : ends.Read(ref reader, typeof(TEnd), options);
                if (isFrom)
                {
                    from = end;
                }
                else
                {
                    to = end;
                }
            }

            try
            {
                return make(from, to);
            }
            catch (ArgumentException e)
            {
                throw new JsonException(e.Message, e);
            }
        }

        public override void Write(Utf8JsonWriter writer, TPeriod value, JsonSerializerOptions options)
        {
            var (from, to) = split(value);
            writer.WriteStartObject();
            writer.WritePropertyName(Fields.From);
            WriteEnd(writer, from, options);
            writer.WritePropertyName(Fields.To);
            WriteEnd(writer, to, options);
            writer.WriteEndObject();
        }

        private void WriteEnd(Utf8JsonWriter writer, TEnd? end, JsonSerializerOptions options)
        {
            if (end is { } e)
            {
                ends.Write(writer, e, options);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}

/// <summary>Configures <see cref="JsonSerializerOptions"/> for the Sanctions.Core types.</summary>
public static class SanctionsJsonOptions
{
    /// <summary>
    /// Adds the converters of <see cref="SanctionsJsonConverters"/> (partial dates, periods, ids, membership statuses,
    /// kebab-case enums) and NodaTime's converters for <see cref="Instant"/> and <see cref="LocalDate"/>, so that these
    /// types read and write in your own JSON exactly as in a world file.
    /// </summary>
    /// <param name="options">The options to configure; must not be in use yet (System.Text.Json freezes options on first use).</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are already in use.</exception>
    public static JsonSerializerOptions ConfigureForSanctions(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var converter in SanctionsJsonConverters.All)
        {
            options.Converters.Add(converter);
        }

        options.Converters.Add(NodaConverters.InstantConverter);
        options.Converters.Add(NodaConverters.LocalDateConverter);
        return options;
    }
}
