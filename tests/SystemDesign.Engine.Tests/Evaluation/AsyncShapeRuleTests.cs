using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// Issue 12's rules read from the flow: SD7012 (dead letters), SD7013 (stale caches), SD7014 (hot keys against the
/// ingestion worked example of docs/engine.md §7.4) and SD7015 (failover against cross-region-failover's RTO), each
/// with the design that raises it and the change that clears it.
/// </summary>
public sealed class AsyncShapeRuleTests
{
    private static Problem Catalog(string id) => ProblemCatalog.BuiltIn.Find(id)!;

    private static Architecture Ingestion(System.Func<StreamNode, StreamNode> stream, string? consumerName = "Consumers")
    {
        var a = new ArchitectureBuilder("ingestion");
        var producers = a.App("Producers").Instances(134);
        var s = stream(a.Stream("Stream").Instances(3).Partitions(32));
        var consumers = a.Worker(consumerName!).Instances(21);
        a.Client("SDK Clients").Calls(producers);
        producers.Publishes(s);
        consumers.Consumes(s);
        consumers.Writes(a.ObjectStore("Archive").Instances(4));
        return a.Build();
    }

    [Fact]
    public void A_consumed_stream_without_a_dead_letter_queue_is_SD7012_and_one_with_it_is_not()
    {
        var without = Designs.Evaluate(Catalog("ingestion"), Ingestion(s => s));
        var finding = without.Single(Rules.NoDeadLetterQueue.Id, "Stream");
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("consumed by Consumers", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("Stream.DeadLetterQueue()", finding.Message, System.StringComparison.Ordinal);

        Assert.Empty(Designs.Evaluate(Catalog("ingestion"), Ingestion(s => s.DeadLetterQueue())).Findings(Rules.NoDeadLetterQueue.Id));
    }

    [Fact]
    public void The_dead_letter_rule_reads_kinds_and_edges_not_names()
    {
        // A queue named like a dead-letter queue is still a consumed queue; a queue nothing consumes is not reported.
        var a = new ArchitectureBuilder();
        var app = a.App("App").Instances(4);
        var dlq = a.Queue("orders-dlq");
        var unconsumed = a.Component("queue", "Audit Queue");
        a.Client("Users").Calls(app);
        app.Publishes(dlq);
        app.Publishes(unconsumed);
        a.Worker("Worker").Instances(2).Consumes(dlq);

        var e = Designs.Evaluate(Designs.Problem(rate: 100), a.Build());

        Assert.Equal(["orders-dlq"], e.Findings(Rules.NoDeadLetterQueue.Id).Select(f => f.Component));
    }

    [Fact]
    public void A_hot_key_that_saturates_its_partition_is_SD7014_with_the_arithmetic()
    {
        var e = Designs.Evaluate(Catalog("ingestion"), Ingestion(s => s.DeadLetterQueue().HotKeyShare(0.2)));

        var finding = e.Single(Rules.HotPartition.Id, "Stream");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.StartsWith(
            "Stream: its busiest key carries 20% of 10,000 msg/s, so one partition receives max(10,000 ÷ 32, 0.2 × 10,000) = 2,000 msg/s, and the one instance of Consumers that reads it takes 1,000 msg/s",
            finding.Message,
            System.StringComparison.Ordinal);
        Assert.False(e.Passed);
    }

    [Theory]
    [InlineData(0.05)] // max(312.5, 500) = 500 msg/s: half of one consumer
    [InlineData(0.0999)] // 999 msg/s: just below
    public void A_hot_key_below_one_consumers_capacity_is_not_reported(double share) =>
        Assert.Empty(Designs.Evaluate(Catalog("ingestion"), Ingestion(s => s.HotKeyShare(share))).Findings(Rules.HotPartition.Id));

    [Fact]
    public void A_hot_key_exactly_at_capacity_saturates() =>
        Assert.Single(Designs.Evaluate(Catalog("ingestion"), Ingestion(s => s.HotKeyShare(0.1))).Findings(Rules.HotPartition.Id));

    [Fact]
    public void Without_a_hot_key_share_nothing_changes()
    {
        var plain = Designs.Evaluate(Catalog("ingestion"), Ingestion(s => s.DeadLetterQueue()));

        Assert.Empty(plain.Findings(Rules.HotPartition.Id));
        Assert.True(plain.Passed, Designs.Dump(plain));
    }

    private static Architecture Blog(System.Func<CacheNode, CacheNode> cache, bool importer = true)
    {
        var a = new ArchitectureBuilder(Designs.Blog);
        var lb = a.LoadBalancer("Load Balancer").Instances(2);
        var app = a.App("App Servers").Instances(9);
        var c = cache(a.Cache("Post Cache").Instances(2).HitRate(0.9));
        var primary = a.DbPrimary("Primary DB").Instances(2);
        var replica = a.DbReplica("Read Replica").Instances(2);
        a.Client("Blog Readers").Calls(lb);
        lb.Calls(app);
        app.Reads(c);
        c.Reads(replica);
        app.Writes(primary);
        primary.ReplicatesTo(replica);
        if (importer)
        {
            var worker = a.Worker("Comment Importer").Instances(2);
            app.Calls(worker);
            worker.Writes(primary);
        }

        return a.Build();
    }

    [Fact]
    public void A_cache_whose_store_two_services_write_is_SD7013_through_replication()
    {
        var e = Designs.Evaluate(Catalog(Designs.Blog), Blog(c => c));

        var finding = e.Single(Rules.StaleCache.Id, "Post Cache");
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.StartsWith("Post Cache holds copies of Primary DB, Read Replica, which App Servers, Comment Importer write,", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_ttl_or_invalidation_or_a_single_writer_clears_SD7013()
    {
        Assert.Empty(Designs.Evaluate(Catalog(Designs.Blog), Blog(c => c.Ttl(300))).Findings(Rules.StaleCache.Id));
        Assert.Empty(Designs.Evaluate(Catalog(Designs.Blog), Blog(c => c.InvalidatesOnWrite())).Findings(Rules.StaleCache.Id));
        Assert.Empty(Designs.Evaluate(Catalog(Designs.Blog), Blog(c => c, importer: false)).Findings(Rules.StaleCache.Id));
    }

    [Fact]
    public void A_look_aside_cache_holds_what_its_callers_read()
    {
        // App consults the cache, then reads the primary itself (cache-aside); App and Worker both write the primary.
        var a = new ArchitectureBuilder();
        var app = a.App("App").Instances(10);
        var cache = a.Cache("Cache").Instances(2);
        var db = a.DbPrimary("DB").Instances(4);
        var worker = a.Worker("Worker").Instances(2);
        a.Client("Users").Calls(app);
        app.Reads(cache);
        app.Reads(db);
        app.Writes(db);
        app.Calls(worker);
        worker.Writes(db);

        var finding = Designs.Evaluate(Designs.Problem(rate: 100), a.Build()).Single(Rules.StaleCache.Id, "Cache");
        Assert.Contains("copies of DB, which App, Worker write", finding.Message, System.StringComparison.Ordinal);
    }

    private static Architecture Failover(double? seconds)
    {
        var a = new ArchitectureBuilder("cross-region-failover");
        var dns = a.LoadBalancer("Global DNS").Instances(8);
        var primary = a.App("Primary Region").Instances(2108);
        var standby = a.App("Standby Region").Instances(2498);
        var primaryDb = a.DbPrimary("Primary DB").Instances(301);
        if (seconds is { } s)
        {
            primaryDb.FailoverTime(s);
        }

        var standbyDb = a.DbPrimary("Standby DB").Instances(601);
        a.Client("Users").Calls(dns);
        dns.Calls(primary);
        dns.Calls(standby);
        primary.Writes(primaryDb);
        standby.Writes(standbyDb);
        primaryDb.ReplicatesTo(standbyDb);
        return a.Build();
    }

    [Fact]
    public void Failover_slower_than_the_RTO_is_SD7015_naming_both_sources()
    {
        var e = Designs.Evaluate(Catalog("cross-region-failover"), Failover(900));

        var finding = e.Single(Rules.RecoveryObjectiveMissed.Id, "Primary DB");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.StartsWith(
            "Primary DB takes 15 min to fail over (Primary DB.FailoverTime(900)) against the 10 min RTO (constant rto_seconds: 600)",
            finding.Message,
            System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(60.0)]
    [InlineData(600.0)] // exactly the RTO meets it
    [InlineData(null)]  // the 120 s default
    public void Failover_within_the_RTO_is_not_reported(double? seconds) =>
        Assert.Empty(Designs.Evaluate(Catalog("cross-region-failover"), Failover(seconds)).Findings(Rules.RecoveryObjectiveMissed.Id));

    [Fact]
    public void The_default_failover_time_is_graded_against_a_tighter_RTO_and_named()
    {
        var problem = Designs.Problem(rate: 100) is var p ? p with { Workload = p.Workload with { RecoveryTimeObjective = new Sourced(5, "NFR Availability: 99.999% with 5-second RTO") } } : null!;
        var a = new ArchitectureBuilder();
        var app = a.App("App").Instances(4);
        a.Client("Users").Calls(app);
        app.Writes(a.DbPrimary("DB").Instances(2));

        var finding = Designs.Evaluate(problem, a.Build()).Single(Rules.RecoveryObjectiveMissed.Id, "DB");
        Assert.Contains("takes 2 min to fail over (default: 120 s, the top of Amazon RDS Multi-AZ's", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("against the 5 s RTO", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_RPO_is_a_replication_lag_bound_where_none_is_stated()
    {
        // A replica that cannot keep up with its primary's writes trails without bound: over any RPO (SD6005), and the
        // finding names the RPO as its target's source.
        var problem = Designs.Problem(rate: 1000, readRatio: 0) is var p ? p with { Workload = p.Workload with { RecoveryPointObjective = new Sourced(10, "constant rpo_seconds: 10") } } : null!;
        var a = new ArchitectureBuilder();
        var app = a.App("App").Instances(20);
        var primary = a.DbPrimary("Primary").Instances(2).CapacityPerInstance(2000);
        var replica = a.DbReplica("Replica").CapacityPerInstance(500);
        a.Client("Users").Calls(app);
        app.Writes(primary);
        primary.ReplicatesTo(replica);

        var finding = Designs.Evaluate(problem, a.Build()).Single(Rules.LagTargetMissed.Id, "Replica");
        Assert.Contains("against the 10 s target (RPO, constant rpo_seconds: 10)", finding.Message, System.StringComparison.Ordinal);
        Assert.Empty(Designs.Evaluate(Designs.Problem(rate: 1000, readRatio: 0), a.Build()).Findings(Rules.LagTargetMissed.Id));
    }
}
