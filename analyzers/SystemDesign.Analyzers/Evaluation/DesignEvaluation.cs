using System;
using System.Collections.Generic;
using SystemDesign.Analyzers.Interpretation;
using SystemDesign.Catalog;
using SystemDesign.Engine;
using SystemDesign.Model;

namespace SystemDesign.Analyzers.Evaluation;

/// <summary>The engine's findings for an interpreted design, evaluated once per distinct model (<see cref="EvaluationCache"/>).</summary>
internal static class DesignEvaluation
{
    /// <summary>
    /// The findings, or null when the engine threw. The engine is meant never to throw; if it does on some design,
    /// the compiler must not crash (AD0001) on every keystroke: the design is graded at test time instead, where the
    /// exception is visible with its stack. <paramref name="problem"/> is the catalog's problem for
    /// <paramref name="problemId"/> (null when there is none: then SD0019 and the DSL rules apply).
    /// </summary>
    public static IReadOnlyList<Finding>? Evaluate(string problemId, Problem? problem, Architecture architecture, EvaluationCache cache, out string failure)
    {
        var engineFailure = string.Empty;
        var findings = cache.GetOrEvaluate(problemId, architecture, () => Run(problemId, problem, architecture, out engineFailure));
        failure = engineFailure;
        return findings;
    }

    /// <summary>One evaluation, uncached: the grader's, so an unknown id is its SD0019 followed by the design's own findings.</summary>
    public static IReadOnlyList<Finding>? Run(string problemId, Problem? problem, Architecture architecture, out string failure)
    {
        failure = string.Empty;
        try
        {
            return problem is null
                ? Grader.Grade(problemId, architecture).Findings
                : Grader.Grade(problem, architecture).Findings;
        }
#pragma warning disable CA1031 // see Evaluate: any engine exception becomes SD0021, never a compiler crash
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            failure = "the engine failed on this design (" + e.GetType().Name + ": " + InterpretationLimits.Quote(e.Message) + ")";
            return null;
        }
    }
}
