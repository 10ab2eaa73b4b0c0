using System;
using System.Collections.Generic;
using System.Linq;
using SystemDesign.Engine.Results;
using SystemDesign.Model;
using SystemDesign.Testing;
using Xunit.Abstractions;

namespace SystemDesign.Samples.Tests;

/// <summary>Every [Design] in the samples assembly is graded by the engine and must pass.</summary>
public sealed class SampleDesignTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Designs() =>
        typeof(SystemDesign.Samples.PersonalBlog).Assembly.GetTypes()
            .Where(t => typeof(IDesign).IsAssignableFrom(t) && !t.IsAbstract)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => new object[] { t.Name });

    [Theory]
    [MemberData(nameof(Designs))]
    public void Sample_design_passes_its_problem(string designName)
    {
        var evaluation = Grade(designName);
        foreach (var f in evaluation.Findings)
        {
            output.WriteLine(f.ToString());
        }

        foreach (var c in evaluation.Components)
        {
            output.WriteLine($"{c.Name}: {c.OfferedRps} rps, cap {c.CapacityRps}, util {c.Utilization}, p99 {c.P99ResponseMs} ms, avail {c.ComponentAvailability}, ${c.MonthlyCostUsd}");
        }

        foreach (var l in evaluation.Latency)
        {
            output.WriteLine(l.ToString());
        }

        output.WriteLine($"availability {evaluation.Availability}, cost {evaluation.MonthlyCostUsd}");
        Assert.True(evaluation.Passed, string.Join(Environment.NewLine, evaluation.Findings.Where(f => f.Severity == Severity.Error)));
    }
    /// <summary>
    /// The required count is what the findings enforce (issue 9, one required count per component): a component whose
    /// required count is above its instances has a finding proposing that count. A required count no finding asks for
    /// is a constraint the engine claims and does not grade (a shared group member held to N+1 by the availability
    /// constraint while SD4002 spares it), and the solver's comment would read "needs 2 → 1".
    /// </summary>
    [Theory]
    [MemberData(nameof(Designs))]
    public void A_required_count_above_the_design_is_proposed_by_a_finding(string designName)
    {
        var evaluation = Grade(designName);
        foreach (var c in evaluation.Components)
        {
            if (c.RequiredInstances is null && c.RequiredBecause is { } impossible)
            {
                Assert.True(
                    evaluation.Findings.Any(f => f.Component == c.Name && f.Properties.ContainsKey(Finding.NoInstanceCount)),
                    $"{designName}: no count of {c.Name} meets {impossible}, and no finding says so.");
            }

            if (c.RequiredInstances is { } required && required > c.Instances.Value)
            {
                Assert.True(
                    // Its own finding's count, or a design-level one naming it (SD6004's "instances:<name>" for a cold cache or the peak).
                    evaluation.Findings.Any(f => (f.Component == c.Name && f.Properties.ContainsKey(Knobs.Instances.FixProperty!))
                        || f.Properties.ContainsKey(Knobs.Instances.FixPropertyFor(c.Name)!)),
                    $"{designName}: {c.Name} has {c.Instances.Value} instances and a required count of {required} ({c.RequiredBecause}), but no finding proposes it.");
            }
        }
    }

    // Grader.Grade(the design's problem id, its architecture) as the generated <Design>_Grading tests read it: DesignGrader
    // evaluates each type once for this assembly, so the two theories here and those tests share one grade per design.
    private static Evaluation Grade(string designName) =>
        DesignGrader.Evaluate(typeof(SystemDesign.Samples.PersonalBlog).Assembly.GetTypes().Single(t => t.Name == designName));
}
