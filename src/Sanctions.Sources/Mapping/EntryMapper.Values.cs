using System.Collections.Immutable;
using System.Globalization;
using Sanctions.Core;
using Sanctions.Core.Parties;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Mapping;

/// <summary>The values of a party the mapper makes from an entry's: countries, addresses, identifiers (shared where they repeat).</summary>
internal sealed partial class EntryMapper
{
    /// <summary>An organisation's nationalities, then citizenships (the lists use both words for where it is registered), without repeats, as ISO codes where one fits.</summary>
    private ImmutableArray<string> Countries(ListEntry entry)
    {
        var (nationalities, citizenships) = (entry.NationalitiesOrEmpty, entry.CitizenshipsOrEmpty);
        if (nationalities.Count + citizenships.Count <= 1)
        {
            // None (most organisations: no list, no enumerator) or one.
            return nationalities.Count + citizenships.Count == 0 ? [] : OneCountry(nationalities.Count == 1 ? nationalities[0] : citizenships[0]);
        }

        var countries = new DistinctArray<string>(nationalities.Count + citizenships.Count);
        foreach (var country in nationalities)
        {
            countries.Add(CountryNames.CodeOrText(country)!);
        }

        foreach (var country in citizenships)
        {
            countries.Add(CountryNames.CodeOrText(country)!);
        }

        return countries.ToImmutable();
    }

    /// <summary>Countries as ISO codes where one fits, else the list's text, without repeats.</summary>
    private ImmutableArray<string> CountryList(IReadOnlyList<string> listed)
    {
        if (listed.Count == 0)
        {
            return [];
        }

        if (listed.Count == 1)
        {
            return OneCountry(listed[0]);
        }

        var countries = new DistinctArray<string>(listed.Count);
        foreach (var country in listed)
        {
            countries.Add(CountryNames.CodeOrText(country)!);
        }

        return countries.ToImmutable();
    }

    /// <summary>A list of one country (its ISO code where one fits), the same array for every party with only that country.</summary>
    private ImmutableArray<string> OneCountry(string listed)
    {
        var country = CountryNames.CodeOrText(listed)!;
        if (!singleCountries.TryGetValue(country, out var one))
        {
            one = [country];
            singleCountries.Add(country, one);
        }

        return one;
    }

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
    private string? Share(string? value) => value is null ? null : strings.Share(value);

    private void Share(List<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            values[i] = strings.Share(values[i]);
        }
    }

    private ImmutableArray<Address> Addresses(ListEntry entry)
    {
        if (entry.AddressesOrEmpty.Count == 0)
        {
            return [];
        }

        if (entry.AddressesOrEmpty.Count == 1)
        {
            return SharedAddress(entry.AddressesOrEmpty[0]);
        }

        var addresses = new DistinctArray<Address>(entry.AddressesOrEmpty.Count);
        foreach (var a in entry.AddressesOrEmpty)
        {
            addresses.Add(SharedAddress(a)[0]);
        }

        return addresses.ToImmutable();
    }

    /// <summary>The address list of an address read (see <see cref="SharedAddress(Address)"/>).</summary>
    private ImmutableArray<Address> SharedAddress(EntryAddress read)
    {
        // The readers give the same object for an address they read lately (the OFAC CSV reader by the row's text, the XML
        // readers by value, see RecentAddresses): mapped once while it is in the table.
        ref var slot = ref mappedAddresses[System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(read) & (mappedAddresses.Length - 1)];
        if (ReferenceEquals(slot.Read, read))
        {
            return slot.Mapped;
        }

        // Then by value (an address read again after its reader's cache let it go): mapped once for each address text.
        if (!addressesRead.TryGetValue(read, out var mapped))
        {
            mapped = SharedAddress(ToAddress(read));
            addressesRead.Add(read, mapped);
        }

        slot = (read, mapped);
        return mapped;
    }

    /// <summary>
    /// The address equal to <paramref name="address"/> that an earlier entry gave, as a list of one, or this one: a third of
    /// a real SDN publication's address rows repeat another (a city and country only, a company's seat), and an address kept
    /// once, with its strings, is fewer objects for the collector to copy while the world is built.
    /// </summary>
    private ImmutableArray<Address> SharedAddress(Address address)
    {
        if (!sharedAddresses.TryGetValue(address, out var one))
        {
            one = [address];
            sharedAddresses.Add(address, one);
        }

        return one;
    }

    private Address ToAddress(EntryAddress a) => new(
        a.Street, Share(a.City), Share(a.StateOrProvince), a.PostalCode, CountryNames.CodeOrText(a.Country),
        a.Note is null ? null : string.Join(", ", new[] { a.Street, a.City, a.StateOrProvince, a.PostalCode, a.Country }.OfType<string>()) + $" ({a.Note})");

    /// <summary>The number of the first identifier whose type is (or, not <paramref name="exact"/>, contains) <paramref name="type"/>; null when none is.</summary>
    private static string? FirstNumber(List<EntryIdentifier> identifiers, string type, bool exact)
    {
        foreach (var identifier in identifiers)
        {
            if (exact ? identifier.Type == type : identifier.Type.Contains(type, StringComparison.Ordinal))
            {
                return identifier.Number;
            }
        }

        return null;
    }

    /// <summary>The value of the first fact with key <paramref name="key"/>; null when none has it.</summary>
    private static string? FirstFact(List<EntryFact> facts, string key)
    {
        foreach (var fact in facts)
        {
            if (fact.KeySpan.SequenceEqual(key))
            {
                return fact.Value;
            }
        }

        return null;
    }

    private static Identifier ToIdentifier(in EntryIdentifier id)
    {
        // The note, issue and expiry joined with "; ", those present only.
        var note = id.Note;
        if (id.Issued is { } issued)
        {
            note = (note is null ? "issued " : note + "; issued ") + issued.From;
        }

        if (id.Expires is { } expires)
        {
            note = (note is null ? "expires " : note + "; expires ") + expires.From;
        }

        return new Identifier(id.Type, id.Number, CountryNames.CodeOrText(id.Country), note);
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
