using SystemDesign.Engine.Math;

namespace SystemDesign.Engine.Tests.Math;

/// <summary>
/// The connection-pool model (docs/engine.md, "Connection pools") against the two worked examples of issue 12's seeds:
/// Little's law L = λ·h (Little 1961) and the wait for a connection as an M/M/c queue on the pool, checked against
/// Erlang C computed exactly (ExactErlang).
/// </summary>
public sealed class ConnectionPoolTests
{
    // ../shared/seeds/001_2848ef74927d8f84.txt, "### 31. Database Connection Pool Exhaustion": 20 instances, a pool of
    // 10 each, a 500-connection Postgres, exhausted at 150 RPS. λ = 150 ÷ 20 = 7.5 req/s per instance.
    [Fact]
    public void Seed_31_a_pool_of_10_at_7_5_per_second_is_exhausted_only_by_a_hold_of_more_than_1_333_s()
    {
        Assert.Equal(0.0375, ConnectionPool.Concurrency(7.5, 0.005), 12);            // a 5 ms query: 0.04 busy of 10
        Assert.Equal(0.00375, ConnectionPool.Utilization(7.5, 0.005, 10), 12);
        Assert.Equal(1, ConnectionPool.Utilization(7.5, 10 / 7.5, 10), 12);           // the boundary: h = c ÷ λ = 1.333 s
        Assert.True(ConnectionPool.Queue(7.5, 0.005, 10)!.IsStable);
        Assert.False(ConnectionPool.Queue(7.5, 2.0, 10)!.IsStable);                  // held 2 s (a leak, a slow call): L = 15
        Assert.Equal(15, ConnectionPool.Concurrency(7.5, 2.0), 12);
    }

    // ../shared/seeds/000_a6365a7e77863be6.txt, first question (payment service): 50,000 transactions/min = 833.33/s,
    // pool utilization 95% with a pool of 50, "temporary relief" at 100. A hold of 57 ms reproduces the 95%:
    // L = 833.33 × 0.057 = 47.5. Wq = C(50, 47.5) × h ÷ (c − L) = 0.62909 × 57 ms ÷ 2.5 = 14.34 ms.
    [Fact]
    public void Seed_payment_service_pool_of_50_at_95_percent_waits_14_ms_and_100_waits_nothing()
    {
        const double rate = 50_000.0 / 60;
        Assert.Equal(47.5, ConnectionPool.Concurrency(rate, 0.057), 9);
        Assert.Equal(0.95, ConnectionPool.Utilization(rate, 0.057, 50), 9);

        var fifty = ConnectionPool.Queue(rate, 0.057, 50)!;
        var exactC = ExactErlang.ErlangC(50, 95, 2); // a = 95/2 = 47.5 Erlangs
        Assert.Equal(0.62909, exactC, 5);
        Assert.Equal(exactC, fifty.ProbabilityOfWaiting, 9);
        Assert.Equal(exactC * 0.057 / 2.5, fifty.MeanWaitingTime, 9);
        Assert.Equal(0.014343, fifty.MeanWaitingTime, 6);

        var hundred = ConnectionPool.Queue(rate, 0.057, 100)!;
        Assert.Equal(0.475, hundred.Utilization, 9);
        Assert.True(hundred.MeanWaitingTime < 1e-9);

        // The relief is temporary: 5.3% more traffic (52,632/min) fills the pool of 50, double the traffic the pool of 100.
        Assert.False(ConnectionPool.Queue(52_632.0 / 60, 0.057, 50)!.IsStable);
        Assert.False(ConnectionPool.Queue(105_264.0 / 60, 0.057, 100)!.IsStable);
    }

    [Fact]
    public void A_hold_time_that_is_not_positive_gives_no_queue()
    {
        Assert.Null(ConnectionPool.Queue(10, 0, 10));
        Assert.Null(ConnectionPool.Queue(10, 0.01, 0));
    }
}
