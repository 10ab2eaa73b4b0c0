using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using SystemDesign.Catalog;
using SystemDesign.Model;
using SystemDesign.Solver;

namespace SystemDesign.Samples.Tests;

/// <summary>
/// The drafted reference designs (samples/SystemDesign.Samples/&lt;Category&gt;/) keep the solver's minimal counts: an engine
/// change that moves a minimum fails here, naming the design, the component and both counts. Regenerate with
/// <c>sysdesign solve --all --write samples/SystemDesign.Samples --costs catalog/cheapest-designs.json</c>. One test for all designs, on every core: each
/// design is evaluated at its counts and one below each (see <see cref="Drift"/>), and solved again only if it drifted.
/// </summary>
public sealed class DraftedDesignsInStepTests
{
    [Fact]
    public void Every_drafted_design_keeps_the_minimal_counts_the_solver_finds_today()
    {
        var catalog = ProblemCatalog.BuiltIn;
        var designs = typeof(PersonalBlog).Assembly.GetTypes()
            .Where(t => typeof(IDesign).IsAssignableFrom(t) && t.Namespace != typeof(PersonalBlog).Namespace)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(designs);
        var drift = new ConcurrentBag<string>();
        Parallel.ForEach(designs, type =>
        {
            var architecture = Architecture.From((IDesign)Activator.CreateInstance(type)!);
            foreach (var line in Drift.Of(type.Name, catalog.Find(architecture.ProblemId!)!, architecture, catalog.Components))
            {
                drift.Add(line);
            }
        });

        Assert.True(drift.IsEmpty, $"{drift.Count} drafted counts differ from the solver's (regenerate with 'sysdesign solve --all --write samples/SystemDesign.Samples --costs catalog/cheapest-designs.json' and review):{Environment.NewLine}" + string.Join(Environment.NewLine, drift.OrderBy(d => d, StringComparer.Ordinal).Take(50)));
    }
    [Fact]
    public void The_catalog_records_what_each_drafted_design_costs_and_nothing_else()
    {
        // catalog/cheapest-designs.json is written with the drafts (--costs): every grade compares its cost with it, so it
        // must name each drafted design, at the cost that design grades at, and no problem without a draft.
        var catalog = ProblemCatalog.BuiltIn;
        // Each design graded against its problem as the generated <Design>_Grading tests grade it (DesignGrader evaluates a
        // type once for this assembly): the cost compared here is the one those tests and SampleDesignTests check.
        var drafted = typeof(PersonalBlog).Assembly.GetTypes()
            .Where(t => typeof(IDesign).IsAssignableFrom(t) && t.Namespace != typeof(PersonalBlog).Namespace)
            .Select(t => (Type: t, Evaluation: Testing.DesignGrader.Evaluate(t)))
            .ToDictionary(d => d.Evaluation.ProblemId, StringComparer.Ordinal);
        var recorded = catalog.Problems.Where(p => p.CheapestPassing is not null).ToDictionary(p => p.Id, StringComparer.Ordinal);

        Assert.Equal(drafted.Keys.Order(StringComparer.Ordinal), recorded.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, design) in drafted)
        {
            var cheapest = recorded[id].CheapestPassing!;
            var graded = design.Evaluation;
            Assert.True(
                Math.Abs(Math.Round(graded.MonthlyCostUsd, 2, MidpointRounding.AwayFromZero) - cheapest.MonthlyCostUsd) < 0.005,
                $"{design.Type.Name}: grades at ${graded.MonthlyCostUsd:0.00} a month, catalog/cheapest-designs.json records ${cheapest.MonthlyCostUsd:0.00}");
            Assert.EndsWith("/" + design.Type.Name + ".cs", cheapest.Source, StringComparison.Ordinal);
        }
    }
}
