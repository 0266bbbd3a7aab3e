using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using nietras.SeparatedValues;
using Sanctions.Core.Parties;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Ofac;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Dpl;

/// <summary>
/// One party of the Denied Persons List: the rows that share a name and an <c>Effective_Date</c>,
/// grouped into one entry, with the lines they were read from.
/// </summary>
internal sealed record DplParty(ListEntry Entry, IReadOnlyList<long> Lines);

/// <summary>
/// Reads the US BIS Denied Persons List <c>dpl.txt</c>: tab-separated, every field double-quoted
/// (embedded quotes doubled), a header row, one row per (name, address).
/// </summary>
/// <remarks>
/// <para>The list has no id column. Rows with the same name (trimmed, white space collapsed, upper
/// case) and the same <c>Effective_Date</c> are one party under one denial order: their addresses
/// are collected, and their differing <c>FR_Citation</c>, <c>Action</c> and <c>Last_Update</c>
/// values are all kept. Rows with different names are never merged, even when they share an
/// address and a citation (they may be aliases; the list does not say).</para>
/// <para>The record id is <c>{slug}-{yyyy-MM-dd}</c> of the name and the effective date, with
/// <c>-{8 hex digits of SHA-256 of the name}</c> appended when the name holds anything other than
/// letters A–Z, digits and single spaces, so that <c>AL-NASER AIRLINES</c> and
/// <c>AL NASER AIRLINES</c> stay apart. It does not depend on line numbers, addresses or
/// citations, so a party keeps its id across publications while its rows are edited.</para>
/// <para>Rows are read streaming but grouped in memory (a party's rows need not be adjacent), so
/// entries are yielded once the file has been read.</para>
/// </remarks>
internal static class DplTxtReader
{
    /// <summary>The prefix of party ids built from <see cref="ListEntry.RecordId"/>.</summary>
    public const string PartyIdPrefix = "bis-dpl:";

    private const int Name = 0;
    private const int Street = 1;
    private const int City = 2;
    private const int State = 3;
    private const int Country = 4;
    private const int PostalCode = 5;
    private const int EffectiveDate = 6;
    private const int ExpirationDate = 7;
    private const int StandardOrder = 8;
    private const int LastUpdate = 9;
    private const int Action = 10;
    private const int FrCitation = 11;

    /// <summary>The columns, in the order of the constants above; the header may order them differently.</summary>
    internal static readonly string[] Columns =
        ["Name", "Street_Address", "City", "State", "Country", "Postal_Code", "Effective_Date", "Expiration_Date", "Standard_Order", "Last_Update", "Action", "FR_Citation"];

    public static IEnumerable<DplParty> Read(SourceFile file, ImportDiagnostics diagnostics, CancellationToken cancellationToken = default)
    {
        using var stream = file.Open();
        using var reader = Csv.OpenWithHeader(file, stream, '\t');

        var header = reader.Header;
        if (header.ColNames.Count == 0)
        {
            yield break;
        }

        var index = new int[Columns.Length];
        for (var i = 0; i < Columns.Length; i++)
        {
            index[i] = IndexOf(header.ColNames, Columns[i]);
            if (index[i] < 0)
            {
                throw new ImportException(new SourceLocation(file.Name, 1), null,
                    $"header has no '{Columns[i]}' column; a Denied Persons List dpl.txt has the tab-separated columns {string.Join(", ", Columns)}");
            }
        }

        var width = header.ColNames.Count;
        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        var order = new List<Group>();
        foreach (var row in reader)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (row.ColCount == 1 && row[0].Span.Trim().IsEmpty)
            {
                continue;
            }

            diagnostics.CountRead();
            var location = new SourceLocation(file.Name, row.LineNumberFrom);
            if (Csv.EndsInsideQuotes(row.Span))
            {
                diagnostics.Reject(location, null, Csv.Unterminated);
                continue;
            }

            if (row.ColCount != width)
            {
                diagnostics.Reject(location, null, $"expected {width} tab-separated fields as in the header, found {row.ColCount}");
                continue;
            }

            var values = new string?[Columns.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = TextValues.NullIfEmpty(row[index[i]].ToString());
            }

            ReadRow(values, location, groups, order, diagnostics);
        }

