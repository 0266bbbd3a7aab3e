using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Mapping;

/// <summary>A party's remarks: the list's remarks text, and the facts of the entry that have no other place, so nothing is lost.</summary>
internal static class EntryRemarks
{
    /// <summary>The builder <see cref="Of"/> reuses on this thread: most entries have remarks to put together.</summary>
    [ThreadStatic]
    private static System.Text.StringBuilder? remarksBuilder;

    /// <summary>The list's remarks, plus the facts that did not come from them, so nothing is lost.</summary>
    /// <remarks>
    /// The parts are joined with <c>\n</c> as they are found, in one reused builder; a fact's <c>Key: Value</c> text
    /// is made only when the fact is kept. Listing the parts first and joining them, with every fact's text made
    /// whether kept or not, was about a sixth of what an OFAC import allocated.
    /// </remarks>
    public static string? Of(ListEntry entry)
    {
        var text = remarksBuilder ?? new System.Text.StringBuilder(1024);
        remarksBuilder = null;
        text.Clear();
        var parts = 0;
        void Part(string part)
        {
            if (parts++ > 0)
            {
                text.Append('\n');
            }

            text.Append(part);
        }

        void Labelled(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value) && (!entry.HasRemarks || !entry.RemarksText.Span.Contains(value, StringComparison.Ordinal)))
            {
                Part(label);
                text.Append(value);
            }
        }

        // Read on their characters: a string is made of them only when they are the whole result (see ListEntry.LendRemarks).
        var hasRemarks = entry.HasRemarks;
        var remarks = entry.RemarksText.Span.Trim();
        if (hasRemarks)
        {
            if (parts++ > 0)
            {
                text.Append('\n');
            }

            text.Append(remarks);
        }

        foreach (var fact in entry.FactsOrEmpty)
        {
            // Compared and appended by their characters: a fact read from the remarks makes no string.
            if (!hasRemarks || !entry.RemarksText.Span.Contains(fact.ValueSpan, StringComparison.Ordinal))
            {
                if (parts++ > 0)
                {
                    text.Append('\n');
                }

                if (fact.KeySpan.Length > 0)
                {
                    text.Append(fact.KeySpan).Append(": ");
                }

                text.Append(fact.ValueSpan);
            }
        }

        if ((entry.Kind != EntryKind.Individual || entry.ReferenceNumber is not null) && entry.TitlesOrEmpty.Count > 0)
        {
            Part("Title: ");
            for (var i = 0; i < entry.TitlesOrEmpty.Count; i++)
            {
                text.Append(i == 0 ? string.Empty : "; ").Append(entry.TitlesOrEmpty[i]);
            }
        }

        if (entry.VesselOrEmpty.Owner is { } owner)
        {
            Part("Vessel owner: ");
            text.Append(owner);
        }

        if (entry.VesselOrEmpty.GrossRegisteredTonnage is { } grt && (entry.VesselOrEmpty.Tonnage is not null || entry.Kind != EntryKind.Vessel))
        {
            Part("Gross registered tonnage: ");
            text.Append(grt);
        }

        // What has a place only in another kind of party (vessel columns of an entry that is not a vessel, a vessel's or an
        // aircraft's address, a place of birth of an entry that is not a person) is kept here rather than dropped (issue 16).
        if (entry.Kind != EntryKind.Vessel)
        {
            Labelled("Call sign: ", entry.VesselOrEmpty.CallSign);
            Labelled("Vessel type: ", entry.VesselOrEmpty.VesselType);
            Labelled("Vessel flag: ", entry.VesselOrEmpty.Flag);
            Labelled("Tonnage: ", entry.VesselOrEmpty.Tonnage);
        }

        if (entry.Kind is EntryKind.Vessel or EntryKind.Aircraft)
        {
            foreach (var a in entry.AddressesOrEmpty)
            {
                var given = new[] { a.Street, a.City, a.StateOrProvince, a.PostalCode, a.Country, a.Note }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
                Labelled("Address: ", given.Count == 0 ? null : string.Join(", ", given));
            }
        }

        if (entry.Kind != EntryKind.Individual)
        {
            foreach (var place in entry.BirthPlacesOrEmpty)
            {
                Labelled("Place of birth: ", place);
            }
        }

        if (entry.LastUpdatedOrEmpty.Count > 0)
        {
            Part("Last updated: ");
            for (var i = 0; i < entry.LastUpdatedOrEmpty.Count; i++)
            {
                text.Append(i == 0 ? string.Empty : ", ").Append(entry.LastUpdatedOrEmpty[i].ToString());
            }
        }

        // The remarks alone are returned as they are, not copied (trimmed as string.Trim would).
        var result = parts == 0 ? null
            : parts == 1 && hasRemarks ? (remarks.Length == entry.RemarksText.Length ? entry.Remarks : remarks.ToString())
            : text.ToString();
        if (text.Capacity <= 16 * 1024)
        {
            remarksBuilder = text;
        }

        return result;
    }
}
