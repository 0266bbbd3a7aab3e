using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.Testing;

public static partial class SanctionsGen
{
    private static readonly string[] PartyPrefixes = ["gen:", "iso:", "ofac:", "eu:", "un:", "uk:", "p-"];

    /// <summary>Party ids such as <c>gen:123</c> or <c>iso:XA</c>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<PartyId> PartyId() => IdText(PartyPrefixes).Select(v => new PartyId(v));

    /// <summary>Authority ids in a jurisdiction hierarchy: <c>XA</c>, <c>XA-FIN</c>, <c>XB-COUNCIL</c> (XA–XD are ISO codes reserved for users, so they name no real state).</summary>
    /// <returns>The generator.</returns>
    public static Gen<AuthorityId> AuthorityId() => Gen.Elements(Pools.AuthorityCodes).Select(code => new AuthorityId(code));

    /// <summary>List ids such as <c>list-3</c>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ListId> ListId() => Gen.Choose(1, 999).Select(n => new ListId(Text($"list-{n}")));

    /// <summary>Program ids such as <c>PROG-7</c>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ProgramId> ProgramId() => Gen.Choose(1, 999).Select(n => new ProgramId(Text($"PROG-{n}")));

    /// <summary>Instrument ids such as <c>instr-12</c>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<InstrumentId> InstrumentId() => Gen.Choose(1, 999).Select(n => new InstrumentId(Text($"instr-{n}")));

    /// <summary>Treaty ids such as <c>treaty-4</c>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<TreatyId> TreatyId() => Gen.Choose(1, 999).Select(n => new TreatyId(Text($"treaty-{n}")));

    /// <summary>Membership statuses: the well-known ones and some an organisation might invent.</summary>
    /// <returns>The generator.</returns>
    public static Gen<MembershipStatus> MembershipStatus() => Gen.Elements(Pools.MembershipStatuses).Select(s => new MembershipStatus(s));

    /// <summary>Names of people and companies from many cultures and scripts (Latin, Cyrillic, Arabic, Han, Hangul, Greek, Hebrew, Devanagari…), of every kind, with their script and language.</summary>
    /// <returns>The generator.</returns>
    public static Gen<PartyName> PartyName() =>
        from seed in Seed()
        from kind in Gen.Frequency((6, Gen.Constant(NameKind.Primary)), (2, Gen.Constant(NameKind.Alias)), (1, Gen.Constant(NameKind.WeakAlias)), (1, Gen.Constant(NameKind.FormerName)))
        from company in Gen.Choose(0, 2)
        select company == 0 ? CompanyName(new Rng(seed), kind) : PersonName(new Rng(seed), kind);

    /// <summary>Identifiers (passport, IMO, LEI, tax and registration numbers), sometimes with an issuing country and a note.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Identifier> Identifier() =>
        from scheme in Gen.Elements(Pools.IdentifierSchemes)
        from number in Gen.Choose(1, 99_999_999)
        from country in Gen.Elements<string?>(null, "XA", "XB", "XC")
        from note in Gen.Elements<string?>(null, null, "issued 2010", "expired")
        select new Identifier(scheme, number.ToString("D8", CultureInfo.InvariantCulture), country, note);

    /// <summary>Addresses, from a bare country to a full street address, some given only as one free-text line.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Address> Address() =>
        from seed in Seed()
        select MakeAddress(new Rng(seed));

    /// <summary>Provenance: the manual source, or a source record in a publication at an instant, verified or not.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Provenance> Provenance() =>
        Gen.Frequency(
            (2, Gen.Constant(Core.Provenance.Manual)),
            (3, from source in Gen.Elements("gen", "ofac-sdn", "un-sc", "eu-fsf")
                from record in Gen.Choose(0, 9999)
                from published in Instant()
                from verified in Gen.Choose(0, 4)
                select new Provenance(source, record == 0 ? null : record.ToString(CultureInfo.InvariantCulture), $"pub-{published.ToUnixTimeSeconds()}", published, verified != 0, verified == 0 ? "unverified copy" : null)));

