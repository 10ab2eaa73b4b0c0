using System;
using SystemDesign.Engine.Results;
using Xunit.Sdk;

namespace SystemDesign.Testing.Tests;

public sealed class DesignGraderTests
{
    [Theory]
    [InlineData("T0")]
    [InlineData("T1")]
    [InlineData("T2")]
    public void The_reference_blog_passes_every_tier_and_writes_the_checklist(string tier)
    {
        var output = new RecordingOutput();

        DesignGrader.AssertTier(typeof(PassingBlog), tier, output);

        Assert.StartsWith($"PassingBlog passes {tier} ", output.Text, StringComparison.Ordinal);
        Assert.Contains("✓ ", output.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("✗", output.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Gate.Capacity)]
    [InlineData(Gate.Latency)]
    [InlineData(Gate.Availability)]
    [InlineData(Gate.Resilience)]
    public void The_reference_blog_passes_the_gates_the_problem_states(Gate gate)
    {
        var output = new RecordingOutput();

        DesignGrader.AssertGate(typeof(PassingBlog), gate, output);

        Assert.StartsWith($"PassingBlog passes the {gate} gate of tutorial-simple-blog (Tutorial 1: Personal Blog Platform): ", output.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gate_the_problem_states_nothing_for_passes_and_says_why()
    {
        var output = new RecordingOutput();

        DesignGrader.AssertGate(typeof(PassingBlog), Gate.Cost, output);

        Assert.StartsWith("PassingBlog: not applicable, the Cost gate of tutorial-simple-blog (Tutorial 1: Personal Blog Platform): no budget; $", output.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_tier_lists_each_requirement_with_a_mark_and_the_findings()
    {
        var failure = Assert.Throws<DesignGradeException>(() => DesignGrader.AssertTier(typeof(UnderProvisionedBlog), "T2"));

        Assert.Equal(
            """
            UnderProvisionedBlog fails T2 Scale to 1,000 QPS of tutorial-simple-blog (Tutorial 1: Personal Blog Platform):
              ✗ Minimum 7 of type: app — 2 (App Servers × 2)
              ✗ Must include: db_replica — none
            Findings:
              ✗ SD1001 T2 Scale to 1,000 QPS: the design needs a component of type 'db_replica' and has none. Add one, e.g. a.DbReplica("Read Replica"), and connect it.
              ✗ SD1002 T2 Scale to 1,000 QPS: at least 7 instances of type 'app' are required; the design has 2 (App Servers × 2). Set App Servers to .Instances(7). Every constraint on App Servers at once needs 9 instances (decided by the latency targets with one instance lost).
            """.ReplaceLineEndings("\n"),
            failure.Message);
    }

    [Fact]
    public void A_failing_capacity_gate_shows_load_against_instances_times_capacity()
    {
        var failure = Assert.Throws<DesignGradeException>(() => DesignGrader.AssertGate(typeof(UnderProvisionedBlog), Gate.Capacity));

        Assert.StartsWith("UnderProvisionedBlog fails the Capacity gate of tutorial-simple-blog", failure.Message, StringComparison.Ordinal);
        // 1,000 req/s on 2 × 150 = 300 req/s: 333.3% utilization, and ⌈1.2 × 1,000 ÷ 150⌉ = 8 for headroom.
        Assert.Contains("✗ App Servers: 1,000 req/s on 2 × 150 = 300 req/s (333.3%); needs 9", failure.Message, StringComparison.Ordinal);
        Assert.Contains("✗ SD2001 ", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_gate_is_an_xunit_assertion_failure()
    {
        var failure = Assert.Throws<DesignGradeException>(() => DesignGrader.AssertGate(typeof(UnderProvisionedBlog), Gate.Availability));

        Assert.IsAssignableFrom<XunitException>(failure);
        Assert.Contains("single points of failure: ", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_design_fails_validity_with_its_SD0xxx_findings()
    {
        var failure = Assert.Throws<DesignGradeException>(() => DesignGrader.AssertDesignValid(typeof(MalformedBlog)));

        Assert.StartsWith("MalformedBlog is not a valid design for tutorial-simple-blog (Tutorial 1: Personal Blog Platform): 2 components, 1 connection.", failure.Message, StringComparison.Ordinal);
        Assert.Contains("✗ SD0002 ", failure.Message, StringComparison.Ordinal);
        Assert.Contains("✗ SD0004 ", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_design_passes_validity()
    {
        var output = new RecordingOutput();

        DesignGrader.AssertDesignValid(typeof(PassingBlog), output);

        Assert.StartsWith("PassingBlog is a valid design for tutorial-simple-blog (Tutorial 1: Personal Blog Platform): 5 components, 5 connections.", output.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_problem_id_fails_validity_tiers_and_gates_with_suggestions()
    {
        var validity = Assert.Throws<DesignGradeException>(() => DesignGrader.AssertDesignValid(typeof(MisspelledProblem)));
        var tier = Assert.Throws<DesignGradeException>(() => DesignGrader.AssertTier(typeof(MisspelledProblem), "T0"));
        var gate = Assert.Throws<DesignGradeException>(() => DesignGrader.AssertGate(typeof(MisspelledProblem), Gate.Capacity));

        Assert.Contains("✗ SD0019 There is no problem 'tutorial-simple-blgo' in the catalog. Did you mean 'tutorial-simple-blog'", validity.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'tutorial-simple-blog'", tier.Message, StringComparison.Ordinal);
        Assert.Equal(tier.Message, gate.Message);
    }

    [Fact]
    public void An_unknown_tier_names_the_tiers_there_are()
    {
        var failure = Assert.Throws<DesignGradeException>(() => DesignGrader.AssertTier(typeof(PassingBlog), "T9"));

        Assert.Equal("tutorial-simple-blog has no tier 'T9'; its tiers are T0, T1, T2.", failure.Message);
    }

    [Theory]
    [InlineData(typeof(Unattributed), "has no [Design(\"problem-id\")] attribute")]
    [InlineData(typeof(NotADesign), "does not implement SystemDesign.IDesign")]
    [InlineData(typeof(NoParameterlessConstructor), "could not be created: MissingMethodException")]
    public void A_type_that_cannot_be_run_fails_every_assertion_saying_why(Type type, string why)
    {
        var validity = Assert.Throws<DesignGradeException>(() => DesignGrader.AssertDesignValid(type));
        var tier = Assert.Throws<DesignGradeException>(() => DesignGrader.AssertTier(type, "T0"));
        var evaluate = Assert.Throws<DesignGradeException>(() => DesignGrader.Evaluate(type));

        Assert.Contains(why, validity.Message, StringComparison.Ordinal);
        Assert.Equal(validity.Message, tier.Message);
        Assert.Equal(validity.Message, evaluate.Message);
    }

    [Fact]
    public void A_design_is_evaluated_once_per_type()
    {
        Assert.Same(DesignGrader.Evaluate(typeof(PassingBlog)), DesignGrader.Evaluate(typeof(PassingBlog)));
        Assert.NotSame(DesignGrader.Evaluate(typeof(PassingBlog)), DesignGrader.Evaluate(typeof(UnderProvisionedBlog)));
    }

    [Fact]
    public void A_null_type_is_a_programming_error()
    {
        Assert.Throws<ArgumentNullException>(() => DesignGrader.AssertTier(null!, "T0"));
    }
}
