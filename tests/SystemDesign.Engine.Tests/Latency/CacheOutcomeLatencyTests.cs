using SystemDesign.Catalog;
using SystemDesign.Engine.Tests.Evaluation;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Latency;

/// <summary>
/// Cache-hit and cache-miss bounds ("P95 &lt; 15ms cache hit, P95 &lt; 100ms cache miss", api-caching-gateway) are
/// graded against those reads only (issue 8): the hit bound against the path of reads every cache on the way answers,
/// the miss bound against the reads that go past every cache; a hit bound with no cache on the read path is SD3005.
/// </summary>
public sealed class CacheOutcomeLatencyTests
{
    private static readonly LatencyTarget Hits = new(95, 15, "P95 < 15ms cache hit", LatencyClasses.CacheHits);
    private static readonly LatencyTarget Misses = new(95, 100, "P95 < 100ms cache miss", LatencyClasses.CacheMisses);

    // A loose P95 of every read, so the mixed row is a P95 too and the three can be compared.
    private static readonly LatencyTarget AllReads = new(95, 10_000, "P95 < 10s", LatencyClasses.Reads);

    private static Results.Evaluation Grade(Architecture design, params LatencyTarget[] targets)
    {
        var problem = ProblemCatalog.BuiltIn.Find(Designs.Blog)! with
        {
            Workload = new Workload
            {
                RequestRate = new Sourced(1000, "test"),
                ReadRatio = new Sourced(0.9, "test"),
                LatencyTargets = targets,
            },
        };
        return Grader.Grade(problem, design, ProblemCatalog.BuiltIn.Components);
    }

    // The tutorial blog with a look-aside cache beside the read replica: a hit ends at the cache, a miss goes on to it.
    private static Architecture Blog(double? hitRate, bool cache = true)
    {
        var a = new ArchitectureBuilder(Designs.Blog);
        var lb = a.LoadBalancer("Load Balancer");
        var app = a.App("App Servers").Instances(20);
        a.Client("Blog Readers").Calls(lb);
        lb.Calls(app);
        app.Writes(a.DbPrimary("Primary DB"));
        app.Reads(a.DbReplica("Read Replica").Instances(2));
        if (cache)
        {
            var posts = a.Cache("Post Cache");
            app.Reads(hitRate is { } h ? posts.HitRate(h) : posts);
        }

        return a.Build();
    }

    private static Results.LatencyResult Row(Results.Evaluation e, string requestClass) =>
        Assert.Single(e.Latency, l => l.RequestClass == requestClass && l.TargetMilliseconds is not null);

    [Fact]
    public void A_hit_bound_is_graded_against_the_reads_the_cache_answers()
    {
        var e = Grade(Blog(0.8), Hits, Misses, AllReads);

        var hit = Row(e, "cache-hit read");
        var miss = Row(e, "cache-miss read");
        var all = Row(e, "read");
        Assert.Equal(15, hit.TargetMilliseconds);
        Assert.Equal(100, miss.TargetMilliseconds);
        Assert.Equal(10_000, all.TargetMilliseconds); // the mix of hits and misses is held to neither cache bound
        Assert.True(hit.Milliseconds < all.Milliseconds && all.Milliseconds < miss.Milliseconds, $"hit {hit.Milliseconds}, all {all.Milliseconds}, miss {miss.Milliseconds}");
    }

    [Fact]
    public void The_hit_path_is_the_path_of_a_cache_that_always_hits()
    {
        // The loads of every hop a hit passes (balancer, app, cache) do not depend on the hit rate; the replica's do,
        // and a hit never reaches it. So the hits of an 80% cache take exactly as long as the reads of a 100% cache.
        var hit = Row(Grade(Blog(0.8), Hits), "cache-hit read");
        var always = Row(Grade(Blog(1.0), AllReads), "read");

        Assert.Equal(always.Milliseconds, hit.Milliseconds, 9);
    }

    [Fact]
    public void A_miss_bound_is_graded_against_every_read_where_no_cache_is_on_the_path()
    {
        var e = Grade(Blog(null, cache: false), Misses, AllReads);

        var miss = Row(e, "cache-miss read");
        var all = Row(e, "read");
        Assert.Equal(all.Milliseconds, miss.Milliseconds, 9);
    }

    [Fact]
    public void A_hit_bound_with_no_cache_on_the_read_path_is_shown_not_graded()
    {
        var e = Grade(Blog(null, cache: false), Hits);

        Assert.DoesNotContain(e.Latency, l => l.RequestClass == "cache-hit read");
        var finding = Assert.Single(e.Findings, f => f.RuleId == Rules.LatencyBoundNotGraded.Id);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("cache-hit bound (P95 < 15 ms) is not graded for reads from Blog Readers: no cache or CDN is on their read path", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_missed_hit_bound_names_the_hits_and_blames_only_their_hops()
    {
        var e = Grade(Blog(0.8), new LatencyTarget(95, 0.5, "P95 < 0.5ms cache hit", LatencyClasses.CacheHits));

        var finding = Assert.Single(e.Findings, f => f.RuleId is "SD3001" or "SD3002");
        Assert.Contains("P95 of cache-hit reads from Blog Readers", finding.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Read Replica", finding.Message, System.StringComparison.Ordinal);
    }
}
