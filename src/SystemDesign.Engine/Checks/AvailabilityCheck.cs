using System.Collections.Generic;
using System.Linq;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Resolution;
using SystemDesign.Model;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// Availability (docs/engine.md, "Availability"): a component is up while k of its n instances are, k being the
/// instances its load needs (at least 1); the design's availability is the fraction of requests served, each
/// request class needing the components on its own path (see <see cref="ServedFraction"/>). Single points of
/// failure named.
/// </summary>
internal static class AvailabilityCheck
{
    /// <summary>
    /// Grades availability: the served fraction of the components × <paramref name="answered"/>, the share of requests
    /// answered before their caller's timeout (<see cref="EntryTimeouts.AnsweredShare"/>; 1 with no timeouts).
    /// </summary>
    /// <remarks>
    /// With <paramref name="probeCounts"/> (the declared design's evaluation, not a sized pass of the count search), a
    /// design that keeps its target gets the availability part of its required counts (<see cref="AvailabilityCountProbe"/>).
    /// </remarks>
    public static (double Availability, double[] PerComponent, IReadOnlyList<string> SinglePoints) Run(EvaluationContext context, double answered = 1, bool probeCounts = false)
    {
        var perComponent = new double[context.Nodes.Length];
        var required = context.SynchronousPath;
        var series = 1.0;
        var spofs = new List<string>();
        // Identical components (a design of repeated cells) need the same k of n: the sum is taken once per distinct triple.
        var kOfN = new Dictionary<(int, int, double), double>();
        var shared = ReachedOnlyAsAlternative(context);
        var standbys = StandbyPairs.Of(context);
        foreach (var node in context.Nodes)
        {
            var n = node.InstanceCount;
            var k = NeededInstances(context, node);
            // An overloaded component (k > n) is credited as if it had the k its load needs (k of k, aᵏ): SD2001 grades
            // the shortfall, and crediting its n instances instead (aⁿ) would make every instance added below k lower
            // the design's availability. So availability never falls as instances are added (SizingProperties).
            var key = (k, System.Math.Max(k, n), node.Availability.Value);
            if (!kOfN.TryGetValue(key, out var up))
            {
                kOfN[key] = up = KOfN(key.Item1, key.Item2, node.Availability.Value);
            }

            // A primary with a standby that takes over is the pair: down only for the failover, or when both are.
            var covered = standbys.TryGetValue(node.Index, out var standby) && StandbyPairs.Covers(context, node, standby);
            perComponent[node.Index] = covered ? StandbyPairs.Availability(context, node, standby, up) : up;
            if (!required[node.Index])
            {
                continue;
            }

            series *= perComponent[node.Index];
            if (node.Availability.Value < 1 && !covered)
            {
                // An overloaded component (k > n) needs k instances to carry its load first; spares survive losses, and
                // enough of them that the component is at least as available as one instance (never less than now).
                // A shared group member is not graded as a single point of failure (below), so its one instance is not
                // held to a spare: the required count asks only what a finding enforces.
                if (!shared[node.Index])
                {
                    context.Requirements.MarkAvailabilityGraded(node.Index);
                }

                context.Requirements.RequireSurvivingLoss(node.Index, InstanceRequirements.AvailableSpare(node, k),
                    $"availability: {Count(k)} needed up and spares until it is at least {Percent(node.Availability.Value)}, one instance's figure");
            }

            // One member of a group that shares the traffic (a router's or a caller's several targets) stops only its
            // share of the requests when it fails: not a single point of failure.
            if (k >= n && node.Availability.Value < 1 && !shared[node.Index] && !covered)
            {
                spofs.Add(node.Name);
                var spare = (int)System.Math.Min(int.MaxValue, InstanceRequirements.AvailableSpare(node, k));
                var withSpare = KOfN(System.Math.Min(k, spare), spare, node.Availability.Value);
                var needs = k > n ? $"its load needs {Count(k)} instances and it has {Count(n)}" : $"its load needs {Count(k)} of its {Count(n)} instance{(n == 1 ? string.Empty : "s")}";
                context.Add(Rules.SinglePointOfFailure, node.Name,
                    $"{node.Name} is a single point of failure: {needs}, so losing any one stops requests ({Percent(perComponent[node.Index])} available, {node.Availability.Source}). With {Count(spare)} instances it is {Percent(withSpare)}.",
                    EvaluationContext.Proposed(Knobs.Instances, spare));
            }
        }

        var served = context.HasRate && context.Graph.Entries.Length > 0 ? ServedFraction(context, perComponent) : series;
        var availability = served * answered;
        if (context.Problem.Workload.AvailabilityTarget is { } target && availability < target.Value)
        {
            var weakest = Weakest(context, perComponent, served)
                .Select(n => $"{n.Name} {Percent(perComponent[n.Index])} ({Count(n.InstanceCount)} × {Percent(n.Availability.Value)}{Overloaded(context, n)})");
            var late = answered < 1 ? $" It counts only the {Percent(answered)} of requests answered before a client's timeout; the rest are errors (docs/engine.md, \"Timeouts and retries\")." : string.Empty;
            var message = $"The design serves {Percent(availability)} of requests ({DowntimePerYear(availability)} down a year), below the {Percent(target.Value)} target ({DowntimePerYear(target.Value)} a year; {target.Source}).{late} Weakest: {string.Join("; ", weakest)}.";
            // Counts raise the components' share only: the timed-out share stays, so they must reach target ÷ answered.
            if (answered > 0 && AvailabilityTargetCounts.Search(context, perComponent, target.Value / answered) is { } sized)
            {
                var constraint = TargetConstraint(target.Value);
                TargetCounts.Add(context, Rules.AvailabilityBelowTarget, null,
                    new TargetCountWording($"{message} With {TargetCounts.Describe(context, sized.Counts)} it serves {Percent(sized.Availability * answered)}.", null),
                    sized.Counts, constraint);
            }
            else
            {
                context.Add(Rules.AvailabilityBelowTarget, null, $"{message} Add instances to the weakest components.");
            }
        }
        else if (probeCounts && context.Problem.Workload.AvailabilityTarget is { } kept)
        {
            AvailabilityCountProbe.Run(context, perComponent, kept.Value, answered, standbys);
        }

        return (availability, perComponent, spofs);
    }

