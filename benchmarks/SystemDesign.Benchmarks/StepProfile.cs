using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Reflection;
using SystemDesign.Catalog;
using SystemDesign.Engine;
using SystemDesign.Model;

namespace SystemDesign.Benchmarks;

/// <summary>
/// Splits one evaluation into the engine's steps with a Stopwatch. The steps are internal to the engine, so they
/// are reached by reflection (names as of this commit); if a name changes, that step prints "n/a" and the rest
/// still run. Timing whole evaluations with and without path latency needs only the public API. Each row is the
/// fastest of several runs (200 below 1,000 components, 10 below 10,000, 3 from 10,000 on).
/// </summary>
internal static class StepProfile
{
    private static readonly Assembly Engine = typeof(Grader).Assembly;

    public static int Run(int[] sizes)
    {
        if (sizes.Length == 0)
        {
            sizes = [15, 100, 1_000, 10_000];
        }

        foreach (var n in sizes)
        {
            var design = n == 15
                ? Designs.RightSized(Designs.TieredProblem, Designs.Typical)
                : Designs.RightSized(Designs.TieredProblem, size => Designs.Scaled(n, size));
            Profile(design);
            Console.WriteLine();
        }

        return 0;
    }

    private static void Profile(Architecture design)
    {
        var problemId = design.ProblemId!;
        var problem = ProblemCatalog.BuiltIn.Find(problemId)!;
        var registry = ProblemCatalog.BuiltIn.Components;
        var runs = design.Components.Count >= 10_000 ? 3 : design.Components.Count >= 1_000 ? 10 : 200;
        var noLatency = new EngineOptions { MaxComponentsForPathLatency = 0 };
        var evaluation = Grader.Grade(problemId, design);
        var rate = evaluation.Workload.RequestRps?.Value ?? 0;
        var readRatio = evaluation.Workload.ReadRatio.Value;
        var caches = evaluation.Components.Count(c => c.Kind is "cache" or "cdn" && c.HitRate is { Value: > 0 } && c.OfferedRps > 0);
        var targets = System.Math.Max(1, problem.Workload.LatencyTargets.Count);
        var entries = design.Components.Count(c => c.Type == ComponentTypes.Client);
        var classes = (readRatio > 0 ? 1 : 0) + (readRatio < 1 ? 1 : 0);
        var percentileCalls = entries * classes * targets;

        // The no-queueing floor is searched only for a missed target, so a passing design pays entries × classes × targets.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"== {design.Components.Count:N0} components, {design.Connections.Count:N0} connections, problem {problemId}: {entries} entries × {classes} classes × {targets} targets = {percentileCalls} percentiles; {caches} caches; {evaluation.Scenarios.Count} failure scenarios"));
        if (design.Components.Count < 10_000)
        {
            Row("Evaluate (everything)", Median(runs, () => Grader.Grade(problemId, design)));
        }
        else
        {
            Console.WriteLine("  Evaluate (everything): skipped from 10,000 components on (minutes today); see the Scaled benchmarks");
        }

        Row("Evaluate without path latency", Median(runs, () => Grader.Grade(problemId, design, noLatency)));
        Row("Architecture.Validate (uncached copy)", Median(runs, () => new Architecture(design.ProblemId, design.Components, design.Connections).Validate()));

        try
        {
            var resolverType = Type("SystemDesign.Engine.Resolution.ComponentResolver");
            var resolvedType = Type("SystemDesign.Engine.Resolution.ResolvedComponent");
            var graphType = Type("SystemDesign.Engine.Flow.FlowGraph");
            var flowType = Type("SystemDesign.Engine.Flow.TrafficFlow");
            var hopType = Type("SystemDesign.Engine.Latency.HopModel");
            var pathType = Type("SystemDesign.Engine.Latency.PathLatency");
            var classType = Type("SystemDesign.Engine.Flow.RequestClass");

            var resolver = Activator.CreateInstance(resolverType, problem, registry)!;
            var resolve = resolverType.GetMethod("Resolve")!;
            Array Resolve()
            {
                var nodes = Array.CreateInstance(resolvedType, design.Components.Count);
                for (var i = 0; i < nodes.Length; i++)
                {
                    nodes.SetValue(resolve.Invoke(resolver, [design.Components[i], i]), i);
                }

                return nodes;
            }

            var nodes = Resolve();
            var build = graphType.GetMethod("Build", BindingFlags.Public | BindingFlags.Static)!;
            var compute = flowType.GetMethod("Compute", BindingFlags.Public | BindingFlags.Static)!;
            var graph = build.Invoke(null, [nodes, design.Connections])!;
            var flow = compute.Invoke(null, [graph, rate, readRatio])!;
            var load = flowType.GetMethod("Load")!;
            var hopFor = hopType.GetMethod("For", BindingFlags.Public | BindingFlags.Static)!;
            Array Hops()
            {
                var hops = Array.CreateInstance(hopType, nodes.Length);
                for (var i = 0; i < nodes.Length; i++)
                {
                    hops.SetValue(hopFor.Invoke(null, [nodes.GetValue(i), load.Invoke(flow, [graph, i])]), i);
                }

                return hops;
            }

            var hops = Hops();

            // The checks, each on a fresh EvaluationContext (the engine's own record of one evaluation).
            var contextType = Type("SystemDesign.Engine.Checks.EvaluationContext");
            object Context()
            {
                var context = Activator.CreateInstance(contextType, nonPublic: true)!;
                void Set(string property, object? value) => contextType.GetProperty(property)!.SetValue(context, value);
                Set("Problem", problem);
                Set("Architecture", design);
                Set("Registry", registry);
                Set("Options", EngineOptions.Default);
                Set("Nodes", nodes);
                Set("Graph", graph);
                Set("Flow", flow);
                Set("Workload", evaluation.Workload);
                Set("Headroom", registry.Headroom.Value);
                return context;
            }

            object? Check(string type, string method, Func<object, object?[]> args)
            {
                var m = Type("SystemDesign.Engine.Checks." + type).GetMethod(method, BindingFlags.Public | BindingFlags.Static)!;
                return Median(runs, () =>
                {
                    var context = Context();
                    return m.Invoke(null, args(context));
                });
            }

            var usable = Type("SystemDesign.Engine.Checks.CapacityCheck").GetMethod("UsableInstances")!.Invoke(null, [Context()]);
            foreach (var (type, method) in new[] { ("TierCheck", "Run"), ("CapacityCheck", "UsableInstances"), ("AvailabilityCheck", "Run"), ("CostCheck", "Run") })
            {
                Row($"{type}.{method}", (double)Check(type, method, c => [c])!);
            }

            Row("CapacityCheck.Run", (double)Check("CapacityCheck", "Run", c => [c, usable])!);
            Row("LatencyCheck.Run (end-to-end percentiles)", (double)Check("LatencyCheck", "Run", c => [c, hops])!);
            var latency = Type("SystemDesign.Engine.Checks.LatencyCheck").GetMethod("Run")!.Invoke(null, [Context(), hops]);
            Row("FailureCheck.Run (N+1, cache loss, peak; capacity, latency, availability)", (double)Check("FailureCheck", "Run", c => [c, usable, hops, latency])!);
            var entry = ((int[])graphType.GetProperty("Entries")!.GetValue(graph)!)[0];
            var percentile = pathType.GetMethod("Percentile")!;
            var read = Enum.ToObject(classType, 0);
            var p = (problem.Workload.LatencyTargets.Count > 0 ? problem.Workload.LatencyTargets[0].Percentile ?? 50 : 99) / 100;

            var resolveMs = Median(runs, () => Resolve());
            var buildMs = Median(runs, () => build.Invoke(null, [nodes, design.Connections]));
            var computeMs = Median(runs, () => compute.Invoke(null, [graph, rate, readRatio]));
            Row("ComponentResolver.Resolve × N (reflection calls)", resolveMs);
            Row("FlowGraph.Build", buildMs);
            Row("TrafficFlow.Compute", computeMs);
            Row("HopModel.For × N (reflection calls)", Median(runs, () => Hops()));
            Row("new PathLatency (plans, means, saturation)", Median(runs, () => Activator.CreateInstance(pathType, graph, hops)));
            var paths = Activator.CreateInstance(pathType, graph, hops)!;
            var one = Median(runs, () => percentile.Invoke(paths, [entry, read, p, false]));
            Row(string.Create(CultureInfo.InvariantCulture, $"PathLatency.Percentile, one search (P{p * 100:0.#} of reads)"), one);
            Row(string.Create(CultureInfo.InvariantCulture, $"  × {percentileCalls} searches ≈"), one * percentileCalls);
            // Inversions are counted by PathLatency itself; one inversion is PathLatency.At (all reached nodes × 24 Talbot nodes).
            var inversions = pathType.GetProperty("Inversions")!;
            long Count() => (long)inversions.GetValue(paths)!;
            var before = Count();
            var quantile = (double)percentile.Invoke(paths, [entry, read, p, false])!;
            var perSearch = Count() - before;
            var at = pathType.GetMethod("At", [typeof(int), classType, typeof(double), typeof(bool)])!;
            var perInversion = Median(runs, () => at.Invoke(paths, [entry, read, quantile, false]));
            Row("PathLatency.At, one CDF inversion (reached nodes × 24 Talbot nodes)", perInversion);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ⇒ one search = {perSearch} CDF inversions (counted)"));
            var ps = problem.Workload.LatencyTargets.Count > 0
                ? problem.Workload.LatencyTargets.Select(x => (x.Percentile ?? 50) / 100).ToArray()
                : [0.99];
            var percentiles = pathType.GetMethod("Percentiles")!;
            var together = Median(runs, () =>
            {
                percentiles.Invoke(paths, [entry, read, ps, false, new double[ps.Length]]);
                return null;
            });
            before = Count();
            percentiles.Invoke(paths, [entry, read, ps, false, new double[ps.Length]]);
            Row(string.Create(CultureInfo.InvariantCulture, $"PathLatency.Percentiles, all {ps.Length} targets of one entry and class"), together);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ⇒ {Count() - before} CDF inversions for {ps.Length} percentiles (counted)"));
        }

        catch (Exception e) when (e is TargetInvocationException or NullReferenceException or InvalidOperationException or MissingMethodException or ArgumentException)
        {
            Console.WriteLine("  step timings n/a (engine internals changed): " + e.GetType().Name + ": " + e.Message);
        }
    }

    private static Type Type(string name) => Engine.GetType(name, throwOnError: true)!;

    private static void Row(string label, double ms) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label,-62} {ms,12:F3} ms"));

    private static double Median(int runs, Func<object?> action)
    {
        action();
        var times = new List<double>(runs);
        var watch = new Stopwatch();
        for (var i = 0; i < runs; i++)
        {
            watch.Restart();
            GC.KeepAlive(action());
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        // The fastest run, not the median: on a shared machine interference only ever adds time.
        times.Sort();
        return times[0];
    }
}
