using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
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

// Where a value sits: an item (Base[Index], or Base alone when Index < 0) and optionally one element inside it
// (Sub[SubIndex], or Sub alone). Paths are only turned into text when a problem is reported.
internal readonly record struct Loc(string Base, int Index, string? Sub = null, int SubIndex = -1)
{
    public Loc Inside(string sub, int subIndex = -1) => this with { Sub = sub, SubIndex = subIndex };

    public string At(string? field = null)
    {
        var path = Index >= 0 ? string.Create(CultureInfo.InvariantCulture, $"{Base}[{Index}]") : Base;
        if (Sub is not null)
        {
            path += "." + Sub + (SubIndex >= 0 ? string.Create(CultureInfo.InvariantCulture, $"[{SubIndex}]") : string.Empty);
        }

        return field is null ? path : path + "." + field;
    }
}

// DTO → model. Checks every value, reports each problem with its path (and line, for JSON Lines), and adds what it could
// read to a WorldBuilder, remembering where each item came from so that the builder's problems can be placed too.
internal sealed partial class WorldDtoReader
{
    private static readonly InstantPattern InstantText = InstantPattern.ExtendedIso;

    private readonly WorldReadOptions options;
    private readonly bool lines;
    private readonly WorldBuilder builder = new();
    private readonly List<WorldFormatProblem> problems = [];
    private readonly Dictionary<string, List<int>> origins = new(StringComparer.Ordinal);
    private readonly HashSet<string> droppedIds = new(StringComparer.Ordinal);

    // The element mappers, made once rather than as a delegate per call.
    private readonly Func<NameDto, Loc, PartyName?> name;
    private readonly Func<IdentifierDto, Loc, Identifier?> identifier;
    private readonly Func<AddressDto, Loc, Address?> address;

    private readonly LastSeen<ProgramId> programsSeen = new();
    private readonly LastSeen<MeasureKind> measuresSeen = new();
    private readonly LastSeen<InstrumentId> basisSeen = new();
    private readonly LastSeen<string> countriesSeen = new();
    private readonly LastSeen<string> nationalitiesSeen = new();

    // shared: what the readers of one input share (the readers of its blocks or batches); a new set when null.
    public WorldDtoReader(WorldReadOptions? options, bool lines, SharedFacts? shared = null)
    {
        this.options = options ?? WorldReadOptions.Default;
        this.lines = lines;
        Shared = shared ?? new SharedFacts();
        name = Name;
        identifier = Identifier;
        address = Address;
    }

    public SharedFacts Shared { get; }

    // The 1-based line being read (JSON Lines only).
    public int? Line { get; set; }

    public bool HasProblems => problems.Count > 0;

    public List<WorldFormatProblem> Problems => problems;

    public void Problem(string path, string message) => problems.Add(new WorldFormatProblem(path, Line, message));

    public void Problem(string path, int? line, string message) => problems.Add(new WorldFormatProblem(path, line, message));

    public void Dataset(DatasetDto? dto, Loc loc)
    {
        if (dto is null)
        {
            return;
        }

        Unknown(dto, loc);
        var name = Required(dto.Name, loc, "name");
        var published = Instant(dto.Published, loc, "published");
        if (name is not null)
        {
            builder.Dataset = new DatasetInfo(name, Empty(dto.Version), published, Empty(dto.Description));
        }
    }

