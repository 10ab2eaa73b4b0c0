using System.Linq;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// Traffic flow on small designs, every load computed by hand from the rules of docs/design-api.md ("Connecting
/// components", "Plain edges") and the engine's flow model: 1,000 req/s, 90% reads (900 reads/s, 100 writes/s).
/// </summary>
public sealed class FlowTests
{
    private static readonly SystemDesign.Catalog.Problem Workload = Designs.Problem(rate: 1000, readRatio: 0.9);

    [Fact]
    public void A_look_aside_cache_with_hit_rate_80_percent_leaves_20_percent_of_reads_for_the_database()
    {
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        var app = a.App("App").Instances(10);
        var cache = a.Cache("Redis").HitRate(0.8);
        var primary = a.DbPrimary("Primary");
        users.Calls(app);
        app.Reads(cache);
        app.ConnectsTo(primary); // plain edge to the primary: writes, and reads since the app has no replica

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.Equal(900, e.Component("Redis").ReadRps, 9);
        Assert.Equal(0, e.Component("Redis").WriteRps, 9);
        Assert.Equal(900 * 0.2, e.Component("Primary").ReadRps, 9);
        Assert.Equal(100, e.Component("Primary").WriteRps, 9);
        // The app handles the misses itself: the cache has nothing to pass on (no SD7003).
        Assert.Empty(e.Findings(Rules.TrafficDropped.Id));
    }

    [Fact]
    public void An_inline_cache_passes_its_misses_and_the_writes_on()
    {
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        var app = a.App("App").Instances(10);
        var cache = a.Cache("Redis").HitRate(0.75);
        var primary = a.DbPrimary("Primary");
        var replica = a.DbReplica("Replica");
        users.Calls(app);
        app.Calls(cache);
        cache.Reads(replica);
        cache.Writes(primary);

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.Equal(900, e.Component("Redis").ReadRps, 9);
        Assert.Equal(100, e.Component("Redis").WriteRps, 9);
        Assert.Equal(225, e.Component("Replica").ReadRps, 9);
        Assert.Equal(0, e.Component("Primary").ReadRps, 9);
        Assert.Equal(100, e.Component("Primary").WriteRps, 9);
        Assert.Empty(e.Findings(Rules.TrafficDropped.Id));
    }

    [Fact]
    public void A_load_balancer_splits_by_weight_three_to_one()
    {
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        var lb = a.LoadBalancer("LB");
        var blue = a.App("Blue").Instances(10);
        var green = a.App("Green").Instances(10);
        users.Calls(lb);
        lb.Calls(blue).Weight(3);
        lb.Calls(green).Weight(1);

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.Equal(1000, e.Component("LB").OfferedRps, 9);
        Assert.Equal(750, e.Component("Blue").OfferedRps, 9);
        Assert.Equal(675, e.Component("Blue").ReadRps, 9);
        Assert.Equal(250, e.Component("Green").OfferedRps, 9);
        Assert.Equal(25, e.Component("Green").WriteRps, 9);
    }

    [Fact]
    public void Two_workers_on_one_queue_compete_for_its_messages()
    {
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        var app = a.App("App").Instances(10);
        var queue = a.Queue("Jobs");
        var w1 = a.Worker("Worker A");
        var w2 = a.Worker("Worker B");
        users.Calls(app);
        app.Publishes(queue); // the app's 100 writes/s become messages
        w1.Consumes(queue);
        w2.Consumes(queue);

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.Equal(100, e.Component("Jobs").OfferedRps, 9);
        Assert.Equal(50, e.Component("Worker A").OfferedRps, 9);
        Assert.Equal(50, e.Component("Worker B").OfferedRps, 9);
    }

    [Fact]
    public void Every_consumer_group_of_a_stream_reads_every_message()
    {
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        var app = a.App("App").Instances(10);
        var stream = a.Stream("Events").Partitions(4);
        var indexer = a.Worker("Indexer");
        var archiver = a.Worker("Archiver");
        users.Calls(app);
        app.Publishes(stream);
        indexer.Consumes(stream);
        archiver.Consumes(stream);

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.Equal(100, e.Component("Indexer").OfferedRps, 9);
        Assert.Equal(100, e.Component("Archiver").OfferedRps, 9);
    }

    [Fact]
    public void A_replica_applies_every_write_of_its_primary_on_top_of_its_reads()
    {
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        var app = a.App("App").Instances(10);
        var primary = a.DbPrimary("Primary");
        var replica = a.DbReplica("Replica");
        users.Calls(app);
        app.Writes(primary);
        app.Reads(replica);
        primary.ReplicatesTo(replica);

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.Equal(100, e.Component("Primary").OfferedRps, 9);
        Assert.Equal(900, e.Component("Replica").ReadRps, 9);
        Assert.Equal(1000, e.Component("Replica").OfferedRps, 9); // 900 reads + 100 replicated writes
    }

    [Fact]
    public void A_plain_edge_from_primary_to_replica_is_replication()
    {
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        var app = a.App("App").Instances(10);
        var primary = a.DbPrimary("Primary");
        var replica = a.DbReplica("Replica");
        users.ConnectsTo(app);
        app.ConnectsTo(primary);
        app.ConnectsTo(replica);
        primary.ConnectsTo(replica);

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.Equal(0, e.Component("Primary").ReadRps, 9);
        Assert.Equal(100, e.Component("Primary").WriteRps, 9);
        Assert.Equal(1000, e.Component("Replica").OfferedRps, 9);
    }

