using System.Collections.Immutable;
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

// The reference writer, for tests and benchmarks only: model → DTO, to be serialized with WorldJsonContext. Leaves out what the reader restores by default (a manual source, a primary name kind, a
// citation equal to the title, a state's countries equal to its alpha-2 code) and every null or empty list, so that files
// stay small, while keeping read(write(world)) equal to world.
internal static class WorldDtoWriter
{
    // The pattern NodaTime.Serialization.SystemTextJson uses for instants: ISO-8601 in UTC with a 'Z'.
    private static readonly InstantPattern InstantText = InstantPattern.ExtendedIso;

    public static WorldDocumentDto Document(SanctionsWorld world) => new()
    {
        Format = WorldJson.FormatName,
        Version = WorldJson.CurrentVersion,
        Dataset = Dataset(world.Dataset),
        Parties = ListOf(WorldOrder.Sorted(world.Parties, WorldOrder.Party), p => Party(p, null)),
        Authorities = ListOf(WorldOrder.Sorted(world.Authorities, WorldOrder.Authority), a => Authority(a, null)),
        Instruments = ListOf(WorldOrder.Sorted(world.Instruments, WorldOrder.Instrument), i => Instrument(i, null)),
        Programs = ListOf(WorldOrder.Sorted(world.Programs, WorldOrder.Program), p => Program(p, null)),
        Lists = ListOf(WorldOrder.Sorted(world.Lists, WorldOrder.List), l => List(l, null)),
        Designations = ListOf(WorldOrder.Sorted(world.Designations, WorldOrder.Designation), d => Designation(d, null)),
        CountryMeasures = ListOf(WorldOrder.Sorted(world.CountryMeasures, WorldOrder.CountryMeasure), m => CountryMeasure(m, null)),
        Treaties = ListOf(WorldOrder.Sorted(world.Treaties, WorldOrder.Treaty), t => Treaty(t, null)),
        TreatyActions = ListOf(WorldOrder.Sorted(world.TreatyActions, WorldOrder.TreatyAction), a => TreatyAction(a, null)),
        Memberships = ListOf(WorldOrder.Sorted(world.Memberships, WorldOrder.Membership), m => Membership(m, null)),
        Relations = ListOf(WorldOrder.Sorted(world.Relations, WorldOrder.Relation), r => Relation(r, null)),
        Positions = ListOf(WorldOrder.Sorted(world.Positions, WorldOrder.Position), p => Position(p, null)),
    };

    public static HeaderDto Header(SanctionsWorld world) => new()
    {
        RecordKind = RecordKinds.Header,
        Format = WorldJson.FormatName,
        Version = WorldJson.CurrentVersion,
        Dataset = Dataset(world.Dataset),
    };

    public static DatasetDto Dataset(DatasetInfo d) => new()
    {
        Name = d.Name,
        Version = d.Version,
        Published = Instant(d.Published),
        Description = d.Description,
    };

    public static PartyDto Party(Party p, string? kind)
    {
        var dto = new PartyDto
        {
            RecordKind = kind,
            Id = p.Id.Value,
            Type = EnumWords.PartyKind.Word(p.Kind),
            Names = ListOf(p.Names, Name),
            Identifiers = ListOf(p.Identifiers, Identifier),
            Addresses = ListOf(p.Addresses, Address),
            Countries = Strings(p.Countries),
            Remarks = p.Remarks,
            Source = Source(p.Source),
        };
        switch (p)
        {
            case State s:
                dto.Alpha2 = s.Alpha2;
                dto.Alpha3 = s.Alpha3;
                dto.IsRegion = s.IsRegion ? true : null;
                dto.ParentState = s.ParentState?.Value;

                // The constructor derives a state's countries from its alpha-2 code; write them only when they differ.
                if (s.Alpha2 is not null ? s.Countries is [var only] && only == s.Alpha2 : s.Countries.IsEmpty)
                {
                    dto.Countries = null;
                }
                else if (s.Countries.IsEmpty)
                {
                    dto.Countries = [];
                }

                break;
            case Person x:
                dto.BirthDates = x.BirthDates.IsEmpty ? null : x.BirthDates.Select(d => d.ToString()).ToList();
                dto.BirthPlaces = Strings(x.BirthPlaces);
                dto.Nationalities = Strings(x.Nationalities);
                dto.Gender = x.Gender;
                break;
            case Organization o:
                dto.Category = o.Category;
                break;
            case InternationalOrganization io:
                dto.Founded = io.Founded?.ToString();
                break;
            case Vessel v:
                dto.Imo = v.Imo;
                dto.Flag = v.Flag;
                dto.VesselType = v.VesselType;
                dto.CallSign = v.CallSign;
                dto.Tonnage = v.Tonnage;
                break;
            case Aircraft a:
                dto.Registration = a.Registration;
                dto.Model = a.Model;
                dto.SerialNumber = a.SerialNumber;
                break;
        }

        Facts(dto, p);
        return dto;
    }