    public void Party(PartyDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var id = IdText(dto.Id, loc, "id");
        var kindOk = true;
        PartyKind kind = default;
        if (dto.Type is null)
        {
            Problem(loc.At("type"), "Missing required property 'type': expected one of " + EnumTexts.PartyKind.Expected + ".");
            kindOk = false;
        }
        else if (!EnumTexts.PartyKind.TryRead(dto.Type, out kind))
        {
            Problem(loc.At("type"), EnumTexts.PartyKind.Unknown(dto.Type));
            kindOk = false;
        }

        var names = Names(dto.Names, loc);
        if (kindOk)
        {
            NotApplicable(dto, kind, loc);
        }

        var identifiers = List(dto.Identifiers, loc, "identifiers", identifier);
        var addresses = List(dto.Addresses, loc, "addresses", address);
        var countries = Strings(dto.Countries, loc, "countries", countriesSeen);
        var source = Source(dto.Source, loc);
        var birthDates = Dates(dto.BirthDates, loc, "birthDates");
        var birthPlaces = Strings(dto.BirthPlaces, loc, "birthPlaces");
        var nationalities = Strings(dto.Nationalities, loc, "nationalities", nationalitiesSeen);
        var founded = Date(dto.Founded, loc, "founded");
        var parent = dto.ParentState is null ? null : IdText(dto.ParentState, loc, "parentState");
        if (id is null || !kindOk || names.IsDefaultOrEmpty)
        {
            Dropped(id);
            return;
        }

        // Constructed in place rather than through Construct: parties are most of a world, and a closure each adds up.
        var partyId = new PartyId(Shared.Id(id));
        Party party;
        try
        {
            party = kind switch
            {
                PartyKind.State => new State(partyId, names, dto.Alpha2, dto.Alpha3, dto.IsRegion ?? false, parent is null ? null : new PartyId(Shared.Id(parent)), identifiers, addresses, source, dto.Remarks),
                PartyKind.Person => new Person(partyId, names, birthDates, birthPlaces, nationalities, dto.Gender, identifiers, addresses, countries, source, dto.Remarks),
                PartyKind.Organization => new Organization(partyId, names, dto.Category, identifiers, addresses, countries, source, dto.Remarks),
                PartyKind.InternationalOrganization => new InternationalOrganization(partyId, names, founded, identifiers, addresses, source, dto.Remarks),
                PartyKind.Vessel => new Vessel(partyId, names, dto.Imo, dto.Flag, dto.VesselType, dto.CallSign, dto.Tonnage, identifiers, source, dto.Remarks),
                _ => new Aircraft(partyId, names, dto.Registration, dto.Model, dto.SerialNumber, identifiers, source, dto.Remarks),
            };
        }
        catch (ArgumentException e)
        {
            Rejected(loc, e);
            Dropped(id);
            return;
        }

        // Some constructors do not take every common field; set those afterwards. A state's countries default to its
        // alpha-2 code and are replaced only when the file gives them.
        if (kind is PartyKind.State ? dto.Countries is not null : kind is not (PartyKind.Person or PartyKind.Organization) && !countries.IsEmpty)
        {
            party = party with { Countries = countries };
        }

        if (kind is PartyKind.Vessel or PartyKind.Aircraft && !addresses.IsEmpty)
        {
            party = party with { Addresses = addresses };
        }

        Origin(RecordCollections.Parties, loc);
        builder.AddParty(party);
    }

    public void Authority(AuthorityDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var id = IdText(dto.Id, loc, "id");
        var name = Required(dto.Name, loc, "name");
        var source = Source(dto.Source, loc);
        if (id is null || name is null)
        {
            Dropped(id);
            return;
        }

        AddConstructed(RecordCollections.Authorities, loc, id, () => new Authority(new AuthorityId(id), name, Empty(dto.Jurisdiction), source), a => builder.AddAuthority(a));
    }

    public void Instrument(InstrumentDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var id = IdText(dto.Id, loc, "id");
        var ok = Enum(dto.Type, EnumTexts.InstrumentKind, loc, "type", required: true, out var kind);
        var title = Required(dto.Title, loc, "title");
        var authority = IdText(dto.Authority, loc, "authority");
        var adopted = Date(dto.Adopted, loc, "adopted");
        var inForce = Date(dto.EntryIntoForce, loc, "entryIntoForce");
        var partOf = dto.PartOf is null ? null : IdText(dto.PartOf, loc, "partOf");
        var source = Source(dto.Source, loc);
        if (id is null || !ok || title is null || authority is null)
        {
            Dropped(id);
            return;
        }

        AddConstructed(
            RecordCollections.Instruments,
            loc,
            id,
            () => new LegalInstrument(new InstrumentId(id), title, kind, new AuthorityId(authority), Empty(dto.Citation), adopted, inForce, partOf is null ? null : new InstrumentId(partOf), dto.Url, source),
            i => builder.AddInstrument(i));
    }

