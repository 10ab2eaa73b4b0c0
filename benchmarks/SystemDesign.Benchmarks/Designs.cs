using System;
using System.Collections.Generic;
using System.Globalization;
using SystemDesign.Engine;
using SystemDesign.Model;

namespace SystemDesign.Benchmarks;

/// <summary>
/// The designs the benchmarks evaluate. Every design is sized by the engine itself (<see cref="RightSized"/>):
/// built once with placeholder instance counts, evaluated, then rebuilt with enough instances for the peak, so
/// no hop is saturated and the latency step does its full work instead of stopping at "unbounded".
/// </summary>
public static class Designs
{
    /// <summary>A problem with tiers, a request rate (1M req/s, peak 2×), three latency targets and a broad palette.</summary>
    public const string TieredProblem = "tinyurl";

    /// <summary>The first tutorial: 1,000 req/s, one latency target, a five-type palette.</summary>
    public const string TutorialProblem = "tutorial-simple-blog";

    /// <summary>The design sizes of the scaling benchmarks.</summary>
    public static readonly int[] Sizes = [100, 1_000, 10_000, 100_000];

    /// <summary>
    /// A typical 15-component design for <see cref="TieredProblem"/>, using only its palette: two clients, CDN,
    /// load balancer, three app services, cache, primary, two replicas, queue, workers, search, object store.
    /// </summary>
    public static Architecture Typical(Func<string, int>? size = null)
    {
        size ??= _ => 2;
        var a = new ArchitectureBuilder(TieredProblem);
        var readers = a.Client("Redirect Clients");
        var writers = a.Client("Create Clients");
        var cdn = a.Cdn("CDN").HitRate(0.85).Instances(size("CDN"));
        var lb = a.LoadBalancer("LB").Instances(size("LB"));
        var redirect = a.App("Redirect Service").CapacityPerInstance(2000).ServiceTime(2).Instances(size("Redirect Service"));
        var create = a.App("Create Service").CapacityPerInstance(1000).ServiceTime(4).Instances(size("Create Service"));
        var stats = a.App("Stats API").CapacityPerInstance(1000).ServiceTime(4).Instances(size("Stats API"));
        var cache = a.Cache("Redis").HitRate(0.9).Instances(size("Redis"));
        var primary = a.DbPrimary("Primary DB").CapacityPerInstance(20_000).Instances(size("Primary DB"));
        var replicaA = a.DbReplica("Replica A").CapacityPerInstance(20_000).Instances(size("Replica A"));
        var replicaB = a.DbReplica("Replica B").CapacityPerInstance(20_000).Instances(size("Replica B"));
        var queue = a.Queue("Click Events").CapacityPerInstance(50_000).Instances(size("Click Events"));
        var workers = a.Worker("Indexers").CapacityPerInstance(5_000).Instances(size("Indexers"));
        var search = a.Search("Link Search").CapacityPerInstance(5_000).Instances(size("Link Search"));
        var objects = a.ObjectStore("QR Images").Instances(size("QR Images"));

        readers.Reads(cdn);
        cdn.Calls(lb);
        writers.Calls(lb);
        lb.Calls(redirect).Weight(0.85);
        lb.Calls(create).Weight(0.1);
        lb.Calls(stats).Weight(0.05);
        redirect.Reads(cache);
        redirect.Reads(replicaA);
        redirect.Reads(replicaB);
        redirect.Publishes(queue);
        create.Writes(primary);
        create.Writes(objects);
        stats.Reads(search);
        primary.ReplicatesTo(replicaA);
        primary.ReplicatesTo(replicaB);
        workers.Consumes(queue);
        workers.Writes(search);
        return a.Build();
    }

    /// <summary>
    /// The 15-component design of the issue (client, CDN, LB, API gateway, three app services, cache, primary,
    /// replica, queue, workers, search, object store, monitoring) against <see cref="TutorialProblem"/>, whose
    /// palette lacks most of these types (so it also pays for ten SD1002 palette findings).
    /// </summary>
    public static Architecture TypicalTutorial(Func<string, int>? size = null)
    {
        size ??= _ => 2;
        var a = new ArchitectureBuilder(TutorialProblem);
        var clients = a.Client("Clients");
        var cdn = a.Cdn("CDN").HitRate(0.8).Instances(size("CDN"));
        var lb = a.LoadBalancer("LB").Instances(size("LB"));
        var gateway = a.ApiGateway("API Gateway").Instances(size("API Gateway"));
        var posts = a.App("Posts").Instances(size("Posts"));
        var comments = a.App("Comments").Instances(size("Comments"));
        var auth = a.App("Auth").Instances(size("Auth"));
        var cache = a.Cache("Redis").HitRate(0.9).Instances(size("Redis"));
        var primary = a.DbPrimary("Primary DB").Instances(size("Primary DB"));
        var replica = a.DbReplica("Read Replica").Instances(size("Read Replica"));
        var queue = a.Queue("Jobs").Instances(size("Jobs"));
        var workers = a.Worker("Workers").Instances(size("Workers"));
        var search = a.Search("Search").Instances(size("Search"));
        var objects = a.ObjectStore("Media").Instances(size("Media"));
        var monitoring = a.Monitoring("Monitoring");

        clients.Reads(cdn);
        clients.Writes(lb);
        cdn.Calls(lb);
        lb.Calls(gateway);
        gateway.Calls(posts).Weight(0.6);
        gateway.Calls(comments).Weight(0.3);
        gateway.Calls(auth).Weight(0.1);
        posts.Reads(cache);
        posts.Reads(replica);
        posts.Writes(primary);
        posts.Reads(search);
        comments.Reads(cache);
        comments.Reads(replica);
        comments.Writes(primary);
        comments.Publishes(queue);
        auth.Reads(cache);
        auth.Reads(replica);
        primary.ReplicatesTo(replica);
        workers.Consumes(queue);
        workers.Writes(search);
        workers.Writes(objects);
        posts.ConnectsTo(monitoring);
        return a.Build();
    }

