using System;
using System.Linq;
using CsCheck;
using SystemDesign.Engine.Results;
using SystemDesign.Model;
using SystemDesign.TestSupport;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// The per-connection loads (issue 9, flow classes): one result per declared connection, read off the same traffic
/// flow as the components' loads, so a component's offered load is the sum of what its incoming connections carry.
/// </summary>
public sealed class ConnectionLoadTests
{
    private static readonly string[] Types =
        [ComponentTypes.Client, ComponentTypes.LoadBalancer, ComponentTypes.Cdn, ComponentTypes.App, ComponentTypes.Cache, ComponentTypes.DbPrimary,
         ComponentTypes.DbReplica, ComponentTypes.Queue, ComponentTypes.Stream, ComponentTypes.Worker, ComponentTypes.ObjectStore, ComponentTypes.Monitoring];

    private static readonly ConnectionKind[] Kinds = Enum.GetValues<ConnectionKind>();

    internal sealed record RandomDesign(Component[] Components, Connection[] Connections, double Rate, double ReadRatio, double Peak)
    {
        public Architecture Architecture => new("test-problem", Components, Connections);

        public Catalog.Problem Problem => Designs.Problem(rate: Rate, readRatio: ReadRatio, peak: Peak);

        public override string ToString() =>
            string.Join("; ", Components.Select(c => $"{c.Name}:{c.Type}×{c.Instances}")) + " | " + string.Join("; ", Connections.Select(c => c.ToString()));
    }

    // Random graphs of every kind of component and edge: mostly forward edges (a DAG in declaration order), some
    // backward ones that close cycles, self edges and edges to a missing name, which must carry nothing.
    private static readonly Gen<RandomDesign> Random =
        from count in Gen.Int[2, 12]
        from types in Gen.Int[0, Types.Length - 1].Array[count]
        from instances in Gen.Int[1, 6].Array[count]
        from hits in Gen.Int[0, 99].Array[count]
        from edges in Gen.Select(Gen.Int[0, count], Gen.Int[0, count - 1], Gen.Int[0, Kinds.Length - 1], Gen.Int[0, 4]).Array[0, 3 * count]
        from rate in Gen.Int[1, 100_000]
        from read in Gen.Int[0, 100]
        from peak in Gen.Int[10, 40]
        select Build(types, instances, hits, edges, rate, read / 100.0, peak / 10.0);

    private static RandomDesign Build(int[] types, int[] instances, int[] hits, (int, int, int, int)[] edges, double rate, double read, double peak)
    {
        var components = new Component[types.Length];
        for (var i = 0; i < types.Length; i++)
        {
            var type = i == 0 ? ComponentTypes.Client : Types[types[i]];
            components[i] = new Component("c" + i, type)
            {
                Instances = instances[i],
                HitRate = type is ComponentTypes.Cache or ComponentTypes.Cdn ? hits[i] / 100.0 : null,
            };
        }

        var connections = edges.Select(e =>
        {
            var (a, b, kind, weight) = e;
            var to = a == types.Length ? "nowhere" : "c" + a; // an edge to a missing name (SD0004)
            return new Connection("c" + b, to, Kinds[kind], weight == 0 ? null : weight);
        }).ToArray();
        return new RandomDesign(components, connections, rate, read, peak);
    }

    [Fact]
    public void A_components_offered_load_is_the_sum_of_its_incoming_connections()
    {
        var checkedLoads = 0;
        foreach (var design in Seeded.Samples(Random, 9_001, 400))
        {
            var e = Designs.Evaluate(design.Problem, design.Architecture);
            Assert.Equal(design.Connections.Length, e.Connections.Count);
            foreach (var component in e.Components.Where(c => c.Kind != "client" && c.OnRequestPath))
            {
                var incoming = e.Connections.Where(c => c.To == component.Name).ToArray();
                if (incoming.Length == 0)
                {
                    continue; // an entry point nothing calls: the workload itself comes in
                }

                var sum = incoming.Sum(c => c.OfferedRps);
                Assert.True(Close(component.OfferedRps, sum), $"{component.Name}: offered {component.OfferedRps} ≠ Σ incoming {sum} in {design}");
                Assert.True(Close(component.ReadRps, incoming.Sum(c => c.ReadRps)), $"{component.Name} reads in {design}");
                Assert.True(Close(component.WriteRps, incoming.Sum(c => c.WriteRps)), $"{component.Name} writes in {design}");
                checkedLoads++;
            }

            foreach (var c in e.Connections)
            {
                Assert.True(c.MissReadRps <= c.ReadRps, $"{c.From} → {c.To}: misses above reads in {design}");
                Assert.True(Close(c.OfferedRps * design.Peak, c.PeakRps), $"{c.From} → {c.To}: peak in {design}");
                if (c.Role is "ignored" or "telemetry")
                {
                    Assert.Equal(0, c.OfferedRps);
                }
            }
        }

        Assert.True(checkedLoads > 500, $"only {checkedLoads} loads checked: the generator makes too few connected designs");
    }

    [Fact]
    public void The_tutorial_blog_reports_each_class_on_its_edge()
    {
        // users → lb → app; app reads a look-aside cache (80% hits), reads the replica, writes the primary, which
        // replicates to 2 replica instances. 1,000 req/s, 90% reads.
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        var lb = a.LoadBalancer("LB");
        var app = a.App("App").Instances(4);
        var cache = a.Cache("Cache").HitRate(0.8);
        var primary = a.DbPrimary("Primary");
        var replica = a.DbReplica("Replica").Instances(2);
        users.Calls(lb);
        lb.Calls(app);
        app.Reads(cache);
        app.Reads(replica);
        app.Writes(primary);
        primary.ReplicatesTo(replica);
        var e = Designs.Evaluate(Designs.Problem(rate: 1000, readRatio: 0.9, peak: 3), a.Build());

        ConnectionResult Edge(string from, string to) => e.Connections.Single(c => c.From == from && c.To == to);
        Assert.Equal(("calls", "request", 1000.0, 3000.0), (Edge("Users", "LB").Kind, Edge("Users", "LB").Role, Edge("Users", "LB").OfferedRps, Edge("Users", "LB").PeakRps));
        Assert.Equal(("look-aside", 900.0, 0.0), (Edge("App", "Cache").Role, Edge("App", "Cache").ReadRps, Edge("App", "Cache").MissReadRps));
        Assert.Equal(180.0, Edge("App", "Replica").MissReadRps, 9); // only the cache's misses: 900 × 0.2
        Assert.Equal(180.0, Edge("App", "Replica").ReadRps, 9);
        Assert.Equal(100.0, Edge("App", "Primary").WriteRps, 9);
        Assert.Equal(("replicates", "replication"), (Edge("Primary", "Replica").Kind, Edge("Primary", "Replica").Role));
        Assert.Equal(200.0, Edge("Primary", "Replica").ReplicationRps, 9); // 100 writes/s × 2 replica instances
        Assert.Equal(e.Component("Replica").OfferedRps, Edge("App", "Replica").OfferedRps + Edge("Primary", "Replica").OfferedRps, 9);
    }

    private static bool Close(double a, double b) => System.Math.Abs(a - b) <= 1e-9 * System.Math.Max(1, System.Math.Max(System.Math.Abs(a), System.Math.Abs(b)));
}
