using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
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

            start.RegisterOperationBlockAction(block => AnalyzeDescribe(block, symbols));
        });
    }

    private static void AnalyzeDescribe(OperationBlockAnalysisContext context, DesignSymbols symbols)
    {
        if (context.OwningSymbol is not IMethodSymbol { Parameters.Length: 1, ReturnsVoid: true, IsStatic: false } method
            || !SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, symbols.Builder)
            || !(method.Name == "Describe" || method.ExplicitInterfaceImplementations.Any(m => m.Name == "Describe"))
            || method.ContainingType is not { } type
            || !type.AllInterfaces.Contains(symbols.Design, SymbolEqualityComparer.Default)
            || type.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, symbols.DesignAttribute)) is not { } attribute
            || attribute.ConstructorArguments.Length != 1
            || attribute.ConstructorArguments[0].Kind == TypedConstantKind.Error)
        {
            return;
        }

        var cancellationToken = context.CancellationToken;
        var problemId = attribute.ConstructorArguments[0].Value as string ?? string.Empty;
        var attributeAt = AttributeArgument(attribute, cancellationToken) ?? method.Locations.FirstOrDefault() ?? Location.None;
        var body = context.OperationBlocks.Length == 1 ? context.OperationBlocks[0] : null;
        var problem = EmbeddedCatalog.FindProblem(problemId);
        if (problem is null)
        {
            var suggestions = ProblemSuggestions.For(problemId);
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticProperties.ProblemId] = problemId;
            properties[DiagnosticProperties.Site] = Sites.Attribute;
            properties[DiagnosticProperties.Suggestions] = string.Join(",", suggestions);
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnknownProblem, attributeAt, properties.ToImmutable(), ProblemSuggestions.Message(problemId, suggestions)));
        }

        if (body is null)
        {
            return;
        }

        var result = DesignInterpreter.Interpret(body, method.Parameters[0], symbols, cancellationToken);
        if (result.Design is not { } design)
        {
            if (result.Reason is { } reason && result.ReasonAt is { } reasonAt)
            {
                ReportNotStatic(context, method, problemId, reason, reasonAt);
            }

            return;
        }

        if (Evaluate(problem, design, out var engineFailure) is not { } findings)
        {
            ReportNotStatic(context, method, problemId, engineFailure, attributeAt, engineFailed: true);
            return;
        }

        foreach (var finding in findings)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Descriptors.For(finding.RuleId) is { } descriptor)
            {
                Report(context, descriptor, finding, design, attributeAt, problemId);
            }
        }
    }

    private static void Report(OperationBlockAnalysisContext context, DiagnosticDescriptor descriptor, Finding finding, InterpretedDesign design, Location attributeAt, string problemId)
    {
        var (location, site, component) = FindingLocator.Locate(finding, design, attributeAt);
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        foreach (var pair in finding.Properties)
        {
            properties[pair.Key] = pair.Value;
        }

        properties[DiagnosticProperties.ProblemId] = problemId;
        properties[DiagnosticProperties.Site] = site;
        if (finding.Component is { } name)
        {
            properties[DiagnosticProperties.Component] = name;
        }

        if (component is not null)
        {
            properties[DiagnosticProperties.Kind] = component.Method;
            if (!properties.ContainsKey(DiagnosticProperties.Type))
            {
                properties[DiagnosticProperties.Type] = design.Architecture.Components[component.Index].Type;
            }
        }

        context.ReportDiagnostic(Diagnostic.Create(descriptor, location, properties.ToImmutable(), finding.Message));
    }

    /// <summary>
    /// The engine's findings, or null when the engine threw. The engine is meant never to throw; if it does on some
    /// design, the compiler must not crash (AD0001) on every keystroke: the design is graded at test time instead,
    /// where the exception is visible with its stack.
    /// </summary>
    private static IReadOnlyList<Finding>? Evaluate(Problem? problem, InterpretedDesign design, out string failure)
    {
        failure = string.Empty;
        try
        {
            return problem is null
                ? design.Architecture.Validate()
                : Evaluator.Evaluate(problem, design.Architecture, EmbeddedCatalog.Components).Findings;
        }
#pragma warning disable CA1031 // see the summary: any engine exception becomes SD0021, never a compiler crash
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            failure = "the engine failed on this design (" + e.GetType().Name + ": " + e.Message + ")";
            return null;
        }
    }

    private static void ReportNotStatic(OperationBlockAnalysisContext context, IMethodSymbol method, string problemId, string reason, Location reasonAt, bool engineFailed = false)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[DiagnosticProperties.ProblemId] = problemId;
        properties[DiagnosticProperties.Site] = Sites.Method;
        properties[DiagnosticProperties.Reason] = reason;
        var message = engineFailed
            ? method.ContainingType.Name + ".Describe is graded at test time instead: " + reason + "."
            : method.ContainingType.Name + ".Describe is graded at test time instead: line " + FindingLocator.Line(reasonAt) + " has " + reason
                + ", and the analyzer interprets only straight-line builder calls with constant arguments (literals, consts, simple arithmetic).";
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.NotStaticallyEvaluable, method.Locations.FirstOrDefault() ?? reasonAt, properties.ToImmutable(), message));
    }

    private static Location? AttributeArgument(AttributeData attribute, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax syntax
            ? syntax.ArgumentList?.Arguments.FirstOrDefault()?.Expression.GetLocation() ?? syntax.GetLocation()
            : null;
}
