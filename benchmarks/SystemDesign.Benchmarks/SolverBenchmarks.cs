using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using SystemDesign.Catalog;
using SystemDesign.Engine;
using SystemDesign.Engine.Results;
using SystemDesign.Model;
using SystemDesign.Solver;

namespace SystemDesign.Benchmarks;

/// <summary>
/// The solver's inner loop (issue 11): every step of the raise and lower phases is one full evaluation of the sized
/// design with one count changed. Measured on the tutorial (5 components) and on tinyurl's reference solution, each
/// sized by the solver, with the first component one instance lower; and a whole solve of the tutorial.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class SolverBenchmarks
{
    private Problem tutorial = null!;
    private Problem tinyurl = null!;
    private Architecture tutorialStep = null!;
    private Architecture tinyurlStep = null!;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = ProblemCatalog.BuiltIn;
        tutorial = catalog.Find("tutorial-simple-blog")!;
        tinyurl = catalog.Find("tinyurl")!;
        tutorialStep = OneLower(Sizer.Solve(tutorial, catalog.Components));
        tinyurlStep = OneLower(Sizer.Solve(tinyurl, catalog.Components));
        Grader.Grade(tutorial, tutorialStep);
        Grader.Grade(tinyurl, tinyurlStep);
    }

    // The lower phase's probe: the solved design with its busiest count one lower, as a binary-search step makes it.
    private static Architecture OneLower(Solution solution)
    {
        var design = solution.ToArchitecture();
        var busiest = 0;
        for (var i = 1; i < design.Components.Count; i++)
        {
            busiest = (design.Components[i].Instances ?? 1) > (design.Components[busiest].Instances ?? 1) ? i : busiest;
        }

        return new Architecture(design.ProblemId, design.Components.Select((c, i) => i == busiest ? c with { Instances = Math.Max(1, (c.Instances ?? 1) - 1) } : c), design.Connections);
    }

    /// <summary>One solver step on the tutorial's 5 components.</summary>
    [Benchmark(Baseline = true)]
    public Evaluation Step_TutorialBlog() => Grader.Grade(tutorial, tutorialStep);

    /// <summary>One solver step on tinyurl's reference solution.</summary>
    [Benchmark]
    public Evaluation Step_Tinyurl() => Grader.Grade(tinyurl, tinyurlStep);

    /// <summary>A whole solve of the tutorial (raise, lower, explain).</summary>
    [Benchmark]
    public Solution Solve_TutorialBlog() => Sizer.Solve(tutorial, ProblemCatalog.BuiltIn.Components);
}
