namespace Sanctions.Screening.Tests;

/// <summary>The screener's pool of candidate filters: a thread gets back the filter it gave back last while that one is idle, so that a
/// filter's memo stays in one core's cache on a batch (not handed from core to core on every other query).</summary>
public sealed class FilterPoolTests
{
    [Fact]
    public void RentFilters_GivesEachThreadItsOwnFilterBack()
    {
        var screener = Screener.Build(Worlds.Of(Worlds.Person("p1", "AL-RAWI, Muhannad"), Worlds.Person("p2", "PETROVA, Olga")));
        CandidateFilter RentAndReturn(bool onNewThread)
        {
            CandidateFilter? got = null;
            void Run()
            {
                var rented = screener.RentFilters(1);
                got = rented[0];
                screener.ReturnFilters(rented);
            }

            if (!onNewThread)
            {
                Run();
            }
            else
            {
                var t = new Thread(Run);
                t.Start();
                t.Join();
            }

            return got!;
        }

        // Two filters in the pool, given back by two threads: this thread's first, the other's last (the one a stack would hand out).
        var mine = screener.RentFilters(1);
        var others = screener.RentFilters(1);
        Assert.NotSame(mine[0], others[0]);
        screener.ReturnFilters(mine);
        var other = new Thread(() => screener.ReturnFilters(others));
        other.Start();
        other.Join();

        Assert.Same(mine[0], RentAndReturn(false));
        Assert.Same(mine[0], RentAndReturn(false));

        // A thread that gave back none takes an idle one, and nothing new is made while one is idle.
        var stranger = RentAndReturn(true);
        Assert.True(ReferenceEquals(stranger, mine[0]) || ReferenceEquals(stranger, others[0]));
    }
}
