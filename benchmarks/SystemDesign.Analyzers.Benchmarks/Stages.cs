using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
        var design = result.Design ?? throw new InvalidOperationException("Describe is not statically evaluable: " + result.Reason);
        var interpret = Lap(watch);

        var problemId = (string)method.ContainingType.GetAttributes()[0].ConstructorArguments[0].Value!;
        var problem = EmbeddedCatalog.FindProblem(problemId) ?? throw new InvalidOperationException("unknown problem " + problemId);
        var catalog = Lap(watch);

        Evaluator.Evaluate(problem, design.Architecture, EmbeddedCatalog.Components);
        var engine = Lap(watch);

        return new StageTimes(bind, resolve, interpret, catalog, engine);
    }

    private static double Lap(Stopwatch watch)
    {
        var elapsed = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        return elapsed;
    }
}

/// <summary>Milliseconds per stage of one edit (see <see cref="Stages"/>).</summary>
internal sealed record StageTimes(double Bind, double Symbols, double Interpret, double Catalog, double Engine);
