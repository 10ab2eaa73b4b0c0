using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SystemDesign.Analyzers.Evaluation;
using SystemDesign.Analyzers.Interpretation;
using SystemDesign.Catalog;
using SystemDesign.Engine;

namespace SystemDesign.Analyzers.Benchmarks;

/// <summary>
/// The analyzer's work on the edited design, one step at a time, on a compilation nobody has bound yet: binding
/// <c>Describe</c> to IOperation (the driver's work, shared with the compiler's own diagnostics in the IDE), resolving
/// the API symbols (once per compilation), the IOperation walk and replay on the builder, the engine, and the
/// analyzer's evaluation (which may be a cache hit).
/// </summary>
internal static class Stages
{
    // Its own cache: the request with the analyzer has just put this edit's model in the shared one.
    private static readonly EvaluationCache Cache = new();

    public static StageTimes Measure(Compilation compilation, SyntaxTree tree)
    {
        var watch = Stopwatch.StartNew();
        var model = compilation.GetSemanticModel(tree);
        var declaration = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().First(m => m.Identifier.ValueText == "Describe");
        var method = model.GetDeclaredSymbol(declaration) as IMethodSymbol ?? throw new InvalidOperationException("no Describe symbol");
        var body = model.GetOperation(declaration) ?? throw new InvalidOperationException("no Describe operation");
        var bind = Lap(watch);

        var symbols = DesignSymbols.Resolve(compilation) ?? throw new InvalidOperationException("the API is not referenced");
        var resolve = Lap(watch);

        var result = DesignInterpreter.Interpret(body, method.Parameters[0], symbols, CancellationToken.None);
        var interpret = Lap(watch);
        if (result.Design is not { } design)
        {
            return new StageTimes(bind, resolve, interpret, 0, 0, 0, 0, 0); // SD0021: a hostile scenario's size limit
        }

        var attribute = method.ContainingType.GetAttributes()[0];
        var problemId = (string)attribute.ConstructorArguments[0].Value!;
        var attributeAt = ((AttributeSyntax)attribute.ApplicationSyntaxReference!.GetSyntax()).ArgumentList!.Arguments[0].GetLocation();
        var problem = ProblemCatalog.BuiltIn.Find(problemId);
        var suggestions = problem is null ? ProblemCatalog.BuiltIn.SuggestIds(problemId) : null;
        var catalog = Lap(watch);
        if (problem is null)
        {
            return new StageTimes(bind, resolve, interpret, catalog, 0, 0, 0, suggestions!.Count); // SD0019: no engine
        }

        Grader.Grade(problem, design.Architecture);
        var engine = Lap(watch);

        var findings = DesignEvaluation.Evaluate(problemId, problem, design.Architecture, Cache, out _) ?? throw new InvalidOperationException("the engine failed");
        var evaluation = Lap(watch);

        var diagnostics = 0;
        foreach (var finding in findings)
        {
            if (Descriptors.For(finding.RuleId) is { } descriptor)
            {
                FindingDiagnostics.Create(descriptor, finding, design, attributeAt, problemId);
                diagnostics++;
            }
        }

        var locate = Lap(watch);
        return new StageTimes(bind, resolve, interpret, catalog, engine, evaluation, locate, diagnostics);
    }

    private static double Lap(Stopwatch watch)
    {
        var elapsed = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        return elapsed;
    }
}

/// <summary>Milliseconds per stage of one edit (see <see cref="Stages"/>).</summary>
/// <param name="Bind">Binding <c>Describe</c> to IOperation (the driver does it before calling the analyzer).</param>
/// <param name="Symbols">The API's types, resolved once per compilation (the compilation-start action).</param>
/// <param name="Interpret">The IOperation walk and the replay on a real builder.</param>
/// <param name="Catalog">The <c>[Design]</c> argument and its problem (cached by the catalog after the first time).</param>
/// <param name="Engine">The engine's <c>Evaluate</c>, uncached: what every edit paid before the evaluation cache.</param>
/// <param name="Evaluation">What the analyzer pays for the findings now: a cache lookup, or the engine on a new model.</param>
/// <param name="Diagnostics">Locating the findings and creating their diagnostics.</param>
/// <param name="DiagnosticCount">How many diagnostics the design gets.</param>
internal sealed record StageTimes(double Bind, double Symbols, double Interpret, double Catalog, double Engine, double Evaluation, double Diagnostics, int DiagnosticCount)
{
    /// <summary>Everything the analyzer itself does for the edit: all stages but the binding and the uncached engine.</summary>
    public double AnalyzerWork => Symbols + Interpret + Catalog + Evaluation + Diagnostics;
}
