using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using SystemDesign.Engine.Tests.Evaluation;
using SystemDesign.Catalog;
using SystemDesign.Model;
using SystemDesign.TestSupport;

namespace SystemDesign.Engine.Tests.Sizing;

/// <summary>
/// Properties of the capacity side on random designs (issue 9): flow conservation, monotonicity in instances, results
/// invariant to declaration order, and applying every proposed count at once leaves no finding that proposes one.
/// Designs: users → load balancer → app → (look-aside cache) → replicas, app → primary replicating to them, and an
/// optional queue drained by workers; random counts, capacities, hit rate and workload, from fixed seeds.
/// </summary>
public sealed class SizingProperties
{
    private const int Samples = 60;

    internal sealed record Shape(
        int Lbs, int Apps, double AppCapacity, int Primaries, double PrimaryCapacity, int Replicas, double ReplicaCapacity,
        double? HitRate, int? Workers, double Rate, double ReadRatio, double Peak)
    {
        public Problem Problem => Designs.Problem(rate: Rate, readRatio: ReadRatio, peak: Peak, availability: 0.999,
            latency: [new LatencyTarget(99, 400, "test")]);

        public Architecture Build(bool reversed = false)
        {
            var a = new ArchitectureBuilder();
            var steps = new List<Action>();
            ClientNode? users = null;
            LoadBalancerNode? lb = null;
            AppNode? app = null;
            DatabaseNode? primary = null, replica = null;
            CacheNode? cache = null;
            QueueNode? queue = null;
            WorkerNode? workers = null;
            steps.Add(() => users = a.Client("Users"));
            steps.Add(() => lb = a.LoadBalancer("LB").Instances(Lbs));
            steps.Add(() => app = a.App("App").Instances(Apps).CapacityPerInstance(AppCapacity));
            steps.Add(() => primary = a.DbPrimary("Primary").Instances(Primaries).CapacityPerInstance(PrimaryCapacity));
            steps.Add(() => replica = a.DbReplica("Replicas").Instances(Replicas).CapacityPerInstance(ReplicaCapacity));
            if (HitRate is { } h)
            {
                steps.Add(() => cache = a.Cache("Cache").Instances(2).HitRate(h));
            }

            if (Workers is { } w)
            {
                steps.Add(() => queue = a.Queue("Jobs").Instances(2));
                steps.Add(() => workers = a.Worker("Workers").Instances(w).CapacityPerInstance(AppCapacity));
            }

            if (reversed)
            {
                steps.Reverse();
                steps.Insert(0, steps[^1]); // the client first, so edges below exist in either order
                steps.RemoveAt(steps.Count - 1);
            }

            foreach (var step in steps)
            {
                step();
            }

            var edges = new List<Action>
            {
                () => users!.Calls(lb!), () => lb!.Calls(app!), () => app!.Writes(primary!), () => app!.Reads(replica!),
                () => primary!.ReplicatesTo(replica!),
            };
            if (cache is not null)
            {
                edges.Add(() => app!.Reads(cache));
            }

            if (queue is not null)
            {
                edges.Add(() => app!.Publishes(queue));
                edges.Add(() => workers!.Consumes(queue));
            }

            if (reversed)
            {
                edges.Reverse();
            }

            foreach (var edge in edges)
            {
                edge();
            }

            return a.Build();
        }
    }

    private static readonly Gen<Shape> Shapes =
        from counts in Gen.Int[1, 12].Array[4]
        from capacities in Gen.Int[50, 2000].Array[3]
        from hit in Gen.Bool
        from hitRate in Gen.Int[0, 95]
        from queue in Gen.Bool
        from workers in Gen.Int[1, 8]
        from rate in Gen.Int[100, 5000]
        from read in Gen.Int[0, 100]
        from peak in Gen.Int[10, 30]
        select new Shape(counts[0], counts[1], capacities[0], counts[2], capacities[1] * 5, counts[3], capacities[2] * 2,
            hit ? hitRate / 100.0 : null, queue ? workers : null, rate, read / 100.0, peak / 10.0);

    public static TheoryData<int> Seeds => [.. Enumerable.Range(0, 4)];