    [Fact]
    public void Two_clients_share_the_workload_evenly()
    {
        var a = new ArchitectureBuilder();
        var web = a.Client("Web");
        var mobile = a.Client("Mobile");
        var webApp = a.App("Web App").Instances(10);
        var mobileApp = a.App("Mobile App").Instances(10);
        web.Calls(webApp);
        mobile.Calls(mobileApp);

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.Equal(500, e.Component("Web App").OfferedRps, 9);
        Assert.Equal(500, e.Component("Mobile App").OfferedRps, 9);
    }

    [Fact]
    public void Without_clients_the_workload_enters_at_the_components_nothing_calls()
    {
        var a = new ArchitectureBuilder();
        var lb = a.LoadBalancer("LB");
        var app = a.App("App").Instances(10);
        var primary = a.DbPrimary("Primary");
        var replica = a.DbReplica("Replica");
        lb.Calls(app);
        app.Writes(primary);
        app.Reads(replica);
        primary.ReplicatesTo(replica); // replication does not make the replica an entry point

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.Equal(1000, e.Component("LB").OfferedRps, 9);
        Assert.Equal(1000, e.Component("App").OfferedRps, 9);
        Assert.Equal(900, e.Component("Replica").ReadRps, 9);
        Assert.Equal(0, e.Component("Replica").WriteRps, 9);
        Assert.Equal(new[] { "LB" }, e.Latency.Select(l => l.Entry).Distinct());
    }

    [Fact]
    public void Without_clients_a_queue_entry_sends_its_consumers_every_message_reads_included()
    {
        // l5-devprod-google-ci (issue 11): the workload's reads reached the queue and stopped there, while SD2005 counted
        // them as arriving; everything that reaches a queue is a message, so its consumers receive all 1,000.
        var a = new ArchitectureBuilder();
        var queue = a.Queue("Jobs");
        var runners = a.Worker("Runners").Instances(10);
        runners.Consumes(queue);

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.Equal(1000, e.Component("Jobs").OfferedRps, 9);
        Assert.Equal(1000, e.Component("Runners").WriteRps, 9);
        Assert.Empty(e.Findings(Rules.ConsumerBacklog.Id, "Jobs"));
    }

    [Fact]
    public void Without_clients_a_standby_replica_fed_only_by_replication_is_not_an_entry_point()
    {
        var a = new ArchitectureBuilder();
        var app = a.App("App").Instances(10);
        var primary = a.DbPrimary("Primary");
        var standby = a.DbReplica("Standby");
        app.Writes(primary);
        app.Reads(primary);
        primary.ReplicatesTo(standby);

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.Equal(1000, e.Component("App").OfferedRps, 9);
        Assert.Equal(1000, e.Component("Primary").OfferedRps, 9);
        Assert.Equal(0, e.Component("Standby").ReadRps, 9);
        Assert.Equal(100, e.Component("Standby").OfferedRps, 9); // the replicated writes only
        Assert.Equal(new[] { "App" }, e.Latency.Select(l => l.Entry).Distinct());
    }

    [Fact]
    public void A_cycle_is_reported_and_not_followed()
    {
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        var first = a.App("First").Instances(10);
        var second = a.App("Second").Instances(10);
        users.Calls(first);
        first.Calls(second);
        second.Calls(first);

        var e = Designs.Evaluate(Workload, a.Build());

        var cycle = e.Single(Rules.CycleIgnored.Id);
        Assert.Contains("Second → First", cycle.Message, System.StringComparison.Ordinal);
        Assert.Equal(1000, e.Component("First").OfferedRps, 9);
        Assert.Equal(1000, e.Component("Second").OfferedRps, 9);
        Assert.All(e.Latency, l => Assert.True(double.IsFinite(l.Milliseconds)));
    }

    [Fact]
    public void A_component_nothing_reaches_is_reported()
    {
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        var app = a.App("App").Instances(10);
        a.DbPrimary("Orphan DB");
        users.Calls(app);

        var e = Designs.Evaluate(Workload, a.Build());

        var unreachable = e.Single(Rules.Unreachable.Id);
        Assert.Equal("Orphan DB", unreachable.Component);
        Assert.Equal(0, e.Component("Orphan DB").OfferedRps);
    }

    [Fact]
    public void A_service_calls_each_kind_of_dependency_with_its_full_traffic()
    {
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        var app = a.App("App").Instances(10);
        var search = a.Search("Search");
        var shardA = a.DbReplica("Replica A");
        var shardB = a.DbReplica("Replica B");
        users.Calls(app);
        app.Reads(search);  // every read consults the index ...
        app.Reads(shardA);  // ... and one of the two replicas
        app.Reads(shardB);

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.Equal(900, e.Component("Search").ReadRps, 9);
        Assert.Equal(450, e.Component("Replica A").ReadRps, 9);
        Assert.Equal(450, e.Component("Replica B").ReadRps, 9);
    }
}
