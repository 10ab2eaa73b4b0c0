using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Latency;
using SystemDesign.Engine.Resolution;
using SystemDesign.Engine.Tests.Evaluation;
using SystemDesign.TestSupport;

namespace SystemDesign.Engine.Tests.Latency;

/// <summary>
/// Failure scenarios re-use the design's routing with other hops (<see cref="PathLatency.WithHops"/>): the figures must
/// be those of a path model built from scratch with the same hops, to the bit.
/// </summary>
public sealed class WithHopsTests
{
    [Theory]
    [InlineData(8, 1.0)]
    [InlineData(8, 1.1)]
    [InlineData(9, 1.4)]
    [InlineData(12, 2.0)]
    public void Other_hops_on_the_same_routing_give_the_figures_of_a_fresh_model(int apps, double loadFactor)
    {
        var problem = ProblemCatalog.BuiltIn.Find(Designs.Blog)!;
        var design = TutorialBlog.WithAppServers(apps);
        var resolver = new ComponentResolver(problem, ProblemCatalog.BuiltIn.Components);
        var nodes = design.Components.Select((c, i) => resolver.Resolve(c, i)).ToArray();
        var graph = FlowGraph.Build(nodes, design.Connections);
        var flow = TrafficFlow.Compute(graph, 1000, 0.9);
        var normal = nodes.Select(n => HopModel.For(n, flow.Load(graph, n.Index))).ToArray();
        var scenario = nodes.Select(n => HopModel.For(n, flow.Load(graph, n.Index) * loadFactor)).ToArray();

        var reused = new PathLatency(graph, normal).WithHops(scenario);
        var fresh = new PathLatency(graph, scenario);

        foreach (var c in new[] { RequestClass.Read, RequestClass.Write })
        {
            Assert.Equal(fresh.Saturated[(int)c][graph.Entries[0]], reused.Saturated[(int)c][graph.Entries[0]]);
            Assert.Equal(fresh.Mean(graph.Entries[0], c, floor: false), reused.Mean(graph.Entries[0], c, floor: false));
            foreach (var p in new[] { 0.5, 0.95, 0.99 })
            {
                Assert.Equal(fresh.Percentile(graph.Entries[0], c, p, floor: false), reused.Percentile(graph.Entries[0], c, p, floor: false));
            }
        }
    }
}
