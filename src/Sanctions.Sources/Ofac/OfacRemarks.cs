using Sanctions.Core;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Ofac;

/// <summary>
/// Unpacks the OFAC <c>Remarks</c> field (CSV column 12 with its <c>sdn_comments.csv</c>
/// continuation, or XML <c>remarks</c>) into an entry: <c>Key Value</c> items separated by
/// <c>; </c>, a repeated key prefixed with <c>alt. </c>, the whole ending in <c>.</c>.
/// </summary>
/// <remarks>
/// Items the parser recognises become names, dates, places, countries, identifiers, vessel data
/// or links; every other item is kept as an <see cref="EntryFact"/> with its key (or an empty key
/// for free text). Nothing is dropped.
/// </remarks>
internal static class OfacRemarks
{
    /// <summary>Identifier types OFAC writes as <c>Type Number (Country)</c>, longest first where one is a prefix of another.</summary>
    private static readonly string[] IdentifierTypes =
    [
        "Business Registration Document #", "Business Registration Number", "Business Number",
        "Birth Certificate Number", "Cedula No.", "Chamber of Commerce Number", "Citizen's Card Number",
        "Commercial Registry Number", "Company ID:", "Company Number", "C.U.I.T.", "CUIT", "CURP #",
        "D-U-N-S Number", "Diplomatic Passport", "Driver's License No.", "Electoral Registry No.",
        "Enterprise Number", "Folio Mercantil No.", "Government Gazette Number", "Identification Number",
        "Immigrant No.", "Kenyan ID No.", "Legal Entity Number", "Matricula Mercantil No",
        "National Foreign ID Number", "National ID No.", "NIT #", "Passport", "Personal ID Card",
        "Public Registration Number", "Public Security and Immigration No.", "R.F.C.", "RFC #",
        "Refugee ID Card", "Registered Charity No.", "Registration ID", "Registration Number",
        "Residency Number", "RUC #", "SSN", "Stateless Person ID Card", "SWIFT/BIC", "Tax ID No.",
        "Trade License No.", "Travel Document Number", "UK Company Number", "US FEIN", "V.A.T. Number",
        "Unified Social Credit Code (USCC)", "Aircraft Manufacturer's Serial Number (MSN)",
        "Aircraft Mode S Transponder Code", "Aircraft Tail Number",
    ];

    private static readonly string[] IdentifierSuffixes = [" No.", " No", " Number", " #", " ID", " Code", " Card"];

    /// <summary>The known identifier types by their first character (ASCII), in the order of <see cref="IdentifierTypes"/>.</summary>
    private static readonly string[][] IdentifierTypesByFirst = [.. Enumerable.Range(0, 128).Select(c => IdentifierTypes.Where(t => t[0] == c).ToArray())];

    /// <summary>
    /// Places of birth, countries, genders and linked names, which a list repeats from entry to entry: one string per value while it is in
    /// this bounded table (per thread, as the mapper's own table would share them later anyway), not one per entry.
    /// </summary>
    [ThreadStatic]
    private static SharedStrings? repeated;

    private static string Repeated(ReadOnlySpan<char> value) => (repeated ??= new SharedStrings()).Get(value);

    public static void Apply(string remarks, ListEntry entry, Action<string> warn) => Apply(remarks.AsMemory(), entry, warn);

    /// <summary>As <see cref="Apply(string, ListEntry, Action{string})"/>; the facts read refer to <paramref name="remarks"/>' characters (see <see cref="EntryFact"/>).</summary>
    public static void Apply(ReadOnlyMemory<char> remarks, ListEntry entry, Action<string> warn)
    {
        // Split on the text itself, as string.Split with RemoveEmptyEntries and TrimEntries would, and read each item on
        // its characters: a string is made only of what an item gives the entry (a name, a place, an identifier's parts),
        // not of the item itself nor of the values read as dates and dropped. The remarks are most of an OFAC file; a
        // string per item and per prefix cut was most of what reading one allocated.
        var text = remarks.Span.Trim();
        if (text.EndsWith('.'))
        {
            text = text[..^1];
        }

        foreach (var range in text.Split("; "))
        {
            var item = text[range].Trim();
            if (!item.IsEmpty)
            {
                ApplyItem(remarks, item, entry, warn);
            }
        }
    }

