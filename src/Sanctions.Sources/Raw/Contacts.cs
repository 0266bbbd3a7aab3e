using Sanctions.Core.Parties;

namespace Sanctions.Sources.Raw;

/// <summary>Tells contact details (<c>Telephone No.</c>, <c>Fax</c>, <c>Email Address</c>, <c>Website</c>) from identifiers by the label a list gives them.</summary>
internal static class Contacts
{
    private static readonly (string Label, ContactKind Kind)[] Labels =
    [
        ("Telephone No.", ContactKind.Phone), ("Telephone Number", ContactKind.Phone), ("Telephone", ContactKind.Phone), ("Phone No.", ContactKind.Phone),
        ("Phone Number", ContactKind.Phone), ("Phone", ContactKind.Phone), ("Fax No.", ContactKind.Fax), ("Fax Number", ContactKind.Fax), ("Fax", ContactKind.Fax),
        ("Email Address", ContactKind.Email), ("E-mail Address", ContactKind.Email), ("Email", ContactKind.Email), ("E-mail", ContactKind.Email),
        ("Website", ContactKind.Website), ("Web site", ContactKind.Website),
    ];

    /// <summary>Whether <paramref name="label"/> (trailing <c>:</c>, <c>-</c> and spaces ignored) names a contact detail.</summary>
    public static bool TryKind(string? label, out ContactKind kind)
    {
        var trimmed = label.AsSpan().TrimEnd(" :-");
        foreach (var (l, k) in Labels)
        {
            if (trimmed.Equals(l, StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>Reads an OFAC remarks item <c>Label Value</c> (<c>Telephone No. 98 21 2222</c>, <c>Website www.x.ir</c>) as a contact detail.</summary>
    public static bool TryItem(ReadOnlySpan<char> item, out EntryContact contact)
    {
        // Every label starts with one of these (compared by ordinal): most items are passed over at once.
        if (item.Length == 0 || item[0] is not ('T' or 'P' or 'F' or 'E' or 'W'))
        {
            contact = default;
            return false;
        }

        foreach (var (label, kind) in Labels)
        {
            if (item.Length > label.Length + 1 && item.StartsWith(label, StringComparison.Ordinal) && item[label.Length] is ' ' or ':')
            {
                var value = item[(label.Length + 1)..].TrimStart(" :").Trim();
                if (value.Length > 0)
                {
                    contact = new EntryContact(kind, value.ToString());
                    return true;
                }
            }
        }

        contact = default;
        return false;
    }
}
