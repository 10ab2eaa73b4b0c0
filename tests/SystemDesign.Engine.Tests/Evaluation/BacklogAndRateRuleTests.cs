using System.Linq;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// SD2005 and SD2007 on worked examples (docs/rules/SD2005.md, SD2007.md). Consumers drain D = Σ n × c msg/s; a backlog
/// grows m − D per second when D &lt; m (the steady-state condition for any queue: ρ = m / D &lt; 1, Kleinrock, Queueing
/// Systems Vol. 1, §1.3).
/// </summary>
public sealed class BacklogAndRateRuleTests
{
    private static Architecture Queue(int senders, double perSender)
    {
        var a = new ArchitectureBuilder();
        var api = a.App("API").Instances(100);
        a.Client("Producers").Calls(api);
        var jobs = a.Queue("Jobs").Instances(2);
        api.Publishes(jobs);
        a.Worker("Senders").Instances(senders).CapacityPerInstance(perSender).Consumes(jobs);
        return a.Build();
    }

    [Fact]
    public void SD2005_consumers_below_the_arrivals_grow_a_backlog_with_the_arithmetic_in_the_message()
    {
        // Every request is a write (read ratio 0), so 1,000 msg/s are published; 3 × 100 = 300 drain; 700 msg/s grow.
        var e = Designs.Evaluate(Designs.Problem(rate: 1_000, readRatio: 0), Queue(3, 100));

        var finding = e.Single(Rules.ConsumerBacklog.Id, "Jobs");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(
            "Jobs: 1,000 msg/s arrive, consumers drain Senders 3 × 100 = 300 msg/s; the backlog grows 700 msg/s (2,520,000 per hour) and never drains.",
            finding.Message);
        Assert.Equal(GateStatus.Failed, e.Gates.Single(g => g.Gate == Gate.Capacity).Status);
    }

    [Theory]
    [InlineData(10, 100)]
    [InlineData(12, 100)]
    public void SD2005_is_silent_once_the_consumers_drain_every_message(int senders, double perSender)
    {
        // D = 1,000 is exactly the arrivals: the backlog does not grow (D < m is strict).
        var e = Designs.Evaluate(Designs.Problem(rate: 1_000, readRatio: 0), Queue(senders, perSender));

        Assert.Empty(e.Findings(Rules.ConsumerBacklog.Id));
    }

    [Fact]
    public void SD2007_a_problem_without_a_rate_is_graded_on_tiers_availability_and_cost_only()
    {
        var e = Designs.Evaluate(Designs.Problem(rate: null, budget: 1_000), Queue(3, 100));

        var finding = e.Single(Rules.NoRequestRate.Id);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.StartsWith("test-problem states no request rate; capacity, latency and failure figures are not computed.", finding.Message, System.StringComparison.Ordinal);
        Assert.Empty(e.Findings(Rules.ConsumerBacklog.Id));
        Assert.Equal(GateStatus.NotApplicable, e.Gates.Single(g => g.Gate == Gate.Capacity).Status);
        Assert.Equal(GateStatus.NotApplicable, e.Gates.Single(g => g.Gate == Gate.Resilience).Status);
        Assert.NotEqual(GateStatus.NotApplicable, e.Gates.Single(g => g.Gate == Gate.Cost).Status);
    }
}
