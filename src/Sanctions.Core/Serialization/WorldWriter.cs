using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;
using Sanctions.Core.World;

namespace Sanctions.Core.Serialization;

// Model → JSON, straight onto a Utf8JsonWriter: no DTOs, no intermediate strings for dates and instants, property names
// encoded once. The bytes are those the DTOs (Dtos.cs) describe and WorldDtoWriter + the source-generated context would
// write: same property order, same omissions (nulls, empty lists, defaults the reader restores), same indentation. A test
// holds the two to the same bytes over generated worlds.
//
// Both forms are produced as chunks of about a megabyte from one buffer, so that writing a stream, building a string and
// hashing never hold the whole text.
internal static class WorldWriter
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
            writer.WriteString(Prop.Format, WorldJson.FormatName);
            writer.WriteNumber(Prop.Version, WorldJson.CurrentVersion);
            writer.WritePropertyName(Prop.Dataset);
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
        yield return Section(writer, lines, Prop.Parties, RecordKinds.Party, world.Parties, WorldOrder.Party, Party);
        yield return Section(writer, lines, Prop.Authorities, RecordKinds.Authority, world.Authorities, WorldOrder.Authority, Authority);
        yield return Section(writer, lines, Prop.Instruments, RecordKinds.Instrument, world.Instruments, WorldOrder.Instrument, Instrument);
        yield return Section(writer, lines, Prop.Programs, RecordKinds.Program, world.Programs, WorldOrder.Program, Program);
        yield return Section(writer, lines, Prop.Lists, RecordKinds.List, world.Lists, WorldOrder.List, List);
        yield return Section(writer, lines, Prop.Designations, RecordKinds.Designation, world.Designations, WorldOrder.Designation, Designation);
        yield return Section(writer, lines, Prop.CountryMeasures, RecordKinds.CountryMeasure, world.CountryMeasures, WorldOrder.CountryMeasure, CountryMeasure);
        yield return Section(writer, lines, Prop.Treaties, RecordKinds.Treaty, world.Treaties, WorldOrder.Treaty, Treaty);
        yield return Section(writer, lines, Prop.TreatyActions, RecordKinds.TreatyAction, world.TreatyActions, WorldOrder.TreatyAction, TreatyAction);
        yield return Section(writer, lines, Prop.Memberships, RecordKinds.Membership, world.Memberships, WorldOrder.Membership, Membership);
        yield return Section(writer, lines, Prop.Relations, RecordKinds.Relation, world.Relations, WorldOrder.Relation, Relation);
        yield return Section(writer, lines, Prop.Positions, RecordKinds.Position, world.Positions, WorldOrder.Position, Position);
    }

    private static IEnumerable<bool> Section<T>(
        Utf8JsonWriter writer, bool lines, JsonEncodedText name, string kind, ImmutableArray<T> items, Comparison<T> order, Action<Utf8JsonWriter, T> write)
    {
        if (items.IsEmpty)
        {
            yield break;
        }

        if (!lines)
        {
            writer.WritePropertyName(name);
            writer.WriteStartArray();
        }

        var kindName = lines ? JsonEncodedText.Encode(kind) : default;
        foreach (var item in WorldOrder.Sorted(items, order))
        {
            writer.WriteStartObject();
            if (lines)
            {
                writer.WriteString(Prop.Kind, kindName);
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
        w.WriteString(Prop.Kind, RecordKinds.Header);
        w.WriteString(Prop.Format, WorldJson.FormatName);
        w.WriteNumber(Prop.Version, WorldJson.CurrentVersion);
        w.WritePropertyName(Prop.Dataset);
        Dataset(w, world.Dataset);
        w.WriteEndObject();
    }

    private static void Dataset(Utf8JsonWriter w, DatasetInfo d)
    {
        w.WriteStartObject();
        Text(w, Prop.Name, d.Name);
        Text(w, Prop.Version, d.Version);
        Instant(w, Prop.Published, d.Published);
        Text(w, Prop.Description, d.Description);
        w.WriteEndObject();
    }

    private static void Party(Utf8JsonWriter w, Party p)
    {
        Text(w, Prop.Id, p.Id.Value);
        w.WriteString(Prop.Type, EnumTexts.PartyKind.Write(p.Kind));
        if (!p.Names.IsEmpty)
        {
            w.WriteStartArray(Prop.Names);
            foreach (var n in p.Names)
            {
                w.WriteStartObject();
                Text(w, Prop.Value, n.Value);
                if (n.Kind != NameKind.Primary)
                {
                    w.WriteString(Prop.Kind, EnumTexts.NameKind.Write(n.Kind));
                }

                Text(w, Prop.Script, n.Script);
                Text(w, Prop.Language, n.Language);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        var countries = true;
        switch (p)
        {
            case State s:
                Text(w, Prop.Alpha2, s.Alpha2);
                Text(w, Prop.Alpha3, s.Alpha3);
                if (s.IsRegion)
                {
                    w.WriteBoolean(Prop.IsRegion, true);
                }

                Text(w, Prop.ParentState, s.ParentState?.Value);

                // The constructor derives a state's countries from its alpha-2 code; they are written only when they differ,
                // and then even when empty.
                countries = !(s.Alpha2 is not null ? s.Countries is [var only] && only == s.Alpha2 : s.Countries.IsEmpty);
                break;
            case Person x:
                if (!x.BirthDates.IsEmpty)
                {
                    w.WriteStartArray(Prop.BirthDates);
                    foreach (var date in x.BirthDates)
                    {
                        DateValue(w, date);
                    }

                    w.WriteEndArray();
                }

                Strings(w, Prop.BirthPlaces, x.BirthPlaces);
                Strings(w, Prop.Nationalities, x.Nationalities);
                Text(w, Prop.Gender, x.Gender);
                break;
            case Organization o:
                Text(w, Prop.Category, o.Category);
                break;
            case InternationalOrganization io:
                Date(w, Prop.Founded, io.Founded);
                break;
            case Vessel v:
                Text(w, Prop.Imo, v.Imo);
                Text(w, Prop.Flag, v.Flag);
                Text(w, Prop.VesselType, v.VesselType);
                Text(w, Prop.CallSign, v.CallSign);
                Text(w, Prop.Tonnage, v.Tonnage);
                break;
            case Aircraft a:
                Text(w, Prop.Registration, a.Registration);
                Text(w, Prop.Model, a.Model);
                Text(w, Prop.SerialNumber, a.SerialNumber);
                break;
        }

        if (!p.Identifiers.IsEmpty)
        {
            w.WriteStartArray(Prop.Identifiers);
            foreach (var i in p.Identifiers)
            {
                w.WriteStartObject();
                Text(w, Prop.Scheme, i.Scheme);
                Text(w, Prop.Value, i.Value);
                Text(w, Prop.Country, i.Country);
                Text(w, Prop.Note, i.Note);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (!p.Addresses.IsEmpty)
        {
            w.WriteStartArray(Prop.Addresses);
            foreach (var a in p.Addresses)
            {
                w.WriteStartObject();
                Text(w, Prop.Street, a.Street);
                Text(w, Prop.City, a.City);
                Text(w, Prop.Region, a.Region);
                Text(w, Prop.PostalCode, a.PostalCode);
                Text(w, Prop.Country, a.Country);
                Text(w, Prop.Full, a.Full);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (countries)
        {
            if (p is State)
            {
                StringsEvenEmpty(w, Prop.Countries, p.Countries);
            }
            else
            {
                Strings(w, Prop.Countries, p.Countries);
            }
        }

        Text(w, Prop.Remarks, p.Remarks);
        Source(w, p.Source);
    }

    private static void Authority(Utf8JsonWriter w, Authority a)
    {
        Text(w, Prop.Id, a.Id.Value);
        Text(w, Prop.Name, a.Name);
        Text(w, Prop.Jurisdiction, a.Jurisdiction);
        Source(w, a.Source);
    }

    private static void Instrument(Utf8JsonWriter w, LegalInstrument i)
    {
        Text(w, Prop.Id, i.Id.Value);
        w.WriteString(Prop.Type, EnumTexts.InstrumentKind.Write(i.Kind));
        Text(w, Prop.Title, i.Title);
        Text(w, Prop.Authority, i.Authority.Value);
        Text(w, Prop.Citation, i.Citation == i.Title ? null : i.Citation);
        Date(w, Prop.Adopted, i.Adopted);
        Date(w, Prop.EntryIntoForce, i.EntryIntoForce);
        Text(w, Prop.PartOf, i.PartOf?.Value);
        Text(w, Prop.Url, i.Url);
        Source(w, i.Source);
    }

    private static void Program(Utf8JsonWriter w, SanctionsProgram p)
    {
        Text(w, Prop.Id, p.Id.Value);
        Text(w, Prop.Name, p.Name);
        Text(w, Prop.Authority, p.Authority.Value);
        Ids(w, Prop.Basis, p.Basis, b => b.Value);
        Source(w, p.Source);
    }

    private static void List(Utf8JsonWriter w, SanctionsList l)
    {
        Text(w, Prop.Id, l.Id.Value);
        Text(w, Prop.Name, l.Name);
        Text(w, Prop.Authority, l.Authority.Value);
        Text(w, Prop.Url, l.Url);
        Source(w, l.Source);
    }

    private static void Designation(Utf8JsonWriter w, Designation d)
    {
        Text(w, Prop.Id, d.Id);
        Text(w, Prop.Party, d.Party.Value);
        Text(w, Prop.List, d.List.Value);
        Ids(w, Prop.Programs, d.Programs, p => p.Value);

        // Always written, even when empty: absent means the model's default, an asset freeze.
        w.WriteStartArray(Prop.Measures);
        foreach (var m in d.Measures)
        {
            w.WriteStringValue(EnumTexts.MeasureKind.Write(m));
        }

        w.WriteEndArray();
        Ids(w, Prop.Basis, d.Basis, b => b.Value);
        Text(w, Prop.ListReference, d.ListReference);
        Text(w, Prop.Remarks, d.Remarks);
        Valid(w, d.Valid);
        Recorded(w, d.Recorded);
        Source(w, d.Source);
    }

    private static void CountryMeasure(Utf8JsonWriter w, CountryMeasure m)
    {
        Text(w, Prop.Id, m.Id);
        w.WriteString(Prop.Type, EnumTexts.CountryMeasureKind.Write(m.Kind));
        Text(w, Prop.Target, m.Target.Value);
        Text(w, Prop.Authority, m.Authority.Value);
        if (m.Direction is { } direction)
        {
            w.WriteString(Prop.Direction, EnumTexts.ArmsDirection.Write(direction));
        }

        Ids(w, Prop.Basis, m.Basis, b => b.Value);
        Text(w, Prop.Description, m.Description);
        Valid(w, m.Valid);
        Recorded(w, m.Recorded);
        Source(w, m.Source);
    }

    private static void Treaty(Utf8JsonWriter w, Treaty t)
    {
        Text(w, Prop.Id, t.Id.Value);
        Text(w, Prop.Name, t.Name);
        Date(w, Prop.Concluded, t.Concluded);
        Text(w, Prop.Remarks, t.Remarks);
        Source(w, t.Source);
    }

    private static void TreatyAction(Utf8JsonWriter w, TreatyAction a)
    {
        Text(w, Prop.Treaty, a.Treaty.Value);
        Text(w, Prop.Party, a.Party.Value);
        w.WriteString(Prop.Type, EnumTexts.TreatyActionKind.Write(a.Kind));
        Date(w, Prop.Date, a.Date);
        Recorded(w, a.Recorded);
        Source(w, a.Source);
    }

    private static void Membership(Utf8JsonWriter w, Membership m)
    {
        Text(w, Prop.Member, m.Member.Value);
        Text(w, Prop.Organization, m.Organization.Value);
        Text(w, Prop.Status, m.Status.Value);
        Valid(w, m.Valid);
        Recorded(w, m.Recorded);
        Source(w, m.Source);
    }

    private static void Relation(Utf8JsonWriter w, Relation r)
    {
        w.WriteString(Prop.Type, EnumTexts.RelationKind.Write(r.Kind));
        Text(w, Prop.From, r.From.Value);
        Text(w, Prop.To, r.To.Value);
        if (r.Percent is { } percent)
        {
            w.WriteNumber(Prop.Percent, WorldDtoWriter.Normalize(percent));
        }

        Text(w, Prop.Role, r.Role);
        Valid(w, r.Valid);
        Recorded(w, r.Recorded);
        Source(w, r.Source);
    }

    private static void Position(Utf8JsonWriter w, Position p)
    {
        Text(w, Prop.Holder, p.Holder.Value);
        Text(w, Prop.Title, p.Title);
        Text(w, Prop.Organization, p.Organization?.Value);
        Valid(w, p.Valid);
        Recorded(w, p.Recorded);
        Source(w, p.Source);
    }

    // "valid" and "recorded" are left out when the fact always holds; when written, both ends are, null for an open end.
    private static void Valid(Utf8JsonWriter w, ValidPeriod v)
    {
        if (v == ValidPeriod.Always)
        {
            return;
        }

        w.WriteStartObject(Prop.Valid);
        End(w, Prop.From, v.Start);
        End(w, Prop.To, v.End);
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

        w.WriteStartObject(Prop.Recorded);
        if (r.From is { } from)
        {
            Instant(w, Prop.From, from);
        }
        else
        {
            w.WriteNull(Prop.From);
        }

        if (r.To is { } to)
        {
            Instant(w, Prop.To, to);
        }
        else
        {
            w.WriteNull(Prop.To);
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

        w.WriteStartObject(Prop.Source);
        Text(w, Prop.Source, p.Source);
        Text(w, Prop.Record, p.Record);
        Text(w, Prop.Publication, p.Publication);
        Instant(w, Prop.Published, p.Published);
        if (!p.IsVerified)
        {
            w.WriteBoolean(Prop.Verified, false);
        }

        Text(w, Prop.Note, p.Note);
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
                w.WriteString(name, WorldDtoWriter.Instant(i));
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

    private static class Prop
    {
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Format = JsonEncodedText.Encode("format");
        public static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
        public static readonly JsonEncodedText Dataset = JsonEncodedText.Encode("dataset");
        public static readonly JsonEncodedText Parties = JsonEncodedText.Encode("parties");
        public static readonly JsonEncodedText Authorities = JsonEncodedText.Encode("authorities");
        public static readonly JsonEncodedText Instruments = JsonEncodedText.Encode("instruments");
        public static readonly JsonEncodedText Programs = JsonEncodedText.Encode("programs");
        public static readonly JsonEncodedText Lists = JsonEncodedText.Encode("lists");
        public static readonly JsonEncodedText Designations = JsonEncodedText.Encode("designations");
        public static readonly JsonEncodedText CountryMeasures = JsonEncodedText.Encode("countryMeasures");
        public static readonly JsonEncodedText Treaties = JsonEncodedText.Encode("treaties");
        public static readonly JsonEncodedText TreatyActions = JsonEncodedText.Encode("treatyActions");
        public static readonly JsonEncodedText Memberships = JsonEncodedText.Encode("memberships");
        public static readonly JsonEncodedText Relations = JsonEncodedText.Encode("relations");
        public static readonly JsonEncodedText Positions = JsonEncodedText.Encode("positions");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Published = JsonEncodedText.Encode("published");
        public static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Names = JsonEncodedText.Encode("names");
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
        public static readonly JsonEncodedText Script = JsonEncodedText.Encode("script");
        public static readonly JsonEncodedText Language = JsonEncodedText.Encode("language");
        public static readonly JsonEncodedText Alpha2 = JsonEncodedText.Encode("alpha2");
        public static readonly JsonEncodedText Alpha3 = JsonEncodedText.Encode("alpha3");
        public static readonly JsonEncodedText IsRegion = JsonEncodedText.Encode("isRegion");
        public static readonly JsonEncodedText ParentState = JsonEncodedText.Encode("parentState");
        public static readonly JsonEncodedText BirthDates = JsonEncodedText.Encode("birthDates");
        public static readonly JsonEncodedText BirthPlaces = JsonEncodedText.Encode("birthPlaces");
        public static readonly JsonEncodedText Nationalities = JsonEncodedText.Encode("nationalities");
        public static readonly JsonEncodedText Gender = JsonEncodedText.Encode("gender");
        public static readonly JsonEncodedText Category = JsonEncodedText.Encode("category");
        public static readonly JsonEncodedText Founded = JsonEncodedText.Encode("founded");
        public static readonly JsonEncodedText Imo = JsonEncodedText.Encode("imo");
        public static readonly JsonEncodedText Flag = JsonEncodedText.Encode("flag");
        public static readonly JsonEncodedText VesselType = JsonEncodedText.Encode("vesselType");
        public static readonly JsonEncodedText CallSign = JsonEncodedText.Encode("callSign");
        public static readonly JsonEncodedText Tonnage = JsonEncodedText.Encode("tonnage");
        public static readonly JsonEncodedText Registration = JsonEncodedText.Encode("registration");
        public static readonly JsonEncodedText Model = JsonEncodedText.Encode("model");
        public static readonly JsonEncodedText SerialNumber = JsonEncodedText.Encode("serialNumber");
        public static readonly JsonEncodedText Identifiers = JsonEncodedText.Encode("identifiers");
        public static readonly JsonEncodedText Scheme = JsonEncodedText.Encode("scheme");
        public static readonly JsonEncodedText Country = JsonEncodedText.Encode("country");
        public static readonly JsonEncodedText Note = JsonEncodedText.Encode("note");
        public static readonly JsonEncodedText Addresses = JsonEncodedText.Encode("addresses");
        public static readonly JsonEncodedText Street = JsonEncodedText.Encode("street");
        public static readonly JsonEncodedText City = JsonEncodedText.Encode("city");
        public static readonly JsonEncodedText Region = JsonEncodedText.Encode("region");
        public static readonly JsonEncodedText PostalCode = JsonEncodedText.Encode("postalCode");
        public static readonly JsonEncodedText Full = JsonEncodedText.Encode("full");
        public static readonly JsonEncodedText Countries = JsonEncodedText.Encode("countries");
        public static readonly JsonEncodedText Remarks = JsonEncodedText.Encode("remarks");
        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
        public static readonly JsonEncodedText Record = JsonEncodedText.Encode("record");
        public static readonly JsonEncodedText Publication = JsonEncodedText.Encode("publication");
        public static readonly JsonEncodedText Verified = JsonEncodedText.Encode("verified");
        public static readonly JsonEncodedText Jurisdiction = JsonEncodedText.Encode("jurisdiction");
        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
        public static readonly JsonEncodedText Authority = JsonEncodedText.Encode("authority");
        public static readonly JsonEncodedText Citation = JsonEncodedText.Encode("citation");
        public static readonly JsonEncodedText Adopted = JsonEncodedText.Encode("adopted");
        public static readonly JsonEncodedText EntryIntoForce = JsonEncodedText.Encode("entryIntoForce");
        public static readonly JsonEncodedText PartOf = JsonEncodedText.Encode("partOf");
        public static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");
        public static readonly JsonEncodedText Basis = JsonEncodedText.Encode("basis");
        public static readonly JsonEncodedText Party = JsonEncodedText.Encode("party");
        public static readonly JsonEncodedText List = JsonEncodedText.Encode("list");
        public static readonly JsonEncodedText Measures = JsonEncodedText.Encode("measures");
        public static readonly JsonEncodedText ListReference = JsonEncodedText.Encode("listReference");
        public static readonly JsonEncodedText Valid = JsonEncodedText.Encode("valid");
        public static readonly JsonEncodedText Recorded = JsonEncodedText.Encode("recorded");
        public static readonly JsonEncodedText From = JsonEncodedText.Encode("from");
        public static readonly JsonEncodedText To = JsonEncodedText.Encode("to");
        public static readonly JsonEncodedText Target = JsonEncodedText.Encode("target");
        public static readonly JsonEncodedText Direction = JsonEncodedText.Encode("direction");
        public static readonly JsonEncodedText Concluded = JsonEncodedText.Encode("concluded");
        public static readonly JsonEncodedText Treaty = JsonEncodedText.Encode("treaty");
        public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
        public static readonly JsonEncodedText Member = JsonEncodedText.Encode("member");
        public static readonly JsonEncodedText Organization = JsonEncodedText.Encode("organization");
        public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
        public static readonly JsonEncodedText Percent = JsonEncodedText.Encode("percent");
        public static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");
        public static readonly JsonEncodedText Holder = JsonEncodedText.Encode("holder");
    }
}
