using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SystemDesign.Analyzers;
using SystemDesign.Analyzers.Interpretation;
using SystemDesign.Engine;
using SystemDesign.Model;
using SourceLocation = SystemDesign.Reports.SourceLocation;

namespace SystemDesign.Cli.Grading;

/// <summary>
/// Grades one design statically: the analyzers' <see cref="DesignInterpreter"/> replays its <c>Describe</c> body on a
/// real builder (no design code runs), the engine evaluates the model, and <see cref="FindingLocator"/> places every
/// finding where the IDE would. The two stages are timed apart for <c>--timings</c>.
/// </summary>
internal sealed class DesignGrader(EngineOptions options, DisplayPaths paths, PhaseTimings timings)
{
    public GradedDesign Grade(DesignClass design, Compilation compilation, string project, CancellationToken cancellationToken)
    {
        var type = design.Type;
        var attributeAt = DesignAnalyzer.AttributeArgument(design.Attribute, cancellationToken) ?? type.Locations.FirstOrDefault() ?? Location.None;
        var graded = new GradedDesign
        {
            Name = type.Name,
            TypeName = type.ToDisplayString(),
            ProblemId = design.ProblemId,
            Project = paths.Display(project),
            Location = paths.Span(type.Locations.FirstOrDefault() ?? Location.None),
        };

        var interpreted = timings.Time(Phase.Interpretation, () => Interpret(design, compilation, cancellationToken));
        if (interpreted.Design is not { } model)
        {
            var at = interpreted.ReasonAt ?? type.Locations.FirstOrDefault() ?? Location.None;
            // The IDE's words for both cases: SD0023 for a class no grader can run, SD0021 for a body it cannot read.
            if (design.Describe is null && DesignClassCheck.Message(type, design.Symbols) is { } notGradable)
            {
                return graded with { NotGraded = NotReadable(Rules.DesignClassNotGradable, notGradable), NotGradedAt = paths.Span(at) };
            }

            var message = interpreted.Reason is { } why
                ? DesignAnalyzer.NotStaticMessage(type.Name, why, at, engineFailed: false, beyondLimit: interpreted.BeyondLimit)
                : type.Name + ".Describe has no body the interpreter can read.";
            return graded with { NotGraded = NotReadable(Rules.NotStaticallyEvaluable, message), NotGradedAt = paths.Span(at) };
        }

        var evaluation = timings.Time(Phase.Evaluation, () => Grader.Grade(design.ProblemId, model.Architecture, options));
        var located = evaluation.Findings.Select(f => (SourceLocation?)paths.Span(FindingLocator.Locate(f, model, attributeAt).Location)).ToArray();
        return graded with { Evaluation = evaluation, FindingLocations = located, Architecture = model.Architecture };
    }

    /// <summary>
    /// <c>--run</c>: the design the interpreter could not read, graded from the architecture its <c>Describe</c>
    /// builds when run. Findings are placed at the design's <c>[Design]</c> argument: there is no read model to
    /// locate the calls in. Running counts as interpretation in <c>--timings</c>.
    /// </summary>
    public GradedDesign GradeByRunning(DesignClass design, GradedDesign notRead, SubmissionRunner runner, CancellationToken cancellationToken)
    {
        var architecture = timings.Time(Phase.Interpretation, () => runner.Run(design.Type, cancellationToken));
        var evaluation = timings.Time(Phase.Evaluation, () => Grader.Grade(design.ProblemId, architecture, options));
        var at = paths.Span(DesignAnalyzer.AttributeArgument(design.Attribute, cancellationToken) ?? design.Type.Locations.FirstOrDefault() ?? Location.None);
        var located = evaluation.Findings.Select(f => (SourceLocation?)at).ToArray();
        return notRead with { NotGraded = null, NotGradedAt = null, Evaluation = evaluation, FindingLocations = located, Architecture = architecture };
    }

    // Not graded is an error for the tool whatever the rule's IDE severity: the design gets no grade at all.
    private static Finding NotReadable(Rule rule, string message) =>
        new(rule.Id, Severity.Error, null, message) { Target = FindingTarget.Design };

    private static InterpretResult Interpret(DesignClass design, Compilation compilation, CancellationToken cancellationToken)
    {
        if (design.Describe is not { } describe)
        {
            return InterpretResult.Invalid; // not an IDesign with Describe(ArchitectureBuilder): said by the caller
        }

        foreach (var reference in describe.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax(cancellationToken);
            if (compilation.GetSemanticModel(syntax.SyntaxTree).GetOperation(syntax, cancellationToken) is { } body)
            {
                return DesignInterpreter.Interpret(body, describe.Parameters[0], design.Symbols, cancellationToken);
            }
        }

        return InterpretResult.Invalid;
    }
}
