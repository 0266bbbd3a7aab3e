using NodaTime;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Core.Testing;

// The days and instants at which a world's answers can change.
internal static class WorldBoundaries
{
    public static LocalDate[] Days(SanctionsWorld world)
    {
        var days = new HashSet<LocalDate>();
        void Add(PartialDate? d)
        {
            if (d is { } x)
            {
                foreach (var day in new[] { x.Earliest, x.Latest })
                {
                    days.Add(day);
                    if (day.Year > 1 || day.DayOfYear > 1)
                    {
                        days.Add(day.PlusDays(-1));
                    }
                }
            }
        }

        // A date's earliest and latest days; an unknown end's bounds (the days where its answers can change).
        void AddEnd(PeriodEnd e)
        {
            Add(e.Date);
            if (e.Kind == PeriodEndKind.Unknown)
            {
                Add(e.Earliest is { } a ? PartialDate.FromDate(a) : null);
                Add(e.Latest is { } b ? PartialDate.FromDate(b) : null);
            }
        }

        void AddPeriod(ValidPeriod p)
        {
            AddEnd(p.Start);
            AddEnd(p.End);
        }

        foreach (var x in world.Designations)
        {
            AddPeriod(x.Valid);
        }

        foreach (var x in world.CountryMeasures)
        {
            AddPeriod(x.Valid);
        }

        foreach (var x in world.Memberships)
        {
            AddPeriod(x.Valid);
        }

        foreach (var x in world.Relations)
        {
            AddPeriod(x.Valid);
        }

        foreach (var x in world.Positions)
        {
            AddPeriod(x.Valid);
        }

        foreach (var x in world.TreatyActions)
        {
            AddEnd(x.When);
        }

        return [.. days.Order()];
    }

    public static Instant[] Instants(SanctionsWorld world)
    {
        var instants = new HashSet<Instant>();
        void Add(RecordPeriod r)
        {
            foreach (var i in new[] { r.From, r.To })
            {
                if (i is { } x)
                {
                    instants.Add(x);
                    instants.Add(x - Duration.Epsilon);
                }
            }
        }

        foreach (var x in world.Designations)
        {
            Add(x.Recorded);
        }

        foreach (var x in world.CountryMeasures)
        {
            Add(x.Recorded);
        }

        foreach (var x in world.Memberships)
        {
            Add(x.Recorded);
        }

        foreach (var x in world.Relations)
        {
            Add(x.Recorded);
        }

        foreach (var x in world.Positions)
        {
            Add(x.Recorded);
        }

        foreach (var x in world.TreatyActions)
        {
            Add(x.Recorded);
        }

        return [.. instants.Order()];
    }
}