    // remarks: the text item is part of, which the facts read from it refer to (EntryFact.In) rather than copy.
    private static void ApplyItem(ReadOnlyMemory<char> remarks, ReadOnlySpan<char> item, ListEntry entry, Action<string> warn)
    {
        // The XML writes links in parentheses: (Linked To: NAME).
        if (item.StartsWith("(Linked To:", StringComparison.Ordinal) && item.EndsWith(')'))
        {
            item = item[1..^1];
        }

        if (item.StartsWith("alt. ", StringComparison.Ordinal))
        {
            item = item[5..];
        }

        if (TryWeakAlias(item, "a.k.a. ", EntryNameKind.WeakAlias, null, entry)
            || TryWeakAlias(item, "f.k.a. ", EntryNameKind.WeakAlias, "f.k.a.", entry)
            || TryWeakAlias(item, "n.k.a. ", EntryNameKind.WeakAlias, "n.k.a.", entry))
        {
            return;
        }

        if (TryValue(item, "DOB ", out var value))
        {
            var text = value.ToString();
            if (OfacDates.TryParse(text, out var date))
            {
                entry.BirthDates.Add(date);
            }
            else
            {
                entry.BirthDateTexts.Add(new EntryDateText(text, text.StartsWith("circa", StringComparison.OrdinalIgnoreCase)));
                warn($"birth date '{text}' is not in a known OFAC date form; kept as the list's text");
            }

            return;
        }

        if (TryValue(item, "POB ", out value))
        {
            entry.BirthPlaces.Add(Repeated(value));
        }
        else if (TryValue(item, "nationality ", out value))
        {
            entry.Nationalities.Add(Repeated(value));
        }
        else if (TryValue(item, "citizen ", out value))
        {
            entry.Citizenships.Add(Repeated(value));
        }
        else if (TryValue(item, "Gender ", out value))
        {
            entry.Gender = Repeated(value);
        }
        else if (TryValue(item, "Linked To: ", out value))
        {
            // Many entries link to one name (an owner's fleet, a parent's subsidiaries): one string per name while it is cached.
            entry.LinkedTo.Add(Repeated(value));
        }
        else if (TryValue(item, "Vessel Registration Identification IMO ", out value)
            || TryValue(item, "Identification Number IMO ", out value)
            || TryValue(item, "IMO ", out value))
        {
            entry.Identifiers.Add(new EntryIdentifier("IMO", value.ToString()));
        }
        else if (TryValue(item, "MMSI ", out value))
        {
            entry.Identifiers.Add(new EntryIdentifier("MMSI", value.ToString()));
        }
        else if (TryValue(item, "Digital Currency Address - ", out value))
        {
            // "XBT 1B64QRxf…": the currency code is part of the type.
            var space = value.IndexOf(' ');
            if (space > 0)
            {
                entry.Identifiers.Add(new EntryIdentifier(string.Concat("Digital Currency Address - ", value[..space]), value[(space + 1)..].Trim().ToString()));
            }
            else
            {
                entry.Facts.Add(new EntryFact("Digital Currency Address", value.ToString()));
            }
        }
        else if (Contacts.TryItem(item, out var contact))
        {
            // Before identifiers: "Telephone No. 98 21 2222" looks like one by its label.
            entry.Contacts.Add(contact);
        }
        else if (TryIdentifier(item, out var identifier))
        {
            entry.Identifiers.Add(identifier);
        }
        else
        {
            entry.Facts.Add(SplitFact(remarks, item));
        }
    }

