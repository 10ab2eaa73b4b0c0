using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SystemDesign.Analyzers.Interpretation;
using SystemDesign.Model;

namespace SystemDesign.CodeFixes.Syntax;

/// <summary>
/// A <c>Describe(ArchitectureBuilder a)</c> body as the fixes see it: which invocation placed each component, under
/// which name and type, which local holds its handle, and where its knobs are set. Read with the semantic model,
/// so aliases (<c>var x = app;</c>), chains and separate knob statements (<c>app.Instances(2);</c>) resolve alike.
/// </summary>
internal sealed class DescribeMethod
{
    // The knob table's builder methods and the generic Parameter(name, value).
    private static readonly HashSet<string> KnobNames = new(Knobs.All.Select(k => k.Method).Append(Knobs.ParameterMethod), StringComparer.Ordinal);

    private readonly Dictionary<ILocalSymbol, PlacedComponent> byLocal = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<InvocationExpressionSyntax, PlacedComponent> byCreation = new();

    // Resolve's answers, kept once Collect has filled byLocal and byCreation (null while it runs: they still change).
    private Dictionary<ExpressionSyntax, PlacedComponent?>? resolved;

    private DescribeMethod(BaseMethodDeclarationSyntax syntax, BlockSyntax body, IParameterSymbol builder, SemanticModel model)
    {
        Syntax = syntax;
        Body = body;
        Builder = builder;
        Model = model;
    }

    public BaseMethodDeclarationSyntax Syntax { get; }

    public BlockSyntax Body { get; }

    /// <summary>The <c>ArchitectureBuilder</c> parameter.</summary>
    public IParameterSymbol Builder { get; }

    public SemanticModel Model { get; }

    /// <summary>Every placed component, in source order.</summary>
    public List<PlacedComponent> Components { get; } = new();

    /// <summary>The Describe method containing <paramref name="node"/> (a knob argument or a placing call).</summary>
    public static DescribeMethod? Containing(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken) =>
        node.FirstAncestorOrSelf<MethodDeclarationSyntax>() is { } method ? Read(method, model, cancellationToken) : null;

    /// <summary>The Describe method of the class whose <c>[Design("...")]</c> argument is <paramref name="node"/>.</summary>
    public static DescribeMethod? OfDesignClass(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        if (node.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type)
        {
            return null;
        }

        foreach (var method in type.Members.OfType<MethodDeclarationSyntax>())
        {
            if (method.Identifier.ValueText == "Describe" && method.ParameterList.Parameters.Count == 1
                && Read(method, model, cancellationToken) is { } describe)
            {
                return describe;
            }
        }

        return null;
    }

    private static DescribeMethod? Read(MethodDeclarationSyntax method, SemanticModel model, CancellationToken cancellationToken)
    {
        // The builder type as the analyzer resolves it, so a fix edits exactly the bodies the analyzer grades.
        if (method.Body is not { } body
            || model.GetDeclaredSymbol(method, cancellationToken) is not IMethodSymbol { Parameters.Length: 1 } symbol
            || symbol.Parameters[0] is not { } builder
            || !SymbolEqualityComparer.Default.Equals(builder.Type, DesignSymbols.Resolve(model.Compilation)?.Builder))
        {
            return null;
        }

        var describe = new DescribeMethod(method, body, builder, model);
        describe.Collect(cancellationToken);
        describe.resolved = new Dictionary<ExpressionSyntax, PlacedComponent?>();
        return describe;
    }

    private void Collect(CancellationToken cancellationToken)
    {
        foreach (var node in Body.DescendantNodes())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (node is InvocationExpressionSyntax invocation)
            {
                Place(invocation, cancellationToken);
            }
            else if (node is VariableDeclaratorSyntax { Initializer.Value: { } value } declarator
                && Model.GetDeclaredSymbol(declarator, cancellationToken) is ILocalSymbol local)
            {
                // Declarators are visited before their initializers; resolve the initializer's placing calls first.
                foreach (var inner in value.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
                {
                    Place(inner, cancellationToken);
                }

                if (Resolve(value) is { } handle)
                {
                    byLocal[local] = handle;
                    if (handle.Local is null)
                    {
                        handle.Local = local.Name;
                        handle.Declaration = declarator.FirstAncestorOrSelf<LocalDeclarationStatementSyntax>();
                    }
                }
            }
        }
    }