    /// <summary>The constraint a count the availability target needs is named by: "the 99.99% availability target".</summary>
    internal static string TargetConstraint(double target) => $"the {Percent(target)} availability target";

    // An overloaded component's figure is k of k (above): said, so "2 × 99.5%" next to 96.55% is not a puzzle.
    private static string Overloaded(EvaluationContext context, ResolvedComponent node) =>
        NeededInstances(context, node) is var k && k > node.InstanceCount ? $", counted as the {Count(k)} its load needs" : string.Empty;

    /// <summary>The design's availability from each component's (<paramref name="perComponent"/>): the served fraction, or the series product with no rate.</summary>
    internal static double Of(EvaluationContext context, double[] perComponent)
    {
        if (context.HasRate && context.Graph.Entries.Length > 0)
        {
            return ServedFraction(context, perComponent);
        }

        var series = 1.0;
        foreach (var node in context.Nodes)
        {
            if (context.SynchronousPath[node.Index])
            {
                series *= perComponent[node.Index];
            }
        }

        return series;
    }

    /// <summary>Components whose downtime costs the most served requests weighed, of the least available ones.</summary>
    private const int WeakestCandidates = 16;

    /// <summary>
    /// The three components whose downtime costs the most requests, by the served-fraction computation itself: the
    /// gain in served fraction were each always up (a one-instance member of a group that shares the traffic costs
    /// only its share). Of the <see cref="WeakestCandidates"/> least available, so a huge design stays linear.
    /// </summary>
    private static IEnumerable<ResolvedComponent> Weakest(EvaluationContext context, double[] perComponent, double availability)
    {
        var candidates = context.Nodes.Where(n => context.SynchronousPath[n.Index]).OrderBy(n => perComponent[n.Index]).ThenBy(n => n.Index).Take(WeakestCandidates).ToArray();
        if (!context.HasRate || context.Graph.Entries.Length == 0)
        {
            return candidates.Take(3);
        }

        var gains = new Dictionary<int, double>();
        foreach (var node in candidates)
        {
            var saved = perComponent[node.Index];
            perComponent[node.Index] = 1;
            gains[node.Index] = ServedFraction(context, perComponent) - availability;
            perComponent[node.Index] = saved;
        }

        return candidates.OrderByDescending(n => gains[n.Index]).ThenBy(n => perComponent[n.Index]).ThenBy(n => n.Index).Take(3);
    }

