using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SystemDesign.Analyzers.Evaluation;
using SystemDesign.Analyzers.Interpretation;
using SystemDesign.Catalog;
using SystemDesign.Engine;
using SystemDesign.Model;
using Sites = SystemDesign.Analyzers.DiagnosticProperties.Sites;

namespace SystemDesign.Analyzers;

/// <summary>
/// Grades every <c>[Design("problem-id")]</c> class at compile time: interprets its <c>Describe</c> body
/// (<see cref="DesignInterpreter"/>), evaluates the architecture with the same engine as <c>dotnet test</c> and the
/// <c>sysdesign</c> tool, and reports each finding under its own rule id. The rules are not separate analyzers: one
/// engine run produces all of them, and <see cref="FindingLocator"/> places each one.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DesignAnalyzer : DiagnosticAnalyzer
{
    private readonly EvaluationCache cache;

    /// <summary>The analyzer the compiler creates: evaluations are shared through <see cref="EvaluationCache.Shared"/>.</summary>
    public DesignAnalyzer()
        : this(EvaluationCache.Shared)
    {
    }

    /// <summary>An analyzer with its own evaluation cache (tests compare cached with uncached runs).</summary>
    internal DesignAnalyzer(EvaluationCache cache) => this.cache = cache;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (DesignSymbols.Resolve(start.Compilation) is not { } symbols)
            {
                return;
            }

            start.RegisterOperationBlockAction(block => AnalyzeDescribe(block, symbols, cache));
            start.RegisterSymbolAction(type => DesignClassCheck.Analyze(type, symbols), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeDescribe(OperationBlockAnalysisContext context, DesignSymbols symbols, EvaluationCache cache)
    {
        // Called for every code block of the compilation: the cheapest tests come first, and nothing allocates
        // before the block is known to be a design's Describe.
        if (context.OwningSymbol is not IMethodSymbol { Parameters.Length: 1, ReturnsVoid: true, IsStatic: false } method
            || !SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, symbols.Builder)
            || !IsDescribe(method)
            || method.ContainingType is not { } type
            || !Implements(type, symbols.Design)
            || DesignAttributeOf(type, symbols.DesignAttribute) is not { } attribute
            || attribute.ConstructorArguments.Length != 1
            || attribute.ConstructorArguments[0].Kind == TypedConstantKind.Error)
        {
            return;
        }

        var cancellationToken = context.CancellationToken;
        var problemId = attribute.ConstructorArguments[0].Value as string ?? string.Empty;
        var attributeAt = AttributeArgument(attribute, cancellationToken) ?? FirstLocation(method) ?? Location.None;
        var body = context.OperationBlocks.Length == 1 ? context.OperationBlocks[0] : null;
        var problem = ProblemCatalog.BuiltIn.Find(problemId);
        if (body is null)
        {
            ReportUnknownProblem(context, problem, problemId, attributeAt);
            return;
        }

        var result = DesignInterpreter.Interpret(body, method.Parameters[0], symbols, cancellationToken);
        if (result.Design is not { } design)
        {
            ReportUnknownProblem(context, problem, problemId, attributeAt);
            if (result.Reason is { } reason && result.ReasonAt is { } reasonAt)
            {
                ReportNotStatic(context, method, problemId, reason, reasonAt, beyondLimit: result.BeyondLimit);
            }

            return;
        }

        // An edit that left the model as it was (most keystrokes outside the knobs) reuses the last evaluation. For an
        // unknown id the grader's findings start with its SD0019, reported below like every other finding.
        if (DesignEvaluation.Evaluate(problemId, problem, design.Architecture, cache, out var engineFailure) is not { } findings)
        {
            ReportUnknownProblem(context, problem, problemId, attributeAt);
            ReportNotStatic(context, method, problemId, engineFailure, attributeAt, engineFailed: true);
            return;
        }

        for (var i = 0; i < findings.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var finding = findings[i];
            if (Descriptors.For(finding.RuleId) is { } descriptor)
            {
                context.ReportDiagnostic(FindingDiagnostics.Create(descriptor, finding, design, attributeAt, problemId));
            }
        }
    }

    internal static bool IsDescribe(IMethodSymbol method)
    {
        if (method.Name == "Describe")
        {
            return true;
        }

        foreach (var implemented in method.ExplicitInterfaceImplementations)
        {
            if (implemented.Name == "Describe")
            {
                return true;
            }
        }

        return false;
    }

    // These two run for every code block (Implements) and every named type (DesignAttributeOf, through
    // DesignClassCheck) of every compilation, on each keystroke: plain loops, because LINQ over an ImmutableArray boxes
    // it and a predicate that captures allocates a closure per call.
    internal static bool Implements(INamedTypeSymbol type, INamedTypeSymbol design)
    {
        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, design))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first <c>[Design]</c> on <paramref name="type"/>, as the compiler lists them.</summary>
    internal static AttributeData? DesignAttributeOf(INamedTypeSymbol type, INamedTypeSymbol designAttribute)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, designAttribute))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>
    /// SD0019 when the design cannot be graded statically (no body, not interpretable, the engine failed): the grader's
    /// own finding (<see cref="Grader.UnknownProblem"/>), placed on the attribute like the grader's findings are.
    /// </summary>
    private static void ReportUnknownProblem(OperationBlockAnalysisContext context, Problem? problem, string problemId, Location attributeAt)
    {
        if (problem is null)
        {
            var finding = Grader.UnknownProblem(problemId);
            context.ReportDiagnostic(FindingDiagnostics.OnAttribute(Descriptors.For(Rules.UnknownProblem), finding, attributeAt, problemId));
        }
    }

    private static Location? FirstLocation(ISymbol symbol) => symbol.Locations.IsEmpty ? null : symbol.Locations[0];

    private static void ReportNotStatic(OperationBlockAnalysisContext context, IMethodSymbol method, string problemId, string reason, Location reasonAt, bool engineFailed = false, bool beyondLimit = false)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[DiagnosticProperties.ProblemId] = problemId;
        properties[DiagnosticProperties.Site] = Sites.Method;
        properties[DiagnosticProperties.Reason] = reason;
        var message = NotStaticMessage(method.ContainingType.Name, reason, reasonAt, engineFailed, beyondLimit);
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.For(Rules.NotStaticallyEvaluable), FirstLocation(method) ?? reasonAt, properties.ToImmutable(), message));
    }

    /// <summary>SD0021's message: why <paramref name="typeName"/>.Describe is not graded statically (shared with <c>sysdesign grade</c>).</summary>
    internal static string NotStaticMessage(string typeName, string reason, Location reasonAt, bool engineFailed, bool beyondLimit = false)
    {
        var graded = typeName + ".Describe is graded at test time instead: ";
        return engineFailed ? graded + reason + "."
            : beyondLimit ? graded + "line " + FindingLocator.Line(reasonAt) + " has " + reason + "; the analyzer stops there so that the editor stays responsive."
            : graded + "line " + FindingLocator.Line(reasonAt) + " " + reason
                + ". The analyzer reads builder calls, locals, arithmetic, string interpolation, `if`, `for` and `foreach` over constant ranges and arrays, helper methods of the design class and `const` or `static readonly` fields.";
    }

    internal static Location? AttributeArgument(AttributeData attribute, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax syntax
            ? syntax.ArgumentList is { Arguments.Count: > 0 } arguments ? arguments.Arguments[0].Expression.GetLocation() : syntax.GetLocation()
            : null;
}
