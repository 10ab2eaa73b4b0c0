using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Resolution;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// The cache-loss scenario recomputes only the cone downstream of the lost cache (<see cref="CacheLossFlow"/>).
/// These tests hold it to the definition it replaces: the cache's hit rate set to 0 and the whole flow recomputed
/// from scratch. Every node's load must be the same double, bit for bit (the report prints them and compares them
/// to capacities), and every node outside the returned cone must keep its load.
/// </summary>
public sealed class CacheLossFlowTests
{
    private static readonly string[] Types =
    [
        ComponentTypes.Client, ComponentTypes.LoadBalancer, ComponentTypes.ApiGateway, ComponentTypes.App, ComponentTypes.App,
        ComponentTypes.Worker, ComponentTypes.Cache, ComponentTypes.Cache, ComponentTypes.Cdn, ComponentTypes.DbPrimary,
        ComponentTypes.DbReplica, ComponentTypes.Queue, ComponentTypes.Stream, ComponentTypes.Search, ComponentTypes.ObjectStore,
        ComponentTypes.WebSocket, ComponentTypes.Monitoring,
    ];

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(1, 40).Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Losing_any_cache_of_a_random_design_gives_the_loads_of_a_full_recomputation_bit_for_bit(int seed)
    {
        var random = new Random(seed);
        var design = RandomDesign(random, components: random.Next(5, 60));
        AssertEveryCacheLossMatchesFullRecomputation(design, rate: 1000 * random.Next(1, 1000), readRatio: new[] { 0, 0.5, 0.9, 1, 0.37 }[random.Next(5)]);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(2_000)]
    public void Losing_any_cache_of_a_scaled_design_gives_the_loads_of_a_full_recomputation_bit_for_bit(int components)
    {
        AssertEveryCacheLossMatchesFullRecomputation(ScaledDesign(components), rate: 1_000_000, readRatio: 0.9);
    }

    [Fact]
    public void Losing_a_look_aside_cache_recomputes_only_what_its_callers_call_and_the_stores_behind()
    {
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        var app = a.App("App");
        var other = a.App("Other");
        var cache = a.Cache("Cache").HitRate(0.8);
        var primary = a.DbPrimary("Primary");
        var replica = a.DbReplica("Replica");
        var search = a.Search("Search");
        users.Calls(app);
        users.Calls(other);
        app.Reads(cache);
        app.Reads(replica);
        app.Writes(primary);
        other.Reads(search);
        primary.ReplicatesTo(replica);

        var (graph, flow) = Flow(a.Build(), rate: 1000, readRatio: 0.9);
        var losses = new CacheLossFlow(graph, flow, 1000, 0.9);
        var cone = losses.Lose(Index(graph, "Cache")).Select(i => graph.Nodes[i].Name).ToArray();

        // The caller's other targets (Other, Search) are outside it; Primary only through its replication.
        Assert.Equal(["Cache", "Primary", "Replica"], cone);
        Assert.Equal(flow.Load(graph, Index(graph, "Replica")) + (450 * 0.8), losses.Load(Index(graph, "Replica")), 9);
    }

    private static void AssertEveryCacheLossMatchesFullRecomputation(Architecture design, double rate, double readRatio)
    {
        var (graph, flow) = Flow(design, rate, readRatio);
        var losses = new CacheLossFlow(graph, flow, rate, readRatio);
        foreach (var cache in graph.Nodes.Where(n => n.Behaviour == Behaviour.Cache))
        {
            var cold = (ResolvedComponent[])graph.Nodes.Clone();
            cold[cache.Index] = cache with { HitRate = new Results.Figure(0, "scenario: cache lost") };
            var coldGraph = graph.WithNodes(cold);
            var expected = TrafficFlow.Compute(coldGraph, rate, readRatio);

            var cone = losses.Lose(cache.Index).ToArray();

            Assert.Equal(cone.OrderBy(i => i), cone);
            for (var i = 0; i < graph.Nodes.Length; i++)
            {
                var full = expected.Load(coldGraph, i);
                Assert.True(
                    BitConverter.DoubleToInt64Bits(full) == BitConverter.DoubleToInt64Bits(losses.Load(i)),
                    $"losing {cache.Name}: {graph.Nodes[i].Name} loads {losses.Load(i).ToString("R", CultureInfo.InvariantCulture)}, a full recomputation {full.ToString("R", CultureInfo.InvariantCulture)}");
                if (Array.BinarySearch(cone, i) < 0)
                {
                    Assert.Equal(BitConverter.DoubleToInt64Bits(flow.Load(graph, i)), BitConverter.DoubleToInt64Bits(full));
                }
            }
        }
    }

