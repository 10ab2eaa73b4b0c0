using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Latency;
using SystemDesign.Engine.Resolution;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// The share of a caller's calls that fail, per edge, from failure shares the engine already has (docs/engine.md,
/// "Timeouts and retries"): a callee fails the excess of its load over its capacity when overloaded at the target rate
/// or at the peak, and every call when its one instance is lost (the instance-loss scenario, §7); a timeout on the
/// edge fails the callee's answers slower than it (<see cref="HopModel.SlowerThan"/>); a call fails when the callee
/// fails or one of its own synchronous calls fails after every retry (attempts independent).
/// </summary>
internal sealed class CallFailures
{
    private readonly double[] edgeShare;
    private readonly string?[] edgeReason;

    private CallFailures(double[] edgeShare, string?[] edgeReason)
    {
        this.edgeShare = edgeShare;
        this.edgeReason = edgeReason;
    }

    /// <summary>The probability one attempt on <paramref name="edge"/> fails, in [0, 1].</summary>
    public double Share(FlowEdge edge) => edgeShare[edge.Id];

    /// <summary>Why the share is above 0, in words ("'Tax' has one instance, and losing it fails every call"); null at 0.</summary>
    public string? Reason(FlowEdge edge) => edgeReason[edge.Id];

    /// <summary>Whether the source waits on the edge's answer (a call, a read, a write, a publish), so its failure reaches the source.</summary>
    public static bool IsSynchronous(FlowEdge edge) =>
        edge.Role is EdgeRole.Request or EdgeRole.Reads or EdgeRole.Writes or EdgeRole.PrimaryStore or EdgeRole.LookAside or EdgeRole.Publish;

    public static CallFailures Compute(EvaluationContext context, int[] usable, HopModel[] hops)
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
            var (share, reason) = Own(context, node, usable[node.Index]);
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

        return new CallFailures(edgeShare, edgeReason);
    }

    /// <summary>The worst share of its own calls a component fails across the target rate, the peak and one instance lost.</summary>
    private static (double Share, string? Reason) Own(EvaluationContext context, ResolvedComponent node, int usable)
    {
        if (node.Behaviour is Behaviour.Source or Behaviour.OffPath)
        {
            return (0, null);
        }

        if (usable <= 1)
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
        foreach (var (offered, able, when) in new[]
        {
            (load, capacity, "at the target rate"),
            (load * context.Peak, capacity, "at the peak"),
            (load, EvaluationContext.Capacity(perInstance.Value, usable - 1), "with one instance lost"),
        })
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
