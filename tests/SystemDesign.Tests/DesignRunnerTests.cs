using System;
using SystemDesign.Model;

namespace SystemDesign.Tests;

public class DesignRunnerTests
{
    [Design("throws-midway")]
    private sealed class ThrowingDesign : IDesign
    {
        public void Describe(ArchitectureBuilder a)
        {
            var app = a.App("App Servers").Instances(2);
            app.Writes(a.DbPrimary("DB"));
            throw new InvalidOperationException("boom");
        }
    }

    private sealed class UnattributedDesign : IDesign
    {
        public void Describe(ArchitectureBuilder a) => a.App("App");
    }

    [Fact]
    public void A_throwing_Describe_gives_SD0009_instead_of_an_exception()
    {
        var architecture = Architecture.From(new ThrowingDesign());

        var finding = Assert.Single(architecture.Validate());
        Assert.Equal(Rules.DescribeThrew.Id, finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Null(finding.Component);
        Assert.Contains("System.InvalidOperationException", finding.Message, StringComparison.Ordinal);
        Assert.Contains("boom", finding.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(ThrowingDesign), finding.Message, StringComparison.Ordinal);
        Assert.Same(finding, Assert.Single(architecture.BuildFindings));
    }

    [Fact]
    public void What_was_declared_before_the_throw_is_kept()
    {
        var architecture = DesignRunner.Run(new ThrowingDesign());

        Assert.Equal("throws-midway", architecture.ProblemId);
        Assert.Equal(2, architecture.Components.Count);
        Assert.Single(architecture.Connections);
    }

    [Fact]
    public void A_design_without_the_attribute_has_no_problem_id_and_no_findings()
    {
        var architecture = Architecture.From(new UnattributedDesign());

        Assert.Null(architecture.ProblemId);
        Assert.Null(DesignRunner.GetProblemId(typeof(UnattributedDesign)));
        Assert.Empty(architecture.Validate());
    }

    [Fact]
    public void A_null_design_is_a_programming_error()
    {
        Assert.Throws<ArgumentNullException>(() => Architecture.From(null!));
    }

    [Fact]
    public void The_attribute_targets_classes_only_once()
    {
        var usage = (AttributeUsageAttribute)Attribute.GetCustomAttribute(typeof(DesignAttribute), typeof(AttributeUsageAttribute))!;

        Assert.Equal(AttributeTargets.Class, usage.ValidOn);
        Assert.False(usage.AllowMultiple);
    }
}