    private static Results.Evaluation Evaluate(Shape shape, Architecture design) => Designs.Evaluate(shape.Problem, design);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Flow_is_conserved_through_the_router_the_app_and_the_stores(int seed)
    {
        foreach (var shape in Seeded.Samples(Shapes, (ulong)(1000 + seed), Samples))
        {
            var e = Evaluate(shape, shape.Build());
            var reads = shape.Rate * shape.ReadRatio;
            var writes = shape.Rate - reads;
            Assert.Equal(shape.Rate, e.Component("LB").OfferedRps, 6);
            Assert.Equal(shape.Rate, e.Component("App").OfferedRps, 6);
            Assert.Equal(writes, e.Component("Primary").WriteRps, 6);
            Assert.Equal(reads * (1 - (shape.HitRate ?? 0)), e.Component("Replicas").ReadRps, 6);
            // Replication: every replica instance applies every write.
            Assert.Equal(e.Component("Replicas").ReadRps + (writes * shape.Replicas), e.Component("Replicas").OfferedRps, 6);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void More_instances_never_lower_capacity_or_availability_nor_raise_utilization_or_latency(int seed)
    {
        var checkedShapes = 0;
        foreach (var shape in Seeded.Samples(Shapes, (ulong)(2000 + seed), Samples))
        {
            var before = Evaluate(shape, shape.Build());
            if (before.Components.Any(c => c.Utilization >= 1))
            {
                // Left for later (see the issue's note): an overloaded component's availability is k of n with k
                // capped at n, i.e. aⁿ, which falls as instances are added below the count its load needs.
                continue;
            }

            checkedShapes++;
            var more = shape with { Apps = shape.Apps + 1, Replicas = shape.Replicas + 2, Primaries = shape.Primaries + 1, Lbs = shape.Lbs + 1 };
            var after = Evaluate(more, more.Build());

            Assert.True(after.Availability >= before.Availability - 1e-12, $"{shape}: {before.Availability} → {after.Availability}");
            Assert.True((after.MaxSustainableRps ?? double.MaxValue) >= (before.MaxSustainableRps ?? double.MaxValue) * (1 - 1e-12), shape.ToString());
            foreach (var c in after.Components.Where(c => c.Utilization is not null))
            {
                Assert.True(c.Utilization <= before.Component(c.Name).Utilization * (1 + 1e-12), $"{shape}: {c.Name}");
            }

            foreach (var (l, b) in after.Latency.Zip(before.Latency))
            {
                Assert.True(l.Milliseconds <= b.Milliseconds * (1 + 1e-9) || double.IsPositiveInfinity(b.Milliseconds), $"{shape}: {l.Entry} P{l.Percentile}");
            }
        }

        Assert.True(checkedShapes >= 5, $"only {checkedShapes} of {Samples} shapes carry their load");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Results_do_not_depend_on_declaration_order(int seed)
    {
        foreach (var shape in Seeded.Samples(Shapes, (ulong)(3000 + seed), Samples))
        {
            var forward = Evaluate(shape, shape.Build());
            var backward = Evaluate(shape, shape.Build(reversed: true));

            Assert.Equal(Key(forward), Key(backward));
            Assert.Equal(forward.Availability, backward.Availability, 12);
            foreach (var c in forward.Components)
            {
                var other = backward.Component(c.Name);
                Assert.Equal(c.RequiredInstances, other.RequiredInstances);
                Assert.Equal(c.OfferedRps, other.OfferedRps, 9);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Applying_every_proposed_count_at_once_leaves_no_finding_that_proposes_one(int seed)
    {
        var sharded = 0;
        foreach (var shape in Seeded.Samples(Shapes, (ulong)(4000 + seed), Samples))
        {
            var design = shape.Build();
            var before = Evaluate(shape, design);
            sharded += ProposedCounts.ShardsByPrimary(before).Count > 0 ? 1 : 0;
            var after = Evaluate(shape, ProposedCounts.Applied(design, before));

            var left = ProposedCounts.SizingFindings(after);
            Assert.True(left.Length == 0, $"{shape}:\n{string.Join("\n", left.Select(f => f.ToString()))}");
        }

        // Sharded shapes are in the sample (a replica no count carries proposes shards, and its count at them).
        Assert.True(sharded >= 1, $"no shape of seed {seed} proposes shards");
    }

    /// <summary>
    /// SD3001 and SD4001 propose the counts that meet their target (issue 9): with every proposed count applied at once,
    /// no latency or availability target is missed and no finding proposes a count. Tighter targets than the shapes'
    /// own (reads' P99 3% under the design's own, 99.99%), so most shapes miss one.
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Applying_every_proposed_count_at_once_meets_the_latency_and_availability_targets(int seed)
    {
        var (sized, latencySized) = (0, 0);
        foreach (var shape in Seeded.Samples(Shapes, (ulong)(5000 + seed), Samples))
        {
            // The latency target 3% under the design's own P99 of reads (the first one reported): a miss, mostly one
            // queueing can cure.
            var design = shape.Build();
            var untargeted = Designs.Evaluate(Designs.Problem(rate: shape.Rate, readRatio: shape.ReadRatio, peak: shape.Peak), design);
            var p99 = untargeted.Latency.FirstOrDefault(l => l.RequestClass == "read")?.Milliseconds ?? double.PositiveInfinity;
            var tight = Designs.Problem(rate: shape.Rate, readRatio: shape.ReadRatio, peak: shape.Peak, availability: 0.9999,
                latency: double.IsFinite(p99) ? [new LatencyTarget(99, 0.97 * p99, "test")] : []);
            var before = Designs.Evaluate(tight, design);
            var targets = before.Findings.Where(f => ProposedCounts.TargetRules.Contains(f.RuleId)).ToArray();
            if (targets.Length == 0 || !targets.All(ProposedCounts.ProposesTargetCounts)
                || before.Components.Any(c => c.Utilization is not null && c.RequiredInstances is null))
            {
                // Met already, or a miss no count cures: the floor (SD3002's), or replicas whose every instance must
                // apply more writes than it can (no count is proposed for them).
                continue;
            }

            sized++;
            latencySized += targets.Count(f => f.RuleId == Rules.LatencyTargetMissed.Id);
            var after = Designs.Evaluate(tight, ProposedCounts.Applied(design, before));
            var left = after.Findings.Where(f => ProposedCounts.TargetRules.Contains(f.RuleId)).Concat(ProposedCounts.SizingFindings(after)).ToArray();
            Assert.True(left.Length == 0, $"{shape}:\n{string.Join("\n", left.Select(f => f.ToString()))}\nBEFORE {string.Join("\n", targets.Select(f => f.ToString() + string.Join(",", f.Properties)))}");
        }

        Assert.True(sized >= 10 && latencySized >= 3, $"only {sized} of {Samples} shapes miss a target with counts proposed, {latencySized} a latency target");
    }

    private static string[] Key(Results.Evaluation e) =>
        [.. e.Findings.Select(f => $"{f.RuleId} {f.Component} {(f.Properties.TryGetValue("instances", out var n) ? n : "-")}").OrderBy(k => k, StringComparer.Ordinal)];
}