    // Records a placing call once (a declarator's initializer is read before the walk reaches it).
    private void Place(InvocationExpressionSyntax invocation, CancellationToken cancellationToken)
    {
        if (!byCreation.ContainsKey(invocation) && Placing(invocation, cancellationToken) is { } component)
        {
            Components.Add(component);
            byCreation[invocation] = component;
        }
    }

    private PlacedComponent? Placing(InvocationExpressionSyntax invocation, CancellationToken cancellationToken)
    {
        // A placing call is a.Method(...) on the builder parameter: knob calls (most invocations of a long chain)
        // are told apart by syntax, before any binding.
        if (invocation.Expression is not MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver }
            || !string.Equals(receiver.Identifier.ValueText, Builder.Name, StringComparison.Ordinal))
        {
            return null;
        }

        if (Model.GetOperation(invocation, cancellationToken) is not IInvocationOperation { TargetMethod: { } method } operation
            || !SymbolEqualityComparer.Default.Equals(method.ContainingType, Builder.Type)
            || method.ReturnsVoid || method.Name == "Build")
        {
            return null;
        }

        string? name = null;
        string? type = method.Name == "Component" ? null : ComponentKinds.TypeOfMethod(method.Name);
        foreach (var argument in operation.Arguments)
        {
            var text = argument.Value.ConstantValue is { HasValue: true, Value: string s } ? s : null;
            if (argument.Parameter?.Name == "name")
            {
                name = text;
            }
            else if (argument.Parameter?.Name == "type")
            {
                type = text;
            }
        }