    public void Program(ProgramDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var id = IdText(dto.Id, loc, "id");
        var name = Required(dto.Name, loc, "name");
        var authority = IdText(dto.Authority, loc, "authority");
        var basis = Ids(dto.Basis, loc, "basis", s => new InstrumentId(s), basisSeen);
        var source = Source(dto.Source, loc);
        if (id is null || name is null || authority is null)
        {
            Dropped(id);
            return;
        }

        AddConstructed(RecordCollections.Programs, loc, id, () => new SanctionsProgram(new ProgramId(id), name, new AuthorityId(authority), basis, source), p => builder.AddProgram(p));
    }

    public void List(ListDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var id = IdText(dto.Id, loc, "id");
        var name = Required(dto.Name, loc, "name");
        var authority = IdText(dto.Authority, loc, "authority");
        var source = Source(dto.Source, loc);
        if (id is null || name is null || authority is null)
        {
            Dropped(id);
            return;
        }

        AddConstructed(RecordCollections.Lists, loc, id, () => new SanctionsList(new ListId(id), name, new AuthorityId(authority), dto.Url, source), l => builder.AddList(l));
    }

    public void Designation(DesignationDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var id = IdText(dto.Id, loc, "id");
        var party = IdText(dto.Party, loc, "party");
        var list = IdText(dto.List, loc, "list");
        var programs = Ids(dto.Programs, loc, "programs", s => new ProgramId(s), programsSeen);
        ImmutableArray<MeasureKind>? measures = dto.Measures is null ? null : Measures(dto.Measures, loc, measuresSeen);
        var basis = Ids(dto.Basis, loc, "basis", s => new InstrumentId(s), basisSeen);
        var valid = Valid(dto.Valid, loc);
        var recorded = Recorded(dto.Recorded, loc);
        var source = Source(dto.Source, loc);
        if (id is null || party is null || list is null)
        {
            Dropped(id);
            return;
        }

        // In place rather than through AddConstructed, as for parties.
        Designation designation;
        try
        {
            designation = new Designation(id, new PartyId(Shared.Id(party)), new ListId(list), valid, programs, measures is { } m ? m : null, basis, dto.ListReference, dto.Remarks, recorded, source);
        }
        catch (ArgumentException e)
        {
            Rejected(loc, e);
            Dropped(id);
            return;
        }

        Origin(RecordCollections.Designations, loc);
        builder.AddDesignation(designation);
    }

    public void CountryMeasure(CountryMeasureDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var id = IdText(dto.Id, loc, "id");
        var ok = Enum(dto.Type, EnumTexts.CountryMeasureKind, loc, "type", required: true, out var kind);
        var target = IdText(dto.Target, loc, "target");
        var authority = IdText(dto.Authority, loc, "authority");
        ArmsDirection? direction = null;
        if (Enum(dto.Direction, EnumTexts.ArmsDirection, loc, "direction", required: false, out var d) && dto.Direction is not null)
        {
            direction = d;
        }

        var basis = Ids(dto.Basis, loc, "basis", s => new InstrumentId(s), basisSeen);
        var valid = Valid(dto.Valid, loc);
        var recorded = Recorded(dto.Recorded, loc);
        var source = Source(dto.Source, loc);
        if (id is null || !ok || target is null || authority is null)
        {
            Dropped(id);
            return;
        }

        if (direction is not null && kind != CountryMeasureKind.ArmsEmbargo)
        {
            Problem(loc.At("direction"), $"Only an arms embargo has a direction; this measure is of type '{dto.Type}'.");
            return;
        }

        AddConstructed(
            RecordCollections.CountryMeasures,
            loc,
            id,
            () => new CountryMeasure(id, new PartyId(Shared.Id(target)), new AuthorityId(authority), kind, valid, direction, basis, dto.Description, recorded, source),
            m => builder.AddCountryMeasure(m));
    }

