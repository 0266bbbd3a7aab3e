using System.Globalization;
using Sanctions.Core;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Ftm;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Mapping;

/// <summary>
/// Maps a set of FollowTheMoney entities (one export, or the state after applying deltas) to a
/// snapshot: parties from Person, Organization, Company, LegalEntity, PublicBody, Vessel and
/// Airplane; designations from Sanction; relations from Ownership, Directorship, Family and
/// Associate; positions from Membership; identifiers from Identification and Passport; addresses
/// from Address entities.
/// </summary>
internal static class FtmMapper
{
    public const string Source = "opensanctions-ftm";

    private static readonly HashSet<string> Organizations = ["Organization", "Company", "LegalEntity", "PublicBody"];

    public static int Map(IReadOnlyDictionary<string, FtmEntity> entities, EntryMapper context, ImportDiagnostics diagnostics, Snapshot snapshot)
    {
        var imported = 0;
        var identifiers = new Dictionary<string, List<Identifier>>(StringComparer.Ordinal);
        foreach (var entity in entities.Values.Where(e => e.Schema is "Identification" or "Passport"))
        {
            // The holder is the link to the party: a document whose holder is no party of the file, or that has no number, is not
            // attached, and the warning quotes what it says (issue 16: nothing dropped unsaid).
            var holder = entity.First("holder");
            var number = entity.First("number") ?? entity.First("passportNumber");
            if (holder is null || number is null)
            {
                diagnostics.Warn(entity.Location, entity.Id,
                    $"{entity.Schema} without {(holder is null ? "holder" : "number")} (holder '{holder}', number '{number}'); not attached");
                continue;
            }

            if (!entities.TryGetValue(holder, out var held) || !IsParty(held.Schema))
            {
                diagnostics.Warn(entity.Location, entity.Id, $"{entity.Schema} {number} names holder '{holder}', which is not a party in the file; not attached");
                continue;
            }

            var type = entity.First("type") ?? entity.Schema;
            (identifiers.TryGetValue(holder, out var list) ? list : identifiers[holder] = []).Add(
                new Identifier(type, number, entity.First("country"), Note(entity.First("startDate"), entity.First("endDate"))));
            imported++;
        }

        var sanctionPrograms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var addressed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities.Values)
        {
            if (entity.Schema == "Sanction" && entity.First("entity") is { } target)
            {
                (sanctionPrograms.TryGetValue(target, out var set) ? set : sanctionPrograms[target] = new(StringComparer.Ordinal)).UnionWith(entity.Get("programId").Select(p => p.Trim()));
            }

            if (IsParty(entity.Schema))
            {
                addressed.UnionWith(entity.Get("addressEntity"));
            }
        }

        foreach (var entity in entities.Values)
        {
            if (ToParty(entity, entities, identifiers, sanctionPrograms, context, diagnostics) is { } party)
            {
                var record = snapshot.Records.Set(party.Id.Value, party);
                FtmFacts.AddPositions(entity, record);
                imported++;
            }
        }

        foreach (var entity in entities.Values)
        {
            switch (entity.Schema)
            {
                case "Sanction":
                    imported += MapSanction(entity, context, diagnostics, snapshot) ? 1 : 0;
                    break;
                case "Ownership":
                    imported += MapRelation(entity, RelationKind.Ownership, "owner", "asset", entity.First("role") ?? entity.First("ownershipType"), diagnostics, snapshot) ? 1 : 0;
                    break;
                case "Directorship":
                    imported += MapRelation(entity, RelationKind.Directorship, "director", "organization", entity.First("role"), diagnostics, snapshot) ? 1 : 0;
                    break;
                case "Family":
                    imported += MapRelation(entity, RelationKind.Family, "person", "relative", entity.First("relationship"), diagnostics, snapshot) ? 1 : 0;
                    break;
                case "Associate":
                    imported += MapRelation(entity, RelationKind.Associate, "person", "associate", entity.First("relationship"), diagnostics, snapshot) ? 1 : 0;
                    break;
                case "Membership":
                    imported += MapMembership(entity, diagnostics, snapshot) ? 1 : 0;
                    break;
                case "Address":
                    if (!addressed.Contains(entity.Id))
                    {
                        diagnostics.Warn(entity.Location, entity.Id,
                            $"Address '{string.Join("; ", entity.Get("full").DefaultIfEmpty(entity.Caption ?? string.Empty))}' is the address of no party in the file; left out");
                    }

                    break;
                case "Identification":
                case "Passport":
                case "Person":
                case "Vessel":
                case "Airplane":
                    break;
                default:
                    if (!Organizations.Contains(entity.Schema))
                    {
                        diagnostics.Warn(entity.Location, entity.Id, $"schema '{entity.Schema}' is not imported; entity left out");
                    }

                    break;
            }
        }

