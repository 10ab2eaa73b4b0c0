using System.Collections.Generic;
using System.Linq;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Latency;
using SystemDesign.Engine.Resolution;
using SystemDesign.Model;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// The call policies of the edges (Model.EdgeKnobs) against the failures the engine models (docs/engine.md, "Timeouts
/// and retries"): a retry budget longer than the caller's timeout (SD7004), retries without backoff on a call that can
/// fail (SD7005), a deep chain of service calls with no timeout or breaker (SD7006), retried writes with no idempotency
/// key (SD7007). Each finding sits on the edge it is about, on the knob to change.
/// </summary>
internal static class CallPolicyCheck
{
    /// <summary>
    /// Service-to-service calls in a row that need no guard: a front service calling one backend that calls one more.
    /// The case study's chain (Order → Inventory → Pricing → Tax, seeds/001 §18) is 3 deep; at that depth a failing
    /// leaf holds a request in every service above it, and every layer's retries multiply (SRE book, ch. 22).
    /// </summary>
    public const int UnguardedChainLimit = 2;

    public static void Run(EvaluationContext context, int[] usable, HopModel[] hops)
    {
        var graph = context.Graph;
        var failures = CallFailures.Compute(context, usable, hops);
        var reachesStore = ReachesDurableState(graph);
        var shortestIncoming = ShortestIncomingTimeout(graph);
        foreach (var node in graph.Nodes)
        {
            foreach (var edge in graph.Outgoing[node.Index])
            {
                if (!CallFailures.IsSynchronous(edge))
                {
                    continue;
                }

                RetryBudget(context, edge, shortestIncoming[node.Index]);
                Backoff(context, edge, failures);
                Idempotency(context, edge, reachesStore);
            }
        }

        UnguardedChains(context);
    }

    private static void RetryBudget(EvaluationContext context, FlowEdge edge, (double Ms, FlowEdge? Edge) incoming)
    {
        // Values SD0025 reports (not positive, not finite, retries outside 0–10) are not judged again here.
        if (incoming.Edge is not { } outer || edge.Connection.TimeoutMs is not { } timeout || !IsPositiveFinite(timeout) || !IsPositiveFinite(incoming.Ms)
            || edge.Connection.Retries is < 0 or > EdgeKnobs.MaxRetries)
        {
            return;
        }

        var attempts = (edge.Connection.Retries ?? 0) + 1;
        var budget = timeout * attempts;
        if (!(incoming.Ms < budget))
        {
            return;
        }

        var (caller, callee, outerCaller) = (Name(context, edge.From), Name(context, edge.To), Name(context, outer.From));
        var knob = attempts > 1 ? EdgeKnobs.Retries : EdgeKnobs.Timeout;

        // The fix: the longest whole-millisecond timeout whose attempts fit in the caller's, when one of at least 1 ms does
        // (a double past long's range does not cast).
        var share = System.Math.Floor(incoming.Ms / attempts);
        var fitting = share < long.MaxValue ? (long)share : long.MaxValue;
        Add(context, Rules.RetryBudgetExceeded, edge, knob,
            $"{outerCaller} gives up on {caller} after {Ms(incoming.Ms)}, but {caller} waits up to {Ms(timeout)} × {Count(attempts)} attempts = {Ms(budget)} on {callee}: "
            + $"{outerCaller} times out while {caller} still retries, so the work below is wasted and, if {outerCaller} retries too, repeated. "
            + $"Make {caller}'s timeout × attempts fit in {Ms(incoming.Ms)}: Timeout({Raw(fitting)}) or fewer retries on this edge, or a longer timeout on {outerCaller}'s.",
            fitting >= 1 ? Proposed(EdgeKnobs.Timeout, Raw(fitting)) : null);
    }

    private static void Backoff(EvaluationContext context, FlowEdge edge, CallFailures failures)
    {
        var retries = edge.Connection.Retries ?? 0;
        var share = failures.Share(edge);
        if (retries is < 1 or > EdgeKnobs.MaxRetries || edge.Connection.Backoff || !(share > 0))
        {
            return;
        }

        var (caller, callee) = (Name(context, edge.From), Name(context, edge.To));
        var amplification = Math.RetryAmplification.Attempts(share, retries);
        // The flow already carries the attempts made in steady state (RetriedLoad): the calls are what it carries ÷ those.
        var settled = context.Flow.AttemptsOn(edge.Id);
        var rate = context.Flow.Edges.Total(edge.Id) / settled;
        var load = rate > 0 ? $" ({Rate(rate)} req/s become {Rate(rate * amplification)} req/s)" : string.Empty;
        var steady = settled > 1 ? $" Even at the target rate with every instance up they make {Multiplier(settled)} the calls, and {callee}'s load above counts them." : string.Empty;
        if (settled > 1 && !context.RetrySettling.Converged)
        {
            steady += $" That load did not settle in {Count(RetriedLoad.MaxIterations)} passes: the retries drive {callee} towards saturation (a retry storm), and the figures are the last pass's.";
        }

        Add(context, Rules.RetriesWithoutBackoff, edge, EdgeKnobs.Retries,
            $"{caller} retries {callee} {Count(retries)} times at once, and this call can fail: {failures.Reason(edge)}. "
            + $"At that failure share ({Percent(share)}) the retries send {Multiplier(amplification)} the calls{load}, and {Multiplier(retries + 1)} when every call fails, "
            + $"arriving together while {callee} is least able to serve them.{steady} Add .Backoff() (exponential, with jitter) to spread them, and .CircuitBreaker() to stop them while {callee} keeps failing.",
            Proposed(EdgeKnobs.Backoff, Knob.SwitchOn));
    }