    public static AuthorityDto Authority(Authority a, string? kind) => new()
    {
        RecordKind = kind,
        Id = a.Id.Value,
        Name = a.Name,
        Jurisdiction = a.Jurisdiction,
        Source = Source(a.Source),
    };

    public static InstrumentDto Instrument(LegalInstrument i, string? kind) => new()
    {
        RecordKind = kind,
        Id = i.Id.Value,
        Type = EnumWords.InstrumentKind.Word(i.Kind),
        Title = i.Title,
        Authority = i.Authority.Value,
        Citation = i.Citation == i.Title ? null : i.Citation,
        Adopted = i.Adopted?.ToString(),
        EntryIntoForce = i.EntryIntoForce?.ToString(),
        PartOf = i.PartOf?.Value,
        Url = i.Url,
        Source = Source(i.Source),
    };

    public static ProgramDto Program(SanctionsProgram p, string? kind) => new()
    {
        RecordKind = kind,
        Id = p.Id.Value,
        Name = p.Name,
        Authority = p.Authority.Value,
        Basis = p.Basis.IsEmpty ? null : p.Basis.Select(b => b.Value).ToList(),
        Source = Source(p.Source),
    };

    public static ListDto List(SanctionsList l, string? kind) => new()
    {
        RecordKind = kind,
        Id = l.Id.Value,
        Name = l.Name,
        Authority = l.Authority.Value,
        Url = l.Url,
        Source = Source(l.Source),
    };

    public static DesignationDto Designation(Designation d, string? kind) => new()
    {
        RecordKind = kind,
        Id = d.Id,
        Party = d.Party.Value,
        List = d.List.Value,
        Programs = d.Programs.IsEmpty ? null : d.Programs.Select(p => p.Value).ToList(),
        Measures = d.Measures.Select(EnumWords.MeasureKind.Word).ToList(),
        Basis = d.Basis.IsEmpty ? null : d.Basis.Select(b => b.Value).ToList(),
        ListReference = d.ListReference,
        Remarks = d.Remarks,
        Valid = Valid(d.Valid),
        Recorded = Recorded(d.Recorded),
        Source = Source(d.Source),
    };

    public static CountryMeasureDto CountryMeasure(CountryMeasure m, string? kind) => new()
    {
        RecordKind = kind,
        Id = m.Id,
        Type = EnumWords.CountryMeasureKind.Word(m.Kind),
        Target = m.Target.Value,
        Authority = m.Authority.Value,
        Direction = m.Direction is { } d ? EnumWords.ArmsDirection.Word(d) : null,
        Basis = m.Basis.IsEmpty ? null : m.Basis.Select(b => b.Value).ToList(),
        Description = m.Description,
        Valid = Valid(m.Valid),
        Recorded = Recorded(m.Recorded),
        Source = Source(m.Source),
    };

    public static TreatyDto Treaty(Treaty t, string? kind) => new()
    {
        RecordKind = kind,
        Id = t.Id.Value,
        Name = t.Name,
        Concluded = t.Concluded?.ToString(),
        Remarks = t.Remarks,
        Source = Source(t.Source),
    };

    public static TreatyActionDto TreatyAction(TreatyAction a, string? kind) => new()
    {
        RecordKind = kind,
        Treaty = a.Treaty.Value,
        Party = a.Party.Value,
        Type = EnumWords.TreatyActionKind.Word(a.Kind),
        Date = a.Date.ToString(),
        Recorded = Recorded(a.Recorded),
        Source = Source(a.Source),
    };

    public static MembershipDto Membership(Membership m, string? kind) => new()
    {
        RecordKind = kind,
        Member = m.Member.Value,
        Organization = m.Organization.Value,
        Status = m.Status.Value,
        Valid = Valid(m.Valid),
        Recorded = Recorded(m.Recorded),
        Source = Source(m.Source),
    };