        foreach (var group in order)
        {
            yield return new DplParty(group.Entry, group.Lines);
        }
    }

    private static int IndexOf(IReadOnlyList<string> names, string column)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i].Trim(), column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static void ReadRow(string?[] values, SourceLocation location, Dictionary<string, Group> groups, List<Group> order, ImportDiagnostics diagnostics)
    {
        if (values[Name] is not { } name)
        {
            diagnostics.Reject(location.WithPath("Name"), null, "Name is empty");
            return;
        }

        if (values[EffectiveDate] is not { } effectiveText)
        {
            diagnostics.Reject(location.WithPath("Effective_Date"), null, $"Effective_Date of '{name}' is empty; it is part of the party's identity");
            return;
        }

        if (!TryParseUsDate(effectiveText, out var effective))
        {
            diagnostics.Reject(location.WithPath("Effective_Date"), null, $"Effective_Date '{effectiveText}' of '{name}' is not a date (expected MM/DD/YYYY)");
            return;
        }

        var key = NameKey(name);
        var recordId = RecordIdOf(key, effective);
        if (!groups.TryGetValue(recordId, out var group))
        {
            var (kind, reason) = KindOf(name);
            var entry = new ListEntry(recordId, kind, name, location) { ListedOn = effective };
            entry.Facts.Add(new EntryFact("Party kind", reason));
            group = new Group(entry);
            groups.Add(recordId, group);
            order.Add(group);
            group.Expiry = Expiry(values[ExpirationDate], location, recordId, diagnostics);
            group.ExpiryText = values[ExpirationDate];
            entry.EndsOn = group.Expiry;
            if (values[ExpirationDate] is null)
            {
                entry.Facts.Add(new EntryFact("Expiration_Date", "empty (no expiry stated)"));
            }
        }
        else if (values[ExpirationDate] != group.ExpiryText)
        {
            // Not seen in the samples: keep the first row's date and every other one in the remarks.
            diagnostics.Warn(location.WithPath("Expiration_Date"), recordId,
                $"Expiration_Date '{values[ExpirationDate]}' differs from '{group.ExpiryText}' on line {group.Lines[0]} for the same party; the first is used, this one kept in remarks");
            group.AddFact("Expiration_Date", values[ExpirationDate] ?? "empty");
        }

        group.Lines.Add(location.Line ?? 0);
        var entryOfGroup = group.Entry;
        var address = Address(values, location, recordId, diagnostics);
        if (!address.IsEmpty && !entryOfGroup.Addresses.Contains(address))
        {
            entryOfGroup.Addresses.Add(address);
        }

        if (values[StandardOrder] is { } standard)
        {
            if (standard is not ("Y" or "N"))
            {
                diagnostics.Warn(location.WithPath("Standard_Order"), recordId, $"Standard_Order '{standard}' is not Y or N; kept in remarks");
            }

            group.AddFact("Standard_Order", standard);
        }

        if (values[Action] is { } action)
        {
            group.AddFact("Action", action);
        }

        if (values[LastUpdate] is { } updatedText)
        {
            if (SourceDate.TryParseIso(updatedText, out var updated) && updated.Day is not null && updatedText.Length == 10)
            {
                if (!entryOfGroup.LastUpdated.Contains(updated))
                {
                    entryOfGroup.LastUpdated.Add(updated);
                }
            }
            else
            {
                diagnostics.RejectValue(location.WithPath("Last_Update"), recordId, $"Last_Update '{updatedText}' is not a date (expected YYYY-MM-DD)");
            }
        }

        if (values[FrCitation] is { } citation && !group.Citations.Contains(citation))
        {
            group.Citations.Add(citation);
            entryOfGroup.ReferenceNumber = string.Join("; ", group.Citations);
        }
    }

    private static SourceDate? Expiry(string? text, SourceLocation location, string recordId, ImportDiagnostics diagnostics)
    {
        if (text is null)
        {
            return null;
        }

        if (TryParseUsDate(text, out var date))
        {
            return date;
        }

        diagnostics.RejectValue(location.WithPath("Expiration_Date"), recordId, $"Expiration_Date '{text}' is not a date (expected MM/DD/YYYY)");
        return null;
    }

    private static EntryAddress Address(string?[] values, SourceLocation location, string recordId, ImportDiagnostics diagnostics)
    {
        string? country = null;
        string? note = null;
        if (values[Country] is { } listed)
        {
            var upper = listed.ToUpperInvariant();
            if (CountryCodes.IsAlpha2(upper))
            {
                country = upper;
            }
            else if (upper == "PRC")
            {
                // The People's Republic of China: a well-known alias, mapped so that the address is found by country.
                country = "CN";
                note = "country listed as PRC";
            }
            else
            {
                note = "country listed as " + listed;
                diagnostics.Warn(location.WithPath("Country"), recordId, $"country '{listed}' is not an ISO 3166-1 alpha-2 code; kept in the address text");
            }
        }

        return new EntryAddress(values[Street], values[City], values[State], values[PostalCode], country, note);
    }

    /// <summary>Parses <c>MM/DD/YYYY</c> (one-digit month and day accepted) into a full date.</summary>
    internal static bool TryParseUsDate(string text, out SourceDate date)
    {
        date = default;
        var parts = text.Trim().Split('/');
        return parts.Length == 3
            && parts[0].Length is 1 or 2 && parts[1].Length is 1 or 2 && parts[2].Length == 4
            && parts.All(p => p.All(char.IsAsciiDigit))
            && SourceDate.TryCreate(
                int.Parse(parts[2], CultureInfo.InvariantCulture), int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), out date);
    }

    /// <summary>The name as the identity compares it: trimmed, inner white space collapsed, upper case.</summary>
    internal static string NameKey(string name) => TextValues.Normalize(name).ToUpperInvariant();

    /// <summary>The stable record id of the party named <paramref name="nameKey"/> under the order effective on <paramref name="effective"/>.</summary>
    internal static string RecordIdOf(string nameKey, SourceDate effective)
    {
        var slug = new StringBuilder(nameKey.Length);
        var plain = nameKey.Length > 0;
        foreach (var c in nameKey)
        {
            if (char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
                continue;
            }

            plain &= c == ' ';
            if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().TrimEnd('-');
        var id = (text.Length > 0 ? text + "-" : string.Empty) + effective;
        return plain ? id : id + "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(nameKey)))[..8];
    }

    /// <summary>Legal forms; one of these as a word of the name makes the party an organization.</summary>
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "LTD", "LIMITED", "INC", "INCORPORATED", "CORP", "CORPORATION", "CO", "COMPANY", "GMBH", "AG", "AB", "LLC", "LLP", "PLC",
        "SA", "SL", "SARL", "SRL", "SPA", "BV", "NV", "PVT", "FZE", "FZC", "FZCO", "ANSTALT", "KG",
    };

    /// <summary>Words of trade that name businesses, not people; also organization markers.</summary>
    private static readonly HashSet<string> TradeWords = new(StringComparer.Ordinal)
    {
        "AIRLINES", "AIRWAYS", "AVIATION", "TRADING", "TRADE", "ELECTRONICS", "INDUSTRIES", "INDUSTRIE", "INDUSTRIAL", "TECHNOLOGY",
        "TECHNOLOGIES", "TECHNIK", "SOLUTIONS", "SERVICE", "SERVICES", "INTERNATIONAL", "INTERNACIONAL", "ENTERPRISE", "ENTERPRISES",
        "GROUP", "SYSTEMS", "COMPUTERS", "METALS", "ENGINEERING", "EQUIPMENT", "CONTRACTING", "FREIGHT", "SUPPLY", "EXPORT", "ASSOCIATES",
    };

    /// <summary>
    /// The list states no party type. A name with a legal form, a word of trade or a web domain is an
    /// organization; any other name is taken to be a person's. The reason goes into the remarks.
    /// </summary>
    internal static (EntryKind Kind, string Reason) KindOf(string name)
    {
        foreach (var raw in name.ToUpperInvariant().Split([' ', ',', '(', ')', '/', '"', '\'', ';', ':', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw.EndsWith(".NET", StringComparison.Ordinal) || raw.EndsWith(".COM", StringComparison.Ordinal))
            {
                return (EntryKind.Entity, $"Organization, from the web domain '{raw}' in the name (the list states no type)");
            }

            var word = raw.Replace(".", string.Empty, StringComparison.Ordinal);
            if (LegalForms.Contains(word) || TradeWords.Contains(word))
            {
                return (EntryKind.Entity, $"Organization, from '{raw.TrimEnd(',')}' in the name (the list states no type)");
            }
        }

        return (EntryKind.Individual, "Person, as the name has no company word (the list states no type)");
    }

    private sealed class Group(ListEntry entry)
    {
        public ListEntry Entry { get; } = entry;

        public List<long> Lines { get; } = [];

        public List<string> Citations { get; } = [];

        public SourceDate? Expiry { get; set; }

        public string? ExpiryText { get; set; }

        public void AddFact(string key, string value)
        {
            var fact = new EntryFact(key, value);
            if (!Entry.Facts.Contains(fact))
            {
                Entry.Facts.Add(fact);
            }
        }
    }
}
