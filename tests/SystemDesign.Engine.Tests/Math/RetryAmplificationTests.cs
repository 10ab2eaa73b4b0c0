using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Latency;
using SystemDesign.Engine.Math;
using SystemDesign.Engine.Resolution;
using SystemDesign.Engine.Tests.Evaluation;

namespace SystemDesign.Engine.Tests.Math;

/// <summary>
/// docs/engine.md, "Timeouts and retries": the load retries send (AWS Builders' Library, "Timeouts, retries, and backoff
/// with jitter"; Google SRE book, ch. 22 "Addressing Cascading Failures") and the share of answers a timeout cuts.
/// </summary>
public sealed class RetryAmplificationTests
{
    /// <summary>λ·(1 + p + … + pʳ): p = 0.5 and 3 retries, 1 + 0.5 + 0.25 + 0.125 = 1.875 attempts per call.</summary>
    [Theory]
    [InlineData(0.5, 3, 1.875)]
    [InlineData(0.0, 3, 1.0)]
    [InlineData(1.0, 3, 4.0)] // every call fails: r + 1
    [InlineData(1.0, 0, 1.0)]
    [InlineData(0.1, 2, 1.11)]
    [InlineData(0.5, int.MaxValue, 2.0)] // a hostile count (SD0025) is the series' limit 1 ÷ (1 − p), not a loop
    public void Attempts_per_call_are_the_geometric_sum(double p, int retries, double expected) =>
        Assert.Equal(expected, RetryAmplification.Attempts(p, retries), 12);

    /// <summary>SRE book, ch. 22: three layers that each retry 3 times (4 attempts) send 4³ = 64 attempts to a database that is down.</summary>
    [Fact]
    public void Layers_that_all_fail_multiply_their_attempts() =>
        Assert.Equal(64, RetryAmplification.AttemptsThroughLayers(3, 3, 3));

    /// <summary>A call fails only when every attempt does: 0.5 and 2 retries, 0.5³ = 12.5%.</summary>
    [Fact]
    public void A_call_fails_when_every_attempt_fails() =>
        Assert.Equal(0.125, RetryAmplification.Exhausted(0.5, 2), 12);

    /// <summary>
    /// M/M/1 at ρ = 0.5 (λ = 50/s, μ = 100/s): the response time is Exp(μ − λ) (Gross &amp; Harris, §2.2), so a 20 ms
    /// timeout cuts P(T &gt; 0.02) = e^(−50·0.02) = e^(−1) = 36.8% of the answers; the formula for c servers agrees.
    /// </summary>
    [Theory]
    [InlineData(0.02)]
    [InlineData(0.1)]
    public void A_timeout_cuts_the_queue_models_tail(double seconds)
    {
        var a = new ArchitectureBuilder();
        a.Client("Users").Calls(a.App("App").Instances(1).CapacityPerInstance(100).ServiceTime(10));
        var hop = Hop(Designs.Problem(rate: 50), a.Build(), "App");

        Assert.Equal(System.Math.Exp(-50 * seconds), hop.SlowerThan(seconds), 12);
        Assert.Equal(1, hop.SlowerThan(0), 12);
    }

    /// <summary>A saturated hop (λ = 150/s against μ = 100/s) misses every timeout, however long.</summary>
    [Fact]
    public void A_saturated_callee_misses_every_timeout()
    {
        var a = new ArchitectureBuilder();
        a.Client("Users").Calls(a.App("App").Instances(1).CapacityPerInstance(100).ServiceTime(10));
        Assert.Equal(1, Hop(Designs.Problem(rate: 150), a.Build(), "App").SlowerThan(10), 12);
    }

    private static HopModel Hop(Problem problem, Model.Architecture design, string name)
    {
        var registry = ProblemCatalog.BuiltIn.Components;
        var resolver = new ComponentResolver(problem, registry);
        var nodes = design.Components.Select((c, i) => resolver.Resolve(c, i)).ToArray();
        var graph = FlowGraph.Build(nodes, design.Connections);
        var flow = TrafficFlow.Compute(graph, problem.Workload.RequestRate!.Value, problem.Workload.ReadRatio!.Value);
        var node = nodes.Single(n => n.Name == name);
        return HopModel.For(node, flow.Load(graph, node.Index));
    }
}
