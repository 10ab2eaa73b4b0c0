using System.Linq;
using SystemDesign.Model;
using static SystemDesign.Tests.Designs;

namespace SystemDesign.Tests;

/// <summary>The edge knobs (Model.EdgeKnobs): the builder stores each on the connection, SD0025 checks the values.</summary>
public class EdgeKnobTests
{
    [Fact]
    public void Each_edge_method_sets_its_row_and_nothing_else()
    {
        var a = new ArchitectureBuilder();
        var (app, db) = Baseline(a);
        app.Reads(db).Timeout(250).Retries(2).Backoff().CircuitBreaker().IdempotencyKey();
        var edge = a.Build().Connections[1];

        Assert.Equal(250.0, EdgeKnobs.Timeout.Read(edge));
        Assert.Equal(2, EdgeKnobs.Retries.Read(edge));
        Assert.All(EdgeKnobs.All, knob => Assert.True(knob.IsSet(edge), knob.Method));
        Assert.All(EdgeKnobs.All, knob => Assert.False(knob.IsSet(a.Build().Connections[0]), knob.Method));
    }

    [Fact]
    public void Every_row_names_a_real_edge_method_and_connection_property()
    {
        foreach (var knob in EdgeKnobs.All)
        {
            Assert.NotNull(typeof(Edge).GetMethod(knob.Method));
            Assert.NotNull(typeof(Connection).GetProperty(knob.Property));
            Assert.Same(knob, EdgeKnobs.ByMethod(knob.Method));
            Assert.False(string.IsNullOrWhiteSpace(knob.Default));
        }
    }

    [Theory]
    [InlineData(0.0, "Timeout(0)")]
    [InlineData(-5.0, "Timeout(-5)")]
    [InlineData(double.NaN, "Timeout(double.NaN)")]
    [InlineData(double.PositiveInfinity, "Timeout(double.PositiveInfinity)")]
    public void SD0025_timeout_not_positive(double timeout, string expectedCall)
    {
        var findings = Validate(a => Baseline(a).App.Reads(a.Cache("Redis")).Timeout(timeout));

        var finding = Single(findings, Rules.InvalidEdgeKnob.Id);
        Assert.Equal("App", finding.Component);
        Assert.Equal(EdgeKnobs.Timeout.Key, finding.Knob);
        Assert.Contains("'App'.Reads('Redis')." + expectedCall, finding.Message, System.StringComparison.Ordinal);
        Assert.Equal(new[] { Rules.InvalidEdgeKnob.Id }, RuleIdsOf(findings));
        Assert.Empty(Validate(a => Baseline(a).App.Reads(a.Cache("Redis")).Timeout(0.5)));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void SD0025_retries_outside_0_to_10(int retries)
    {
        var finding = Single(Validate(a => Baseline(a).App.Reads(a.Cache("Redis")).Retries(retries)), Rules.InvalidEdgeKnob.Id);
        Assert.Equal(EdgeKnobs.Retries.Key, finding.Knob);
        Assert.Contains("Retries(" + retries.ToString(System.Globalization.CultureInfo.InvariantCulture) + "): retries are a whole number from 0 to 10", finding.Message, System.StringComparison.Ordinal);
        Assert.Empty(Validate(a => Baseline(a).App.Reads(a.Cache("Redis")).Retries(0)));
        Assert.Empty(Validate(a => Baseline(a).App.Reads(a.Cache("Redis")).Retries(10)));
    }

    [Fact]
    public void SD0025_a_policy_on_a_consume_edge_means_nothing()
    {
        var findings = Validate(a =>
        {
            var (app, _) = Baseline(a);
            var jobs = a.Queue("Jobs");
            app.Publishes(jobs).Retries(2).Backoff();
            a.Worker("W").Consumes(jobs).Retries(3).CircuitBreaker();
        });

        var named = findings.Where(f => f.RuleId == Rules.InvalidEdgeKnob.Id).Select(f => f.Knob).ToArray();
        Assert.Equal(new[] { "Retries", "CircuitBreaker" }, named);
        Assert.Contains("'W'.Consumes('Jobs').Retries: a Consumes edge is not a call", findings[0].Message, System.StringComparison.Ordinal);
    }
}