    /// <summary>
    /// The fraction of requests served: per entry and request class, the availability of the components that
    /// class needs — a service needs each group it calls (one of the group, by traffic share), a router one of its
    /// targets, a publish only the queue — weighted by the read share and by each entry's share of its class (its role).
    /// Caches are credited as the flow credits them (docs/engine.md, "Availability"): a hit needs only the cache, a
    /// miss also what is behind it. An inline cache or CDN (every read passes it) serves a read with
    /// P = a·(h + (1 − h)·D), D what is behind it. A look-aside cache that is down is a miss: the service reads its
    /// stores, P = H + (1 − H)·S with H = Σ fᵢ·aᵢ·hᵢ over its caches and S its stores. Writes need what they pass.
    /// </summary>
    internal static double ServedFraction(EvaluationContext context, double[] perComponent)
    {
        var graph = context.Graph;
        var order = (int[])graph.TopologicalOrder.Clone();
        System.Array.Reverse(order);
        var byClass = new double[2][];
        foreach (var requestClass in new[] { RequestClass.Read, RequestClass.Write })
        {
            var up = new double[graph.Nodes.Length];
            foreach (var node in order)
            {
                var behaviour = graph.Nodes[node].Behaviour;
                var own = behaviour is Behaviour.Source or Behaviour.OffPath ? 1 : perComponent[node];
                up[node] = behaviour == Behaviour.Messaging ? own : Served(graph, node, requestClass, own, up);
            }

            byClass[(int)requestClass] = up;
        }

        // Each entry weighs what it emits (its role's share of reads and writes). Traffic no entry emits is SD7003,
        // not unavailability: the fraction is of what is sent.
        var read = context.Workload.ReadRatio.Value;
        var (total, sent) = (0.0, 0.0);
        for (var i = 0; i < graph.Entries.Length; i++)
        {
            var (readWeight, writeWeight) = (read * graph.Shares.Reads[i], (1 - read) * graph.Shares.Writes[i]);
            total += (readWeight * byClass[0][graph.Entries[i]]) + (writeWeight * byClass[1][graph.Entries[i]]);
            sent += readWeight + writeWeight;
        }

        return sent > 0 ? total / sent : 1;
    }

    /// <summary>What one node serves of <paramref name="requestClass"/>, given what each node behind it serves (<paramref name="up"/>).</summary>
    private static double Served(FlowGraph graph, int node, RequestClass requestClass, double own, double[] up)
    {
        var plan = graph.Plan(node, requestClass);
        var (needed, afterMiss, hit) = (1.0, 1.0, 0.0);
        var groups = plan.Groups;
        for (var g = 0; g < groups.Count; g++)
        {
            var edges = groups[g].Edges;
            var lookAside = edges.Count > 0 && edges[0].Edge.Role == EdgeRole.LookAside;
            var mix = 0.0;
            for (var i = 0; i < edges.Count; i++)
            {
                var to = edges[i].Edge.To;
                mix += edges[i].Fraction * (lookAside ? up[to] * (graph.Nodes[to].HitRate?.Value ?? 0) : up[to]);
            }

            if (lookAside)
            {
                hit += mix;
            }
            else if (groups[g].AfterMiss)
            {
                afterMiss *= mix;
            }
            else
            {
                needed *= mix;
            }
        }

        if (graph.Nodes[node].Behaviour != Behaviour.Cache)
        {
            // A service: itself, every group it always calls, and for each read a look-aside hit or else the stores.
            return own * needed * (hit + ((1 - hit) * afterMiss));
        }

        // An inline cache or CDN: a hit needs only the cache, a miss what is behind it too (writes all pass, h = 0).
        var hitRate = 1 - plan.MissRate;
        return own * (hitRate + ((1 - hitRate) * needed * afterMiss));
    }

