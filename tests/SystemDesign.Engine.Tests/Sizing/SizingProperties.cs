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
        /// <summary>The knobs added since the first shapes (issue 9, "Proof"): calls, pools, regions, shards, lag, a standby, a stream.</summary>
        public Extras More { get; init; } = Extras.None;

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
            DatabaseNode? standby = null;
            StreamNode? stream = null;
            var x = More;
            steps.Add(() => users = a.Client("Users"));
            steps.Add(() => lb = a.LoadBalancer("LB").Instances(Lbs));
            steps.Add(() => app = WithPool(a.App("App").Instances(Apps).CapacityPerInstance(AppCapacity), x.Pool));
            steps.Add(() => primary = WithPrimaryKnobs(a.DbPrimary("Primary").Instances(Primaries).CapacityPerInstance(PrimaryCapacity), x));
            steps.Add(() => replica = WithReplicaKnobs(a.DbReplica("Replicas").Instances(Replicas).CapacityPerInstance(ReplicaCapacity), x));
            if (x.Standby)
            {
                steps.Add(() => standby = a.DbPrimary("Standby").Instances(Primaries).CapacityPerInstance(PrimaryCapacity).Region("us-west-2"));
            }

            if (HitRate is { } h)
            {
                steps.Add(() => cache = a.Cache("Cache").Instances(2).HitRate(h));
            }

            if (Workers is { } w)
            {
                // A queue, or a stream whose partitions may cap the workers.
                steps.Add(() =>
                {
                    if (x.Partitions is { } p)
                    {
                        stream = a.Stream("Jobs").Instances(2).Partitions(p);
                    }
                    else
                    {
                        queue = a.Queue("Jobs").Instances(2);
                    }
                });
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
                () => users!.Calls(lb!), () => lb!.Calls(app!), () => app!.Writes(primary!), () => Call(app!.Reads(replica!), x),
                () => primary!.ReplicatesTo(replica!),
            };
            if (standby is not null)
            {
                edges.Add(() => primary!.ReplicatesTo(standby));
            }

            if (cache is not null)
            {
                edges.Add(() => app!.Reads(cache));
            }

            if (queue is not null)
            {
                edges.Add(() => app!.Publishes(queue));
                edges.Add(() => workers!.Consumes(queue));
            }

            if (stream is not null)
            {
                edges.Add(() => app!.Publishes(stream));
                edges.Add(() => workers!.Consumes(stream));
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

        private static AppNode WithPool(AppNode app, int? pool) => pool is { } size ? app.ConnectionPool(size).ConnectionHoldTime(5) : app;

        private static DatabaseNode WithPrimaryKnobs(DatabaseNode primary, Extras x)
        {
            primary = primary.Region("us-east-1");
            primary = x.Shards is { } shards ? primary.Shards(shards) : primary;
            return x.Standby ? primary.FailoverTime(x.FailoverSeconds) : primary;
        }

        private static DatabaseNode WithReplicaKnobs(DatabaseNode replica, Extras x)
        {
            replica = replica.Region(x.CrossRegion ? "eu-west-1" : "us-east-1");
            return x.LagSeconds is { } lag ? replica.ReplicationLag(lag) : replica;
        }

        // The app's reads of the replicas: retries (spread by backoff or not) and a timeout, when the shape has them.
        private static void Call(Edge reads, Extras x)
        {
            if (x.Retries > 0)
            {
                reads = reads.Retries(x.Retries);
                reads = x.Backoff ? reads.Backoff() : reads;
            }

            if (x.TimeoutMs is { } timeout)
            {
                reads.Timeout(timeout);
            }
        }
    }

    /// <summary>
    /// The knobs of <see cref="Shape.More"/>: retries (with or without backoff) and a timeout on the app's reads, a
    /// connection pool on the app, the replicas in another region with a stated lag, shards on the primary, a standby
    /// primary in a third region with a failover time, and a stream's partitions in place of the queue.
    /// </summary>
    internal sealed record Extras(
        int Retries, bool Backoff, double? TimeoutMs, int? Pool, bool CrossRegion, double? LagSeconds, int? Shards, bool Standby,
        double FailoverSeconds, int? Partitions)
    {
        public static Extras None { get; } = new(0, false, null, null, false, null, null, false, 60, null);
    }

    // Each knob is present in about half the shapes, so the plain shapes stay in the sample too.
    private static readonly Gen<Extras> MoreKnobs =
        from retries in Gen.Int[0, 3]
        from backoff in Gen.Bool
        from timeout in Gen.Int[0, 400]
        from pool in Gen.Int[0, 30]
        from crossRegion in Gen.Bool
        from lag in Gen.Int[0, 20]
        from shards in Gen.Int[0, 16]
        from standby in Gen.Bool
        from failover in Gen.Int[10, 900]
        from partitions in Gen.Int[0, 12]
        select new Extras(
            retries, backoff, timeout >= 200 ? timeout : null, pool >= 15 ? pool - 14 : null, crossRegion, lag >= 10 ? lag - 9 : null,
            shards >= 8 ? shards - 6 : null, standby, failover, partitions >= 6 ? partitions - 5 : null);

    internal static readonly Gen<Shape> Shapes =
        from counts in Gen.Int[1, 12].Array[4]
        from capacities in Gen.Int[50, 2000].Array[3]
        from hit in Gen.Bool
        from hitRate in Gen.Int[0, 95]
        from queue in Gen.Bool
        from workers in Gen.Int[1, 8]
        from rate in Gen.Int[100, 5000]
        from read in Gen.Int[0, 100]
        from peak in Gen.Int[10, 30]
        from more in MoreKnobs
        select new Shape(counts[0], counts[1], capacities[0], counts[2], capacities[1] * 5, counts[3], capacities[2] * 2,
            hit ? hitRate / 100.0 : null, queue ? workers : null, rate, read / 100.0, peak / 10.0) { More = more };

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
            // Each read call to the replicas is attempts-per-call requests (1 without retries; more with them).
            var attempts = e.Connections.Single(c => c.From == "App" && c.To == "Replicas").AttemptsPerCall;
            Assert.True(attempts >= 1 && attempts <= 1 + shape.More.Retries, $"{shape}: {attempts} attempts per call");
            Assert.Equal(reads * (1 - (shape.HitRate ?? 0)) * attempts, e.Component("Replicas").ReadRps, 6);
            // Replication: every replica instance applies every write of the shards it holds, ⌈S ÷ R⌉ of S (all, unsharded).
            var s = shape.More.Shards ?? 1;
            var held = (s + shape.Replicas - 1) / shape.Replicas;
            Assert.Equal(e.Component("Replicas").ReadRps + (writes * held / s * shape.Replicas), e.Component("Replicas").OfferedRps, 6);
            if (shape.More.Standby)
            {
                // A standby serves none of the callers' load; each instance applies every write of the shards it holds.
                var standbyHeld = (s + shape.Primaries - 1) / shape.Primaries;
                Assert.Equal(writes * standbyHeld / s * shape.Primaries, e.Component("Standby").OfferedRps, 6);
            }

            // Every component's load is what its incoming connections carry.
            foreach (var component in e.Components.Where(c => c.Name != "Users"))
            {
                var incoming = e.Connections.Where(c => c.To == component.Name).Sum(c => c.OfferedRps);
                Assert.True(System.Math.Abs(component.OfferedRps - incoming) <= 1e-9 * System.Math.Max(1, incoming), $"{shape}: {component.Name} {component.OfferedRps} ≠ Σ incoming {incoming}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_higher_hit_rate_never_raises_the_load_behind_the_cache(int seed)
    {
        var compared = 0;
        foreach (var shape in Seeded.Samples(Shapes, (ulong)(6000 + seed), Samples))
        {
            if (shape.HitRate is not { } h || h >= 0.95)
            {
                continue;
            }

            compared++;
            var before = Evaluate(shape, shape.Build());
            var hotter = shape with { HitRate = System.Math.Min(0.99, h + 0.05) };
            var after = Evaluate(hotter, hotter.Build());
            foreach (var c in after.Components.Where(c => c.Name is not ("Users" or "Cache")))
            {
                var was = before.Component(c.Name);
                Assert.True(c.OfferedRps <= was.OfferedRps * (1 + 1e-12) + 1e-9, $"{shape}: {c.Name} {was.OfferedRps} → {c.OfferedRps} at hit rate {h} → {hotter.HitRate}");
            }

            foreach (var (l, b) in after.Latency.Zip(before.Latency))
            {
                Assert.True(l.Milliseconds <= b.Milliseconds * (1 + 1e-9) || double.IsPositiveInfinity(b.Milliseconds), $"{shape}: {l.Entry} P{l.Percentile} {b.Milliseconds} → {l.Milliseconds}");
            }
        }

        Assert.True(compared >= 10, $"only {compared} shapes with a cache");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void More_instances_never_lower_capacity_or_availability_nor_raise_utilization_or_latency(int seed)
    {
        var overloaded = 0;
        foreach (var shape in Seeded.Samples(Shapes, (ulong)(2000 + seed), Samples))
        {
            // Overloaded shapes too (issue 9): a saturated percentile is +∞, so it may stay +∞ but never come from a finite one.
            var before = Evaluate(shape, shape.Build());
            overloaded += before.Components.Any(c => c.Utilization >= 1) ? 1 : 0;
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

        // The shapes this property once skipped are in the sample: an overloaded component's availability must not fall
        // as instances are added below the count its load needs.
        Assert.True(overloaded >= 5 && overloaded < Samples, $"{overloaded} of {Samples} shapes overloaded");
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
        // More samples than the other properties: the newer knobs (a pool's wait, a timeout) leave fewer shapes whose
        // miss a count can cure, and the floor below still asks for three latency misses per seed.
        const int samples = Samples + 30;
        foreach (var shape in Seeded.Samples(Shapes, (ulong)(5000 + seed), samples))
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

        Assert.True(sized >= 10 && latencySized >= 3, $"only {sized} of {samples} shapes miss a target with counts proposed, {latencySized} a latency target");
    }

    private static string[] Key(Results.Evaluation e) =>
        [.. e.Findings.Select(f => $"{f.RuleId} {f.Component} {(f.Properties.TryGetValue("instances", out var n) ? n : "-")}").OrderBy(k => k, StringComparer.Ordinal)];
}
