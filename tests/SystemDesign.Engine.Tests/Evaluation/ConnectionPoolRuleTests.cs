using System;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// Issue 12's pool rules through the grader, on the seeds' worked examples (docs/engine.md, "Connection pools"):
/// SD7008 (pools above the connection limit), SD7009 (a pool below Little's-law concurrency), and the wait for a
/// connection added to the path's latency. A design that sets no pool knob is graded as before.
/// </summary>
public sealed class ConnectionPoolRuleTests
{
    // ../shared/seeds/001_2848ef74927d8f84.txt, "### 31. Database Connection Pool Exhaustion": 150 RPS, all writes.
    private static readonly Problem Seed31 = Designs.Problem(rate: 150, readRatio: 0);

    /// <summary>App instances writing to one Postgres; <paramref name="app"/> and <paramref name="database"/> set the pool knobs.</summary>
    private static Architecture Service(Func<AppNode, AppNode> app, Func<DatabaseNode, DatabaseNode> database, int instances = 20)
    {
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        var lb = a.LoadBalancer("LB").Instances(2);
        var service = app(a.App("Node Service").Instances(instances).CapacityPerInstance(1000));
        var postgres = database(a.DbPrimary("Postgres").Instances(1).CapacityPerInstance(5000).ServiceTime(5));
        users.Calls(lb);
        lb.Calls(service);
        service.Writes(postgres);
        return a.Build();
    }