    private static (FlowGraph Graph, TrafficFlow Flow) Flow(Architecture design, double rate, double readRatio)
    {
        var resolver = new ComponentResolver(Designs.Problem(rate, readRatio), ProblemCatalog.BuiltIn.Components);
        var nodes = design.Components.Select((c, i) => resolver.Resolve(c, i)).ToArray();
        var graph = FlowGraph.Build(nodes, design.Connections);
        return (graph, TrafficFlow.Compute(graph, rate, readRatio));
    }

    private static int Index(FlowGraph graph, string name) => graph.Nodes.Single(n => n.Name == name).Index;

    // Any type, any edge kind, weights, duplicate edges, edges back up the list (cycles) and designs without a client.
    private static Architecture RandomDesign(Random random, int components)
    {
        var parts = new List<Component>();
        for (var i = 0; i < components; i++)
        {
            var type = Types[random.Next(Types.Length)];
            parts.Add(new Component("n" + i.ToString(CultureInfo.InvariantCulture), type)
            {
                HitRate = type is ComponentTypes.Cache or ComponentTypes.Cdn && random.Next(4) > 0 ? random.NextDouble() : null,
                Instances = random.Next(1, 5),
            });
        }

        var kinds = Enum.GetValues<ConnectionKind>();
        var connections = new List<Connection>();
        for (var i = 0; i < components * 2; i++)
        {
            var from = random.Next(components);
            var to = random.Next(10) == 0 ? random.Next(components) : System.Math.Min(components - 1, from + 1 + random.Next(6));
            var weight = random.Next(3) == 0 ? (double?)random.Next(1, 5) : null;
            connections.Add(new Connection(parts[from].Name, parts[to].Name, kinds[random.Next(kinds.Length)], weight));
        }

        return new Architecture(null, parts, connections);
    }

    // The benchmarks' scaled shape: clients → CDN → balancers → cells of ten with a look-aside cache each.
    private static Architecture ScaledDesign(int components)
    {
        var a = new ArchitectureBuilder();
        var cdn = a.Cdn("CDN").HitRate(0.5);
        a.Client("Web").Calls(cdn);
        a.Client("Mobile").Calls(cdn);
        var cells = (components - 3) / 10;
        var balancers = new List<LoadBalancerNode>();
        for (var b = 0; b < System.Math.Max(1, cells / 10); b++)
        {
            balancers.Add(a.LoadBalancer("LB " + b.ToString(CultureInfo.InvariantCulture)));
            cdn.Calls(balancers[b]);
        }

        AppNode? previous = null;
        for (var c = 0; c < cells; c++)
        {
            var n = c.ToString(CultureInfo.InvariantCulture);
            var front = a.App("Front " + n);
            var back = a.App("Back " + n);
            var searchApp = a.App("Search App " + n);
            var cache = a.Cache("Cache " + n).HitRate(0.9);
            var primary = a.DbPrimary("Primary " + n);
            var replica = a.DbReplica("Replica " + n);
            var queue = a.Queue("Queue " + n);
            var worker = a.Worker("Worker " + n);
            var search = a.Search("Search " + n);
            var store = a.ObjectStore("Store " + n);
            balancers[c % balancers.Count].Calls(front);
            front.Calls(back);
            front.Calls(searchApp);
            back.Reads(cache);
            back.Reads(replica);
            back.Writes(primary);
            back.Publishes(queue);
            worker.Consumes(queue);
            worker.Writes(search);
            worker.Writes(store);
            searchApp.Reads(search);
            primary.ReplicatesTo(replica);
            if (previous is not null && c % 10 == 0)
            {
                previous.Calls(back).Weight(0.1);
            }

            previous = front;
        }

        return a.Build();
    }
}
