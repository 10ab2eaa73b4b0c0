using System.Linq;
using System.IO;

namespace SystemDesign.Cli.Tests;

/// <summary>The catalog-browsing commands, run in-process as a user would type them.</summary>
public sealed class CatalogCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Problems_lists_the_whole_catalog()
    {
        var (exit, output, _) = Run("problems");
        Assert.Equal(0, exit);
        Assert.Contains("tutorial-simple-blog", output, System.StringComparison.Ordinal);
        Assert.Contains("651 of 651 problems", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_lists_the_case_studies_by_their_category()
    {
        var (exit, output, _) = Run("problems", "--category", "case-studies");
        Assert.Equal(0, exit);
        Assert.Contains("payment-pool-exhaustion", output, System.StringComparison.Ordinal);
        Assert.Contains("node-pool-exhaustion-150-rps", output, System.StringComparison.Ordinal);
        Assert.DoesNotContain("tutorial-simple-blog", output, System.StringComparison.Ordinal);
        Assert.Contains("33 of 651 problems", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_filters_by_category_and_difficulty()
    {
        var (exit, output, _) = Run("problems", "--category", "tutorial", "--difficulty", "Easy");
        Assert.Equal(0, exit);
        Assert.Contains("tutorial-simple-blog", output, System.StringComparison.Ordinal);
        Assert.DoesNotContain("L6-Principal", output, System.StringComparison.Ordinal);
        Assert.DoesNotContain("651 of 651", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_category_lists_the_real_ones()
    {
        var (exit, _, error) = Run("problems", "--category", "nope");
        Assert.Equal(2, exit);
        Assert.Contains("no category 'nope'. Categories: ", error, System.StringComparison.Ordinal);
        Assert.Contains("tutorial", error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Categories_counts_problems_per_category()
    {
        var (exit, output, _) = Run("categories");
        Assert.Equal(0, exit);
        Assert.Contains("tutorial", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_the_statement_tiers_and_workload()
    {
        var (exit, output, _) = Run("show", "tutorial-simple-blog");
        Assert.Equal(0, exit);
        Assert.Contains("# Tutorial 1: Personal Blog Platform", output, System.StringComparison.Ordinal);
        Assert.Contains("T2: ", output, System.StringComparison.Ordinal);
        Assert.Contains("  - Minimum 7 of type: app", output, System.StringComparison.Ordinal);
        Assert.Contains("request rate: 1,000 req/s", output, System.StringComparison.Ordinal);
        Assert.Contains("Blog Readers → Load Balancer", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_the_rate_the_engine_grades_not_the_rate_stated_at_peak()
    {
        // The export states 1.2M orders/sec during Prime Day, a 10x peak: the engine grades 120k (issue 7).
        var (exit, output, _) = Run("show", "order-processing-stream");
        Assert.Equal(0, exit);
        Assert.Contains("request rate: 120,000 req/s", output, System.StringComparison.Ordinal);
        Assert.Contains("stated at peak: 1,200,000 req/s", output, System.StringComparison.Ordinal);
        Assert.Contains("peak: 10× target", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_a_reference_client_s_stated_share_and_a_decided_read_share()
    {
        var (_, gateway, _) = Run("show", "multi-protocol-gateway");
        Assert.Contains("REST Clients (client, sends 70% of its role's requests)", gateway, System.StringComparison.Ordinal);
        Assert.Contains("Load Balancer (lb)", gateway, System.StringComparison.Ordinal);
        var (_, dns, _) = Run("show", "global-dns");
        Assert.Contains("decided in catalog/overrides.json (imported 0.9 from default: 90% reads", dns, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_the_scope_of_a_rate_stated_per_region()
    {
        var (_, output, _) = Run("show", "basic-multi-region");
        Assert.Contains("request rate: 20,000 req/s", output, System.StringComparison.Ordinal);
        Assert.Contains("stated per region: 10,000 req/s × 2 (constant regions: 2)", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_each_latency_bound_with_the_requests_it_applies_to()
    {
        var (_, tinyurl, _) = Run("show", "tinyurl");
        Assert.Contains("latency for writes: P95 < 120 ms [for creates]", tinyurl, System.StringComparison.Ordinal);
        Assert.Contains("latency for reads: P95 < 50 ms", tinyurl, System.StringComparison.Ordinal);
        var (_, gateway, _) = Run("show", "api-caching-gateway");
        Assert.Contains("latency for cache hits: P95 < 15 ms [cache hit] (graded against the reads a cache or CDN answers; SD3005 when none is on the read path)", gateway, System.StringComparison.Ordinal);
        // A lag bound is graded, against the burst's backlog (SD6005), not as request latency.
        var (_, ingestion, _) = Run("show", "ingestion");
        Assert.Contains("latency for consumer lag: typical (no percentile stated) < 60,000 ms [max_lag_sec] (graded as lag against a burst's backlog, SD6005)", ingestion, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_the_overall_availability_as_the_target_and_other_objectives_as_stated()
    {
        var (_, output, _) = Run("show", "video-streaming-cache");
        Assert.Contains("availability: 99.99%", output, System.StringComparison.Ordinal);
        Assert.Contains("availability of a subset: 99.999% [for top 1000 titles] (shown as stated, not graded)", output, System.StringComparison.Ordinal);
        var (_, ml, _) = Run("show", "l5-ml-platform-meta");
        Assert.Contains("utilization: 99.9% [GPU utilization] (shown as stated, not graded)", ml, System.StringComparison.Ordinal);
        Assert.DoesNotContain("availability: 99.9%", ml, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_availability_to_the_digits_stated()
    {
        var problem = SystemDesign.Catalog.ProblemCatalog.BuiltIn.Problems.First(p => p.Workload.AvailabilityTarget?.Value == 0.999999);
        var (exit, output, _) = Run("show", problem.Id);
        Assert.Equal(0, exit);
        Assert.Contains("availability: 99.9999%", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Show_with_an_unknown_id_suggests_close_ids()
    {
        var (exit, _, error) = Run("show", "tutorial-simple-blgo");
        Assert.Equal(2, exit);
        Assert.Contains("Did you mean: tutorial-simple-blog", error, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("problems", "--colour")]
    [InlineData("show")]
    [InlineData("problems", "--category")]
    public void Bad_usage_exits_2_with_a_message(params string[] args)
    {
        var (exit, _, error) = Run(args);
        Assert.Equal(2, exit);
        Assert.StartsWith("sysdesign: ", error, System.StringComparison.Ordinal);
    }
}