    public void Treaty(TreatyDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var id = IdText(dto.Id, loc, "id");
        var name = Required(dto.Name, loc, "name");
        var concluded = Date(dto.Concluded, loc, "concluded");
        var source = Source(dto.Source, loc);
        if (id is null || name is null)
        {
            Dropped(id);
            return;
        }

        AddConstructed(RecordCollections.Treaties, loc, id, () => new Treaty(new TreatyId(id), name, concluded, dto.Remarks, source), t => builder.AddTreaty(t));
    }

    public void TreatyAction(TreatyActionDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var treaty = IdText(dto.Treaty, loc, "treaty");
        var party = IdText(dto.Party, loc, "party");
        var ok = Enum(dto.Type, EnumTexts.TreatyActionKind, loc, "type", required: true, out var kind);
        var date = dto.Date is null ? Missing<PartialDate>(loc, "date") : Date(dto.Date, loc, "date");
        var recorded = Recorded(dto.Recorded, loc);
        var source = Source(dto.Source, loc);
        if (treaty is null || party is null || !ok || date is not { } day)
        {
            return;
        }

        AddConstructed(RecordCollections.TreatyActions, loc, null, () => new TreatyAction(new TreatyId(treaty), new PartyId(Shared.Id(party)), kind, day, recorded, source), a => builder.AddTreatyAction(a));
    }

    public void Membership(MembershipDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var member = IdText(dto.Member, loc, "member");
        var organization = IdText(dto.Organization, loc, "organization");
        var status = Required(dto.Status, loc, "status");
        var valid = Valid(dto.Valid, loc);
        var recorded = Recorded(dto.Recorded, loc);
        var source = Source(dto.Source, loc);
        if (member is null || organization is null || status is null)
        {
            return;
        }

        AddConstructed(
            RecordCollections.Memberships,
            loc,
            null,
            () => new Membership(new PartyId(Shared.Id(member)), new PartyId(Shared.Id(organization)), new MembershipStatus(status), valid, recorded, source),
            m => builder.AddMembership(m));
    }

    public void Relation(RelationDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var ok = Enum(dto.Type, EnumTexts.RelationKind, loc, "type", required: true, out var kind);
        var from = IdText(dto.From, loc, "from");
        var to = IdText(dto.To, loc, "to");
        var valid = Valid(dto.Valid, loc);
        var recorded = Recorded(dto.Recorded, loc);
        var source = Source(dto.Source, loc);
        if (dto.Percent is { } p && p is < 0 or > 100)
        {
            Problem(loc.At("percent"), string.Create(CultureInfo.InvariantCulture, $"{p} is not a percentage: expected a number from 0 to 100."));
            ok = false;
        }
        else if (dto.Percent is not null && ok && kind != RelationKind.Ownership)
        {
            Problem(loc.At("percent"), $"Only ownership has a percentage; this relation is of type '{dto.Type}'.");
            ok = false;
        }

        if (!ok || from is null || to is null)
        {
            return;
        }

        AddConstructed(
            RecordCollections.Relations,
            loc,
            null,
            () => new Relation(kind, new PartyId(Shared.Id(from)), new PartyId(Shared.Id(to)), valid, dto.Percent, dto.Role, recorded, source),
            r => builder.AddRelation(r));
    }

