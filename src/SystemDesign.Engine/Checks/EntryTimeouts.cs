using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Latency;
using SystemDesign.Model;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// What a caller's timeout does to the requests (docs/engine.md, "Timeouts and retries"): an attempt slower than the
/// timeout t is answered at t, as an error. A client whose calls of a class all carry a timeout gets every answer by
/// t × (r + 1), so the path's percentiles are capped there; the requests whose every attempt is slower than t fail,
/// P(T &gt; t)^(r+1) with T the whole path below the call (attempts independent), with the calls below that fail on
/// their own timeouts (<see cref="FailureState.Timeouts"/>). Their share counts against availability: the design
/// serves a request when its components are up and it is answered in time.
/// </summary>
internal static class EntryTimeouts
{
    /// <summary>
    /// The longest a client waits for an answer of <paramref name="c"/>: the largest timeout × attempts over the calls
    /// that carry the class, or null when one of them has no (valid) timeout or the entry is not a client.
    /// </summary>
    public static double? CapMilliseconds(EvaluationContext context, int entry, RequestClass c)
    {
        if (context.Nodes[entry].Behaviour != Resolution.Behaviour.Source)
        {
            return null;
        }

        double? cap = null;
        foreach (var group in context.Graph.Plan(entry, c).Groups)
        {
            foreach (var (edge, fraction) in group.Edges)
            {
                if (!(fraction > 0))
                {
                    continue;
                }

                if (TimeoutOf(edge) is not { } timeout)
                {
                    return null;
                }

                var wait = timeout * (Retries(edge) + 1);
                cap = cap is { } c0 && c0 >= wait ? c0 : wait;
            }
        }

        return cap;
    }

    /// <summary>
    /// The share of the workload's requests answered in time, in [0, 1]: 1 − Σ over entries and classes of their
    /// share × the share that fails on a timeout after every retry. Exactly 1 when no call has a timeout.
    /// </summary>
    public static double AnsweredShare(EvaluationContext context, int[] usable, HopModel[] hops)
    {
        var graph = context.Graph;
        if (!context.HasRate || graph.Entries.Length == 0 || !AnyTimeout(graph))
        {
            return 1;
        }

        var failures = CallFailures.Compute(context, usable, hops, FailureState.Timeouts);
        var paths = new PathLatency(graph, hops);
        var readRatio = context.Workload.ReadRatio.Value;
        var failed = 0.0;
        for (var i = 0; i < graph.Entries.Length; i++)
        {
            var entry = graph.Entries[i];
            failed += graph.Shares.Reads[i] * readRatio * Failed(context, paths, failures, entry, RequestClass.Read);
            failed += graph.Shares.Writes[i] * (1 - readRatio) * Failed(context, paths, failures, entry, RequestClass.Write);
        }

        return System.Math.Max(0, System.Math.Min(1, 1 - failed));
    }

    /// <summary>The share of one entry's requests of a class that fail on a timeout: every route group must succeed.</summary>
    private static double Failed(EvaluationContext context, PathLatency paths, CallFailures failures, int entry, RequestClass c)
    {
        if (context.Nodes[entry].Behaviour != Resolution.Behaviour.Source)
        {
            return failures.NodeShare(entry);
        }

        var succeeds = 1.0;
        foreach (var group in context.Graph.Plan(entry, c).Groups)
        {
            var groupFails = 0.0;
            foreach (var (edge, fraction) in group.Edges)
            {
                if (!(fraction > 0) || !CallFailures.IsSynchronous(edge))
                {
                    continue;
                }

                var slow = TimeoutOf(edge) is { } timeout ? SlowerThan(paths, edge.To, c, timeout / 1000) : 0;
                var attempt = 1 - ((1 - slow) * (1 - failures.NodeShare(edge.To)));
                groupFails += fraction * Math.RetryAmplification.Exhausted(attempt, Retries(edge));
            }

            succeeds *= 1 - System.Math.Min(1, groupFails);
        }

        return 1 - succeeds;
    }

    /// <summary>P(T &gt; t) for the response time T of <paramref name="node"/> and everything it waits on.</summary>
    private static double SlowerThan(PathLatency paths, int node, RequestClass c, double seconds)
    {
        if (paths.Saturated[(int)c][node])
        {
            return 1;
        }

        if (!(paths.Mean(node, c, floor: false) > 0))
        {
            return 0;
        }

        var (cdf, _) = paths.At(node, c, seconds, floor: false);
        return System.Math.Max(0, System.Math.Min(1, 1 - cdf));
    }

    private static double? TimeoutOf(FlowEdge edge) =>
        edge.Connection.TimeoutMs is { } ms && ms > 0 && !double.IsInfinity(ms) ? ms : null;

    // Values SD0025 reports (outside 0–10) count as no retries here.
    private static int Retries(FlowEdge edge) => edge.Connection.Retries is { } r and >= 0 and <= EdgeKnobs.MaxRetries ? r : 0;

    private static bool AnyTimeout(FlowGraph graph)
    {
        foreach (var edges in graph.Outgoing)
        {
            foreach (var edge in edges)
            {
                if (CallFailures.IsSynchronous(edge) && TimeoutOf(edge) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
