using System.Linq;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// Retries load their callee, and a caller's timeout caps the path and turns slowness into errors (docs/engine.md,
/// "Timeouts and retries"). Worked examples from the amplification the sources describe: AWS Builders' Library,
/// M. Brooker, "Timeouts, retries, and backoff with jitter" (retries amplify the load of a failing dependency, and
/// backoff takes them out of the failure window); Google SRE book, ch. 22 "Addressing Cascading Failures", "Retries".
/// </summary>
public sealed class RetryLoadTests
{
    /// <summary>
    /// An overloaded dependency retried 3 times with no backoff: 1,200 req/s against 2 × 500 req/s. Each attempt fails
    /// with the overload's share p = 1 − C ÷ L, and the caller sends L = λ·(1 − p⁴) ÷ (1 − p); at the fixed point the
    /// successes λ·(1 − p⁴) equal the capacity C, so p⁴ = 1 − C ÷ λ = 1/6, p = 0.63894 and L = C ÷ (1 − p) = 2,769.6
    /// req/s: 2.3× the calls, the SRE book's retry storm in one layer. With backoff the load stays 1,200 req/s.
    /// </summary>
    [Fact]
    public void Retries_into_an_overloaded_callee_settle_where_its_successes_equal_its_capacity()
    {
        var problem = Designs.Problem(rate: 1200, readRatio: 0.5);
        var p = System.Math.Pow(1 - (1000.0 / 1200), 0.25);
        var expected = 1000 / (1 - p);
        Assert.Equal(2769.6, expected, 1);

        var retried = Designs.Evaluate(problem, Overloaded(e => e.Retries(3)));
        Assert.Equal(expected, retried.Component("Payments").OfferedRps, 0);
        Assert.Equal(expected, retried.Connections.Single(c => c.To == "Payments").OfferedRps, 0);
        Assert.Equal(expected / 1200, retried.Connections.Single(c => c.To == "Payments").AttemptsPerCall, 3);
        // The message states the calls the edge carries before its retries, and the steady attempts they become.
        var finding = retried.Single(Rules.RetriesWithoutBackoff.Id, "Users");
        Assert.Contains("1,200 req/s become", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("Even at the target rate with every instance up they make ×2.31 the calls", finding.Message, System.StringComparison.Ordinal);

        foreach (var spread in new System.Func<Edge, Edge>[] { e => e.Retries(3).Backoff(), e => e.Retries(3).CircuitBreaker(), e => e })
        {
            var calm = Designs.Evaluate(problem, Overloaded(spread));
            Assert.Equal(1200, calm.Component("Payments").OfferedRps, 6);
            Assert.Equal(1, calm.Connections.Single(c => c.To == "Payments").AttemptsPerCall);
        }
    }

    /// <summary>
    /// The retried load reaches everything below the callee: each attempt is a request Payments serves and passes on,
    /// so the store behind it gets the same 2,769.6 writes/s; the SRE book's layers multiply the same way.
    /// </summary>
    [Fact]
    public void Retried_attempts_are_passed_on_below_the_callee()
    {
        var e = Designs.Evaluate(Designs.Problem(rate: 1200, readRatio: 0), Overloaded(x => x.Retries(3), withLedger: true));
        Assert.Equal(e.Component("Payments").OfferedRps, e.Component("Ledger").OfferedRps, 6);
        Assert.True(e.Component("Ledger").OfferedRps > 2700);
    }

    /// <summary>
    /// Retries on timeouts: an M/M/1 callee (μ = 100/s) at λ = 50/s behind a 40 ms timeout and one retry. An attempt
    /// times out with p = e^(−(μ − λ')·t), λ' = λ·(1 + p) (M/M/1 response time, Gross &amp; Harris §2.3), so
    /// p = e^(2p − 2): p = 0.20319, λ' = 60.16/s. The client's answers all come by 40 ms × 2 = 80 ms, so its P99
    /// (115.6 ms uncapped) is capped there; the requests whose both attempts time out, p² = 4.13%, fail, and count
    /// against availability.
    /// </summary>
    [Fact]
    public void A_timeout_caps_the_path_and_its_late_share_counts_against_availability()
    {
        var problem = Designs.Problem(rate: 50, readRatio: 1);
        var p = 0.0;
        for (var i = 0; i < 200; i++)
        {
            p = System.Math.Exp((2 * p) - 2);
        }

        Assert.Equal(0.20319, p, 5);
        var timed = Designs.Evaluate(problem, MM1(e => e.Timeout(40).Retries(1)));
        Assert.Equal(50 * (1 + p), timed.Component("App").OfferedRps, 3);

        var p99 = timed.Latency.Single(l => l.Entry == "Users" && l.Percentile == 99);
        Assert.Equal(80, p99.CapMilliseconds);
        Assert.Equal(80, p99.Milliseconds);

        var untimed = Designs.Evaluate(problem, MM1(e => e.Retries(1)));
        Assert.Null(untimed.Latency.Single(l => l.Entry == "Users" && l.Percentile == 99).CapMilliseconds);
        Assert.Equal(System.Math.Log(100) / 50 * 1000, untimed.Latency.Single(l => l.Entry == "Users" && l.Percentile == 99).Milliseconds, 1);
        Assert.Equal(1 - (p * p), timed.Availability / untimed.Availability, 4);
    }

    /// <summary>
    /// No retries: a 20 ms timeout on the M/M/1 callee at λ = 50/s cuts e^(−50 × 0.02) = e^(−1) = 36.8% of its answers
    /// (the case already in SD7005's tests), and the P99 is the timeout itself.
    /// </summary>
    [Fact]
    public void Without_retries_a_timeout_fails_the_tail_beyond_it()
    {
        var problem = Designs.Problem(rate: 50, readRatio: 1);
        var timed = Designs.Evaluate(problem, MM1(e => e.Timeout(20)));
        var untimed = Designs.Evaluate(problem, MM1(e => e));
        Assert.Equal(50, timed.Component("App").OfferedRps, 9);
        Assert.Equal(20, timed.Latency.Single(l => l.Percentile == 99).Milliseconds);
        Assert.Equal(1 - System.Math.Exp(-1), timed.Availability / untimed.Availability, 4);
    }

    /// <summary>
    /// The retry storm the SRE book warns of: a 20 ms timeout with one retry at λ = 50/s gives p = e^(p − 1), whose
    /// only fixed point in [0, 1] is p = 1 (the callee saturates). The iteration creeps towards it and stops at its bound
    /// with a finite figure, never a hang; the callee is then at or near saturation, which SD2001 reports.
    /// </summary>
    [Fact]
    public void A_retry_storm_stops_at_the_iteration_bound()
    {
        var e = Designs.Evaluate(Designs.Problem(rate: 50, readRatio: 1), MM1(x => x.Timeout(20).Retries(1)));
        var load = e.Component("App").OfferedRps;
        Assert.InRange(load, 95, 100);
        Assert.Contains("did not settle in 100 passes", e.Single(Rules.RetriesWithoutBackoff.Id, "Users").Message, System.StringComparison.Ordinal);
        Assert.Empty(Designs.NonFiniteNumbers(e));
    }

    private static Architecture Overloaded(System.Func<Edge, Edge> policy, bool withLedger = false)
    {
        var a = new ArchitectureBuilder();
        var payments = a.App("Payments").Instances(2).CapacityPerInstance(500).ServiceTime(5);
        policy(a.Client("Users").Calls(payments));
        if (withLedger)
        {
            payments.Writes(a.DbPrimary("Ledger").Instances(10).CapacityPerInstance(50_000));
        }

        return a.Build();
    }

    private static Architecture MM1(System.Func<Edge, Edge> policy)
    {
        var a = new ArchitectureBuilder();
        policy(a.Client("Users").Calls(a.App("App").Instances(1).CapacityPerInstance(100).ServiceTime(10)));
        return a.Build();
    }
}