    private static bool TryWeakAlias(ReadOnlySpan<char> item, string prefix, EntryNameKind kind, string? note, ListEntry entry)
    {
        if (!item.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var name = item[prefix.Length..].Trim();

        // Names may hold apostrophes ('AL-WARD, 'Abd'): strip only the outer pair.
        if (name.Length >= 2 && name[0] == '\'' && name[^1] == '\'')
        {
            name = name[1..^1];
        }
        else if (name.Length >= 1 && name[0] == '\'')
        {
            name = name[1..];
        }

        if (name.Length == 0)
        {
            return false;
        }

        entry.Names.Add(new EntryName(name.ToString(), kind, note));
        return true;
    }

    private static bool TryValue(ReadOnlySpan<char> item, string key, out ReadOnlySpan<char> value)
    {
        if (item.StartsWith(key, StringComparison.Ordinal) && item.Length > key.Length)
        {
            value = item[key.Length..].Trim();
            return value.Length > 0;
        }

        value = default;
        return false;
    }

    private static bool TryIdentifier(ReadOnlySpan<char> item, out EntryIdentifier identifier)
    {
        identifier = default;
        string? type = null;
        foreach (var known in item.Length > 0 && item[0] < 128 ? IdentifierTypesByFirst[item[0]] : [])
        {
            if (item.Length > known.Length + 1 && item.StartsWith(known, StringComparison.Ordinal) && item[known.Length] == ' '
                && (type is null || known.Length > type.Length))
            {
                type = known;
            }
        }

        int typeLength;
        if (type is null)
        {
            // "Folio Mercantil No. 578349 (Colombia)": a key ending like an id label, then a token with a digit.
            var firstDigitToken = FirstTokenWithDigit(item);
            if (firstDigitToken <= 0)
            {
                return false;
            }

            var key = item[..(firstDigitToken - 1)];
            if (!EndsWithSuffix(key) || key.Contains(':'))
            {
                return false;
            }

            typeLength = key.Length;
            type = key.ToString();
        }
        else
        {
            typeLength = type.Length;
            type = type.TrimEnd(':');
        }

        identifier = ParseIdentifierValue(type, item[(typeLength + 1)..].Trim());
        return identifier.Number.Length > 0;
    }

    private static bool EndsWithSuffix(ReadOnlySpan<char> key)
    {
        foreach (var suffix in IdentifierSuffixes)
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits <c>Number (Region) (Country) issued dd Mon yyyy expires dd Mon yyyy</c>.</summary>
    internal static EntryIdentifier ParseIdentifierValue(string type, ReadOnlySpan<char> rest)
    {
        SourceDateRange? issued = null;
        SourceDateRange? expires = null;
        string? note = null;

        var expiresAt = rest.IndexOf(" expires ", StringComparison.Ordinal);
        if (expiresAt >= 0)
        {
            var text = rest[(expiresAt + 9)..].Trim().ToString();
            if (OfacDates.TryParse(text, out var d))
            {
                expires = d;
            }
            else
            {
                note = "expires " + text;
            }

            rest = rest[..expiresAt];
        }

        var issuedAt = rest.IndexOf(" issued ", StringComparison.Ordinal);
        if (issuedAt >= 0)
        {
            var text = rest[(issuedAt + 8)..].Trim().ToString();
            if (OfacDates.TryParse(text, out var d))
            {
                issued = d;
            }
            else
            {
                note = note is null ? "issued " + text : "issued " + text + "; " + note;
            }

            rest = rest[..issuedAt];
        }

        // The parentheses at the end, last first: the last is the country, those before it a region or note.
        string? country = null;
        List<string>? before = null;
        rest = rest.Trim();
        while (rest.EndsWith(')'))
        {
            var open = rest.LastIndexOf(" (", StringComparison.Ordinal);
            if (open < 0)
            {
                break;
            }

            var inner = rest[(open + 2)..^1].ToString();
            if (country is null)
            {
                country = inner;
            }
            else
            {
                (before ??= []).Insert(0, inner);
            }

            rest = rest[..open].TrimEnd();
        }

        if (before is not null)
        {
            var region = string.Join("; ", before);
            note = note is null ? region : region + "; " + note;
        }

        return new EntryIdentifier(type, rest.ToString(), country, issued, expires, note);
    }

    private static int FirstTokenWithDigit(ReadOnlySpan<char> item)
    {
        var start = 0;
        for (var i = 0; i <= item.Length; i++)
        {
            if (i == item.Length || item[i] == ' ')
            {
                for (var j = start; j < i; j++)
                {
                    if (char.IsAsciiDigit(item[j]))
                    {
                        return start;
                    }
                }

                start = i + 1;
            }
        }

        return -1;
    }

    /// <summary>The item as a key and a value (<c>Key - value</c>, <c>Key: value</c>, a known key and a space), as ranges of <paramref name="remarks"/>, which holds it.</summary>
    private static EntryFact SplitFact(ReadOnlyMemory<char> remarks, ReadOnlySpan<char> item)
    {
        // "Additional Sanctions Information - Subject to …", "Secondary sanctions risk: …", "Website www…".
        var start = OffsetIn(remarks, item);
        var end = start + item.Length;
        var dash = item.IndexOf(" - ", StringComparison.Ordinal);
        var colon = item.IndexOf(": ", StringComparison.Ordinal);
        if (dash > 0 && (colon < 0 || dash < colon))
        {
            return EntryFact.In(remarks, start..(start + dash), (start + dash + 3)..end);
        }

        if (colon > 0)
        {
            return EntryFact.In(remarks, start..(start + colon), (start + colon + 2)..end);
        }

        foreach (var key in ContactKeys)
        {
            if (item.StartsWith(key, StringComparison.Ordinal) && item.Length > key.Length && item[key.Length] == ' ')
            {
                return EntryFact.In(remarks, start..(start + key.Length), (start + key.Length + 1)..end);
            }
        }

        return EntryFact.In(remarks, start..start, start..end);
    }

    /// <summary>Where <paramref name="part"/>, a span of <paramref name="text"/>'s characters, starts in it.</summary>
    private static int OffsetIn(ReadOnlyMemory<char> text, ReadOnlySpan<char> part)
    {
        var offset = (int)(System.Runtime.CompilerServices.Unsafe.ByteOffset(
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text.Span),
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(part)) / sizeof(char));
        if (offset < 0 || offset + part.Length > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(part), "not a part of the text");
        }

        return offset;
    }

    private static readonly string[] ContactKeys =
    [
        "Website", "Email Address", "Telephone No.", "Telephone", "Fax No.", "Phone Number",
        "Organization Established Date", "Organization Type", "Former Vessel Flag", "Other Vessel Flag",
        "Other Vessel Type", "Other Vessel Call Sign", "Vessel Year of Build", "Aircraft Model",
        "Aircraft Operator", "Aircraft Manufacture Date", "Aircraft Construction Number (also called L/N or S/N or F/N)",
        "Aircraft Previous Tail Number", "Previous Aircraft Tail Number", "Title", "Nationality of Registration",
    ];
}
