using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using Sanctions.Core;
using Sanctions.Core.Parties;
using Sanctions.Core.Serialization;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Cli.Output;

/// <summary>Writes the contract's JSON documents: dates <c>yyyy-MM-dd</c> (partial dates <c>yyyy</c> or <c>yyyy-MM</c>), open ends <c>null</c>, party objects with <c>id</c>, <c>name</c>, <c>type</c>.</summary>
internal static class Json
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // The library's converters (Sanctions.Core's and, for instants and days, the NodaTime ones it configures).
    private static readonly JsonSerializerOptions ConverterOptions = new JsonSerializerOptions().ConfigureForSanctions();
    private static readonly JsonConverter<Instant> Instants = ConverterOptions.Converters.OfType<JsonConverter<Instant>>().First();
    private static readonly JsonConverter<LocalDate> Days = ConverterOptions.Converters.OfType<JsonConverter<LocalDate>>().First();

    /// <summary>Writes one JSON document to the context's output.</summary>
    public static void Write(CliContext context, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            body(writer);
        }

        context.Out.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>A day as <c>yyyy-MM-dd</c>, for text output (JSON output writes days through <see cref="Date(Utf8JsonWriter, string, LocalDate?)"/>).</summary>
    public static string Text(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Writes a day, or null, as the library's converter writes it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Date(this Utf8JsonWriter w, string name, LocalDate? date) => w.Value(name, date, Days);

    /// <summary>Writes a partial date at its precision, or null for an open end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Date(this Utf8JsonWriter w, string name, PartialDate? date) => w.Value(name, date, SanctionsJsonConverters.PartialDate);

    /// <summary>Writes an instant in ISO-8601 UTC with the fraction of the second the format keeps, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Instant(this Utf8JsonWriter w, string name, Instant? instant) => w.Value(name, instant, Instants);

    /// <summary>Writes <c>from</c> and <c>to</c> of a period: a date, null for an open end, or an unknown end's text (<c>..2024-05-01</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Period(this Utf8JsonWriter w, ValidPeriod period)
    {
        w.End("from", period.Start);
        w.End("to", period.End);
    }

    /// <summary>Writes a period end as the world format does: a date, null when open, <c>A..B</c> when unknown.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void End(this Utf8JsonWriter w, string name, PeriodEnd end) => w.Value(name, end.IsOpen ? (PeriodEnd?)null : end, SanctionsJsonConverters.PeriodEnd);

    // A value through the converter the world format and SanctionsJsonOptions use, so the CLI never formats a date its own way.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Value<T>(this Utf8JsonWriter w, string name, T? value, JsonConverter<T> converter)
        where T : struct
    {
        w.WritePropertyName(name);
        if (value is { } v)
        {
            converter.Write(w, v, ConverterOptions);
        }
        else
        {
            w.WriteNullValue();
        }
    }

    /// <summary>Writes a string, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void StringOrNull(this Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>Writes an array of strings.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Strings(this Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    /// <summary>Writes a certainty: <c>certain</c> or <c>possible</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Certainty(this Utf8JsonWriter w, Certainty certainty) => w.WriteString("certainty", EnumWords.Certainty.Word(certainty));

    /// <summary>Writes a party object as a property.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Party(this Utf8JsonWriter w, string name, Party party)
    {
        w.WritePropertyName(name);
        w.Party(party);
    }

    /// <summary>Writes a party object (<c>id</c>, <c>name</c>, <c>type</c>), with more properties from <paramref name="more"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Party(this Utf8JsonWriter w, Party party, Action<Utf8JsonWriter>? more = null)
    {
        w.WriteStartObject();
        w.WriteString("id", party.Id.Value);
        w.WriteString("name", party.Name);
        w.WriteString("type", EnumWords.PartyKind.Word(party.Kind));
        more?.Invoke(w);
        w.WriteEndObject();
    }

    /// <summary>Writes the party with <paramref name="id"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Party(this Utf8JsonWriter w, SanctionsWorld world, PartyId id, Action<Utf8JsonWriter>? more = null) => w.Party(world.GetParty(id), more);
}
