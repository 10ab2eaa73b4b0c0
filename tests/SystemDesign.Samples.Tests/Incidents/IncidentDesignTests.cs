using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using SystemDesign.Catalog;
using SystemDesign.Engine;
using SystemDesign.Model;

namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// Every case study has a reference design in the samples (which passes, like every sample) and an incident design
/// here that fails with exactly the rule ids its <see cref="IncidentAttribute"/> names.
/// </summary>
public sealed class IncidentDesignTests
{
    public static IEnumerable<object[]> Incidents() =>
        typeof(IncidentDesignTests).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<IncidentAttribute>() is not null)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => new object[] { t.Name });

    [Theory]
    [MemberData(nameof(Incidents))]
    public void The_incident_fails_with_the_findings_a_senior_engineer_would_name(string incident)
    {
        var type = typeof(IncidentDesignTests).Assembly.GetTypes().Single(t => t.Name == incident);
        var expected = type.GetCustomAttribute<IncidentAttribute>()!;
        var builder = new ArchitectureBuilder(expected.ProblemId);
        ((IDesign)Activator.CreateInstance(type)!).Describe(builder);

        var evaluation = Grader.Grade(expected.ProblemId, builder.Build());

        var named = evaluation.Findings.Where(f => f.Severity != Severity.Info).Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.False(evaluation.Passed, incident + " passes its problem");
        Assert.True(
            expected.RuleIds.Order(StringComparer.Ordinal).SequenceEqual(named),
            $"{incident}: expected {string.Join(", ", expected.RuleIds.Order(StringComparer.Ordinal))}; got {string.Join(", ", named)}:{Environment.NewLine}"
                + string.Join(Environment.NewLine, evaluation.Findings.Where(f => f.Severity != Severity.Info)));
    }

    [Fact]
    public void Every_case_study_has_one_incident_and_one_reference_design()
    {
        var caseStudies = ProblemCatalog.BuiltIn.Problems.Where(p => p.Category == Problem.CaseStudiesCategory).Select(p => p.Id).Order(StringComparer.Ordinal).ToArray();
        var incidents = typeof(IncidentDesignTests).Assembly.GetTypes()
            .Select(t => t.GetCustomAttribute<IncidentAttribute>()?.ProblemId).OfType<string>().Order(StringComparer.Ordinal);
        var references = typeof(PersonalBlog).Assembly.GetTypes()
            .Select(t => t.GetCustomAttribute<DesignAttribute>()?.ProblemId)
            .OfType<string>().Where(id => caseStudies.Contains(id, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal) // a hand-written reference and the solver's draft may both exist
            .Order(StringComparer.Ordinal);

        Assert.Equal(33, caseStudies.Length);
        Assert.Equal(caseStudies, incidents);
        Assert.Equal(caseStudies, references);
    }
}