    public static RelationDto Relation(Relation r, string? kind) => new()
    {
        RecordKind = kind,
        Type = EnumWords.RelationKind.Word(r.Kind),
        From = r.From.Value,
        To = r.To.Value,
        Percent = r.Percent is { } p ? Decimals.WithoutTrailingZeros(p) : null,
        Role = r.Role,
        Valid = Valid(r.Valid),
        Recorded = Recorded(r.Recorded),
        Source = Source(r.Source),
    };

    public static PositionDto Position(Position p, string? kind) => new()
    {
        RecordKind = kind,
        Holder = p.Holder.Value,
        Title = p.Title,
        Organization = p.Organization?.Value,
        Valid = Valid(p.Valid),
        Recorded = Recorded(p.Recorded),
        Source = Source(p.Source),
    };

    // 50m and 50.00m are equal decimals: write both as 50, so that equal worlds give equal bytes.
    private static NameDto Name(PartyName n) => new()
    {
        Value = n.Value,
        Kind = n.Kind == NameKind.Primary ? null : EnumWords.NameKind.Word(n.Kind),
        Script = n.Script,
        Language = n.Language,
        Note = n.Note,
    };

    // What a list says about a party, written after its other fields as WorldWriter.Facts writes it.
    private static void Facts(PartyDto dto, Party p)
    {
        switch (p)
        {
            case Person x:
                dto.BirthDateFacts = x.BirthDateFacts.IsEmpty ? null
                    : [.. x.BirthDateFacts.Select(d => new BirthDateDto { From = d.From?.ToString(), To = d.To?.ToString(), Approximate = d.Approximate ? true : null, Text = d.Text })];
                dto.BirthPlaceFacts = x.BirthPlaceFacts.IsEmpty ? null
                    : [.. x.BirthPlaceFacts.Select(b => new BirthPlaceDto { Text = b.Text, City = b.City, Region = b.Region, Country = b.Country })];
                dto.Citizenships = Strings(x.Citizenships);
                break;
            case Organization o:
                dto.LegalForm = o.LegalForm;
                dto.Incorporated = o.Incorporated?.ToString();
                dto.Dissolved = o.Dissolved?.ToString();
                break;
        }

        dto.Contacts = p.Contacts.IsEmpty ? null
            : [.. p.Contacts.Select(c => new ContactDto { Type = EnumWords.ContactKind.Word(c.Kind), Value = c.Value, Note = c.Note })];
    }

    private static IdentifierDto Identifier(Identifier i) => new() { Scheme = i.Scheme, Value = i.Value, Country = i.Country, Note = i.Note };

    private static AddressDto Address(Address a) => new()
    {
        Street = a.Street,
        City = a.City,
        Region = a.Region,
        PostalCode = a.PostalCode,
        Country = a.Country,
        Full = a.Full,
    };

    // "valid" is left out when the fact always holds.
    private static PeriodDto? Valid(ValidPeriod v) =>
        v == ValidPeriod.Always ? null : new PeriodDto { From = v.Start.IsOpen ? null : v.Start.ToString(), To = v.End.IsOpen ? null : v.End.ToString() };

    private static PeriodDto? Recorded(RecordPeriod r) =>
        r == RecordPeriod.Always ? null : new PeriodDto { From = Instant(r.From), To = Instant(r.To) };

    private static ProvenanceDto? Source(Provenance p) => p == Provenance.Manual ? null : new ProvenanceDto
    {
        Source = p.Source,
        Record = p.Record,
        Publication = p.Publication,
        Published = Instant(p.Published),
        Verified = p.IsVerified ? null : false,
        Note = p.Note,
    };

    internal static string? Instant(Instant? instant) => instant is { } i ? InstantText.Format(i) : null;

    private static List<string>? Strings(ImmutableArray<string> items) => items.IsEmpty ? null : [.. items];

    private static List<TDto>? ListOf<T, TDto>(IReadOnlyCollection<T> items, Func<T, TDto> map)
    {
        if (items.Count == 0)
        {
            return null;
        }

        var list = new List<TDto>(items.Count);
        foreach (var item in items)
        {
            list.Add(map(item));
        }

        return list;
    }
}
