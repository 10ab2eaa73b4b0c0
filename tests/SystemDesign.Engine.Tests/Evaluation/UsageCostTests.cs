using System.Linq;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// Costs that scale with use (issue 9): a CDN and a load balancer are charged by the requests routed through them,
/// at their registry prices per million requests (docs/engine.md, section 6).
/// </summary>
public sealed class UsageCostTests
{
    [Fact]
    public void A_cdn_at_250000_requests_a_second_costs_its_sources_per_request_price()
    {
        // AWS CloudFront pay-as-you-go, United States: $0.0100 per 10,000 HTTPS requests = $1.00 per million.
        // 250,000 req/s × 3,600 s × 730 h = 657,000 million requests a month → $657,000 (the flat $0.274/h gave $200).
        var a = new ArchitectureBuilder("usage");
        var cdn = a.Cdn("Edge").HitRate(1);
        a.Client("Viewers").Calls(cdn);
        var e = Grader.Grade(Designs.Problem(rate: 250_000, readRatio: 1), a.Build());

        var edge = e.Components.Single(c => c.Name == "Edge");
        Assert.Equal(1.0, edge.UsdPerMillionRequests!.Value);
        Assert.Contains("AWS CloudFront pay-as-you-go pricing", edge.UsdPerMillionRequests.Source, System.StringComparison.Ordinal);
        Assert.Equal(0, edge.HourlyCostUsd.Value);
        Assert.Equal(657_000, edge.MonthlyCostUsd, 6);
    }

    [Fact]
    public void A_load_balancer_pays_its_hours_and_the_capacity_units_its_traffic_uses()
    {
        // AWS ALB: 2 × $0.0225 × 730 h = $32.85, plus 1,000 req/s × 2,628,000 s × $0.008 per million = $21.024.
        var a = new ArchitectureBuilder("usage");
        var lb = a.LoadBalancer("LB").Instances(2);
        a.Client("Users").Calls(lb);
        lb.Calls(a.App("App").Instances(10));
        var e = Grader.Grade(Designs.Problem(rate: 1_000), a.Build());

        Assert.Equal(32.85 + 21.024, e.Components.Single(c => c.Name == "LB").MonthlyCostUsd, 9);
        Assert.Null(e.Components.Single(c => c.Name == "App").UsdPerMillionRequests);
    }

    [Fact]
    public void Over_budget_the_message_shows_the_usage_term()
    {
        var a = new ArchitectureBuilder("usage");
        var cdn = a.Cdn("Edge").HitRate(1);
        a.Client("Viewers").Calls(cdn);
        var e = Grader.Grade(Designs.Problem(rate: 250_000, readRatio: 1, budget: 10_000), a.Build());

        var finding = e.Findings.Single(f => f.RuleId == Rules.OverBudget.Id);
        Assert.Contains("Edge 1 × $0 × 730 h + 250,000 req/s × 2,628,000 s × $1 per million requests = $657,000", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_runners_cost_lines_print_the_engines_arithmetic_usage_included()
    {
        // The test runner's cost gate printed "n × $/h × 730 h" with the hours typed in and the usage term left out, so a
        // load balancer's line did not add up. It prints the engine's own formula: 2 × $0.0225 × 730 h + 1,000 req/s ×
        // 2,628,000 s × $0.008 per million requests = $53.874 (AWS ALB, as above).
        var a = new ArchitectureBuilder("usage");
        var lb = a.LoadBalancer("LB").Instances(2);
        a.Client("Users").Calls(lb);
        lb.Calls(a.App("App").Instances(10));
        var e = Grader.Grade(Designs.Problem(rate: 1_000, budget: 1), a.Build());

        var text = SystemDesign.Reports.ChecklistReport.Gate("Usage", e, e.Gates.Single(g => g.Gate == SystemDesign.Engine.Results.Gate.Cost));
        Assert.Contains("LB: 2 × $0.0225 × 730 h + 1,000 req/s × 2,628,000 s × $0.008 per million requests = $53.87", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_request_rate_only_the_hours_are_charged()
    {
        var a = new ArchitectureBuilder("usage");
        var lb = a.LoadBalancer("LB").Instances(2);
        a.Client("Users").Calls(lb);
        var e = Grader.Grade(Designs.Problem(rate: null), a.Build());
        Assert.Equal(32.85, e.Components.Single(c => c.Name == "LB").MonthlyCostUsd, 9);
    }
}
