using System;
using System.Collections.Generic;
using SystemDesign.Catalog;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Engine;

/// <summary>
/// The one entry point that grades a design: the IDE's analyzers, the test runner (SystemDesign.Testing) and
/// <c>sysdesign grade</c> all call it, so they agree on every finding. A problem is named by its catalog id or
/// given as a <see cref="Problem"/>; the result is the problem's tiers, the capacity, latency, availability, cost
/// and resilience gates, and every finding. Never throws on a bad design: what is wrong becomes a finding.
/// </summary>
/// <example><code>
/// var architecture = Architecture.From(new PersonalBlog());
/// var evaluation = Grader.Grade("tutorial-simple-blog", architecture);
/// Console.WriteLine(evaluation.Passed ? "passed" : evaluation.Findings[0].Message);
/// </code></example>
public static class Grader
{
    /// <summary>Grades a design against a problem of the built-in catalog.</summary>
    /// <param name="problemId">The problem's id, e.g. <c>tutorial-simple-blog</c>.</param>
    /// <param name="architecture">The design.</param>
    /// <param name="options">Settings; null for the defaults.</param>
    /// <returns>
    /// The evaluation. An unknown id gives SD0019 with the closest ids, followed by the design's own SD0xxx findings
    /// (names, edges, knob values): what the IDE reports for the same design.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="architecture"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static Evaluation Grade(string problemId, Architecture architecture, EngineOptions? options = null)
    {
        if (architecture is null)
        {
            throw new ArgumentNullException(nameof(architecture));
        }

        var checkedOptions = Checked(options);
        var id = problemId ?? string.Empty;
        if (ProblemCatalog.BuiltIn.Find(id) is { } problem)
        {
            return Evaluator.Evaluate(problem, architecture, ProblemCatalog.BuiltIn.Components, checkedOptions);
        }

        var findings = new List<Finding> { UnknownProblem(id) };
        findings.AddRange(architecture.Validate());
        return Evaluator.Unknown(id, findings);
    }

    /// <summary>Grades a design against a problem, with the built-in component registry.</summary>
    /// <param name="problem">The problem, from the catalog or built by hand.</param>
    /// <param name="architecture">The design.</param>
    /// <param name="options">Settings; null for the defaults.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// An option is out of range, or a workload figure of the problem is NaN, ±∞ or out of its range (see
    /// docs/reliability.md): the caller's settings are checked, the design's figures become findings.
    /// </exception>
    public static Evaluation Grade(Problem problem, Architecture architecture, EngineOptions? options = null) =>
        Grade(problem, architecture, ProblemCatalog.BuiltIn.Components, options);

    /// <summary>Grades a design against a problem with a given component registry.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="architecture">The design.</param>
    /// <param name="registry">The component types the design's components are resolved against.</param>
    /// <param name="options">Settings; null for the defaults.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option or a workload figure of the problem is out of range.</exception>
    public static Evaluation Grade(Problem problem, Architecture architecture, ComponentRegistry registry, EngineOptions? options = null)
    {
        if (problem is null)
        {
            throw new ArgumentNullException(nameof(problem));
        }

        if (architecture is null)
        {
            throw new ArgumentNullException(nameof(architecture));
        }

        if (registry is null)
        {
            throw new ArgumentNullException(nameof(registry));
        }

        return Evaluator.Evaluate(problem, architecture, registry, Checked(options));
    }

    /// <summary>
    /// SD0019 for an id the built-in catalog does not have, with the closest ids in its message and in
    /// <see cref="FindingKeys.Suggestions"/>: the one place the IDE, the tests and the tool get it from.
    /// </summary>
    /// <param name="problemId">The id.</param>
    /// <returns>The finding, on the design as a whole.</returns>
    public static Finding UnknownProblem(string problemId)
    {
        var id = problemId ?? string.Empty;
        var suggestions = ProblemCatalog.BuiltIn.SuggestIds(id);
        return new Finding(Rules.UnknownProblem, null, ProblemCatalog.UnknownProblemMessage(id, suggestions))
        {
            Target = FindingTarget.Design,
            Properties = new Dictionary<string, string>(StringComparer.Ordinal) { [FindingKeys.Suggestions] = string.Join(",", suggestions) },
        };
    }

    private static EngineOptions Checked(EngineOptions? options)
    {
        var settings = options ?? EngineOptions.Default;
        settings.Validate();
        return settings;
    }
}
