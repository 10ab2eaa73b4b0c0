using SystemDesign.Engine.Tests.Evaluation;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Sizing;

/// <summary>Connections are capacity (issue 9): the same headroom, exact thresholds, severities and N+1 as request rates.</summary>
public sealed class ConnectionCapacityTests
{
    [Theory]
    [InlineData(3, "SD2004", "5")]  // 90,000 of 100,000: over capacity, an error; 4 carry them, 5 survive losing one
    [InlineData(4, "SD6001", "5")]  // 120,000 carry 100,000 with the headroom, but losing one leaves 90,000
    [InlineData(5, null, null)]
    public void Connections_get_the_headroom_and_the_loss_of_one_instance(int servers, string? rule, string? instances)
    {
        var e = Designs.Evaluate(Designs.Problem(rate: 1000, connections: 100_000), Chat(servers, 30_000));

        var sizing = ProposedCounts.SizingFindings(e);
        if (rule is null)
        {
            Assert.DoesNotContain(sizing, f => f.Component == "WS");
            return;
        }

        var finding = e.Single(rule, "WS");
        Assert.Equal(instances, finding.Properties["instances"]);
        Assert.Contains("connections", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Connections_below_the_headroom_are_a_warning_like_a_request_rate()
    {
        // 100,000 on 11 × 10,000 = 110,000 (90.9%): carried, below the 20% headroom: ⌈1.2 × 10⌉ = 12.
        var e = Designs.Evaluate(Designs.Problem(rate: 1000, connections: 100_000), Chat(11, 10_000));

        Assert.Empty(e.Findings(Rules.ConnectionsOverCapacity.Id));
        var below = e.Single(Rules.BelowHeadroom.Id, "WS");
        Assert.Equal(Severity.Warning, below.Severity);
        Assert.Equal("12", below.Properties["instances"]);
        Assert.Contains("less than the 20% headroom", below.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Connections_at_exactly_capacity_are_over_it()
    {
        var e = Designs.Evaluate(Designs.Problem(rate: 1000, connections: 100_000), Chat(10, 10_000));

        Assert.Equal("12", e.Single(Rules.ConnectionsOverCapacity.Id, "WS").Properties["instances"]);
    }

    private static Architecture Chat(int servers, int perInstance)
    {
        var a = new ArchitectureBuilder();
        var lb = a.LoadBalancer("NLB").Instances(2);
        a.Client("Users").Calls(lb);
        lb.Calls(a.WebSocket("WS").Instances(servers).ConnectionsPerInstance(perInstance).CapacityPerInstance(100_000));
        return a.Build();
    }
}
