using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using Sanctions.Core.World;

namespace Sanctions.Core.Serialization;

// Model → JSON, straight onto a Utf8JsonWriter: no DTOs, no intermediate strings for dates and instants, property names
// encoded once (Format/Fields.cs). The bytes are those the DTOs (Reading/Dtos.cs) describe and the reference writer in the
// tests (WorldDtoWriter + a source-generated context) writes: same property order, same omissions (nulls, empty lists,
// defaults the reader restores), same indentation. A test holds the two to the same bytes over generated worlds.
// The records of each family are written in a file of their own: WorldWriter.Parties.cs, .Regimes.cs, .Relations.cs, and
// the values inside them in WorldWriter.Values.cs.
//
// Both forms are produced as chunks of about a megabyte from one buffer, so that writing a stream, building a string and
// hashing never hold the whole text.
internal static partial class WorldWriter
{
    private const int ChunkSize = 1 << 20;

    public static IEnumerable<ReadOnlyMemory<byte>> Chunks(SanctionsWorld world, bool lines)
    {
        var buffer = new ArrayBufferWriter<byte>(ChunkSize + (ChunkSize / 4));
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            // As the contract's context writes (Dtos.cs): names in any script stay as they are.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Indented = !lines,
            IndentSize = 2,
            NewLine = "\n",
            SkipValidation = true,
        });
        var sections = Sections(world, writer, lines);
        if (lines)
        {
            Header(writer, world);
            EndLine(writer, buffer);
        }
        else
        {
            writer.WriteStartObject();
            writer.WriteString(Fields.Format, WorldJson.FormatName);
            writer.WriteNumber(Fields.Version, WorldJson.CurrentVersion);
            writer.WritePropertyName(Fields.Dataset);
            Dataset(writer, world.Dataset);
        }

        foreach (var section in sections)
        {
            foreach (var _ in section)
            {
                if (lines)
                {
                    EndLine(writer, buffer);
                }

                if (writer.BytesPending + buffer.WrittenCount >= ChunkSize)
                {
                    writer.Flush();
                    yield return buffer.WrittenMemory;
                    buffer.ResetWrittenCount();
                }
            }
        }

        if (!lines)
        {
            writer.WriteEndObject();
            writer.Flush();
            buffer.GetSpan(1)[0] = (byte)'\n';
            buffer.Advance(1);
        }

        writer.Flush();
        if (buffer.WrittenCount > 0)
        {
            yield return buffer.WrittenMemory;
        }
    }

    // JSON Lines: a newline after each record, and a writer ready for the next top-level value.
    private static void EndLine(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer)
    {
        writer.Flush();
        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        writer.Reset();
    }

    // One lazy sequence a collection; each yields once a record has been written (and, in the document form, opens and
    // closes the collection's array around them).
    private static IEnumerable<IEnumerable<bool>> Sections(SanctionsWorld world, Utf8JsonWriter writer, bool lines)
    {
        yield return Section(writer, lines, WorldCollection.Parties, world.Parties, WorldOrder.Party, Party);
        yield return Section(writer, lines, WorldCollection.Authorities, world.Authorities, WorldOrder.Authority, Authority);
        yield return Section(writer, lines, WorldCollection.Instruments, world.Instruments, WorldOrder.Instrument, Instrument);
        yield return Section(writer, lines, WorldCollection.Programs, world.Programs, WorldOrder.Program, Program);
        yield return Section(writer, lines, WorldCollection.Lists, world.Lists, WorldOrder.List, List);
        yield return Section(writer, lines, WorldCollection.Designations, world.Designations, WorldOrder.Designation, Designation);
        yield return Section(writer, lines, WorldCollection.CountryMeasures, world.CountryMeasures, WorldOrder.CountryMeasure, CountryMeasure);
        yield return Section(writer, lines, WorldCollection.Treaties, world.Treaties, WorldOrder.Treaty, Treaty);
        yield return Section(writer, lines, WorldCollection.TreatyActions, world.TreatyActions, WorldOrder.TreatyAction, TreatyAction);
        yield return Section(writer, lines, WorldCollection.Memberships, world.Memberships, WorldOrder.Membership, Membership);
        yield return Section(writer, lines, WorldCollection.Relations, world.Relations, WorldOrder.Relation, Relation);
        yield return Section(writer, lines, WorldCollection.Positions, world.Positions, WorldOrder.Position, Position);
    }

    private static IEnumerable<bool> Section<T>(
        Utf8JsonWriter writer, bool lines, WorldCollection collection, ImmutableArray<T> items, Comparison<T> order, Action<Utf8JsonWriter, T> write)
    {
        if (items.IsEmpty)
        {
            yield break;
        }

        if (!lines)
        {
            writer.WritePropertyName(Fields.Of(collection));
            writer.WriteStartArray();
        }

        var kindName = RecordKinds.Of(collection);
        foreach (var item in WorldOrder.Sorted(items, order))
        {
            writer.WriteStartObject();
            if (lines)
            {
                writer.WriteString(Fields.Kind, kindName);
            }

            write(writer, item);
            writer.WriteEndObject();
            yield return true;
        }

        if (!lines)
        {
            writer.WriteEndArray();
        }
    }

    private static void Header(Utf8JsonWriter w, SanctionsWorld world)
    {
        w.WriteStartObject();
        w.WriteString(Fields.Kind, RecordKinds.Header);
        w.WriteString(Fields.Format, WorldJson.FormatName);
        w.WriteNumber(Fields.Version, WorldJson.CurrentVersion);
        w.WritePropertyName(Fields.Dataset);
        Dataset(w, world.Dataset);
        w.WriteEndObject();
    }

    private static void Dataset(Utf8JsonWriter w, DatasetInfo d)
    {
        w.WriteStartObject();
        Text(w, Fields.Name, d.Name);
        Text(w, Fields.Version, d.Version);
        Instant(w, Fields.Published, d.Published);
        Text(w, Fields.Description, d.Description);
        w.WriteEndObject();
    }
}
