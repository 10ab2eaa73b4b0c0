using System.Collections.Generic;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Latency;
using SystemDesign.Engine.Results;
using SystemDesign.Model;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// End-to-end latency percentiles per entry and request class against the problem's targets (docs/engine.md,
/// "Latency"); with no target, the P99 is still reported.
/// </summary>
internal static class LatencyCheck
{
    public static IReadOnlyList<LatencyResult> Run(EvaluationContext context, HopModel[] hops)
    {
        var results = new List<LatencyResult>();
        if (!context.HasRate || context.Graph.Entries.Length == 0)
        {
            return results;
        }

        // Clients take no time and identical ones are computed once: the size that costs is the rest of the design.
        var servers = context.Nodes.Count(n => n.Behaviour != Resolution.Behaviour.Source);
        if (servers > context.Options.MaxComponentsForPathLatency)
        {
            context.Add(Rules.LatencyNotComputed, null,
                $"End-to-end latency is not computed for designs over {N(context.Options.MaxComponentsForPathLatency)} components besides clients (this one has {N(servers)}); per-component figures are in the report.");
            return results;
        }

        // Each bound is graded against the requests it applies to only (docs/workload.md, "Latency targets"): a bound
        // for creates is not held against redirects, a cache-hit bound only against the reads every cache on the way
        // answers; cross-region, conditional and other-objective bounds are shown as stated, not graded here.
        var kinds = LatencyRequests.All;
        var percentilesOf = kinds.Select(r => r.Percentiles(context.Problem.Workload.LatencyTargets)).ToArray();
        var mixed = new PathLatency(context.Graph, hops, RegionDelays.For(context.Problem));
        var conditioned = new Dictionary<CacheOutcome, PathLatency> { [CacheOutcome.Mixed] = mixed };
        PathLatency PathsFor(CacheOutcome outcome) => conditioned.TryGetValue(outcome, out var p) ? p : conditioned[outcome] = mixed.ForCacheOutcome(outcome);
        var readRatio = context.Workload.ReadRatio.Value;
        var computed = new Dictionary<string, (double Ms, double? FloorMs)[]>(System.StringComparer.Ordinal);
        var pathOf = new Dictionary<string, int[]>(System.StringComparer.Ordinal);
        var twins = new HashSet<string>(System.StringComparer.Ordinal);
        var noCache = new List<string>();
        var oneRegion = new List<(string Entry, string Requests)>();
        var visits = 0L;
        var done = 0;
        var position = -1;
        foreach (var entry in context.Graph.Entries)
        {
            position++;
            // Clients with the same edges have the same latency: compute it once (10,000 clients in front of one balancer).
            var twin = EntryKey(context, entry);
            if (twins.Add(twin))
            {
                visits += mixed.Reachable(entry).Length;
                if (visits > context.Options.MaxPathLatencyVisits)
                {
                    context.Add(Rules.LatencyNotComputed, null,
                        $"End-to-end latency is computed for the first {N(done)} of {N(context.Graph.Entries.Length)} entry points only: the rest would visit more than {N(context.Options.MaxPathLatencyVisits)} components in all; per-component figures are in the report.");
                    return results;
                }
            }

            for (var kind = 0; kind < kinds.Count; kind++)
            {
                var requests = kinds[kind];
                var requestClass = requests.Class;
                var percentiles = percentilesOf[kind];
                if (percentiles.Count == 0 || (requestClass == RequestClass.Read ? readRatio : 1 - readRatio) <= 0)
                {
                    continue;
                }

                // A client's requests of this class that no edge carries are served by nothing (SD7003, SD2008): they
                // have no latency to grade, never a 0 ms that meets every target. Nor has a class the client sends none
                // of (its role's or its stated part: an analysts' client's writes, a create client's reads).
                if (context.Nodes[entry].Behaviour == Resolution.Behaviour.Source
                    && (!context.Graph.Outgoing[entry].Any(e => e.Carries(requestClass))
                        || (requestClass == RequestClass.Read ? context.Graph.Shares.Reads : context.Graph.Shares.Writes)[position] <= 0))
                {
                    continue;
                }

                // Reads a cache answers exist only where a cache or CDN is on the read path; with none, every read goes
                // to the origin, so a cache-miss bound holds for all of them and a cache-hit bound for none (SD3005).
                if (requests.Outcome == CacheOutcome.Hit && !mixed.OnPath(entry, requestClass).Any(i => context.Nodes[i].Behaviour == Resolution.Behaviour.Cache))
                {
                    noCache.Add(context.Nodes[entry].Name);
                    continue;
                }

                // A cross-region bound is about requests whose path crosses regions: where the design places the
                // components these requests pass in one region (or none), it has no such requests (SD3005). Names compare
                // as RegionDelays compares them: "US-EAST-1" is us-east-1.
                if (requests.CrossesRegions && mixed.OnPath(entry, requestClass).Select(i => context.Nodes[i].Component.Region).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r!.Trim()).Distinct(System.StringComparer.OrdinalIgnoreCase).Count() < 2)
                {
                    oneRegion.Add((context.Nodes[entry].Name, (requestClass == RequestClass.Read ? "reads" : "writes") + " from " + context.Nodes[entry].Name));
                    continue;
                }

                var paths = PathsFor(requests.Outcome);
                if (paths.TooManyDelays(entry, requestClass))
                {
                    context.Add(Rules.LatencyNotComputed, context.Nodes[entry].Name,
                        $"The end-to-end latency of {requests.Name}s from {context.Nodes[entry].Name} is not computed: its paths cross regions in more than {N(PathLatency.MaxDelayTerms)} distinct combinations of network time. Place fewer components in regions of their own.");
                    continue;
                }

                var key = twin + "|" + kind.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!computed.TryGetValue(key, out var figures))
                {
                    figures = Figures(paths, entry, requestClass, percentiles);
                    computed[key] = figures;
                }

                // The components these requests pass through, the only ones a finding may blame (computed on first
                // need, once per twin: a client adds no hop of its own).
                int[]? onPath = null;
                int[] OnPath() => onPath ??= pathOf.TryGetValue(key, out var known) ? known : pathOf[key] = [.. paths.OnPath(entry, requestClass).Where(i => context.Nodes[i].Behaviour != Resolution.Behaviour.Source)];
                var unbounded = new List<LatencyResult>();
                // A client that times out every call of this class has every answer, an error at worst, by then.
                var cap = EntryTimeouts.CapMilliseconds(context, entry, requestClass);
                for (var i = 0; i < percentiles.Count; i++)
                {
                    var (percentile, target) = percentiles[i];
                    if (double.IsNaN(figures[i].Ms))
                    {
                        // The inversion lost all precision (service times 300 orders of magnitude apart): a named
                        // state, never a NaN in a result.
                        context.Add(Rules.LatencyNotComputed, context.Nodes[entry].Name,
                            $"The end-to-end P{N(percentile)} of {requests.Name}s from {context.Nodes[entry].Name} is not computed: the figures on its paths are too far apart in scale for the numerical inversion. Bring service times and capacities to realistic values.");
                        continue;
                    }

                    var network = paths.NetworkMean(entry, requestClass) * 1000;
                    var result = cap is { } capMs
                        ? new LatencyResult(context.Nodes[entry].Name, requests.Name, percentile, System.Math.Min(figures[i].Ms, capMs), target, figures[i].FloorMs is { } f ? System.Math.Min(f, capMs) : null) { CapMilliseconds = capMs, NetworkMilliseconds = network }
                        : new LatencyResult(context.Nodes[entry].Name, requests.Name, percentile, figures[i].Ms, target, figures[i].FloorMs) { NetworkMilliseconds = network };
                    results.Add(result);
                    if (double.IsPositiveInfinity(result.Milliseconds))
                    {
                        unbounded.Add(result);
                    }
                    else
                    {
                        ReportMissed(context, hops, paths, entry, requestClass, result, OnPath());
                    }
                }

                if (unbounded.Count > 0)
                {
                    ReportUnbounded(context, hops, unbounded, OnPath());
                }
            }