    private static void Idempotency(EvaluationContext context, FlowEdge edge, bool[] reachesStore)
    {
        var retries = edge.Connection.Retries ?? 0;
        if (retries is < 1 or > EdgeKnobs.MaxRetries || edge.Connection.IdempotencyKey || !edge.CarriesWrites || !reachesStore[edge.To])
        {
            return;
        }

        var (caller, callee) = (Name(context, edge.From), Name(context, edge.To));
        Add(context, Rules.RetriedWriteWithoutIdempotencyKey, edge, EdgeKnobs.Retries,
            $"{caller} retries its writes to {callee} up to {Count(retries)} times, and they are stored (a write whose answer was lost or late is applied again: a double charge, a duplicate order). "
            + $"Add .IdempotencyKey() so {callee} deduplicates the repeats, or remove the retries on this edge.",
            Proposed(EdgeKnobs.IdempotencyKey, Knob.SwitchOn));
    }

    /// <summary>The longest chains of service-to-service calls with no timeout or circuit breaker on any edge, one finding each, on the last edge.</summary>
    private static void UnguardedChains(EvaluationContext context)
    {
        var graph = context.Graph;
        var depth = new int[graph.Nodes.Length];
        var via = new FlowEdge?[graph.Nodes.Length];
        foreach (var index in graph.TopologicalOrder)
        {
            foreach (var edge in graph.Outgoing[index])
            {
                if (IsUnguardedServiceCall(graph, edge) && depth[index] + 1 > depth[edge.To])
                {
                    depth[edge.To] = depth[index] + 1;
                    via[edge.To] = edge;
                }
            }
        }

        foreach (var index in graph.TopologicalOrder)
        {
            if (depth[index] <= UnguardedChainLimit || graph.Outgoing[index].Any(e => IsUnguardedServiceCall(graph, e) && depth[e.To] == depth[index] + 1 && via[e.To] == e))
            {
                continue;
            }

            var chain = new List<string> { graph.Nodes[index].Name };
            for (var edge = via[index]; edge is not null; edge = via[edge.From])
            {
                chain.Add(graph.Nodes[edge.From].Name);
            }

            chain.Reverse();
            var last = via[index]!;
            // The fix proposed is the breaker: it needs no figure the design lacks, where a timeout needs the callee's
            // tail and the caller's budget (both the author's to choose, shorter at each layer down).
            Add(context, Rules.UnguardedCallChain, last, EdgeKnobs.Timeout,
                $"{string.Join(" → ", chain)} is a chain of {Count(depth[index])} synchronous service calls (more than {Count(UnguardedChainLimit)}) with no timeout or circuit breaker on any of them: "
                + $"when {graph.Nodes[index].Name} slows down or fails, every service above it holds the request and fails with it (a cascading failure). "
                + $"Give the calls a timeout (.Timeout(ms), shorter at each layer down) and a circuit breaker (.CircuitBreaker()), starting with this one.",
                Proposed(EdgeKnobs.CircuitBreaker, Knob.SwitchOn));
        }
    }

    private static bool IsUnguardedServiceCall(FlowGraph graph, FlowEdge edge) =>
        CallFailures.IsSynchronous(edge)
        && graph.Nodes[edge.From].Behaviour == Behaviour.Service && graph.Nodes[edge.To].Behaviour == Behaviour.Service
        && edge.Connection.TimeoutMs is null && !edge.Connection.CircuitBreaker;

    /// <summary>Whether writes that reach the node are kept: it is a store or a queue, or passes them on to one.</summary>
    private static bool[] ReachesDurableState(FlowGraph graph)
    {
        var reaches = new bool[graph.Nodes.Length];
        for (var i = graph.TopologicalOrder.Length - 1; i >= 0; i--)
        {
            var node = graph.Nodes[graph.TopologicalOrder[i]];
            reaches[node.Index] = node.Behaviour is Behaviour.Store or Behaviour.Messaging
                || graph.Outgoing[node.Index].Any(e => e.CarriesWrites && reaches[e.To]);
        }

        return reaches;
    }

    /// <summary>Per node, the shortest timeout among the calls into it, and that call (none: no caller set one).</summary>
    private static (double Ms, FlowEdge? Edge)[] ShortestIncomingTimeout(FlowGraph graph)
    {
        var shortest = new (double Ms, FlowEdge? Edge)[graph.Nodes.Length];
        foreach (var node in graph.Nodes)
        {
            foreach (var edge in graph.Outgoing[node.Index])
            {
                if (CallFailures.IsSynchronous(edge) && edge.Connection.TimeoutMs is { } ms && ms > 0
                    && (shortest[edge.To].Edge is null || ms < shortest[edge.To].Ms))
                {
                    shortest[edge.To] = (ms, edge);
                }
            }
        }

        return shortest;
    }

    private static bool IsPositiveFinite(double value) => value > 0 && !double.IsInfinity(value);

    private static string Name(EvaluationContext context, int node) => context.Nodes[node].Name;

    // The fix a finding proposes: a value (or, for a switch, "on") for an edge knob under its row's FixProperty.
    private static KeyValuePair<string, string> Proposed(EdgeKnob knob, string value) => new(knob.FixProperty!, value);

    private static void Add(EvaluationContext context, Rule rule, FlowEdge edge, EdgeKnob knob, string message, KeyValuePair<string, string>? fix)
    {
        var properties = new SortedDictionary<string, string>(System.StringComparer.Ordinal);
        if (fix is { } proposal)
        {
            properties.Add(proposal.Key, proposal.Value);
        }

        context.Findings.Add(new Finding(rule, context.Nodes[edge.From].Name, message)
        {
            Target = FindingTarget.Connection(edge.Id),
            Knob = knob.Key,
            Properties = properties,
        });
    }
}
