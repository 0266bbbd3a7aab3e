using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.World;

// The canonical order of every collection of a world, so that the same world always gives the same bytes: the builder
// skips its duplicate search for items already in it, and the writer (so the content hash) follows it. Facts with ids sort
// by id (ordinal); the others by their natural key, then by every remaining field, so the order is total.
// Items inside a fact (names, identifiers, programs…) keep their order: it is part of the fact.
internal static class WorldOrder
{
    // A world's collection in canonical order. Worlds are immutable, so the order is found once per collection and kept, as
    // long as the collection lives, beside it (one array of references; none when the collection was in order already, as
    // the collections of a world read from a file are): writing a world again, or hashing it, does not sort it again.
    public static System.Collections.Immutable.ImmutableArray<T> Sorted<T>(System.Collections.Immutable.ImmutableArray<T> items, Comparison<T> comparison)
    {
        if (System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(items) is not { Length: > 1 } array)
        {
            return items;
        }

        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(Canonical<T>.Orders.GetValue(array, a => InOrder(a, comparison)));
    }

    private static T[] InOrder<T>(T[] items, Comparison<T> comparison)
    {
        for (var i = 1; i < items.Length; i++)
        {
            if (comparison(items[i - 1], items[i]) > 0)
            {
                return Sorted(items, comparison);
            }
        }

        return items;
    }

    private static class Canonical<T>
    {
        public static readonly System.Runtime.CompilerServices.ConditionalWeakTable<T[], T[]> Orders = [];
    }

    public static T[] Sorted<T>(IReadOnlyCollection<T> items, Comparison<T> comparison)
    {
        var array = items.ToArray();
        Array.Sort(array, comparison);
        return array;
    }

    public static int Party(Party a, Party b) => string.CompareOrdinal(a.Id.Value, b.Id.Value);

    public static int Authority(Authority a, Authority b) => string.CompareOrdinal(a.Id.Value, b.Id.Value);

    public static int Instrument(LegalInstrument a, LegalInstrument b) => string.CompareOrdinal(a.Id.Value, b.Id.Value);

    public static int Program(SanctionsProgram a, SanctionsProgram b) => string.CompareOrdinal(a.Id.Value, b.Id.Value);

    public static int List(SanctionsList a, SanctionsList b) => string.CompareOrdinal(a.Id.Value, b.Id.Value);

    public static int Treaty(Treaty a, Treaty b) => string.CompareOrdinal(a.Id.Value, b.Id.Value);

    public static int Designation(Designation a, Designation b) => string.CompareOrdinal(a.Id, b.Id);

    public static int CountryMeasure(CountryMeasure a, CountryMeasure b) => string.CompareOrdinal(a.Id, b.Id);

    public static int TreatyAction(TreatyAction a, TreatyAction b)
    {
        var c = string.CompareOrdinal(a.Treaty.Value, b.Treaty.Value);
        c = c != 0 ? c : string.CompareOrdinal(a.Party.Value, b.Party.Value);
        c = c != 0 ? c : When(a.When, b.When);
        c = c != 0 ? c : a.Kind.CompareTo(b.Kind);
        c = c != 0 ? c : Record(a.Recorded, b.Recorded);
        return c != 0 ? c : Source(a.Source, b.Source);
    }

    public static int Membership(Membership a, Membership b)
    {
        var c = string.CompareOrdinal(a.Organization.Value, b.Organization.Value);
        c = c != 0 ? c : string.CompareOrdinal(a.Member.Value, b.Member.Value);
        c = c != 0 ? c : Valid(a.Valid, b.Valid);
        c = c != 0 ? c : string.CompareOrdinal(a.Status.Value, b.Status.Value);
        c = c != 0 ? c : Record(a.Recorded, b.Recorded);
        return c != 0 ? c : Source(a.Source, b.Source);
    }

    public static int Relation(Relation a, Relation b)
    {
        var c = string.CompareOrdinal(a.From.Value, b.From.Value);
        c = c != 0 ? c : string.CompareOrdinal(a.To.Value, b.To.Value);
        c = c != 0 ? c : a.Kind.CompareTo(b.Kind);
        c = c != 0 ? c : Valid(a.Valid, b.Valid);
        c = c != 0 ? c : Nullable.Compare(a.Percent, b.Percent);
        c = c != 0 ? c : string.CompareOrdinal(a.Role, b.Role);
        c = c != 0 ? c : Record(a.Recorded, b.Recorded);
        return c != 0 ? c : Source(a.Source, b.Source);
    }

    public static int Position(Position a, Position b)
    {
        var c = string.CompareOrdinal(a.Holder.Value, b.Holder.Value);
        c = c != 0 ? c : Valid(a.Valid, b.Valid);
        c = c != 0 ? c : string.CompareOrdinal(a.Title, b.Title);
        c = c != 0 ? c : string.CompareOrdinal(a.Organization?.Value, b.Organization?.Value);
        c = c != 0 ? c : Record(a.Recorded, b.Recorded);
        return c != 0 ? c : Source(a.Source, b.Source);
    }

    // An open start sorts first; an open end sorts last.
    private static int Valid(ValidPeriod a, ValidPeriod b)
    {
        var c = Start(a.From, b.From);
        c = c != 0 ? c : End(a.To, b.To);

        // Unknown ends (read as null above) are told apart by their text, so that the order stays total.
        return c != 0 || !(a.HasUnknownEnd || b.HasUnknownEnd) ? c : string.CompareOrdinal(a.ToString(), b.ToString());
    }

    // A date orders as it always has (earliest, then latest day); an unknown day by its first possible day (none first), then its last
    // (none last), then by being unknown (after a date with the same bounds), so that the order stays total.
    private static int When(PeriodEnd a, PeriodEnd b)
    {
        if (a.Date is { } x && b.Date is { } y)
        {
            return x.CompareTo(y);
        }

        var c = (a.Earliest ?? LocalDate.MinIsoValue).CompareTo(b.Earliest ?? LocalDate.MinIsoValue);
        c = c != 0 ? c : (a.Latest ?? LocalDate.MaxIsoValue).CompareTo(b.Latest ?? LocalDate.MaxIsoValue);
        return c != 0 ? c : a.Kind.CompareTo(b.Kind);
    }

    private static int Record(RecordPeriod a, RecordPeriod b)
    {
        var c = Start(a.From, b.From);
        return c != 0 ? c : End(a.To, b.To);
    }

    private static int Start<T>(T? a, T? b)
        where T : struct, IComparable<T> => a is { } x ? (b is { } y ? x.CompareTo(y) : 1) : (b is null ? 0 : -1);

    private static int End<T>(T? a, T? b)
        where T : struct, IComparable<T> => a is { } x ? (b is { } y ? x.CompareTo(y) : -1) : (b is null ? 0 : 1);

    private static int Source(Provenance a, Provenance b)
    {
        var c = string.CompareOrdinal(a.Source, b.Source);
        c = c != 0 ? c : string.CompareOrdinal(a.Record, b.Record);
        c = c != 0 ? c : string.CompareOrdinal(a.Publication, b.Publication);
        c = c != 0 ? c : Start<Instant>(a.Published, b.Published);
        c = c != 0 ? c : a.IsVerified.CompareTo(b.IsVerified);
        return c != 0 ? c : string.CompareOrdinal(a.Note, b.Note);
    }
}