    public void Position(PositionDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var holder = IdText(dto.Holder, loc, "holder");
        var title = Required(dto.Title, loc, "title");
        var organization = dto.Organization is null ? null : IdText(dto.Organization, loc, "organization");
        var valid = Valid(dto.Valid, loc);
        var recorded = Recorded(dto.Recorded, loc);
        var source = Source(dto.Source, loc);
        if (holder is null || title is null)
        {
            return;
        }

        AddConstructed(
            RecordCollections.Positions,
            loc,
            null,
            () => new Position(new PartyId(Shared.Id(holder)), title, valid, organization is null ? null : new PartyId(Shared.Id(organization)), recorded, source),
            p => builder.AddPosition(p));
    }

    // Reports a property that JSON Lines records carry but the document form does not.
    public void NoRecordKind(string? recordKind, Loc loc)
    {
        if (recordKind is not null && !options.IgnoreUnknownProperties)
        {
            Problem(loc.At("kind"), "Unknown property 'kind': only JSON Lines records have a kind; in the document form the array says what an item is.");
        }
    }

    // Takes over what another reader read from the part of the input that follows all this one has read: its items (in
    // their order, after this reader's), its problems, and where its items came from. The other reader is not used again.
    public void Absorb(WorldDtoReader other)
    {
        builder.AddFrom(other.builder);
        problems.AddRange(other.problems);
        foreach (var (collection, list) in other.origins)
        {
            if (!origins.TryGetValue(collection, out var mine))
            {
                origins[collection] = list;
            }
            else
            {
                mine.AddRange(list);
            }
        }

        droppedIds.UnionWith(other.droppedIds);
    }

    // Builds the world once everything is read; every problem (the reader's and the builder's) goes into one exception.
    public SanctionsWorld Finish(string? sourceName)
    {
        if (!builder.TryBuild(out var world, out var builderProblems))
        {
            foreach (var p in builderProblems)
            {
                Place(p);
            }
        }

        if (problems.Count > 0 || world is null)
        {
            throw new WorldFormatException(problems, sourceName);
        }

        return world;
    }

    [GeneratedRegex(@"\b(parties|authorities|instruments|programs|lists|designations|countryMeasures|treaties|treatyActions|memberships|relations|positions)\[(\d+)\]( \([^)]*\))?", RegexOptions.CultureInvariant)]
    private static partial Regex Locator();