        return type is null && method.Name != "Component"
            ? null
            : new PlacedComponent(invocation, method.Name, name, type, method.ReturnType);
    }

    /// <summary>The component a handle expression stands for: a placing call, a knob chain on one, or a local holding one.</summary>
    /// <remarks>
    /// Once the body is read, answers are kept per expression: every link of a chain resolves to the same component,
    /// so resolving each call of a 5,000-call chain costs O(chain) in all instead of O(chain²) (issue 14).
    /// </remarks>
    public PlacedComponent? Resolve(ExpressionSyntax expression)
    {
        List<ExpressionSyntax>? walked = resolved is null ? null : new List<ExpressionSyntax>();
        var answer = Walk(expression, walked);
        if (resolved is not null && walked is not null)
        {
            foreach (var link in walked)
            {
                resolved[link] = answer;
            }
        }

        return answer;
    }

    private PlacedComponent? Walk(ExpressionSyntax expression, List<ExpressionSyntax>? walked)
    {
        while (true)
        {
            if (resolved is not null && resolved.TryGetValue(expression, out var known))
            {
                return known;
            }

            walked?.Add(expression);
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    continue;
                case InvocationExpressionSyntax invocation when byCreation.TryGetValue(invocation, out var placed):
                    return placed;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } when KnobNames.Contains(access.Name.Identifier.ValueText):
                    expression = access.Expression;
                    continue;
                case IdentifierNameSyntax identifier:
                    return Model.GetSymbolInfo(identifier).Symbol is ILocalSymbol local && byLocal.TryGetValue(local, out var held) ? held : null;
                default:
                    return null;
            }
        }
    }

    /// <summary>The component placed by <paramref name="invocation"/>, if it is a placing call.</summary>
    public PlacedComponent? PlacedBy(InvocationExpressionSyntax invocation) =>
        byCreation.TryGetValue(invocation, out var placed) ? placed : null;

    /// <summary>The first component named <paramref name="name"/> (the engine's rule: the first declared wins).</summary>
    public PlacedComponent? Find(string? name) =>
        name is null ? null : Components.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));

    /// <summary>How many components are named <paramref name="name"/> (more than one is SD0002).</summary>
    public int CountNamed(string name) =>
        Components.Count(c => string.Equals(c.Name, name, StringComparison.Ordinal));

    /// <summary>
    /// The value argument of the last call that sets <paramref name="parameter"/> (or the knob <paramref name="knob"/>)
    /// on <paramref name="component"/>: <c>Instances(n)</c>, <c>HitRate(x)</c> or <c>Parameter("hit_rate", x)</c>.
    /// </summary>
    public ArgumentSyntax? LastKnobArgument(PlacedComponent component, string knob, string? parameter = null)
    {
        ArgumentSyntax? last = null;
        foreach (var invocation in Body.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (invocation.Expression is not MemberAccessExpressionSyntax access || Resolve(access.Expression) != component)
            {
                continue;
            }

            var method = access.Name.Identifier.ValueText;
            var arguments = invocation.ArgumentList.Arguments;
            // DescendantNodes visits a chain's outer (later) calls before its inner ones: compare positions, so the
            // call that runs last (the one that wins in the builder) is the one found.
            if (method == knob && arguments.Count == 1)
            {
                last = Later(last, arguments[0]);
            }
            else if (parameter is not null && method == "Parameter" && arguments.Count == 2
                && Model.GetConstantValue(arguments[0].Expression) is { HasValue: true, Value: string name }
                && string.Equals(name, parameter, StringComparison.Ordinal))
            {
                last = Later(last, arguments[1]);
            }
        }

        return last;
    }

    private static ArgumentSyntax Later(ArgumentSyntax? current, ArgumentSyntax candidate) =>
        current is null || candidate.SpanStart > current.SpanStart ? candidate : current;

    /// <summary>Whether the handle type <paramref name="handle"/> offers a method named <paramref name="method"/>.</summary>
    public static bool Offers(ITypeSymbol? handle, string method)
    {
        for (var type = handle; type is not null; type = type.BaseType)
        {
            if (type.GetMembers(method).Any(m => m.Kind == SymbolKind.Method && m.DeclaredAccessibility == Accessibility.Public))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The handle type a builder method returns (<c>Cache</c> → <c>CacheNode</c>).</summary>
    public ITypeSymbol? HandleTypeOf(string builderMethod) =>
        Builder.Type.GetMembers(builderMethod).OfType<IMethodSymbol>().FirstOrDefault()?.ReturnType;

    /// <summary>Every name a new local must avoid: locals, parameters and pattern or loop variables of the method.</summary>
    public HashSet<string> LocalNames() => new(
        Syntax.DescendantNodes().Select(node => (node switch
        {
            VariableDeclaratorSyntax declarator => declarator.Identifier,
            ParameterSyntax parameter => parameter.Identifier,
            SingleVariableDesignationSyntax designation => designation.Identifier,
            ForEachStatementSyntax loop => loop.Identifier,
            LocalFunctionStatementSyntax function => function.Identifier,
            _ => default,
        }).ValueText).Where(name => name.Length > 0),
        StringComparer.Ordinal);
}

/// <summary>One component placed in <c>Describe</c>.</summary>
/// <param name="creation">The placing invocation, e.g. <c>a.App("App Servers")</c>.</param>
/// <param name="method">The builder method ("App", "Component"...).</param>
/// <param name="name">The component's name when it is a constant.</param>
/// <param name="type">The catalog type (from the method, or the constant type argument of <c>Component</c>).</param>
/// <param name="handleType">The handle type the method returns.</param>
internal sealed class PlacedComponent(InvocationExpressionSyntax creation, string method, string? name, string? type, ITypeSymbol handleType)
{
    public InvocationExpressionSyntax Creation { get; } = creation;

    public string Method { get; } = method;

    public string? Name { get; } = name;

    public string? Type { get; } = type;

    public ITypeSymbol HandleType { get; } = handleType;

    /// <summary>The first local that holds the handle, if any.</summary>
    public string? Local { get; set; }

    /// <summary>The statement declaring <see cref="Local"/>.</summary>
    public LocalDeclarationStatementSyntax? Declaration { get; set; }
}
