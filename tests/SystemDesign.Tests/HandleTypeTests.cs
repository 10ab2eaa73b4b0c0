using SystemDesign.Model;

namespace SystemDesign.Tests;

/// <summary>
/// The handle types, checked by the compiler: each chain below only compiles if every knob returns the
/// handle's own type and each edge method exists where documented. The asserts check the recorded edges.
/// </summary>
public class HandleTypeTests
{
    [Fact]
    public void Every_typed_method_returns_its_handle_and_knobs_chain()
    {
        var a = new ArchitectureBuilder();
        ClientNode client = a.Client("C").Instances(1).Zone("z").Region("r");
        LoadBalancerNode lb = a.LoadBalancer("LB").Availability(0.9999).HourlyCost(0.025);
        ApiGatewayNode gateway = a.ApiGateway("GW").CapacityPerInstance(5000).ServiceTime(2);
        AppNode app = a.App("App").Instances(8).CapacityPerInstance(150).ServiceTime(20).Availability(0.999).HourlyCost(0.1).Zone("a").Region("r").Parameter("x", 1);
        WorkerNode worker = a.Worker("W").Instances(4).ServiceTime(50);
        CacheNode cache = a.Cache("Cache").HitRate(0.9).Instances(3).HitRate(0.8);
        CdnNode cdn = a.Cdn("CDN").HitRate(0.95).Region("global");
        DatabaseNode primary = a.DbPrimary("P").Instances(1).Availability(0.9995);
        DatabaseNode replica = a.DbReplica("R").Instances(2);
        QueueNode queue = a.Queue("Q").CapacityPerInstance(10_000);
        StreamNode stream = a.Stream("S").Partitions(12).Instances(3).Partitions(24);
        SearchNode search = a.Search("Search").Instances(3);
        ObjectStoreNode store = a.ObjectStore("Blobs").HourlyCost(0.02);
        WebSocketNode sockets = a.WebSocket("WS").ConnectionsPerInstance(50_000).Instances(10);
        MonitoringNode monitoring = a.Monitoring("M");
        ComponentNode exotic = a.Component("quantum_repeater", "QR").Parameter("fidelity", 0.99).Instances(2);
        Node asBase = exotic;

        Edge edge = client.Calls(lb).Weight(1).Weight(2);
        lb.Calls(gateway);
        gateway.Calls(app).Weight(0.7);
        gateway.Calls(sockets).Weight(0.3);
        client.Reads(cdn);
        cdn.Reads(store);
        cdn.Calls(lb);
        app.Reads(cache);
        cache.Reads(replica);
        cache.Writes(primary);
        app.Writes(primary);
        primary.ReplicatesTo(replica);
        primary.Publishes(stream);
        app.Publishes(queue);
        worker.Consumes(queue);
        worker.Consumes(stream);
        worker.Writes(search);
        search.Reads(primary);
        store.ReplicatesTo(exotic);
        sockets.Publishes(stream);
        exotic.ReplicatesTo(store);
        monitoring.ConnectsTo(app);
        queue.ConnectsTo(worker);

        var architecture = a.Build();
        Assert.NotNull(edge);
        Assert.Equal(16, architecture.Components.Count);
        Assert.Equal(23, architecture.Connections.Count);
        Assert.Equal(2.0, architecture.Connections[0].Weight);
        Assert.Equal(0.8, architecture.Find("Cache")!.HitRate);
        Assert.Equal(24, architecture.Find("S")!.Partitions);
        Assert.Equal(new Connection("S", "W", ConnectionKind.Consumes), architecture.Connections[15]);
        Assert.Equal(ConnectionKind.Default, architecture.Connections[21].Kind);
        Assert.Equal("QR", asBase.Name);
        Assert.Equal("quantum_repeater", asBase.Type);
    }

    [Fact]
    public void Typed_methods_use_the_catalog_type_names()
    {
        var a = new ArchitectureBuilder();
        Node[] nodes =
        {
            a.Client("1"), a.LoadBalancer("2"), a.ApiGateway("3"), a.App("4"), a.Worker("5"), a.Cache("6"),
            a.Cdn("7"), a.DbPrimary("8"), a.DbReplica("9"), a.Queue("10"), a.Stream("11"), a.Search("12"),
            a.ObjectStore("13"), a.WebSocket("14"), a.Monitoring("15"),
        };

        Assert.Equal(
            new[]
            {
                "client", "lb", "api_gateway", "app", "worker", "cache", "cdn", "db_primary", "db_replica", "queue",
                "stream", "search", "object_store", "websocket", "monitoring",
            },
            System.Array.ConvertAll(nodes, n => n.Type));
        Assert.All(nodes, n => Assert.True(ComponentTypes.IsGeneric(n.Type)));
        Assert.False(ComponentTypes.IsGeneric("quantum_repeater"));
    }
}
