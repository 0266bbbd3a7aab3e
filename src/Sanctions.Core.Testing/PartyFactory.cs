using System.Globalization;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Testing;

// Builds parties of each kind from a random source; shared by the FsCheck generators and the synthetic world.
internal static class PartyFactory
{
    // ISO 3166-1 alpha-2 codes reserved for users (AA, QM–QZ, XA–XZ, ZZ): no real state has them.
    public static readonly string[] UserCodes = ["AA", .. Enumerable.Range('M', 14).Select(c => "Q" + (char)c), .. Enumerable.Range('A', 26).Select(c => "X" + (char)c), "ZZ"];

    private static readonly SanctionsGen.LocalDateRange BirthYears = new(SanctionsGen.DayNumber(new NodaTime.LocalDate(1930, 1, 1)), SanctionsGen.DayNumber(new NodaTime.LocalDate(2005, 12, 31)));

    public static State State(Rng rng, PartyId id, PartyId? parent, string? alpha2 = null)
    {
        alpha2 ??= parent is null ? rng.Pick(UserCodes) : null;
        var name = parent is null ? $"Republic of {rng.Pick(Pools.Cities)}" : $"{rng.Pick(Pools.Cities)} Region";
        var names = new List<PartyName> { new(name, NameKind.Primary, "Latn", "en") };
        if (rng.Chance(0.3))
        {
            names.Add(new PartyName(rng.Pick(Pools.Cities), NameKind.Alias, "Latn", "en"));
        }

        return new State(id, names, alpha2, alpha2 is null ? null : alpha2 + "X", isRegion: parent is not null, parentState: parent);
    }

    public static Person Person(Rng rng, PartyId id)
    {
        var primary = SanctionsGen.PersonName(rng, NameKind.Primary);
        var names = new List<PartyName> { primary };
        var aliases = rng.Next(4);
        for (var i = 0; i < aliases; i++)
        {
            names.Add(SanctionsGen.PersonName(rng, rng.Chance(0.3) ? NameKind.WeakAlias : NameKind.Alias));
        }

        var births = new List<PartialDate>();
        if (rng.Chance(0.8))
        {
            births.Add(SanctionsGen.MaybePartial(rng, BirthYears, 0)!.Value);
            if (rng.Chance(0.15))
            {
                births.Add(SanctionsGen.MaybePartial(rng, BirthYears, 0)!.Value);
            }
        }

        var nationality = rng.Pick(PartyFactory.UserCodes);
        return new Person(
            id,
            names,
            births,
            rng.Chance(0.5) ? [rng.Pick(Pools.Cities)] : null,
            rng.Chance(0.7) ? [nationality] : null,
            rng.Chance(0.6) ? rng.Pick(["male", "female"]) : null,
            Identifiers(rng, "passport", "national-id"),
            rng.Chance(0.3) ? [SanctionsGen.MakeAddress(rng)] : null,
            rng.Chance(0.5) ? [nationality] : null,
            remarks: rng.Chance(0.1) ? "Generated person." : null);
    }

    public static Organization Organization(Rng rng, PartyId id)
    {
        var names = new List<PartyName> { SanctionsGen.CompanyName(rng, NameKind.Primary) };
        if (rng.Chance(0.3))
        {
            names.Add(SanctionsGen.CompanyName(rng, rng.Chance(0.5) ? NameKind.FormerName : NameKind.Alias));
        }

        return new Organization(
            id,
            names,
            rng.Pick(Pools.OrganizationCategories),
            Identifiers(rng, "registration", "lei", "tax-id"),
            rng.Chance(0.5) ? [SanctionsGen.MakeAddress(rng)] : null,
            rng.Chance(0.6) ? [rng.Pick(UserCodes)] : null);
    }

    public static InternationalOrganization InternationalOrganization(Rng rng, PartyId id)
    {
        var word = rng.Pick(Pools.CompanyWords);
        var names = new List<PartyName> { new($"{word} Cooperation Organisation", NameKind.Primary, "Latn", "en") };
        if (rng.Chance(0.5))
        {
            names.Add(new PartyName(string.Concat(word.AsSpan(0, 1), "CO"), NameKind.Alias, "Latn", "en"));
        }

        return new InternationalOrganization(id, names, SanctionsGen.MaybePartial(rng, new(SanctionsGen.DayNumber(new NodaTime.LocalDate(1945, 1, 1)), SanctionsGen.DayNumber(new NodaTime.LocalDate(2020, 1, 1))), 0.3));
    }

    public static Vessel Vessel(Rng rng, PartyId id)
    {
        var imo = (9_000_000 + rng.Next(999_999)).ToString(CultureInfo.InvariantCulture);
        var names = new List<PartyName> { new($"{rng.Pick(Pools.VesselWords)} {rng.Pick(Pools.VesselWords)}".ToUpperInvariant(), NameKind.Primary, "Latn", "en") };
        if (rng.Chance(0.4))
        {
            names.Add(new PartyName(rng.Pick(Pools.VesselWords).ToUpperInvariant(), NameKind.FormerName, "Latn", "en"));
        }

        return new Vessel(
            id,
            names,
            imo,
            rng.Pick(UserCodes),
            rng.Pick(Pools.VesselTypes),
            rng.Chance(0.5) ? SanctionsGen.Text($"X{(char)('A' + rng.Next(26))}{rng.Between(100, 999)}") : null,
            rng.Chance(0.5) ? SanctionsGen.Text($"{rng.Between(1, 320) * 1000}") : null,
            [new Identifier("imo", imo)]);
    }

    public static Aircraft Aircraft(Rng rng, PartyId id)
    {
        var registration = SanctionsGen.Text($"X{(char)('A' + rng.Next(26))}-{(char)('A' + rng.Next(26))}{(char)('A' + rng.Next(26))}{(char)('A' + rng.Next(26))}");
        return new Aircraft(
            id,
            [new PartyName(registration, NameKind.Primary, "Latn")],
            registration,
            rng.Pick(Pools.AircraftModels),
            rng.Chance(0.6) ? SanctionsGen.Text($"{rng.Between(100, 99999)}") : null);
    }

    private static List<Identifier>? Identifiers(Rng rng, params string[] schemes)
    {
        if (!rng.Chance(0.5))
        {
            return null;
        }

        var result = new List<Identifier>();
        var count = 1 + rng.Next(2);
        for (var i = 0; i < count; i++)
        {
            result.Add(new Identifier(rng.Pick(schemes), SanctionsGen.Text($"{rng.Next(100_000_000):D8}"), rng.Chance(0.5) ? rng.Pick(UserCodes) : null));
        }

        return result;
    }
}
