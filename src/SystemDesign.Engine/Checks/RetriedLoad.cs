using SystemDesign.Engine.Flow;
using SystemDesign.Model;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// The load retries add to their callees (docs/engine.md, "Timeouts and retries"): a call retried up to r times that
/// fails with probability p makes (1 − p^(r+1)) ÷ (1 − p) attempts, and every attempt is a request the callee serves
/// and passes on. The share p depends on the load (overload at the target rate, the timeout's tail of the callee's
/// queue), which the retries raise: a fixed point, found by iterating from no retries. Each step can only raise the
/// loads, so the attempts rise monotonically towards the least fixed point and stop at r + 1 at most; the iteration
/// ends when no edge's attempts move by more than <see cref="Tolerance"/>, or after <see cref="MaxIterations"/>.
/// An edge with backoff or a circuit breaker does not amplify (the same sources): its retries leave the failure window.
/// </summary>
internal static class RetriedLoad
{
    /// <summary>The most passes over the flow; a storm that creeps to saturation (p → 1) stops here, just below it.</summary>
    public const int MaxIterations = 100;

    /// <summary>Attempts per call that still move by less than this are settled.</summary>
    public const double Tolerance = 1e-6;

    /// <summary>Whether the edge's retries amplify its callee's load: 1 to 10 retries, no backoff and no breaker.</summary>
    public static bool Amplifies(FlowEdge edge) =>
        CallFailures.IsSynchronous(edge) && edge.Connection.Retries is >= 1 and <= EdgeKnobs.MaxRetries
        && !edge.Connection.Backoff && !edge.Connection.CircuitBreaker;

    /// <summary>
    /// <paramref name="declared"/> with its flow carrying every amplifying edge's attempts at the fixed point, or
    /// <paramref name="declared"/> itself when no edge amplifies or the problem states no rate.
    /// </summary>
    public static EvaluationContext Settle(EvaluationContext declared)
    {
        var graph = declared.Graph;
        if (!declared.HasRate || !AnyAmplifies(graph))
        {
            return declared;
        }

        var usable = CapacityCheck.UsableCounts(declared);
        var rate = declared.Workload.RequestRps!.Value;
        var readRatio = declared.Workload.ReadRatio.Value;
        var attempts = new double[graph.ConnectionCount];
        for (var i = 0; i < attempts.Length; i++)
        {
            attempts[i] = 1;
        }

        var current = declared;
        for (var iteration = 1; iteration <= MaxIterations; iteration++)
        {
            var failures = CallFailures.Compute(current, usable, Evaluator.Hops(current), FailureState.Steady);
            var next = (double[])attempts.Clone();
            var moved = 0.0;
            foreach (var edges in graph.Outgoing)
            {
                foreach (var edge in edges)
                {
                    if (Amplifies(edge))
                    {
                        next[edge.Id] = Math.RetryAmplification.Attempts(failures.Share(edge), edge.Connection.Retries!.Value);
                        moved = System.Math.Max(moved, System.Math.Abs(next[edge.Id] - attempts[edge.Id]));
                    }
                }
            }

            var converged = moved <= Tolerance;
            if (converged && iteration == 1)
            {
                return declared; // nothing fails in steady state: no retries are made
            }

            attempts = next;
            current = declared.WithFlow(TrafficFlow.Compute(graph, rate, readRatio, attempts), iteration, converged);
            if (converged)
            {
                break;
            }
        }

        return current;
    }

    private static bool AnyAmplifies(FlowGraph graph)
    {
        foreach (var edges in graph.Outgoing)
        {
            foreach (var edge in edges)
            {
                if (Amplifies(edge))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
