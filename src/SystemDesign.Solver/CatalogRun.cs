using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;
using SystemDesign.Catalog;

namespace SystemDesign.Solver;

/// <summary>One problem's solve in a catalog run, with its wall time.</summary>
/// <param name="Problem">The problem.</param>
/// <param name="Solution">The solution, or null when the solver threw.</param>
/// <param name="Error">The exception's message when it threw.</param>
/// <param name="Milliseconds">Wall time of the solve.</param>
public sealed record ProblemRun(Problem Problem, Solution? Solution, string? Error, double Milliseconds)
{
    /// <summary>Solved, infeasible or failed (a throw is a failure).</summary>
    public SolveStatus Status => Solution?.Status ?? SolveStatus.Failed;
}

/// <summary>Solves many problems on every core, each independently; results come back in the input's order.</summary>
public static class CatalogRun
{
    /// <summary>Solves each problem with its own topology (reference solution or palette).</summary>
    /// <param name="problems">The problems.</param>
    /// <param name="registry">The component registry.</param>
    /// <param name="cancellation">Stops between problems.</param>
    /// <returns>One run per problem, in the given order.</returns>
    public static IReadOnlyList<ProblemRun> Solve(IReadOnlyList<Problem> problems, ComponentRegistry registry, System.Threading.CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var runs = new ProblemRun[problems.Count];
        Parallel.For(0, problems.Count, new ParallelOptions { CancellationToken = cancellation }, i =>
        {
            var clock = Stopwatch.StartNew();
            try
            {
                var solution = Sizer.Solve(problems[i], registry);
                runs[i] = new ProblemRun(problems[i], solution, null, clock.Elapsed.TotalMilliseconds);
            }
#pragma warning disable CA1031 // one problem's crash is reported in the table, not allowed to stop the other 617
            catch (Exception e)
#pragma warning restore CA1031
            {
                runs[i] = new ProblemRun(problems[i], null, e.GetType().Name + ": " + e.Message, clock.Elapsed.TotalMilliseconds);
            }
        });
        return runs;
    }
}