    /// <summary>Parties of every kind.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Party> Party() => Gen.Frequency(
        (2, State().Select(p => (Party)p)),
        (4, Person().Select(p => (Party)p)),
        (3, Organization().Select(p => (Party)p)),
        (1, InternationalOrganization().Select(p => (Party)p)),
        (1, Vessel().Select(p => (Party)p)),
        (1, Aircraft().Select(p => (Party)p)));

    /// <summary>States and regions, with alpha-2 and alpha-3 codes (from the ranges ISO reserves for users) and, for regions, a parent state.</summary>
    /// <returns>The generator.</returns>
    public static Gen<State> State() => from id in PartyId() from seed in Seed() select PartyFactory.State(new Rng(seed), id, parent: null);

    /// <summary>Persons with names in many scripts, partial birth dates, nationalities, identifiers and addresses.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Person> Person() => from id in PartyId() from seed in Seed() select PartyFactory.Person(new Rng(seed), id);

    /// <summary>Organisations: companies, public bodies, ministries, armed forces.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Organization> Organization() => from id in PartyId() from seed in Seed() select PartyFactory.Organization(new Rng(seed), id);

    /// <summary>International organisations, sometimes with a founding date.</summary>
    /// <returns>The generator.</returns>
    public static Gen<InternationalOrganization> InternationalOrganization() =>
        from id in PartyId() from seed in Seed() select PartyFactory.InternationalOrganization(new Rng(seed), id);

    /// <summary>Vessels with IMO numbers, flags, types, call signs and tonnage.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Vessel> Vessel() => from id in PartyId() from seed in Seed() select PartyFactory.Vessel(new Rng(seed), id);

    /// <summary>Aircraft with registrations, models and serial numbers.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Aircraft> Aircraft() => from id in PartyId() from seed in Seed() select PartyFactory.Aircraft(new Rng(seed), id);

    // A seed for the imperative factories that share code with the synthetic world generator.
    internal static Gen<ulong> Seed() => Gen.Choose(int.MinValue, int.MaxValue).Two().Select(t => ((ulong)(uint)t.Item1 << 32) | (uint)t.Item2);

    private static Gen<string> IdText(string[] prefixes) =>
        from prefix in Gen.Elements(prefixes)
        from n in Gen.Sized(size => Gen.Choose(1, Math.Max(1, size * 10)))
        select Text($"{prefix}{n}");

    internal static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    internal static PartyName PersonName(Rng rng, NameKind kind)
    {
        var culture = rng.Pick(Pools.Cultures);
        var given = rng.Pick(culture.Given);
        if (!culture.FamilyFirst && culture.Script is not ("Hani" or "Jpan" or "Hang") && rng.Chance(0.4))
        {
            // A middle name, as many cultures give them.
            given = given + " " + rng.Pick(culture.Given);
        }

        return new PartyName(culture.Name(given, rng.Pick(culture.Family)), kind, culture.Script, culture.Language);
    }

    internal static PartyName CompanyName(Rng rng, NameKind kind)
    {
        switch (rng.Next(10))
        {
            case 0:
                return new PartyName(rng.Pick(Pools.ForeignCompanyNames), kind);
            case 1:
                var (script, language, form, words, chinese) = rng.Pick(Pools.ForeignCompanyParts);
                var a = rng.Pick(words);
                var b = rng.Pick(words);
                return new PartyName(chinese ? a + b + form : $"{form} {a} {b}", kind, script, language);
            default:
                var second = rng.Chance(0.5) ? " " + rng.Pick(Pools.CompanyWords) : string.Empty;
                return new PartyName($"{rng.Pick(Pools.CompanyWords)}{second} {rng.Pick(Pools.CompanyTrades)} {rng.Pick(Pools.CompanyForms)}", kind, "Latn", "en");
        }
    }

    internal static Address MakeAddress(Rng rng) => rng.Next(4) switch
    {
        0 => new Address(Country: rng.Pick(Pools.Countries)),
        1 => new Address(City: rng.Pick(Pools.Cities), Country: rng.Pick(Pools.Countries)),
        2 => new Address(Full: $"{rng.Between(1, 200)} {rng.Pick(Pools.Streets)}, {rng.Pick(Pools.Cities)}"),
        _ => new Address(Text($"{rng.Between(1, 200)} {rng.Pick(Pools.Streets)}"), rng.Pick(Pools.Cities), null, Text($"{rng.Between(10000, 99999)}"), rng.Pick(Pools.Countries)),
    };

    internal static PartialDate? MaybePartial(Rng rng, LocalDateRange range, double nullChance)
    {
        if (rng.Chance(nullChance))
        {
            return null;
        }

        return Coarsen(FromDayNumber(rng.Between(range.First, range.Last)), rng.Next(10));
    }

    internal readonly record struct LocalDateRange(int First, int Last);
}