    /// <summary>
    /// A layered design of exactly <paramref name="components"/> components for <see cref="TieredProblem"/>:
    /// two clients (readers through a CDN, writers direct) → N/100 load balancers → cells of ten components
    /// (front app → back app and search app; back app → look-aside cache, replica, primary, queue; worker →
    /// search index and object store; primary → replica), with 10% of each front app's calls going to the next
    /// cell's back app. Depth stays constant as N grows: it is wide, not a chain.
    /// </summary>
    public static Architecture Scaled(int components, Func<string, int>? size = null)
    {
        if (components < 16)
        {
            throw new ArgumentOutOfRangeException(nameof(components), components, "at least 16 components");
        }

        size ??= _ => 2;
        var a = new ArchitectureBuilder(TieredProblem);
        var readers = a.Client("readers");
        var writers = a.Client("writers");
        var cdn = a.Cdn("cdn").HitRate(0.85).Instances(size("cdn"));
        readers.Reads(cdn);

        var lbCount = System.Math.Max(1, components / 100);
        var cells = (components - 3 - lbCount) / 10;
        var extraReplicas = components - 3 - lbCount - (10 * cells);

        var lbs = new LoadBalancerNode[lbCount];
        for (var i = 0; i < lbCount; i++)
        {
            var name = Name("lb", i);
            lbs[i] = a.LoadBalancer(name).Instances(size(name));
            cdn.Calls(lbs[i]);
            writers.Calls(lbs[i]);
        }

        var fronts = new AppNode[cells];
        var backs = new AppNode[cells];
        for (var c = 0; c < cells; c++)
        {
            AppNode App(string prefix, double capacity, double serviceMs)
            {
                var name = Name(prefix, c);
                return a.App(name).CapacityPerInstance(capacity).ServiceTime(serviceMs).Instances(size(name));
            }

            var front = fronts[c] = App("front", 2000, 2);
            var back = backs[c] = App("back", 2000, 3);
            var searchApp = App("searchapp", 1000, 4);
            var cache = a.Cache(Name("cache", c)).HitRate(0.9).Instances(size(Name("cache", c)));
            var primary = a.DbPrimary(Name("primary", c)).CapacityPerInstance(20_000).Instances(size(Name("primary", c)));
            var replica = a.DbReplica(Name("replica", c)).CapacityPerInstance(20_000).Instances(size(Name("replica", c)));
            var queue = a.Queue(Name("queue", c)).CapacityPerInstance(50_000).Instances(size(Name("queue", c)));
            var worker = a.Worker(Name("worker", c)).CapacityPerInstance(5_000).Instances(size(Name("worker", c)));
            var index = a.Search(Name("index", c)).CapacityPerInstance(5_000).Instances(size(Name("index", c)));
            var objects = a.ObjectStore(Name("objects", c)).Instances(size(Name("objects", c)));

            lbs[c % lbCount].Calls(front);
            front.Calls(back).Weight(0.6);
            front.Calls(searchApp).Weight(0.3);
            back.Reads(cache);
            back.Reads(replica);
            back.Writes(primary);
            back.Publishes(queue);
            searchApp.Reads(index);
            primary.ReplicatesTo(replica);
            worker.Consumes(queue);
            worker.Writes(index);
            worker.Writes(objects);
        }

        // Cross-cell calls: front c also calls back c+1 (one level deep, so no long chains and no cycles).
        for (var c = 0; c < cells; c++)
        {
            fronts[c].Calls(backs[(c + 1) % cells]).Weight(0.1);
        }

        // Pad to exactly N: extra read replicas of cell 0.
        for (var i = 0; i < extraReplicas; i++)
        {
            var name = Name("replica0x", i);
            var replica = a.DbReplica(name).CapacityPerInstance(20_000).Instances(size(name));
            backs[0].Reads(replica);
        }

        return a.Build();
    }

    /// <summary>
    /// Builds a design twice: first with placeholder counts, then with each component sized for the problem's
    /// peak (load × 2 × 1.25 ÷ per-instance capacity, plus one spare, at least 2) as the engine computed it.
    /// </summary>
    public static Architecture RightSized(string problemId, Func<Func<string, int>?, Architecture> build)
    {
        var draft = build(null);
        var evaluation = Grader.Grade(problemId, draft, new EngineOptions { MaxComponentsForPathLatency = 0 });
        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in evaluation.Components)
        {
            if (c.CapacityPerInstance is { Value: > 0 } capacity && c.OfferedRps > 0)
            {
                var needed = System.Math.Ceiling(c.OfferedRps * 2 * 1.25 / capacity.Value) + 1;
                sizes[c.Name] = (int)System.Math.Max(2, System.Math.Min(needed, 1_000_000));
            }
        }

        return build(name => sizes.TryGetValue(name, out var n) ? n : 2);
    }

    private static string Name(string prefix, int i) => prefix + i.ToString(CultureInfo.InvariantCulture);
}
