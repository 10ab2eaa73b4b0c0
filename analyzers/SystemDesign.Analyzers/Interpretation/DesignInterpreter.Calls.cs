using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SystemDesign.Analyzers.Interpretation;

/// <summary>
/// Calls to local functions and helper methods of the design class, and <c>static readonly</c> fields. Their bodies
/// are read from the same file as <c>Describe</c> (the analyzer has that file's semantic model only), and run with
/// the arguments' values. Recursion is refused: its depth is a value the analyzer would have to trust.
/// </summary>
internal sealed partial class DesignInterpreter
{
    private readonly Dictionary<IFieldSymbol, object?> fields = new(SymbolEqualityComparer.Default);
    private readonly HashSet<IMethodSymbol> running = new(SymbolEqualityComparer.Default);
    private Frame frame;
    private IFieldSymbol? initializing;

    private object? Call(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.Name == "ToString" && method.Parameters.IsEmpty && invocation.Instance is { } instance
            && instance.Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_String)
        {
            var value = Evaluate(instance);
            return value == Failed ? Failed : Values.Text(value) is { } text ? text : Fail(invocation, Values.Unformattable(value));
        }

        if (!IsHelper(method) || invocation.Instance is not (null or IInstanceReferenceOperation))
        {
            return Fail(invocation, "calls '" + Name(method) + "', which is neither a builder method nor a helper of the design class");
        }

        if (!running.Add(method.OriginalDefinition))
        {
            return Fail(invocation, "calls '" + method.Name + "' from inside itself (recursion)");
        }

        try
        {
            var body = Body(method, invocation);
            var callee = body is null ? null : Arguments(invocation, method);
            if (body is null || callee is null)
            {
                return Failed;
            }

            var caller = frame;
            frame = callee;
            try
            {
                return Statement(body) == Flow.Failed ? Failed : callee.Returned;
            }
            finally
            {
                frame = caller;
            }
        }
        finally
        {
            running.Remove(method.OriginalDefinition);
        }
    }

    private bool IsHelper(IMethodSymbol method) =>
        method.MethodKind == MethodKind.LocalFunction
        || (method.MethodKind == MethodKind.Ordinary && designType is not null
            && SymbolEqualityComparer.Default.Equals(method.ContainingType?.OriginalDefinition, designType.OriginalDefinition));

    /// <summary>The callee's frame: each parameter's value and where the caller wrote it. A local function sees its caller's locals.</summary>
    private Frame? Arguments(IInvocationOperation invocation, IMethodSymbol method)
    {
        var callee = new Frame(method.MethodKind == MethodKind.LocalFunction ? frame : null);
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { RefKind: RefKind.None } parameter)
            {
                Fail(argument, "passes a `ref`, `in` or `out` argument to '" + method.Name + "'");
                return null;
            }

            var value = Evaluate(argument.Value);
            if (value == Failed)
            {
                return null;
            }

            callee.Values[parameter.OriginalDefinition] = value;
            callee.Origins[parameter.OriginalDefinition] = Origin(argument.Value);
        }

        return callee;
    }

    /// <summary>The body of a helper in Describe's file, or null (with a reason, or silently on a compile error).</summary>
    private IOperation? Body(IMethodSymbol method, IOperation call)
    {
        var references = method.OriginalDefinition.DeclaringSyntaxReferences;
        if (references.Length != 1)
        {
            Fail(call, "calls '" + method.Name + "', which has no single body in source");
            return null;
        }

        var syntax = references[0].GetSyntax(cancellationToken);
        if (syntax.SyntaxTree != model.SyntaxTree)
        {
            Fail(call, "calls '" + method.Name + "', which is declared in another file");
            return null;
        }

        var body = syntax.ContainsDiagnostics ? (IOperation?)null : model.GetOperation(syntax, cancellationToken) switch
        {
            IMethodBodyOperation methodBody => methodBody,
            ILocalFunctionOperation local => local.Body ?? local.IgnoredBody,
            _ => null,
        };
        if (body is null)
        {
            Fail(call, "calls '" + method.Name + "', whose body the analyzer cannot read");
            return null;
        }

        foreach (var operation in body.Descendants())
        {
            if (operation is IInvalidOperation)
            {
                return null; // a compile error: the compiler speaks
            }
        }

        return body;
    }

    /// <summary>A <c>static readonly</c> field of the design class, from its initializer (a <c>const</c> is a constant).</summary>
    private object? Field(IFieldReferenceOperation reference)
    {
        var field = reference.Field.OriginalDefinition;
        if (!field.IsStatic || !field.IsReadOnly || designType is null
            || !SymbolEqualityComparer.Default.Equals(field.ContainingType?.OriginalDefinition, designType.OriginalDefinition))
        {
            return Fail(reference, "reads the field '" + field.Name + "', which is not a `const` or `static readonly` field of the design class");
        }

        if (fields.TryGetValue(field, out var known))
        {
            return known;
        }

        foreach (var constructor in designType.StaticConstructors)
        {
            if (!constructor.IsImplicitlyDeclared)
            {
                return Fail(reference, "reads '" + field.Name + "', which the static constructor may set");
            }
        }

        if (field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer: { } initializer } declarator
            || declarator.SyntaxTree != model.SyntaxTree
            || model.GetOperation(initializer, cancellationToken) is not IFieldInitializerOperation { Value: { } value })
        {
            return Fail(reference, "reads '" + field.Name + "', whose initializer is not in this file");
        }

        if (initializing is { } outer && (outer.DeclaringSyntaxReferences.Length != 1 || outer.DeclaringSyntaxReferences[0].Span.Start <= declarator.SpanStart))
        {
            // Static fields initialize in text order: one declared later still holds its default here.
            return Fail(reference, "reads '" + field.Name + "' before its initializer runs");
        }

        var caller = frame;
        var outerField = initializing;
        frame = new Frame(null);
        initializing = field;
        try
        {
            var result = Evaluate(value);
            if (result != Failed)
            {
                fields[field] = result;
            }

            return result;
        }
        finally
        {
            frame = caller;
            initializing = outerField;
        }
    }

    private static string Name(IMethodSymbol method) =>
        method.ContainingType is { } type ? type.Name + "." + method.Name : method.Name;

    /// <summary>The values of one method call: its locals and parameters, and what it returned.</summary>
    /// <param name="captures">For a local function, the frame of its caller, whose locals it may read and write.</param>
    private sealed class Frame(Frame? captures)
    {
        public Frame? Captures { get; } = captures;

        public Dictionary<ISymbol, object?> Values { get; } = new(SymbolEqualityComparer.Default);

        /// <summary>Where each parameter's value was written by the outermost caller (squiggles land there).</summary>
        public Dictionary<ISymbol, Location> Origins { get; } = new(SymbolEqualityComparer.Default);

        public object? Returned { get; set; }
    }
}
