using System.Collections.Immutable;
using NodaTime;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.World;

/// <summary>
/// What a world's data covers, so that an answer can say what it could not evaluate: whose lists it holds, and the span of record time
/// (knowledge time) it knows.
/// </summary>
/// <remarks>
/// <para>A world that holds no list of a UK authority cannot say that a party is not designated by the UK: a compliance check under
/// <c>UK</c> on such a world is a review (rule <c>coverage</c>), never clear. A question asked with a knowledge instant before
/// <see cref="RecordedFrom"/> is about a time the data did not record.</para>
/// <para>Computed once per world, on first use.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class WorldCoverage
{
    private WorldCoverage(ImmutableArray<string> listAuthorities, ImmutableArray<string> listJurisdictions, Instant? recordedFrom, Instant? recordedUntil,
        ImmutableArray<string> statuses)
    {
        ListAuthorities = listAuthorities;
        ListJurisdictions = listJurisdictions;
        RecordedFrom = recordedFrom;
        RecordedUntil = recordedUntil;
        Statuses = statuses;
    }

    /// <summary>The authorities whose lists the world holds (the authorities of its lists), in order of their ids.</summary>
    public ImmutableArray<string> ListAuthorities { get; }

    /// <summary>The coarse jurisdictions of those authorities (<c>EU</c>, <c>UN</c>, <c>US</c>), upper-case, in order.</summary>
    public ImmutableArray<string> ListJurisdictions { get; }

    /// <summary>The earliest instant the data records a fact from; null when some fact is recorded as always known (written by hand without
    /// a record time), so that no knowledge instant is before the data.</summary>
    public Instant? RecordedFrom { get; }

    /// <summary>The latest instant the data mentions: the last record start or end, or the dataset's publication if later; null when no
    /// fact has a record time and the dataset states no publication.</summary>
    public Instant? RecordedUntil { get; }

    /// <summary>The membership statuses the world's memberships use, in order.</summary>
    public ImmutableArray<string> Statuses { get; }

    /// <summary>Whether the world holds a list of an authority of <paramref name="jurisdiction"/>.</summary>
    /// <param name="jurisdiction">A coarse code such as <c>UK</c>, any case.</param>
    /// <returns>Whether a designation by that jurisdiction could be in the world.</returns>
    public bool HoldsListsOf(string jurisdiction) => jurisdiction is not null && ListJurisdictions.Contains(jurisdiction.Trim().ToUpperInvariant());

    /// <summary>Whether the data recorded anything at <paramref name="knownAt"/>: true without an instant, or when it is not before
    /// <see cref="RecordedFrom"/>.</summary>
    /// <param name="knownAt">The knowledge instant, or null for now.</param>
    /// <returns>Whether the data can say what was known then.</returns>
    public bool Knows(Instant? knownAt) => knownAt is not { } at || RecordedFrom is not { } from || at >= from;

    /// <summary>Text such as <c>lists of EU, UN, US; recorded 2017-10-27T00:00:00Z to 2026-12-04T00:00:00Z</c>.</summary>
    /// <returns>The coverage as text.</returns>
    public override string ToString() =>
        $"lists of {(ListJurisdictions.IsEmpty ? "no authority" : string.Join(", ", ListJurisdictions))}; recorded " +
        $"{RecordedFrom?.ToString() ?? "always"} to {RecordedUntil?.ToString() ?? "…"}";

    internal static WorldCoverage Of(SanctionsWorld world)
    {
        var authorities = world.Lists.Select(l => l.Authority.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        var jurisdictions = world.Lists
            .Select(l => world.FindAuthority(l.Authority)?.Jurisdiction.ToUpperInvariant() ?? l.Authority.Value.Split('-')[0].ToUpperInvariant())
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        Instant? from = null;
        Instant? until = world.Dataset.Published;
        var always = false;
        void See(RecordPeriod r)
        {
            if (r.From is { } f)
            {
                from = from is { } x && x <= f ? x : f;
                until = until is { } u && u >= f ? u : f;
            }
            else
            {
                always = true;
            }

            if (r.To is { } t)
            {
                until = until is { } u && u >= t ? u : t;
            }
        }

        foreach (var d in world.Designations)
        {
            See(d.Recorded);
        }

        foreach (var m in world.CountryMeasures)
        {
            See(m.Recorded);
        }

        foreach (var m in world.Memberships)
        {
            See(m.Recorded);
        }

        foreach (var a in world.TreatyActions)
        {
            See(a.Recorded);
        }

        foreach (var r in world.Relations)
        {
            See(r.Recorded);
        }

        foreach (var p in world.Positions)
        {
            See(p.Recorded);
        }

        var statuses = world.Memberships.Select(m => m.Status.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        return new WorldCoverage(authorities, jurisdictions, always ? null : from, until, statuses);
    }
}
