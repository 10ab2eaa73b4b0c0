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
/// <c>sysdesign solve --all --write samples/SystemDesign.Samples</c>. One test for all designs, solved on every core:
/// a test per design would cost the runner more than the solves.
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
            var problem = catalog.Find(architecture.ProblemId!)!;
            var solution = Sizer.Solve(problem, Topology.FromArchitecture(architecture), catalog.Components);
            if (solution.Status != SolveStatus.Solved)
            {
                drift.Add($"{type.Name}: the solver no longer solves {problem.Id} ({solution.Status}: {(solution.Reasons.Count > 0 ? solution.Reasons[0] : "no reason")})");
                return;
            }

            foreach (var part in solution.Parts)
            {
                var drafted = architecture.Find(part.Part.Name);
                var instances = drafted?.Instances ?? 1;
                var isSource = solution.Evaluation!.Components.First(c => c.Name == part.Part.Name).Kind == "client";
                if (drafted is null || (!isSource && instances != part.Instances))
                {
                    drift.Add($"{type.Name}: {part.Part.Name} has {(drafted is null ? "no component" : instances + " instances")}, the solver's minimum is now {part.Instances}");
                }

                foreach (var parameter in part.Parameters)
                {
                    if (drafted is null || !drafted.Parameters.TryGetValue(parameter.Key, out var value) || !value.Equals(parameter.Value))
                    {
                        drift.Add($"{type.Name}: {part.Part.Name}.{parameter.Key} is not the solver's {parameter.Value}");
                    }
                }
            }
        });

        Assert.True(drift.IsEmpty, $"{drift.Count} drafted counts differ from the solver's (regenerate with 'sysdesign solve --all --write samples/SystemDesign.Samples' and review):{Environment.NewLine}" + string.Join(Environment.NewLine, drift.OrderBy(d => d, StringComparer.Ordinal).Take(50)));
    }
}
