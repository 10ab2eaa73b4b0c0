using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using SystemDesign.Engine.Results;
using SystemDesign.Model;
using SystemDesign.Reports;
using Xunit.Abstractions;

namespace SystemDesign.Testing;

/// <summary>
/// Grades <see cref="DesignAttribute"/> classes under xunit. Each design type is run and evaluated once per
/// process (<see cref="SystemDesign.Engine.Grader.Grade(string, Architecture, SystemDesign.Engine.EngineOptions?)"/>),
/// then every assertion reads that one <see cref="Evaluation"/>. A failing assertion throws
/// <see cref="DesignGradeException"/>, whose message is the grader's checklist: each requirement with ✓ or ✗,
/// then the findings with their arithmetic.
/// </summary>
/// <remarks>
/// A gate that is <see cref="GateStatus.NotApplicable"/> (the problem states no request rate, target or budget)
/// <b>passes</b>, and the reason is written to the test output: there is nothing to fail, and xunit 2 has no
/// way to skip a test from inside it. The generated grading tests (SystemDesign.Generators) call these methods.
/// </remarks>
/// <example><code>
/// public sealed class BlogTests(ITestOutputHelper output)
/// {
///     [Fact] public void Scales_to_1000_qps() => DesignGrader.AssertTier(typeof(PersonalBlog), "T2", output);
///     [Fact] public void Survives_failures() => DesignGrader.AssertGate(typeof(PersonalBlog), Gate.Resilience, output);
/// }
/// </code></example>
public static class DesignGrader
{
    private static readonly ConcurrentDictionary<Type, Lazy<GradedDesign>> Graded = new();

    /// <summary>The engine's evaluation of a design class, computed once per type and cached.</summary>
    /// <param name="designType">A class with <see cref="DesignAttribute"/> that implements <see cref="IDesign"/>.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="designType"/> is null.</exception>
    /// <exception cref="DesignGradeException">The type cannot be run as a design (the message says why).</exception>
    public static Evaluation Evaluate(Type designType)
    {
        var graded = Grade(designType);
        return graded.Evaluation ?? throw new DesignGradeException(graded.LoadError!);
    }

    /// <summary>Asserts that the design passes one tier of its problem.</summary>
    /// <param name="designType">The design class.</param>
    /// <param name="tierId">The tier id, e.g. <c>T2</c>.</param>
    /// <param name="output">Where the checklist is written when the tier passes; optional.</param>
    /// <exception cref="DesignGradeException">A requirement of the tier is not met, or the tier does not exist.</exception>
    public static void AssertTier(Type designType, string tierId, ITestOutputHelper? output = null)
    {
        var (graded, evaluation) = Run(designType);
        var tier = evaluation.Tiers.FirstOrDefault(t => string.Equals(t.Id, tierId, StringComparison.Ordinal));
        if (tier is null)
        {
            var ids = evaluation.Tiers.Count == 0 ? "it has no tiers" : "its tiers are " + string.Join(", ", evaluation.Tiers.Select(t => t.Id));
            throw new DesignGradeException($"{evaluation.ProblemId} has no tier '{tierId}'; {ids}.");
        }

        Pass(tier.Passed, ChecklistReport.Tier(graded.Name, evaluation, tier), output);
    }

    /// <summary>
    /// Asserts that the design passes a quality gate. A gate that is not applicable to the problem passes, with
    /// the reason written to <paramref name="output"/>.
    /// </summary>
    /// <param name="designType">The design class.</param>
    /// <param name="gate">Capacity, Latency, Availability, Cost or Resilience.</param>
    /// <param name="output">Where the gate's figures are written when it passes; optional.</param>
    /// <exception cref="DesignGradeException">The gate failed: an error finding of its rules.</exception>
    public static void AssertGate(Type designType, Gate gate, ITestOutputHelper? output = null)
    {
        var (graded, evaluation) = Run(designType);
        var result = evaluation.Gates.FirstOrDefault(g => g.Gate == gate)
            ?? throw new DesignGradeException($"{graded.Name}: the engine reported no {gate} gate for {evaluation.ProblemId}.");
        Pass(result.Status != GateStatus.Failed, ChecklistReport.Gate(graded.Name, evaluation, result), output);
    }

    /// <summary>Asserts that the design is well formed: no SD0xxx error (names, edges, knob values, a known problem).</summary>
    /// <param name="designType">The design class.</param>
    /// <param name="output">Where warnings are written when the design is valid; optional.</param>
    /// <exception cref="DesignGradeException">The design cannot be run, or has an SD0xxx error.</exception>
    public static void AssertDesignValid(Type designType, ITestOutputHelper? output = null)
    {
        var graded = Grade(designType);
        var report = ChecklistReport.Validity(graded.Name, graded.Architecture!, Evaluate(designType), out var valid);
        Pass(valid, report, output);
    }

    // A passed check writes its report to the test output; a failed one throws it as the assertion's message.
    private static void Pass(bool passed, string report, ITestOutputHelper? output)
    {
        if (!passed)
        {
            throw new DesignGradeException(report);
        }

        output?.WriteLine(report);
    }

    internal static GradedDesign Grade(Type designType)
    {
        if (designType is null)
        {
            throw new ArgumentNullException(nameof(designType));
        }

        return Graded.GetOrAdd(designType, t => new Lazy<GradedDesign>(() => GradedDesign.Load(t), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    // Tiers and gates need a known problem: an unknown id (SD0019) fails them with the catalog's suggestions.
    private static (GradedDesign Graded, Evaluation Evaluation) Run(Type designType)
    {
        var graded = Grade(designType);
        var evaluation = Evaluate(designType);
        var unknown = evaluation.Findings.FirstOrDefault(f => f.RuleId == Rules.UnknownProblem.Id);
        return unknown is null ? (graded, evaluation) : throw new DesignGradeException($"{graded.Name}: {unknown.Message}");
    }
}
