using SystemDesign.Engine.Math;

namespace SystemDesign.Engine.Tests.Math;

public sealed class ErlangTests
{
    // Erlang B table (traffic in Erlangs carried at a grade of service), as printed in teletraffic texts,
    // e.g. V. B. Iversen, "Teletraffic Engineering and Network Planning" (DTU/ITU-D), Erlang B table:
    // n = 10: 4.461 @ 1%, 5.084 @ 2%, 6.216 @ 5%; n = 15: 8.108 @ 1%, 9.010 @ 2%, 10.633 @ 5%;
    // n = 20: 12.031 @ 1%, 13.182 @ 2%, 15.249 @ 5%. The table rounds A to 3 decimals, which moves B by < 1e-5.
    [Theory]
    [InlineData(10, 4.461, 0.01)]
    [InlineData(10, 5.084, 0.02)]
    [InlineData(10, 6.216, 0.05)]
    [InlineData(15, 8.108, 0.01)]
    [InlineData(15, 9.010, 0.02)]
    [InlineData(15, 10.633, 0.05)]
    [InlineData(20, 12.031, 0.01)]
    [InlineData(20, 13.182, 0.02)]
    [InlineData(20, 15.249, 0.05)]
    public void Erlang_B_reproduces_the_published_table(int servers, double offeredLoad, double blocking)
    {
        Assert.Equal(blocking, ErlangC.ErlangB(servers, offeredLoad), 4);
    }

    // a = 10 Erlangs on 15 circuits: B ≈ 0.0365 (between the 2% and 5% columns of the table above);
    // confirmed by exact integer arithmetic (ExactErlang) rather than by a citation.
    [Fact]
    public void Erlang_B_of_10_Erlangs_on_15_servers_is_0_0365()
    {
        double b = ErlangC.ErlangB(15, 10);
        Assert.Equal(0.0365, b, 4);
        Assert.Equal(ExactErlang.ErlangB(15, 10, 1), b, 13);
    }

    // Call Centre Helper, "Erlang C Formula – Made Simple with an Easy Worked Example": 100 calls in 30 minutes,
    // average handling time 180 s → A = 10 Erlangs; with 11 agents Pw = 68.21%.
    // Its staffing question, "80% of calls answered within 20 seconds", needs 14 agents (13 give 79.6%).
    [Fact]
    public void Call_centre_helper_worked_example()
    {
        double lambda = 100.0 / 1800; // calls per second
        double mu = 1.0 / 180;

        var eleven = MmcQueue.Create(lambda, mu, 11);
        Assert.Equal(10, eleven.OfferedLoad, 12);
        Assert.Equal(0.6821, eleven.ProbabilityOfWaiting, 4);
        Assert.Equal(122.8, eleven.MeanWaitingTime, 1); // Average speed of answer = Pw·AHT/(N − A).

        Assert.Equal(14, ErlangC.MinimumServersForWaitingTimePercentile(lambda, mu, percentile: 0.8, maxWaitingTime: 20));
        Assert.True(MmcQueue.Create(lambda, mu, 13).ProbabilityWaitExceeds(20) > 0.2);
    }

    // 360 calls per hour with a 240 s handle time is a = 24 Erlangs. The values below were not taken from a
    // publication: they are checked against an independent exact evaluation of the Erlang C sum (ExactErlang).
    // 25 agents: P(wait) ≈ 0.779; 28 agents: ≈ 0.333.
    [Theory]
    [InlineData(25, 0.779)]
    [InlineData(26, 0.597)]
    [InlineData(27, 0.450)]
    [InlineData(28, 0.333)]
    [InlineData(30, 0.173)]
    public void Erlang_C_for_24_Erlangs_matches_exact_arithmetic(int agents, double rounded)
    {
        var queue = MmcQueue.Create(arrivalRate: 360.0 / 3600, serviceRate: 1.0 / 240, servers: agents);
        Assert.Equal(24, queue.OfferedLoad, 12);
        Assert.Equal(ExactErlang.ErlangC(agents, 24, 1), queue.ProbabilityOfWaiting, 12);
        Assert.Equal(rounded, queue.ProbabilityOfWaiting, 3);
        Assert.Equal(ExactErlang.ErlangC(agents, 24, 1), ErlangC.ProbabilityOfWaiting(agents, 24), 12);
    }

    [Fact]
    public void Recurrence_matches_exact_sums_over_a_grid()
    {
        for (int servers = 1; servers <= 60; servers += 3)
        {
            foreach (long tenths in new long[] { 1, 7, 25, 100, 333, 599 })
            {
                double a = tenths / 10.0;
                Assert.Equal(ExactErlang.ErlangB(servers, tenths, 10), ErlangC.ErlangB(servers, a), 12);
                if (a < servers)
                {
                    Assert.Equal(ExactErlang.ErlangC(servers, tenths, 10), ErlangC.ProbabilityOfWaiting(servers, a), 12);
                }
            }
        }
    }

    [Fact]
    public void Minimum_servers_for_a_probability_of_waiting()
    {
        // 24 Erlangs: P(wait) ≤ 0.34 first holds at 28 agents (27 give 0.450).
        Assert.Equal(28, ErlangC.MinimumServersForProbabilityOfWaiting(360.0 / 3600, 1.0 / 240, 0.34));

        // Help desk, 30 calls/h of 5 minutes (a = 2.5): P(wait) ≤ 10% needs 6 (5 give 0.130).
        Assert.Equal(6, ErlangC.MinimumServersForProbabilityOfWaiting(30, 12, 0.10));

        // A target of 1 is met by the first stable count.
        Assert.Equal(3, ErlangC.MinimumServersForProbabilityOfWaiting(30, 12, 1));
    }

    [Fact]
    public void Minimum_servers_with_a_custom_target_and_a_limit()
    {
        int? servers = ErlangC.MinimumServers(100, 1, q => q.ResponseTimePercentile(0.99) <= 5);
        Assert.NotNull(servers);
        Assert.True(MmcQueue.Create(100, 1, servers!.Value).ResponseTimePercentile(0.99) <= 5);
        Assert.False(MmcQueue.Create(100, 1, servers.Value - 1).ResponseTimePercentile(0.99) <= 5);

        Assert.Null(ErlangC.MinimumServers(100, 1, _ => true, maxServers: 100)); // Needs 101 to be stable.
        Assert.Equal(101, ErlangC.MinimumServers(100, 1, _ => true, maxServers: 101));
        Assert.Null(ErlangC.MinimumServers(1, 1, _ => false, maxServers: 1000));
    }

    [Fact]
    public void Erlang_edge_cases()
    {
        Assert.Equal(1, ErlangC.ErlangB(0, 5));
        Assert.Equal(0, ErlangC.ErlangB(5, 0));
        Assert.Equal(1, ErlangC.ErlangB(5, double.PositiveInfinity));
        Assert.Equal(1, ErlangC.ProbabilityOfWaiting(5, 5));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => ErlangC.ErlangB(-1, 1));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => ErlangC.ProbabilityOfWaiting(1, double.NaN));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => ErlangC.MinimumServersForProbabilityOfWaiting(1, 1, 1.5));
    }
}
