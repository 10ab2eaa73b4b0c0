using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine;
using SystemDesign.Reports;
using SystemDesign.Solver;

namespace SystemDesign.Cli;

/// <summary>
/// <c>sysdesign solve &lt;id&gt; [--budget-first] [--format csharp|json]</c>: the cheapest passing design for a problem, ready to paste
/// (with --budget-first, one within the problem's budget, naming the gates the budget forces to fail);
/// <c>sysdesign solve --all [--write &lt;folder&gt; [--costs &lt;file&gt;]]</c>: every problem, a table of solved / infeasible / failed and the times,
/// and with --write the solved designs as [Design] classes in a folder per category.
/// </summary>
internal static class SolveCommand
{
    public static int Run(Options options, TextWriter output, TextWriter error)
    {
        var catalog = ProblemCatalog.BuiltIn;
        if (options.Flag("--all"))
        {
            if (options.Positional.Count > 0)
            {
                throw new UsageException("'solve --all' takes no problem id; use 'sysdesign solve <id>' for one problem.");
            }

            if (options.Flag("--budget-first"))
            {
                throw new UsageException("--budget-first sizes one problem; use 'sysdesign solve <id> --budget-first'.");
            }

            if (options.Value("--costs") is not null && options.Value("--write") is null)
            {
                throw new UsageException("--costs records the costs of the designs --write drafts; add --write <folder>.");
            }

            return All(catalog, options.Value("--write"), options.Value("--costs"), output);
        }

        if (options.Positional.Count != 1)
        {
            throw new UsageException("'solve' takes one problem id (e.g. 'sysdesign solve tutorial-simple-blog') or --all.");
        }

        var problem = Options.Problem(options.Positional[0]);
        var format = options.Value("--format") ?? "csharp";
        if (format is not ("csharp" or "json"))
        {
            throw new UsageException($"unknown format '{format}'. Formats: csharp, json.");
        }

        var budgetFirst = options.Flag("--budget-first");
        var solution = budgetFirst ? BudgetFirst.Solve(problem, catalog.Components) : Sizer.Solve(problem, catalog.Components);
        if (format == "json")
        {
            output.WriteLine(SolutionJson.Write(solution));
        }
        else if (solution.Status == SolveStatus.Solved)
        {
            output.Write(DesignWriter.Write(problem, solution));
        }
        else if (budgetFirst && solution.Status == SolveStatus.Infeasible)
        {
            // The design within the budget is the answer; what it gives up goes to the error stream.
            output.Write(DesignWriter.Write(problem, solution));
            foreach (var reason in solution.Reasons)
            {
                error.WriteLine("  " + reason);
            }
        }
        else
        {
            error.WriteLine($"sysdesign: {problem.Id} is {solution.Status.ToString().ToLowerInvariant()}: no counts the solver may set pass it.");
            foreach (var reason in solution.Reasons)
            {
                error.WriteLine("  " + reason);
            }
        }

        return solution.Status == SolveStatus.Solved ? ExitCodes.Success : ExitCodes.Failed;
    }

    private static int All(ProblemCatalog catalog, string? write, string? costs, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var runs = CatalogRun.Solve(catalog.Problems, catalog.Components);
        var wall = clock.Elapsed;
        var table = new Table("problem", "status", "$/month", "evals", "ms", "reason");
        foreach (var run in runs)
        {
            table.Add(
                run.Problem.Id,
                run.Status.ToString().ToLowerInvariant(),
                run.Solution?.Evaluation is { } e && run.Status == SolveStatus.Solved ? NumberText.Decimals(e.MonthlyCostUsd, 0, grouped: true) : "",
                run.Solution?.Evaluations.ToString(CultureInfo.InvariantCulture) ?? "",
                NumberText.Decimals(run.Milliseconds, 0, grouped: false),
                Short(run.Error ?? (run.Solution is { Reasons.Count: > 0 } s ? s.Reasons[0] : "")));
        }

        table.WriteText(output);
        output.WriteLine();
        SolveSummary.Write(runs, wall, output);
        if (write is not null)
        {
            var written = SampleFiles.Write(write, runs);
            output.WriteLine($"wrote {written.ToString(CultureInfo.InvariantCulture)} designs under {write}");
            if (costs is not null)
            {
                var problems = SampleFiles.WriteCheapest(costs, write, runs);
                output.WriteLine($"wrote the cheapest passing cost of {problems.ToString(CultureInfo.InvariantCulture)} problems to {costs}");
            }
        }

        return runs.All(r => r.Status != SolveStatus.Failed) ? ExitCodes.Success : ExitCodes.Failed;
    }

    private static string Short(string text)
    {
        var line = text.Replace('\n', ' ');
        return line.Length > 140 ? line[..137] + "..." : line;
    }
}