    [GeneratedRegex(@"^([a-z][A-Za-z]*) (?:refers to|')", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingField();

    [GeneratedRegex(@"refers to unknown \w+ '([^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownReference();

    // Turns a builder locator "designations[3] (id)" (index in order of addition) into the path and line of the item.
    private void Place(WorldProblem p)
    {
        // A reference to an item that could not be read has already been reported at that item.
        if (UnknownReference().Match(p.Message) is { Success: true } unknown && droppedIds.Contains(unknown.Groups[1].Value))
        {
            return;
        }

        var message = Locator().Replace(p.Message, m => Describe(m).Text);
        var at = Locator().Match(p.Locator);
        if (!at.Success)
        {
            Problem("$", null, message);
            return;
        }

        var (path, line, _) = Describe(at);
        if (p.Message.StartsWith("The period", StringComparison.Ordinal))
        {
            path += ".valid";
        }
        else if (LeadingField().Match(p.Message) is { Success: true } field)
        {
            path += "." + field.Groups[1].Value;
        }

        Problem(path, line, message);
    }

    private (string Path, int? Line, string Text) Describe(Match m)
    {
        var collection = m.Groups[1].Value;
        var index = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        if (!origins.TryGetValue(collection, out var list) || index >= list.Count)
        {
            return ("$", null, m.Value);
        }

        var origin = list[index];
        return lines
            ? ("$", origin, string.Create(CultureInfo.InvariantCulture, $"line {origin}"))
            : (string.Create(CultureInfo.InvariantCulture, $"$.{collection}[{origin}]"), null, string.Create(CultureInfo.InvariantCulture, $"$.{collection}[{origin}]"));
    }

    // Remembers where the next item added to a collection came from, so that the builder's problems can be placed.
    private void Origin(string collection, Loc loc)
    {
        if (!origins.TryGetValue(collection, out var list))
        {
            origins[collection] = list = [];
        }

        list.Add(lines ? Line ?? 0 : loc.Index);
    }

    private void AddConstructed<T>(string collection, Loc loc, string? id, Func<T> construct, Action<T> add)
        where T : class
    {
        var item = Construct(loc, construct);
        if (item is null)
        {
            Dropped(id);
            return;
        }

        Origin(collection, loc);
        add(item);
    }

    // The model's constructors check the rest (codes, periods, self-relations); their message says what is wrong.
    private T? Construct<T>(Loc loc, Func<T> construct)
        where T : class
    {
        try
        {
            return construct();
        }
        catch (ArgumentException e)
        {
            Rejected(loc, e);
            return null;
        }
    }

    private void Rejected(Loc loc, ArgumentException e)
    {
        var message = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);
        Problem(loc.At(), message);
    }

    private void Dropped(string? id)
    {
        if (id is not null)
        {
            droppedIds.Add(id);
        }
    }

    private void Unknown(ExtensibleDto dto, Loc loc)
    {
        if (dto.Extra is not { Count: > 0 } extra || options.IgnoreUnknownProperties)
        {
            return;
        }

        foreach (var name in extra.Keys.Order(StringComparer.Ordinal))
        {
            Problem(loc.At(name), $"Unknown property '{name}'.");
        }
    }

    private void NotApplicable(PartyDto dto, PartyKind kind, Loc loc)
    {
        if (options.IgnoreUnknownProperties)
        {
            return;
        }

        void Check(PartyKind owner, string name, bool present)
        {
            if (present && owner != kind)
            {
                Problem(loc.At(name), $"Property '{name}' does not apply to a party of type '{dto.Type}'; it belongs to type '{EnumTexts.PartyKind.Write(owner)}'.");
            }
        }

        Check(PartyKind.State, "alpha2", dto.Alpha2 is not null);
        Check(PartyKind.State, "alpha3", dto.Alpha3 is not null);
        Check(PartyKind.State, "isRegion", dto.IsRegion is not null);
        Check(PartyKind.State, "parentState", dto.ParentState is not null);
        Check(PartyKind.Person, "birthDates", dto.BirthDates is not null);
        Check(PartyKind.Person, "birthPlaces", dto.BirthPlaces is not null);
        Check(PartyKind.Person, "nationalities", dto.Nationalities is not null);
        Check(PartyKind.Person, "gender", dto.Gender is not null);
        Check(PartyKind.Organization, "category", dto.Category is not null);
        Check(PartyKind.InternationalOrganization, "founded", dto.Founded is not null);
        Check(PartyKind.Vessel, "imo", dto.Imo is not null);
        Check(PartyKind.Vessel, "flag", dto.Flag is not null);
        Check(PartyKind.Vessel, "vesselType", dto.VesselType is not null);
        Check(PartyKind.Vessel, "callSign", dto.CallSign is not null);
        Check(PartyKind.Vessel, "tonnage", dto.Tonnage is not null);
        Check(PartyKind.Aircraft, "registration", dto.Registration is not null);
        Check(PartyKind.Aircraft, "model", dto.Model is not null);
        Check(PartyKind.Aircraft, "serialNumber", dto.SerialNumber is not null);
    }

    private ImmutableArray<PartyName> Names(List<NameDto>? names, Loc loc)
    {
        if (names is null or { Count: 0 })
        {
            Problem(loc.At("names"), names is null ? "Missing required property 'names': a party needs at least one name." : "A party needs at least one name.");
            return default;
        }

        return List(names, loc, "names", name);
    }

    private PartyName? Name(NameDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var value = Required(dto.Value, loc, "value");
        var kind = NameKind.Primary;
        var ok = dto.Kind is null || Enum(dto.Kind, EnumTexts.NameKind, loc, "kind", required: false, out kind);
        return value is null || !ok ? null : new PartyName(value, kind, dto.Script, dto.Language);
    }

    private Identifier? Identifier(IdentifierDto dto, Loc loc)
    {
        Unknown(dto, loc);
        var scheme = Required(dto.Scheme, loc, "scheme");
        var value = Required(dto.Value, loc, "value");
        return scheme is null || value is null ? null : new Identifier(scheme, value, dto.Country, dto.Note);
    }

    private Address? Address(AddressDto dto, Loc loc)
    {
        Unknown(dto, loc);
        return new Address(Empty(dto.Street), Empty(dto.City), Empty(dto.Region), Empty(dto.PostalCode), Empty(dto.Country), Empty(dto.Full));
    }

    private Provenance? Source(ProvenanceDto? dto, Loc item)
    {
        if (dto is null)
        {
            return null;
        }

        var loc = item.Inside("source");
        Unknown(dto, loc);
        var source = Required(dto.Source, loc, "source");
        var published = Instant(dto.Published, loc, "published");
        return source is null ? null : Shared.Source(new Provenance(source, dto.Record, dto.Publication, published, dto.Verified ?? true, dto.Note));
    }

    private ValidPeriod Valid(PeriodDto? dto, Loc item)
    {
        if (dto is null)
        {
            return ValidPeriod.Always;
        }

        var loc = item.Inside("valid");
        Unknown(dto, loc);
        var from = End(dto.From, loc, "from");
        var to = End(dto.To, loc, "to");
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

    private RecordPeriod Recorded(PeriodDto? dto, Loc item)
    {
        if (dto is null)
        {
            return RecordPeriod.Always;
        }

        var loc = item.Inside("recorded");
        Unknown(dto, loc);
        var from = Instant(dto.From, loc, "from");
        var to = Instant(dto.To, loc, "to");
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

    private bool Enum<T>(string? text, EnumText<T> words, Loc loc, string field, bool required, out T value)
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

        if (words.TryRead(text, out value))
        {
            return true;
        }

        Problem(loc.At(field), words.Unknown(text));
        return false;
    }

    private T? EnumItem<T>(string? text, EnumText<T> words, Loc loc)
        where T : struct, System.Enum
    {
        if (words.TryRead(text, out var value))
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
                Problem(loc.Inside("measures", i).At(), "null is not allowed here.");
            }
            else if (EnumItem(items[i], EnumTexts.MeasureKind, loc.Inside("measures", i)) is { } measure)
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

    // The last list of texts read for one field and what it became: consecutive records often carry the same programs,
    // measures or nationalities, and share one immutable array instead of each holding a copy. Only lists read without a
    // problem are kept.
    private sealed class LastSeen<T>
    {
        private string[] texts = [];
        private ImmutableArray<T> value;

        public bool Matches(List<string> items, out ImmutableArray<T> result)
        {
            result = value;
            if (items.Count != texts.Length)
            {
                return false;
            }

            for (var i = 0; i < texts.Length; i++)
            {
                if (!string.Equals(items[i], texts[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        public ImmutableArray<T> Keep(List<string> items, ImmutableArray<T> result)
        {
            if (result.Length == items.Count)
            {
                texts = [.. items];
                value = result;
            }

            return result;
        }
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

internal static class RecordCollections
{
    public const string Parties = "parties";
    public const string Authorities = "authorities";
    public const string Instruments = "instruments";
    public const string Programs = "programs";
    public const string Lists = "lists";
    public const string Designations = "designations";
    public const string CountryMeasures = "countryMeasures";
    public const string Treaties = "treaties";
    public const string TreatyActions = "treatyActions";
    public const string Memberships = "memberships";
    public const string Relations = "relations";
    public const string Positions = "positions";
}
