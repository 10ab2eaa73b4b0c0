using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Latency;
using SystemDesign.Engine.Resolution;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>Which failures <see cref="CallFailures"/> counts.</summary>
internal enum FailureState
{
    /// <summary>The worst of the target rate, the peak and one instance lost (SD7005's "this call can fail").</summary>
    Worst,

    /// <summary>The target rate with every instance up: overload at the target rate and timeouts (the load retries add).</summary>
    Steady,

    /// <summary>Timeouts alone: the answers that come too late (the requests the design answers in time).</summary>
    Timeouts,
}

/// <summary>
/// The share of a caller's calls that fail, per edge, from failure shares the engine already has (docs/engine.md,
/// "Timeouts and retries"): a callee fails the excess of its load over its capacity when overloaded at the target rate
/// or at the peak, and every call when its one instance is lost (the instance-loss scenario, §7); a timeout on the
/// edge fails the callee's answers slower than it (<see cref="HopModel.SlowerThan"/>); a call fails when the callee
/// fails or one of its own synchronous calls fails after every retry (attempts independent). <see cref="FailureState"/>
/// says which failures count: the load retries add (<see cref="RetriedLoad"/>) is a figure of the steady state, the
/// requests answered in time (<see cref="EntryTimeouts"/>) of the timeouts alone.
/// </summary>
internal sealed class CallFailures
{
    private readonly double[] edgeShare;
    private readonly string?[] edgeReason;
    private readonly double[] nodeShare;

    private CallFailures(double[] edgeShare, string?[] edgeReason, double[] nodeShare)
    {
        this.edgeShare = edgeShare;
        this.edgeReason = edgeReason;
        this.nodeShare = nodeShare;
    }

    /// <summary>The probability a call into the node fails (its own failure or one of its calls' after every retry), in [0, 1].</summary>
    public double NodeShare(int node) => nodeShare[node];

    /// <summary>The probability one attempt on <paramref name="edge"/> fails, in [0, 1].</summary>
    public double Share(FlowEdge edge) => edgeShare[edge.Id];

    /// <summary>Why the share is above 0, in words ("'Tax' has one instance, and losing it fails every call"); null at 0.</summary>
    public string? Reason(FlowEdge edge) => edgeReason[edge.Id];

    /// <summary>Whether the source waits on the edge's answer (a call, a read, a write, a publish), so its failure reaches the source.</summary>
    public static bool IsSynchronous(FlowEdge edge) =>
        edge.Role is EdgeRole.Request or EdgeRole.Reads or EdgeRole.Writes or EdgeRole.PrimaryStore or EdgeRole.LookAside or EdgeRole.Publish;

    /// <summary>The failure shares of every call, counting the failures of <paramref name="state"/>.</summary>
    public static CallFailures Compute(EvaluationContext context, int[] usable, HopModel[] hops, FailureState state = FailureState.Worst)
    {
        var graph = context.Graph;
        var nodeShare = new double[graph.Nodes.Length];
        var nodeReason = new string?[graph.Nodes.Length];
        var edgeShare = new double[graph.ConnectionCount];
        var edgeReason = new string?[graph.ConnectionCount];

        // Callees before callers: the reverse of the flow's topological order.
        for (var i = graph.TopologicalOrder.Length - 1; i >= 0; i--)
        {
            var node = graph.Nodes[graph.TopologicalOrder[i]];
            var (share, reason) = Own(context, node, usable[node.Index], state);
            var succeeds = 1 - share;
            foreach (var edge in graph.Outgoing[node.Index])
            {
                if (!IsSynchronous(edge))
                {
                    continue;
                }

                var (attempt, why) = (nodeShare[edge.To], nodeReason[edge.To]);
                if (edge.Connection.TimeoutMs is { } timeout && timeout > 0 && !double.IsInfinity(timeout) && context.HasRate)
                {
                    var slow = hops[edge.To].SlowerThan(timeout / 1000);
                    if (slow > attempt)
                    {
                        why = $"{Percent(slow)} of {graph.Nodes[edge.To].Name}'s answers take longer than {node.Name}'s {Ms(timeout)} timeout";
                    }

                    attempt = 1 - ((1 - attempt) * (1 - slow));
                }

                edgeShare[edge.Id] = attempt;
                edgeReason[edge.Id] = attempt > 0 ? why : null;
                var exhausted = Math.RetryAmplification.Exhausted(attempt, edge.Connection.Retries ?? 0);
                if (exhausted > 0 && (reason is null || exhausted > 1 - succeeds))
                {
                    reason = why;
                }

                succeeds *= 1 - exhausted;
            }

            nodeShare[node.Index] = 1 - succeeds;
            nodeReason[node.Index] = nodeShare[node.Index] > 0 ? reason : null;
        }

        return new CallFailures(edgeShare, edgeReason, nodeShare);
    }

    /// <summary>
    /// The worst share of its own calls a component fails across the target rate, the peak and one instance lost; in
    /// steady state, at the target rate with every instance up only; none when only timeouts count.
    /// </summary>
    private static (double Share, string? Reason) Own(EvaluationContext context, ResolvedComponent node, int usable, FailureState state)
    {
        var steady = state == FailureState.Steady;
        if (node.Behaviour is Behaviour.Source or Behaviour.OffPath || state == FailureState.Timeouts)
        {
            return (0, null);
        }

        if (usable <= 1 && !steady)
        {
            return (1, $"{node.Name} has one instance, and losing it fails every call");
        }

        var load = context.Load(node.Index);
        if (node.CapacityPerInstance is not { } perInstance || !(load > 0))
        {
            return (0, null);
        }

        var capacity = EvaluationContext.Capacity(perInstance.Value, usable);
        var (share, reason) = (0.0, (string?)null);
        var cases = steady
            ? new[] { (load, capacity, "at the target rate") }
            : new[]
            {
                (load, capacity, "at the target rate"),
                (load * context.Peak, capacity, "at the peak"),
                (load, EvaluationContext.Capacity(perInstance.Value, usable - 1), "with one instance lost"),
            };
        foreach (var (offered, able, when) in cases)
        {
            var excess = offered > able ? 1 - (able / offered) : 0;
            if (excess > share)
            {
                (share, reason) = (excess, $"{node.Name} fails {Percent(excess)} of its calls {when} ({Rate(offered)} req/s against {Rate(able)} req/s)");
            }
        }

        return (share, reason);
    }
}