        imported += FtmFacts.DesignateSanctionTopics(entities, context, diagnostics, snapshot);
        CapOwnership(diagnostics, snapshot);
        TieReferents(snapshot);
        return imported;
    }

    /// <summary>
    /// Sources merged by OpenSanctions can state stakes that add up to more than 100% (old and new
    /// owners, duplicates). The model rejects that, so such stakes are kept as ownership without a
    /// percentage, with a warning, rather than dropped.
    /// </summary>
    private static void CapOwnership(ImportDiagnostics diagnostics, Snapshot snapshot)
    {
        var stakes = snapshot.Records.Values
            .Where(r => r.HasRelations)
            .SelectMany(r => r.Relations.Where(x => x.Kind == RelationKind.Ownership && x.Percent is not null).Select(x => (Record: r, Relation: x)))
            .GroupBy(x => x.Relation.To);
        foreach (var asset in stakes)
        {
            var total = asset.Sum(x => x.Relation.Percent!.Value);
            if (total <= 100m)
            {
                continue;
            }

            foreach (var (record, relation) in asset)
            {
                record.Relations[record.Relations.IndexOf(relation)] = relation with { Percent = null };
            }

            diagnostics.Warn(new SourceLocation(Source), asset.Key.Value,
                string.Create(CultureInfo.InvariantCulture, $"stated stakes in {asset.Key} add up to {total}%; kept as ownership without percentages"));
        }
    }

    private static string? Note(string? issued, string? expires)
    {
        var parts = new List<string>();
        if (issued is not null)
        {
            parts.Add("issued " + issued);
        }

        if (expires is not null)
        {
            parts.Add("expires " + expires);
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    internal static PartialDate? Date(FtmEntity entity, string property, ImportDiagnostics diagnostics)
    {
        var text = entity.First(property);
        if (text is null)
        {
            return null;
        }

        if (SourceDate.TryParseIso(text, out var date))
        {
            return EntryMapper.ToPartialDate(date);
        }

        diagnostics.RejectValue(entity.Location.WithPath("$.properties." + property), entity.Id, $"{property} '{text}' is not an ISO date");
        return null;
    }

    private static bool IsParty(string schema) => schema is "Person" or "Vessel" or "Airplane" || Organizations.Contains(schema);

    private static Party? ToParty(FtmEntity entity, IReadOnlyDictionary<string, FtmEntity> all, Dictionary<string, List<Identifier>> identifiers,
        Dictionary<string, HashSet<string>> sanctionPrograms, EntryMapper context, ImportDiagnostics diagnostics)
    {
        if (!IsParty(entity.Schema))
        {
            return null;
        }

        var names = new List<PartyName>();
        // A blank caption or name is no name (a cut or damaged file): the entity is refused with its location, not a crash.
        var primary = new[] { entity.Caption, entity.First("name") }.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));
        if (primary is null)
        {
            diagnostics.Reject(entity.Location, entity.Id, $"{entity.Schema} has no caption or name");
            return null;
        }

        names.Add(new PartyName(primary, NameKind.Primary));
        void AddNames(string property, NameKind kind, string? note = null)
        {
            foreach (var value in entity.Get(property))
            {
                if (!string.IsNullOrWhiteSpace(value) && !names.Any(n => n.Value == value))
                {
                    names.Add(new PartyName(value, kind) { Note = note });
                }
            }
        }

        AddNames("name", NameKind.Alias);
        AddNames("alias", NameKind.Alias);
        AddNames("previousName", NameKind.FormerName);
        AddNames("weakAlias", NameKind.WeakAlias);
        AddNames("abbreviation", NameKind.Alias, "abbreviation");

        var ids = new List<Identifier>();
        foreach (var (property, scheme) in IdentifierProperties)
        {
            foreach (var value in entity.Get(property))
            {
                ids.Add(new Identifier(scheme, value));
            }
        }

        ids.AddRange(identifiers.GetValueOrDefault(entity.Id) ?? []);

        // The ids of the source records OpenSanctions merged into this entity (ofac-46001, gb-hmt-16273): cross-references.
        ids.AddRange(entity.Referents.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => new Identifier(FtmFacts.ReferentScheme, r.Trim())));
        ids = [.. ids.Distinct()];

        var addresses = entity.Get("address").Select(a => new Address(Full: a)).ToList();
        foreach (var reference in entity.Get("addressEntity"))
        {
            if (all.TryGetValue(reference, out var address) && address.Schema == "Address")
            {
                FtmProperties.AddAddress(address, addresses, diagnostics);
            }
            else
            {
                diagnostics.Warn(entity.Location, entity.Id, $"addressEntity '{reference}' is not an Address in the file; not attached");
            }
        }

        var source = context.ProvenanceOf(Source, entity.Id);
        var organization = FtmProperties.IsOrganization(entity.Schema);
        var remarks = string.Join("\n", entity.Get("notes").Concat(entity.Get("summary")).Concat(entity.Get("topics").Select(t => "topic: " + t))
            .Concat(entity.Datasets.Select(d => "dataset: " + d))
            .Concat(organization && entity.Get("incorporationDate").Length > 1 ? entity.Get("incorporationDate").Select(d => "incorporated: " + d) : [])
            .Concat(organization && entity.Get("dissolutionDate").Length > 1 ? entity.Get("dissolutionDate").Select(d => "dissolved: " + d) : [])
            .Concat(entity.Get("status").Select(x => "status: " + x))
            .Concat(FtmProperties.NameParts(entity))
            .Concat(FtmProperties.PartyPrograms(entity, sanctionPrograms))
            .Concat(FtmProperties.OtherProperties(entity)));
        var id = new PartyId("os:" + entity.Id);
        var countries = FtmFacts.Countries(entity.Get("country").Concat(entity.Get("jurisdiction")));
        var contacts = FtmFacts.Contacts(entity);
        switch (entity.Schema)
        {
            case "Person":
                var births = new List<PartialDate>();
                foreach (var text in entity.Get("birthDate"))
                {
                    if (SourceDate.TryParseIso(text, out var d))
                    {
                        births.Add(EntryMapper.ToPartialDate(d));
                    }
                    else
                    {
                        diagnostics.RejectValue(entity.Location.WithPath("$.properties.birthDate"), entity.Id, $"birthDate '{text}' is not an ISO date");
                    }
                }

                return new Person(id, names, births.Distinct(), entity.Get("birthPlace"), FtmFacts.Countries(entity.Get("nationality")),
                    entity.First("gender"), ids, addresses, countries, source, remarks)
                {
                    BirthDateFacts = [.. births.Distinct().Select(b => new BirthDate(b))],
                    BirthPlaceFacts =
                    [
                        .. entity.Get("birthPlace").Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.Ordinal).Select(p => new BirthPlace(p) { Approximate = PartyFacts.IsApproximatePlace(p) }),

                        // A country of birth is a place of birth named by its country (ISO code where one fits, the file's text kept).
                        .. entity.Get("birthCountry").Where(c => !string.IsNullOrWhiteSpace(c)).Distinct(StringComparer.Ordinal).Select(c => new BirthPlace(c.Trim(), country: FtmFacts.Countries([c])[0])),
                    ],
                    Citizenships = FtmFacts.Countries(entity.Get("citizenship")),
                    Contacts = contacts,
                };
            case "Vessel":
                return new Vessel(id, names, entity.First("imoNumber"), CountryNames.CodeOrText(entity.First("flag")?.ToUpperInvariant()), entity.First("type"), entity.First("callSign"),
                    entity.First("tonnage") ?? entity.First("grossRegisteredTonnage"), ids, source, remarks)
                { Addresses = [.. addresses], Countries = countries, Contacts = contacts };
            case "Airplane":
                return new Aircraft(id, names, entity.First("registrationNumber"), entity.First("model") ?? entity.First("type"), entity.First("serialNumber"), ids, source, remarks)
                {
                    Addresses = [.. addresses],
                    Countries = countries,
                    Contacts = contacts,
                };
            default:
                return new Organization(id, names, entity.Schema, ids, addresses, countries, source, remarks)
                {
                    LegalForm = Raw.TextValues.NullIfEmpty(string.Join("; ", entity.Get("legalForm").Where(f => !string.IsNullOrWhiteSpace(f)).Distinct(StringComparer.Ordinal))),
                    Incorporated = FtmFacts.Earliest(entity, "incorporationDate", diagnostics),
                    Dissolved = FtmFacts.Latest(entity, "dissolutionDate", diagnostics),
                    Contacts = contacts,
                };
        }
    }

    internal static readonly (string Property, string Scheme)[] IdentifierProperties =
    [
        ("registrationNumber", "registrationNumber"), ("idNumber", "idNumber"), ("taxNumber", "taxNumber"), ("vatCode", "vatCode"),
        ("innCode", "INN"), ("ogrnCode", "OGRN"), ("kppCode", "KPP"), ("leiCode", "LEI"), ("swiftBic", "SWIFT/BIC"), ("passportNumber", "Passport"),
        ("imoNumber", "IMO"), ("mmsi", "MMSI"), ("permId", "PermID"), ("icaoCode", "ICAO"),

        // The US government's Unique Entity ID (SAM.gov), which OpenSanctions carries for parties excluded from federal contracts.
        ("uniqueEntityId", "UEI"),
    ];

    // A referent that is another party of the file (OpenSanctions merged that record into this entity, and the file holds both) is the
    // same party: a same-as relation from the entity to it (issue 16). The referent stays an identifier either way, so nothing the file
    // says is lost; one naming a party of another import is tied when the worlds are merged (WorldMerge).
    private static void TieReferents(Snapshot snapshot)
    {
        foreach (var record in snapshot.Records.Values)
        {
            foreach (var identifier in record.Party.Identifiers)
            {
                if (identifier.Scheme == FtmFacts.ReferentScheme && snapshot.Records.ContainsKey("os:" + identifier.Value) && "os:" + identifier.Value != record.Party.Id.Value)
                {
                    record.Relations.Add(new Relation(RelationKind.SameAs, record.Party.Id, new PartyId("os:" + identifier.Value), ValidPeriod.Always,
                        source: new Provenance(Source, record.Party.Source.Record, note: "FollowTheMoney referent")));
                }
            }
        }
    }

    private static bool MapSanction(FtmEntity sanction, EntryMapper context, ImportDiagnostics diagnostics, Snapshot snapshot)
    {
        var target = sanction.First("entity");
        if (target is null || !snapshot.Records.TryGetValue("os:" + target, out var record))
        {
            diagnostics.Warn(sanction.Location, sanction.Id, $"Sanction refers to entity '{target}', which is not a party in the file; left out");
            return false;
        }

        // Ids are made of these, and an id may not be blank or start or end with white space.
        var dataset = sanction.Datasets.FirstOrDefault(d => !string.IsNullOrWhiteSpace(d))?.Trim() ?? "opensanctions";
        var (authorityId, authorityName) = AuthorityOf(dataset, sanction.First("authority"));
        var authority = context.Catalog.Authority(authorityId, authorityName);
        var list = context.Catalog.List("os:" + dataset, "OpenSanctions dataset " + dataset, authority);
        var programs = FtmFacts.Programs(sanction, dataset, authority, context.Catalog);

        // startDate is when it took effect; listingDate when it was listed. Prefer the former; of several, the earliest
        // start and the latest end (every one stays in the remarks).
        var from = FtmFacts.Earliest(sanction, "startDate", diagnostics) ?? FtmFacts.Earliest(sanction, "listingDate", diagnostics);
        var to = FtmFacts.Latest(sanction, "endDate", diagnostics);
        if (!ValidPeriod.IsValid(from, to))
        {
            diagnostics.RejectValue(sanction.Location, sanction.Id, $"endDate {to} is before startDate {from}; the end is left out");
            to = null;
        }

        var remarks = string.Join("\n", sanction.Get("reason").Concat(sanction.Get("provisions")).Concat(sanction.Get("status").Select(s => "status: " + s))
            .Concat(sanction.Get("listingDate").Select(d => "listed: " + d))
            .Concat(sanction.Get("program").Length > 1 ? sanction.Get("program").Select(p => "program: " + p) : [])
            .Concat(sanction.Get("startDate").Length > 1 ? sanction.Get("startDate").Select(d => "started: " + d) : [])
            .Concat(sanction.Get("endDate").Length > 1 ? sanction.Get("endDate").Select(d => "ends: " + d) : [])

            // What else the Sanction says, so a lenient import drops none of it (issue 16): its summary, every authority and
            // country it names (the catalog keeps one name per authority), the program words when programIds made the
            // programs, a second authorityId, its record id and duration.
            .Concat(sanction.Get("summary"))
            .Concat(sanction.Get("authority").Select(a => "authority: " + a))
            .Concat(sanction.Get("country").Select(c => "country: " + c))
            .Concat(sanction.Get("program").Length == 1 && sanction.Get("programId").Length > 0 ? sanction.Get("program").Select(p => "program: " + p) : [])
            .Concat(sanction.Get("authorityId").Skip(1).Select(a => "authorityId: " + a))
            .Concat(sanction.Get("recordId").Select(r => "record: " + r))
            .Concat(sanction.Get("duration").Select(d => "duration: " + d)));
        record.Designations.Add(new DesignationDraft(
            "os-sanction/" + sanction.Id, record.Party.Id, list, [.. programs], [MeasureKind.Other], [], from, to,
            sanction.First("authorityId") ?? sanction.First("unscId"), remarks.Length == 0 ? null : remarks, context.ProvenanceOf(Source, sanction.Id)));
        return true;
    }

    internal static (string Id, string Name) AuthorityOf(string dataset, string? named)
    {
        var prefix = dataset.Split('_')[0];
        var id = dataset.StartsWith("us_ofac", StringComparison.Ordinal) ? Catalog.Ofac.Id
            : dataset.StartsWith("us_bis", StringComparison.Ordinal) ? Catalog.Bis.Id
            : dataset.StartsWith("un_sc", StringComparison.Ordinal) ? Catalog.UnSc.Id
            : prefix switch
            {
                "eu" => "EU",
                "gb" => "UK",
                "ch" => "CH",
                "ca" => "CA",
                "au" => "AU",
                "jp" => "JP",
                "ua" => "UA",
                "nz" => "NZ",
                "us" => "US",
                _ => "OS-" + dataset.ToUpperInvariant(),
            };
        return (id, named ?? id);
    }

    private static bool MapRelation(FtmEntity entity, RelationKind kind, string fromProperty, string toProperty, string? role, ImportDiagnostics diagnostics, Snapshot snapshot)
    {
        var from = entity.First(fromProperty);
        var to = entity.First(toProperty);
        if (from is null || to is null || !snapshot.Records.TryGetValue("os:" + from, out var record) || !snapshot.Records.ContainsKey("os:" + to) || from == to)
        {
            diagnostics.Warn(entity.Location, entity.Id, $"{entity.Schema} links '{from}' and '{to}', which are not both parties in the file; left out");
            return false;
        }

        decimal? percent = null;
        if (kind == RelationKind.Ownership && entity.First("percentage") is { } text)
        {
            if (decimal.TryParse(text.TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 100)
            {
                percent = p;
            }
            else
            {
                diagnostics.RejectValue(entity.Location.WithPath("$.properties.percentage"), entity.Id, $"percentage '{text}' is not a number from 0 to 100");
            }
        }

        var start = Date(entity, "startDate", diagnostics);
        var end = Date(entity, "endDate", diagnostics);
        var valid = ValidPeriod.IsValid(start, end) ? new ValidPeriod(start, end) : new ValidPeriod(start, null);
        record.Relations.Add(new Relation(kind, new PartyId("os:" + from), new PartyId("os:" + to), valid, percent, role, default,
            new Provenance(Source, entity.Id, note: FtmProperties.RelationNote(entity, role))));
        return true;
    }

    private static bool MapMembership(FtmEntity entity, ImportDiagnostics diagnostics, Snapshot snapshot)
    {
        var member = entity.First("member");
        var organization = entity.First("organization");
        if (member is null || !snapshot.Records.TryGetValue("os:" + member, out var record))
        {
            diagnostics.Warn(entity.Location, entity.Id, $"Membership of '{member}', which is not a party in the file; left out");
            return false;
        }

        PartyId? org = organization is not null && snapshot.Records.ContainsKey("os:" + organization) ? new PartyId("os:" + organization) : null;
        var start = Date(entity, "startDate", diagnostics);
        var end = Date(entity, "endDate", diagnostics);
        var valid = ValidPeriod.IsValid(start, end) ? new ValidPeriod(start, end) : new ValidPeriod(start, null);
        record.Positions.Add(new Position(record.Party.Id, entity.First("role") ?? "member", valid, org, default, new Provenance(Source, entity.Id)));
        return true;
    }
}