    /// <summary>
    /// <see cref="Math.Availability.KOfN"/> with the three cases a design usually hits in closed form: its general
    /// sum takes O(n·(1 − a)) steps, about 10^7 for a billion instances, per component.
    /// </summary>
    internal static double KOfN(int k, int n, double a) =>
        k <= 0 ? 1
        : k == 1 ? 1 - System.Math.Pow(1 - a, n)
        : k == n ? System.Math.Pow(a, n)
        : k == n - 1 ? System.Math.Pow(a, n) + (n * System.Math.Pow(a, n - 1) * (1 - a))
        : Math.Availability.KOfN(k, n, a);

    /// <summary>
    /// Components reached on the request path only as one of two or more targets of a group (a load balancer's
    /// several app components, a service's several shards): losing one stops its share of the requests, not a class.
    /// </summary>
    private static bool[] ReachedOnlyAsAlternative(EvaluationContext context)
    {
        var alternative = new bool[context.Nodes.Length];
        var single = new bool[context.Nodes.Length];
        foreach (var node in context.Nodes)
        {
            if (node.Behaviour == Behaviour.Messaging)
            {
                continue;
            }

            foreach (var requestClass in new[] { RequestClass.Read, RequestClass.Write })
            {
                foreach (var group in context.Graph.Plan(node.Index, requestClass).Groups)
                {
                    var many = group.Edges.Count(e => e.Fraction > 0) >= 2;
                    foreach (var (edge, fraction) in group.Edges)
                    {
                        if (fraction > 0)
                        {
                            (many ? alternative : single)[edge.To] = true;
                        }
                    }
                }
            }
        }

        for (var i = 0; i < alternative.Length; i++)
        {
            alternative[i] &= !single[i];
        }

        return alternative;
    }

    /// <summary>Instances the load needs: ⌈load ÷ per-instance capacity⌉, at least 1.</summary>
    public static int NeededInstances(EvaluationContext context, ResolvedComponent node)
    {
        var load = context.Load(node.Index);
        if (node.CapacityPerInstance is not { } c || load <= 0)
        {
            return 1;
        }

        // Replication is applied by every instance, so only what is left of each carries the shared reads and writes.
        var needed = InstanceRequirements.WithHeadroom(context.Shared(node.Index), context.Applied(node.Index), c.Value, 1.0);
        return (int)System.Math.Max(1, System.Math.Min(needed, int.MaxValue));
    }

    // Components a request waits on: reached from an entry over request edges, not behind a queue, not a cache
    // consulted aside (a miss goes to the store); an inline cache or CDN (every request passes it) is on the path.
    internal static bool[] OnSynchronousPath(EvaluationContext context)
    {
        var reached = new bool[context.Nodes.Length];
        var inline = new bool[context.Nodes.Length];
        var stack = new Stack<int>(context.Graph.Entries);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (reached[node])
            {
                continue;
            }

            reached[node] = true;
            if (context.Nodes[node].Behaviour == Behaviour.Messaging)
            {
                continue;
            }

            foreach (var edge in context.Graph.Outgoing[node])
            {
                if (edge.Role is not EdgeRole.Consume and not EdgeRole.Replication and not EdgeRole.Telemetry and not EdgeRole.Standby)
                {
                    inline[edge.To] |= edge.Role != EdgeRole.LookAside;
                    stack.Push(edge.To);
                }
            }
        }

        for (var i = 0; i < reached.Length; i++)
        {
            // With a request rate, a component no request reaches (e.g. a store behind an edge that carries
            // nothing) is not on the path; SD7001 reports it. Nor is one whose only load is replication (a replica no
            // read reaches): applying its primary's writes keeps no request waiting, as the served fraction says.
            reached[i] &= context.Nodes[i].Behaviour is not Behaviour.Source and not Behaviour.OffPath
                && (context.Nodes[i].Behaviour != Behaviour.Cache || inline[i])
                && (!context.HasRate || context.Shared(i) > 0);
        }

        return reached;
    }
}
