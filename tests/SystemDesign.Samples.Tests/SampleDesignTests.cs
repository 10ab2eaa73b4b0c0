using System;
using System.Collections.Generic;
using System.Linq;
using SystemDesign.Engine;
using SystemDesign.Model;
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
        var type = typeof(SystemDesign.Samples.PersonalBlog).Assembly.GetTypes().Single(t => t.Name == designName);
        var design = (IDesign)Activator.CreateInstance(type)!;
        var architecture = Architecture.From(design);
        var evaluation = Grader.Grade(architecture.ProblemId!, architecture);
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
}