    [Fact]
    public void Seed_31_pools_of_200_fit_under_500_and_pools_of_600_do_not()
    {
        var fits = Designs.Evaluate(Seed31, Service(app => app.ConnectionPool(10), db => db.ConnectionLimit(500)));
        Assert.Empty(fits.Findings(Rules.PoolsExceedConnectionLimit.Id));

        var over = Designs.Evaluate(Seed31, Service(app => app.ConnectionPool(30), db => db.ConnectionLimit(500)));
        var finding = over.Single(Rules.PoolsExceedConnectionLimit.Id, "Postgres");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("hold 600 connections (Node Service 20 × 30), above the 500 it accepts (1 × ConnectionLimit(500))", finding.Message, StringComparison.Ordinal);
        Assert.Contains("at most 25 connections per instance", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unset_limit_is_PostgreSQLs_default_of_100_and_says_so()
    {
        var e = Designs.Evaluate(Seed31, Service(app => app.ConnectionPool(10), db => db));
        var finding = e.Single(Rules.PoolsExceedConnectionLimit.Id, "Postgres");
        Assert.Contains("above the 100 it accepts (1 × 100, default: PostgreSQL's max_connections of 100)", finding.Message, StringComparison.Ordinal);

        // Two instances of the database accept twice as many.
        var two = Designs.Evaluate(Seed31, Service(app => app.ConnectionPool(5), db => db.Instances(2)));
        Assert.Empty(two.Findings(Rules.PoolsExceedConnectionLimit.Id));
    }

    [Fact]
    public void The_raised_limit_it_proposes_is_per_database_instance()
    {
        // 20 × 30 = 600 held against 3 × 100: the limit is per instance, so ⌈600 ÷ 3⌉ = 200, not 600.
        var three = Designs.Evaluate(Seed31, Service(app => app.ConnectionPool(30), db => db.Instances(3).ConnectionLimit(100)));
        var finding = three.Single(Rules.PoolsExceedConnectionLimit.Id, "Postgres");
        Assert.Contains("raise Postgres.ConnectionLimit(200) on each of its 3 instances (600 ÷ 3, rounded up)", finding.Message, StringComparison.Ordinal);

        // 20 × 31 = 620 against 3 instances: 206.67 rounds up to 207 (3 × 206 = 618 would refuse two).
        var odd = Designs.Evaluate(Seed31, Service(app => app.ConnectionPool(31), db => db.Instances(3).ConnectionLimit(100)));
        Assert.Contains("ConnectionLimit(207) on each of its 3 instances", odd.Single(Rules.PoolsExceedConnectionLimit.Id, "Postgres").Message, StringComparison.Ordinal);

        // One instance: the whole sum, as before.
        var one = Designs.Evaluate(Seed31, Service(app => app.ConnectionPool(30), db => db.ConnectionLimit(500)));
        Assert.Contains("raise Postgres.ConnectionLimit(600) (memory", one.Single(Rules.PoolsExceedConnectionLimit.Id, "Postgres").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_31_a_connection_held_2_s_needs_15_of_a_pool_of_10_and_5_ms_does_not()
    {
        var leak = Designs.Evaluate(Seed31, Service(app => app.ConnectionPool(10).ConnectionHoldTime(2000), db => db.ConnectionLimit(500)));
        var finding = leak.Single(Rules.PoolBelowConcurrency.Id, "Node Service");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("hold 15 connections at once per instance (Little's law: 7.5 req/s per instance × 2,000 ms held", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Raise Node Service.ConnectionPool(18)", finding.Message, StringComparison.Ordinal); // ⌈1.2 × 15⌉
        Assert.Equal("18", finding.Properties["poolSize"]);

        var quick = Designs.Evaluate(Seed31, Service(app => app.ConnectionPool(10).ConnectionHoldTime(5), db => db.ConnectionLimit(500)));
        Assert.Empty(quick.Findings(Rules.PoolBelowConcurrency.Id));
    }

    [Fact]
    public void The_default_hold_is_the_databases_service_time()
    {
        // 150 req/s on one instance × 100 ms of service = 15 connections busy: a default pool of 10 is short.
        var e = Designs.Evaluate(Seed31, Service(app => app, db => db.ServiceTime(100).ConnectionLimit(500), instances: 1));
        var finding = e.Single(Rules.PoolBelowConcurrency.Id, "Node Service");
        Assert.Contains("default: Postgres's service time", finding.Message, StringComparison.Ordinal);
        Assert.Contains("its pool is 10 (default: HikariCP's maximumPoolSize of 10)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_design_without_pool_knobs_is_graded_as_before()
    {
        // 100 instances would hold 1,000 default connections; a design that says nothing about pools is not graded on them.
        var plain = Designs.Evaluate(Seed31, Service(app => app, db => db, instances: 100));
        Assert.Empty(plain.Findings(Rules.PoolsExceedConnectionLimit.Id));
        Assert.Empty(plain.Findings(Rules.PoolBelowConcurrency.Id));
    }

    // ../shared/seeds/000_a6365a7e77863be6.txt (payment service): 50,000 transactions/min on one instance, held 57 ms,
    // a pool of 50 at 95%: Wq = 14.34 ms (ConnectionPoolTests) joins the path; a pool of 100 adds nothing measurable.
    [Fact]
    public void The_wait_for_a_connection_adds_to_the_paths_latency()
    {
        var payments = Designs.Problem(rate: 50_000.0 / 60, readRatio: 0, latency: [new LatencyTarget(50, 1000, "test")]);
        double Median(Func<AppNode, AppNode> app) =>
            Designs.Evaluate(payments, Service(app, db => db, instances: 1)).Latency.Single(l => l.RequestClass == "write").Milliseconds;

        var none = Median(app => app);
        var hundred = Median(app => app.ConnectionPool(100).ConnectionHoldTime(57));
        var fifty = Median(app => app.ConnectionPool(50).ConnectionHoldTime(57));

        Assert.Equal(none, hundred, 6);
        Assert.True(fifty > hundred + 1, $"pool of 50: {fifty} ms, pool of 100: {hundred} ms");
        Assert.True(fifty < hundred + 14.35, $"the median wait is below the mean wait of 14.34 ms: {fifty - hundred} ms");
    }

    [Fact]
    public void Huge_pools_saturate_the_sum_instead_of_overflowing()
    {
        // Three callers of 2³¹ − 1 instances × pools of 2³¹ − 1: 1.4e19 connections, past long.MaxValue.
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        var db = a.DbPrimary("DB").Instances(1).ConnectionLimit(100);
        foreach (var name in new[] { "A", "B", "C" })
        {
            var app = a.App(name).Instances(int.MaxValue).ConnectionPool(int.MaxValue);
            users.Calls(app);
            app.Writes(db);
        }

        var finding = Designs.Evaluate(Seed31, a.Build()).Single(Rules.PoolsExceedConnectionLimit.Id, "DB");
        Assert.Equal(long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Properties["connections"]);
    }
}
