using Sanctions.Core.Parties;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Ftm;

namespace Sanctions.Sources.Mapping;

/// <summary>
/// What FollowTheMoney entities say that the model has no field of its own for, kept rather than dropped (issue 16: a lenient
/// import drops no value without an issue that quotes it): a person's name parts, the programs a party names, any property the
/// mapping does not read, an Address entity's further texts and parts, and what a relation entity says beyond its parties.
/// </summary>
internal static class FtmProperties
{
    // FollowTheMoney gives a person's name parts as sets, not tied to one of the names (firstName, lastName, ... of every merged
    // source): the model keeps whole names, so the parts are kept in the remarks, one line per part, rather than dropped (issue 16).
    private static readonly (string Property, string Label)[] NamePartProperties =
    [
        ("title", "title"), ("firstName", "first name"), ("secondName", "second name"), ("middleName", "middle name"), ("fatherName", "patronymic"),
        ("motherName", "matronymic"), ("lastName", "last name"), ("nameSuffix", "name suffix"),
    ];

    // Every property of a party entity the mapping reads; the values of any other (wikidataId, education, sector, ...) are kept in the
    // remarks as "property: value", and so are the values after the first of a property a party holds one of (a second gender, flag or
    // call sign), so that a lenient import drops none of them (issue 16). The entity's bookkeeping (created and modified times, source
    // URLs) is not a value of the party.
    private static readonly HashSet<string> ReadProperties = new(StringComparer.Ordinal)
    {
        "name", "alias", "previousName", "weakAlias", "abbreviation", "address", "addressEntity", "notes", "summary", "topics", "status",
        "programId", "country", "jurisdiction", "phone", "email", "website", "registrationNumber",
    };

    // Read only where the party has a field for them: a person's birth, nationality and positions; an organization's legal form and
    // dates. On any other schema (a Company with a birthDate, a Vessel with a legalForm) their values go to the remarks like any
    // property the mapping does not read, rather than being dropped.
    private static readonly HashSet<string> PersonProperties = new(StringComparer.Ordinal)
    {
        "birthDate", "birthPlace", "birthCountry", "nationality", "citizenship", "position",
    };

    private static readonly HashSet<string> OrganizationProperties = new(StringComparer.Ordinal) { "incorporationDate", "dissolutionDate", "legalForm" };

    /// <summary>Whether the mapping makes an <see cref="Organization"/> of an entity of this schema (every schema but a person, vessel or airplane).</summary>
    public static bool IsOrganization(string schema) => schema is not ("Person" or "Vessel" or "Airplane");

    private static bool Reads(string schema, string property) =>
        ReadProperties.Contains(property) || (schema == "Person" && PersonProperties.Contains(property)) || (IsOrganization(schema) && OrganizationProperties.Contains(property));

    private static readonly HashSet<string> Bookkeeping = new(StringComparer.Ordinal) { "createdAt", "modifiedAt", "retrievedAt", "sourceUrl" };

    // What a relation entity says beyond its parties, dates, share and role, kept in its provenance's note (issue 16): the number and
    // value of shares held, a second role or ownership type, its summary and description.
    private static readonly (string Property, string Label)[] RelationNoteProperties =
    [
        ("sharesCount", "shares"), ("sharesValue", "shares value"), ("sharesCurrency", "shares currency"), ("sharesType", "shares type"),
        ("role", "role"), ("ownershipType", "ownership type"), ("relationship", "relationship"), ("summary", "summary"), ("description", "description"),
    ];

    public static IEnumerable<string> OtherProperties(FtmEntity entity)
    {
        // Read for one value only, by schema.
        string[] firsts = entity.Schema switch
        {
            "Person" => ["gender"],
            "Vessel" => entity.First("tonnage") is null ? ["imoNumber", "flag", "type", "callSign", "grossRegisteredTonnage"] : ["imoNumber", "flag", "type", "callSign", "tonnage"],
            "Airplane" => entity.First("model") is null ? ["type", "serialNumber"] : ["model", "serialNumber"],
            _ => [],
        };
        foreach (var (property, values) in entity.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var read = Reads(entity.Schema, property) || Bookkeeping.Contains(property) || NamePartProperties.Any(p => p.Property == property)
                || FtmMapper.IdentifierProperties.Any(p => p.Property == property);
            var first = Array.IndexOf(firsts, property) >= 0;
            foreach (var value in read ? [] : first ? values.Skip(1) : values)
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    yield return $"{property}: {value.Trim()}";
                }
            }
        }
    }

    public static IEnumerable<string> NameParts(FtmEntity entity)
    {
        foreach (var (property, label) in NamePartProperties)
        {
            var values = entity.Get(property).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal).ToList();
            if (values.Count > 0)
            {
                yield return $"{label}: {string.Join("; ", values)}";
            }
        }
    }

    // The programs a party's record names (programId: OpenSanctions' program keys, such as US-RUSHAR) that none of its Sanction
    // entities carries; those a Sanction carries are its designation's programs already.
    public static IEnumerable<string> PartyPrograms(FtmEntity entity, Dictionary<string, HashSet<string>> sanctionPrograms)
    {
        var designated = sanctionPrograms.GetValueOrDefault(entity.Id);
        foreach (var program in entity.Get("programId").Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct(StringComparer.Ordinal))
        {
            if (designated is null || !designated.Contains(program))
            {
                yield return "program: " + program;
            }
        }
    }

    // An Address entity merges the addresses of several sources: one structured address of the first value of each part, then each
    // further full text as an address of its own. A further value of a part (a second city, a post-office box) that no kept text
    // contains is said in a warning that quotes it, so none is dropped unsaid (issue 16).
    public static void AddAddress(FtmEntity address, List<Address> addresses, ImportDiagnostics diagnostics)
    {
        var fulls = address.Get("full").Where(f => !string.IsNullOrWhiteSpace(f)).Distinct(StringComparer.Ordinal).ToList();
        var country = address.First("country");
        var first = new Address(address.First("street"), address.First("city"), address.First("region") ?? address.First("state"),
            address.First("postalCode"), country, fulls.FirstOrDefault() ?? address.Caption);
        addresses.Add(first);
        foreach (var full in fulls.Skip(1))
        {
            addresses.Add(new Address(Country: country, Full: full));
        }

        var kept = fulls.Append(first.ToString()).ToList();
        foreach (var (property, values) in address.Properties)
        {
            if (property == "full" || values.Length == 0)
            {
                continue;
            }

            var used = property is "street" or "city" or "postalCode" or "region" or "country" || (property == "state" && address.First("region") is null);
            var tail = used ? values.Skip(1) : values;
            foreach (var value in tail)
            {
                if (!string.IsNullOrWhiteSpace(value) && !kept.Any(k => k.Contains(value.Trim(), StringComparison.OrdinalIgnoreCase)))
                {
                    diagnostics.Warn(address.Location.WithPath("$.properties." + property), address.Id,
                        $"Address {property} '{value}' is in none of the address's kept texts (one address is made of the first value of each part); not kept");
                }
            }
        }
    }

    public static string? RelationNote(FtmEntity entity, string? role)
    {
        var parts = new List<string>();
        foreach (var (property, label) in RelationNoteProperties)
        {
            foreach (var value in entity.Get(property))
            {
                if (!string.IsNullOrWhiteSpace(value) && value != role)
                {
                    parts.Add($"{label}: {value.Trim()}");
                }
            }
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }
}
