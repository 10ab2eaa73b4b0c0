using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using SystemDesign.Model;
using static SystemDesign.Analyzers.Tests.Harness.AnalyzerHarness;

namespace SystemDesign.Analyzers.Tests;

public class TierAndCapacityTests
{
    [Fact]
    public Task Blog_with_nine_app_servers_reports_nothing() => VerifyAsync(Designs.Blog("9"));

    [Fact]
    public Task Blog_with_eight_app_servers_warns_that_losing_one_slows_the_p99_of_reads_and_writes() =>
        // Eight carry 1,000 req/s with the tutorial's headroom; losing one puts seven at 95% (docs/rules/SD6004.md).
        // One finding for both classes, on the count, which the code fix sets to 9.
        VerifyAsync(Designs.Blog("{|SD6004:8|}"));

    [Fact]
    public Task Blog_with_two_app_servers_reports_every_shortfall_where_it_is_fixed() =>
        // Tier and capacity on the count; latency on the client the requests enter at; path availability on the problem.
        VerifyAsync(Designs.Blog(
            appInstances: "{|SD2001:{|SD1002:{|SD4002:2|}|}|}",
            problem: "{|SD4001:\"tutorial-simple-blog\"|}",
            readers: "{|SD3003:{|SD3003:a.Client(\"Blog Readers\")|}|}"));

    [Fact]
    public async Task Capacity_diagnostic_carries_the_engine_message_and_the_fix_figures()
    {
        var diagnostics = await AnalyzeAsync(Designs.Blog("2"));
        var overloaded = diagnostics.Single(d => d.Id == Rules.Overloaded.Id);

        Assert.Equal(
            "App Servers: 1,000 req/s offered, 2 × 150 = 300 req/s capacity (utilization 333.3%); 8 instances give 1,200 req/s, the 20% headroom (1.2 × 1,000 = 1,200). Every constraint on App Servers at once needs 9 instances (decided by the latency targets with one instance lost).",
            overloaded.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, overloaded.Severity);
        Assert.Equal("9", overloaded.Properties[DiagnosticProperties.Instances]); // the one required count (SD6004 asks 9 of 8)
        Assert.Equal("App Servers", overloaded.Properties[DiagnosticProperties.Component]);
        Assert.Equal("app", overloaded.Properties[DiagnosticProperties.Type]);
        Assert.Equal("App", overloaded.Properties[DiagnosticProperties.Kind]);
        Assert.Equal(DiagnosticProperties.Sites.Instances, overloaded.Properties[DiagnosticProperties.Site]);
        Assert.Equal("tutorial-simple-blog", overloaded.Properties[DiagnosticProperties.ProblemId]);

        var tier = diagnostics.Single(d => d.Id == Rules.TooFewInstances.Id);
        Assert.Equal("9", tier.Properties[DiagnosticProperties.Instances]); // the tier asks 7; every finding proposes the one count
        Assert.Equal("T2", tier.Properties[DiagnosticProperties.Tier]);
    }

    [Fact]
    public Task Constants_and_arithmetic_are_evaluated() =>
        VerifyAsync(Designs.Blog("N * 2 + 1", extra: "", header: "static class Sizes { public const int Four = 4; }").Replace("var readers", "const int N = Sizes.Four;\n        var readers", System.StringComparison.Ordinal));

    [Fact]
    public Task Constant_arithmetic_that_falls_short_is_marked_on_the_expression() =>
        VerifyAsync(
            Designs.Blog("{|SD2001:{|SD1002:{|SD4002:N / 2|}|}|}", problem: "{|SD4001:\"tutorial-simple-blog\"|}", readers: "{|SD3003:{|SD3003:a.Client(\"Blog Readers\")|}|}")
                .Replace("var readers", "const int N = 4;\n        var readers", System.StringComparison.Ordinal));

    [Fact]
    public Task Without_an_Instances_call_the_count_findings_go_on_the_placing_call_once_per_tier() =>
        VerifyAsync(
            Designs.Blog("1", app: "{|SD2001:{|SD1002:{|SD1002:{|SD4002:a.App(\"App Servers\")|}|}|}|}").Replace(".Instances(1)", string.Empty, System.StringComparison.Ordinal),
            only: new[] { "SD2001", "SD1002", "SD4002" });

    [Fact]
    public Task A_missing_tier_type_is_marked_on_the_problem_id() =>
        VerifyAsync("""
            using SystemDesign;

            [Design({|SD1001:{|SD1001:{|SD1001:"tutorial-simple-blog"|}|}|})]
            public sealed class OnlyAClient : IDesign
            {
                public void Describe(ArchitectureBuilder a)
                {
                    var readers = a.Client("Blog Readers");
                    var lb = a.LoadBalancer("Load Balancer").Instances(2);
                    readers.Calls(lb);
                }
            }
            """, only: new[] { "SD1001" });

    [Fact]
    public Task A_missing_required_connection_is_marked_on_the_component() =>
        VerifyAsync(Designs.Blog(app: "{|SD1003:a.App(\"App Servers\")|}", edges: string.Empty), only: new[] { "SD1003" });

    [Fact]
    public Task A_hit_rate_below_the_tier_range_is_marked_on_the_hit_rate() =>
        VerifyAsync(CacheDesign("{|SD1004:0.5|}"), only: new[] { "SD1004" });

    [Fact]
    public Task A_hit_rate_inside_the_tier_range_passes() =>
        VerifyAsync(CacheDesign("0.9"), only: new[] { "SD1004" });

    private static string CacheDesign(string hitRate) => $$"""
        using SystemDesign;

        [Design("analytics-dashboard-cache")]
        public sealed class Dashboard : IDesign
        {
            public void Describe(ArchitectureBuilder a)
            {
                var users = a.Client("Users");
                var app = a.App("App").Instances(40);
                var cache = a.Cache("Aggregates").HitRate({{hitRate}});
                var db = a.DbPrimary("DB");
                var worker = a.Worker("Aggregator");
                users.Calls(app);
                app.Reads(cache);
                cache.Reads(db);
                app.Writes(db);
                worker.Writes(cache);
            }
        }
        """;
}
