using NodaTime;

namespace Sanctions.Core;

/// <summary>
/// Where a fact comes from: the source, the record within it, and the publication it was read from.
/// </summary>
/// <remarks>
/// Every fact in a world carries one. For the seed world the source is the fact base and the record is a fact id
/// (<c>A09</c>, Iran's SCO observer status); for an imported list, the list and the entry number
/// (<c>us-ofac-sdn</c>, <c>4632</c>) and the publication it came from. <see cref="IsVerified"/> is
/// <see langword="false"/> for facts that no stored source confirms, so that users can leave them out.
/// Equality is structural.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record Provenance
{
    private readonly Origin origin;

    /// <summary>Creates a provenance.</summary>
    /// <param name="source">The source: a list, a fact base, a document or URL.</param>
    /// <param name="record">The record within the source (an entry number, a fact id), if any.</param>
    /// <param name="publication">The publication (issue, file, version) the fact was read from, if any.</param>
    /// <param name="published">When that publication was issued, if known.</param>
    /// <param name="isVerified">Whether a source states the fact; <see langword="false"/> for best knowledge only.</param>
    /// <param name="note">A remark on the source or its precision, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="source"/> is null or white space.</exception>
    public Provenance(string source, string? record = null, string? publication = null, Instant? published = null, bool isVerified = true, string? note = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        origin = Origin.Of(source, NullIfEmpty(publication), published, isVerified);
        Record = NullIfEmpty(record);
        Note = NullIfEmpty(note);
    }

    /// <summary>A provenance for facts entered by hand without a further source.</summary>
    public static Provenance Manual { get; } = new("manual");

    /// <summary>The source: a list, a fact base, a document or URL.</summary>
    public string Source => origin.Source;

    /// <summary>The record within the source, if any.</summary>
    public string? Record { get; }

    /// <summary>The publication the fact was read from, if any.</summary>
    public string? Publication => origin.Publication;

    /// <summary>When that publication was issued, if known.</summary>
    public Instant? Published => origin.Published;

    /// <summary>Whether a source states the fact.</summary>
    public bool IsVerified => origin.IsVerified;

    /// <summary>A remark on the source or its precision, if any.</summary>
    public string? Note { get; }

    /// <summary>Text naming the source, the record and the publication.</summary>
    /// <returns>The provenance as text, e.g. <c>seed-world#A09</c>.</returns>
    public override string ToString() =>
        Source + (Record is null ? string.Empty : "#" + Record) + (Publication is null ? string.Empty : " @" + Publication) + (IsVerified ? string.Empty : " (unverified)");

    // What every record of one publication of one source shares, held once for all of them: a provenance is 40 bytes, not
    // 80, and an imported world has one per party. The last two made are reused: an import alternates between its
    // records' provenance (with the publication) and that of their positions (without one), and a single slot made a new
    // origin at each turn (4,000 of them in an 18k OFAC import).
    private sealed record Origin(string Source, string? Publication, Instant? Published, bool IsVerified)
    {
        private static Origin? last;
        private static Origin? before;

        public static Origin Of(string source, string? publication, Instant? published, bool isVerified)
        {
            var origin = Volatile.Read(ref last);
            if (origin is not null && origin.Is(source, publication, published, isVerified))
            {
                return origin;
            }

            var other = Volatile.Read(ref before);
            if (other is not null && other.Is(source, publication, published, isVerified))
            {
                // Swapped so that the one used now is tried first; another thread's swap in between only costs a lookup.
                Volatile.Write(ref before, origin);
                Volatile.Write(ref last, other);
                return other;
            }

            var made = new Origin(source, publication, published, isVerified);
            Volatile.Write(ref before, origin);
            Volatile.Write(ref last, made);
            return made;
        }

        private bool Is(string source, string? publication, Instant? published, bool isVerified) =>
            IsVerified == isVerified && Published == published
            && string.Equals(Source, source, StringComparison.Ordinal) && string.Equals(Publication, publication, StringComparison.Ordinal);
    }

    internal static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
