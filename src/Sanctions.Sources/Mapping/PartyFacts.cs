using System.Collections.Immutable;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;
using Sanctions.Sources.Ofac;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Mapping;

/// <summary>
/// What a list says about a party, as it says it: dates and places of birth with their kind and words, contact details,
/// when an organisation was established. Countries become ISO 3166-1 alpha-2 codes where one fits and stay text otherwise.
/// </summary>
internal static class PartyFacts
{
    /// <summary>
    /// Each date of birth with its kind. The list's words are kept when they say more than the dates (approximate, a
    /// range, a note, a form that is not a plain date such as <c>Nov. 1973</c>) and always for a date given only as words.
    /// </summary>
    public static ImmutableArray<BirthDate> BirthDates(ListEntry entry)
    {
        if (entry.BirthDatesOrEmpty.Count == 0 && entry.BirthDateTextsOrEmpty.Count == 0)
        {
            return [];
        }

        var facts = new DistinctArray<BirthDate>(entry.BirthDatesOrEmpty.Count + entry.BirthDateTextsOrEmpty.Count);
        foreach (var range in entry.BirthDatesOrEmpty)
        {
            var keepText = range.Worded || range.Approximate || range.To is not null || !IsPlainDate(range.Text);
            facts.Add(new BirthDate(
                EntryMapper.ToPartialDate(range.From), range.To is { } to ? EntryMapper.ToPartialDate(to) : null, range.Approximate,
                keepText ? range.Text : null));
        }

        foreach (var text in entry.BirthDateTextsOrEmpty)
        {
            facts.Add(new BirthDate(null, null, text.Approximate, text.Text));
        }

        return facts.ToImmutable();
    }

    /// <summary>Places of birth with the parts the list names apart; otherwise the text, its country read from its last part where that names one.</summary>
    public static ImmutableArray<BirthPlace> BirthPlaces(ListEntry entry)
    {
        if (entry.BirthPlacesOrEmpty.Count == 0)
        {
            return [];
        }

        var facts = new DistinctArray<BirthPlace>(entry.BirthPlacesOrEmpty.Count);
        if (entry.PlacesOfBirthOrEmpty.Count > 0)
        {
            foreach (var place in entry.PlacesOfBirthOrEmpty)
            {
                facts.Add(new BirthPlace(place.Text, place.City, place.Region, CountryNames.CodeOrText(place.Country)) { Approximate = IsApproximatePlace(place.Text) });
            }

            return facts.ToImmutable();
        }

        foreach (var text in entry.BirthPlacesOrEmpty)
        {
            // "Toledo District, Belize": the last part names the country when it is a country's name.
            var comma = text.LastIndexOf(',');
            var country = CountryNames.CodeOf(comma < 0 ? text : text[(comma + 1)..]);
            facts.Add(new BirthPlace(text, country: country) { Approximate = IsApproximatePlace(text) });
        }

        return facts.ToImmutable();
    }

    private static readonly string[] PlaceQualifiers =
    [
        "near ", "nearby ", "possibly ", "probably ", "reportedly ", "approximately ", "approx. ", "approx ", "circa ", "ca. ", "about ",
        "around ", "in the area", "in the vicinity", "vicinity of ",
    ];

    /// <summary>
    /// Whether a place's words or its note (in brackets) begin with a word that makes it approximate or uncertain: <c>near Damascus,
    /// Syria</c>, UN <c>possibly Sabratha</c>, <c>in the area bordering Chaman District</c>. Not <c>al-Awja, near Tikrit</c>: a place
    /// named as near another is a place.
    /// </summary>
    public static bool IsApproximatePlace(string text)
    {
        for (var start = 0; start >= 0 && start < text.Length; start = text.IndexOf('(', start) is var open and >= 0 ? open + 1 : -1)
        {
            var rest = text.AsSpan(start).TrimStart();
            foreach (var qualifier in PlaceQualifiers)
            {
                if (rest.StartsWith(qualifier, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static ImmutableArray<Contact> Contacts(ListEntry entry)
    {
        if (entry.ContactsOrEmpty.Count == 0)
        {
            return [];
        }

        var contacts = new DistinctArray<Contact>(entry.ContactsOrEmpty.Count);
        foreach (var contact in entry.ContactsOrEmpty)
        {
            contacts.Add(new Contact(contact.Kind, contact.Value));
        }

        return contacts.ToImmutable();
    }

    /// <summary>OFAC's <c>Organization Established Date</c>, when it is one date; it stays in the remarks either way.</summary>
    public static PartialDate? Established(ListEntry entry)
    {
        foreach (var fact in entry.FactsOrEmpty)
        {
            if (fact.KeySpan.SequenceEqual("Organization Established Date") && OfacDates.TryParse(fact.Value, out var date) && date.To is null && !date.Approximate)
            {
                return EntryMapper.ToPartialDate(date.From);
            }
        }

        return null;
    }

    private static bool IsPlainDate(string text) =>
        SourceDate.TryParseIso(text, out _) || OfacDates.TryParseSingle(text, out _) || (text.Length == 10 && text[2] == '/' && text[5] == '/');
}
