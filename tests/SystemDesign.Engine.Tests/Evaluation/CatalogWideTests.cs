using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Model;
using SystemDesign.TestSupport;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// Every problem of the built-in catalog (618 imported, 33 case studies) against an empty design and against its reference solution (the
/// L5/L6 problems have none, so their design is empty too): Evaluate never throws, no figure is NaN or −∞, and a
/// second evaluation gives the same findings. Also: the same messages whatever the current culture.
/// </summary>
public sealed class CatalogWideTests
{
    [Fact]
    public void Every_catalog_problem_evaluates_empty_and_reference_designs_deterministically()
    {
        var problems = ProblemCatalog.BuiltIn.Problems;
        Assert.Equal(618 + 33, problems.Count); // the imported problems and the case studies
        var failures = new List<string>();
        foreach (var problem in problems)
        {
            foreach (var (label, design) in new[] { ("empty", new ArchitectureBuilder(problem.Id).Build()), ("reference", Designs.FromReference(problem)) })
            {
                try
                {
                    var first = Grader.Grade(problem.Id, design);
                    var second = Grader.Grade(problem.Id, design);
                    failures.AddRange(Designs.NonFiniteNumbers(first).Select(b => $"{problem.Id} ({label}): {b}"));
                    if (!first.Findings.Select(f => f.RuleId + f.Component + f.Message).SequenceEqual(second.Findings.Select(f => f.RuleId + f.Component + f.Message)))
                    {
                        failures.Add($"{problem.Id} ({label}): findings differ between two evaluations");
                    }

                    if (problem.Tiers.Count > 0 && label == "empty" && first.Passed)
                    {
                        failures.Add($"{problem.Id} (empty): an empty design passes a problem with tiers");
                    }
                }
                catch (System.Exception ex)
                {
                    failures.Add($"{problem.Id} ({label}): {ex.GetType().Name}: {ex.Message}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public void Messages_are_the_same_under_turkish_and_german_culture()
    {
        var designs = new List<(string Problem, Architecture Design)>
        {
            (Designs.Blog, TutorialBlog.WithAppServers(2)),
            (Designs.Blog, TutorialBlog.WithAppServers(7)),
        };
        foreach (var id in new[] { "tutorial-advanced-chat", "oauth2-gateway", "global-traffic-gateway", "l6-ai-infrastructure-1" })
        {
            designs.Add((id, Designs.FromReference(ProblemCatalog.BuiltIn.Find(id)!)));
        }

        string Messages()
        {
            var all = new List<string>();
            foreach (var (problem, design) in designs)
            {
                var e = Grader.Grade(problem, design);
                all.AddRange(e.Findings.Select(f => f.RuleId + " " + f.Message + " " + string.Join(",", f.Properties.Select(p => p.Key + "=" + p.Value))));
                all.AddRange(e.Gates.Select(g => g.Summary));
                all.AddRange(e.Scenarios.SelectMany(s => s.Broken));
                all.AddRange(e.Tiers.SelectMany(t => t.Requirements.Select(r => r.Detail)));
            }

            return string.Join("\n", all);
        }

        var saved = CultureInfo.CurrentCulture;
        var savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var invariant = Messages();
            Assert.Contains("1,000 req/s offered", invariant, System.StringComparison.Ordinal);
            foreach (var name in new[] { "tr-TR", "de-DE" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                Assert.Equal(invariant, Messages());
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }
}