            done++;
        }

        ReportClassWithoutRequests(context, RequestClass.Read, readRatio);
        ReportClassWithoutRequests(context, RequestClass.Write, 1 - readRatio);
        ReportNotGraded(context, LatencyRequests.CacheHitReads, "cache-hit", noCache.FirstOrDefault(), "reads from " + Listed(noCache.Distinct(System.StringComparer.Ordinal), ", "),
            "no cache or CDN is on their read path, so no read is a cache hit. A cache in front of the store (or a CDN in front of the origin) answers reads, and its hits are then held to the bound.");
        ReportNotGraded(context, LatencyRequests.CrossRegionReads, "cross-region", oneRegion.FirstOrDefault().Entry, Listed(oneRegion.Select(p => p.Requests).Distinct(System.StringComparer.Ordinal), ", "),
            "the components on their path are not placed in two or more regions (.Region(\"...\")), so none of their requests crosses regions. Place the components of each region with .Region(...) to have it graded.");
        return results;
    }

    // One finding for all the entries whose requests a bound is not graded for (no cache on their read path, no second
    // region on their path), naming them: one per entry would repeat itself for every one of 10,000 clients.
    private static void ReportNotGraded(EvaluationContext context, LatencyRequests requests, string bound, string? first, string whose, string why)
    {
        if (first is null)
        {
            return;
        }

        var stated = Listed(requests.Percentiles(context.Problem.Workload.LatencyTargets).Select(b => $"P{N(b.Percentile)} < {N(b.Target ?? 0)} ms"), ", ");
        context.Add(Rules.LatencyBoundNotGraded, first, $"The problem's {bound} bound ({stated}) is not graded for {whose}: {why}");
    }

    // A bound for one class of requests (reads, writes, cache hits or misses, cross-region reads or writes) when the
    // workload has none of that class (an all-writes rate, docs/workload.md "Read share"): nothing to grade it against,
    // said once, never skipped in silence. A bound for all requests is graded against the class the workload has.
    private static void ReportClassWithoutRequests(EvaluationContext context, RequestClass requestClass, double share)
    {
        if (share > 0)
        {
            return;
        }

        // Only the bounds no kind of the other class is graded against: "all" and "cross-region" bounds hold writes too.
        static bool Held(LatencyTarget t, System.Func<RequestClass, bool> of) => LatencyRequests.All.Any(k => of(k.Class) && k.Bounds.Contains(t.AppliesTo));
        var bounds = context.Problem.Workload.LatencyTargets
            .Where(t => Held(t, c => c == requestClass) && !Held(t, c => c != requestClass))
            .ToList();
        if (bounds.Count == 0)
        {
            return;
        }

        var (name, other) = requestClass == RequestClass.Read ? ("reads", "writes") : ("writes", "reads");
        var stated = Listed(bounds.Select(b => $"P{N(b.Percentile ?? 50)} < {N(b.Milliseconds)} ms [{b.AppliesTo}]"), ", ");
        context.Add(Rules.LatencyBoundNotGraded, null,
            $"The problem's bound for {name} ({stated}) is not graded: its workload has no {name} (read share {N(context.Workload.ReadRatio.Value * 100)}%, {context.Workload.ReadRatio.Source}), so every request is one of its {other}. The bound is shown as stated.");
    }

    /// <summary>
    /// Every percentile of one entry and class in one search (they share their CDF evaluations), then the no-queueing
    /// floor of the missed ones, again together: the floor costs as much as the percentile and only matters then.
    /// </summary>
    private static (double Ms, double? FloorMs)[] Figures(PathLatency paths, int entry, RequestClass requestClass, List<(double Percentile, double? Target)> percentiles)
    {
        var ps = percentiles.Select(x => x.Percentile / 100).ToArray();
        var seconds = new double[ps.Length];
        paths.Percentiles(entry, requestClass, ps, floor: false, seconds);
        var missed = Enumerable.Range(0, ps.Length).Where(i => percentiles[i].Target is { } t && seconds[i] * 1000 > t).ToArray();
        var floors = new double[missed.Length];
        if (missed.Length > 0)
        {
            paths.Percentiles(entry, requestClass, missed.Select(i => ps[i]).ToArray(), floor: true, floors);
        }

        var figures = new (double Ms, double? FloorMs)[ps.Length];
        for (var i = 0; i < ps.Length; i++)
        {
            var m = System.Array.IndexOf(missed, i);
            figures[i] = (seconds[i] * 1000, m >= 0 ? floors[m] * 1000 : null);
        }

        return figures;
    }

    // A client's latency is that of its edges (a client takes no time); any other entry is its own.
    internal static string EntryKey(EvaluationContext context, int entry)
    {
        if (context.Nodes[entry].Behaviour != Resolution.Behaviour.Source)
        {
            return "#" + entry.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        // A client placed in a region of its own waits its own network time: only clients in the same region are twins.
        var key = new System.Text.StringBuilder("c").Append(context.Nodes[entry].Component.Region?.Trim().ToUpperInvariant());
        foreach (var e in context.Graph.Outgoing[entry])
        {
            key.Append('|').Append(e.To.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(':').Append((int)e.Role)
                .Append(':').Append(e.CarriesReadsToPrimary ? 1 : 0).Append(':').Append(NumberText.Raw(e.Weight));
        }

        return key.ToString();
    }

    /// <summary>"P99 of reads from Users": how findings name a latency row.</summary>
    internal static string Label(LatencyResult r) => $"P{N(r.Percentile)} of {r.RequestClass}s from {r.Entry}";

    /// <summary>
    /// One SD3003 per entry and class, naming every unbounded percentile: a saturated hop makes all of them infinite
    /// at once, so one finding per percentile said the same thing several times.
    /// </summary>
    private static void ReportUnbounded(EvaluationContext context, HopModel[] hops, List<LatencyResult> unbounded, int[] onPath)
    {
        var first = unbounded[0];
        var label = $"{Listed(unbounded.Select(r => "P" + N(r.Percentile)), ", ")} of {first.RequestClass}s from {first.Entry}";
        // Only what these requests pass through, and at most a few names: every entry naming every saturated component
        // made the findings of a design of many clients quadratic in its size (36 MB of SD3003 text for 1,000 clients).
        var saturated = onPath.Where(i => hops[i].OverCapacity).Select(i => context.Nodes[i].Name).ToArray();
        // A connection pool over its capacity (SD7009) saturates the hop behind it: that is said as the pool's, whose fix is its size.
        var pools = onPath.Where(i => hops[i].SaturatedPool is not null).Select(i => $"the connection pool of {hops[i].SaturatedPool} to {context.Nodes[i].Name}").ToArray();
        var why = new List<string>();
        if (saturated.Length > 0)
        {
            why.Add($"{Listed(saturated, ", ")} {(saturated.Length == 1 ? "is" : "are")} saturated (utilization ≥ 100%), so the queue grows without limit. Add instances until utilization is below 100% (see SD2001).");
        }

        if (pools.Length > 0)
        {
            // After a sentence of its own the list starts one ("The connection pool of …"); after the colon it does not.
            var list = Listed(pools, ", ");
            why.Add($"{(why.Count > 0 ? char.ToUpperInvariant(list[0]) + list.Substring(1) : list)} cannot keep up, so the wait for a connection grows without limit. Raise the pool, or the caller's instances (see SD7009).");
        }

        context.Add(Rules.UnboundedLatency, first.Entry, $"{label} {(unbounded.Count == 1 ? "is" : "are")} unbounded: {string.Join(" ", why)}");
    }

    private static void ReportMissed(EvaluationContext context, HopModel[] hops, PathLatency paths, int entry, RequestClass requestClass, LatencyResult r, int[] onPath)
    {
        var label = Label(r);
        if (r.TargetMilliseconds is not { } target || r.MeetsTarget)
        {
            return;
        }

        if (r.TargetInfeasible)
        {
            context.Add(Rules.LatencyTargetInfeasible, r.Entry,
                $"{label}: the target {N(target)} ms is infeasible with these components: even with no queueing anywhere the P{N(r.Percentile)} is {N(r.FloorMilliseconds ?? 0)} ms (the service times alone{Network(r)}). Only faster components (.ServiceTime) or a shorter path can meet it; this is not graded as the design's failure.");
            return;
        }

        // The hops of this entry's and class's path only: a component its requests never visit cannot be what slows them.
        var slowest = onPath
            .Where(i => hops[i].Queue is { IsStable: true } && context.Load(i) > 0)
            .OrderByDescending(i => hops[i].Queue!.ResponseTimePercentile(r.Percentile / 100))
            .Take(3)
            .Select(i => $"{context.Nodes[i].Name} P{N(r.Percentile)} {N(hops[i].Queue!.ResponseTimePercentile(r.Percentile / 100) * 1000)} ms at {Percent(hops[i].Queue!.Utilization)}");
        var message = $"{label} is {N(r.Milliseconds)} ms, over the {N(target)} ms target (no-queueing floor {N(r.FloorMilliseconds ?? 0)} ms{Network(r)}). Slowest hops: {string.Join("; ", slowest)}.";
        if (LatencyTargetCounts.Search(context, hops, paths, entry, requestClass, r, onPath) is { } sized)
        {
            TargetCounts.Add(context, Rules.LatencyTargetMissed, r.Entry,
                new TargetCountWording($"{message} With {TargetCounts.Describe(context, sized.Counts)} it is {N(sized.Milliseconds)} ms", RemedyFor(r.RequestClass)),
                sized.Counts, LatencyConstraints.Target(target, label));
        }
        else
        {
            context.Add(Rules.LatencyTargetMissed, r.Entry, $"{message} More instances lower the queueing; {RemedyFor(r.RequestClass)}");
        }
    }

    // The network between regions is part of the floor: no instance count shortens it, only placement does.
    private static string Network(LatencyResult r) =>
        r.NetworkMilliseconds > 0 ? $", of which {N(r.NetworkMilliseconds)} ms on average is the network between regions" : "";

    // The advice fits the class that missed: a cache answers reads, and only a queue (the engine stops a request's path
    // at one) takes writes off what the caller waits for.
    private static string RemedyFor(string requestClass) =>
        requestClass == LatencyRequests.Writes.Name ? "a queue takes writes off the request path."
        : requestClass == LatencyRequests.CacheHitReads.Name ? "these reads end at the cache, so only the hops before it and the cache itself count."
        : requestClass == LatencyRequests.CacheMissReads.Name ? "these reads pass every cache, so the origin's and the store's hops decide."
        : "a cache takes reads off the path.";
}
