using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SystemDesign.Model;

namespace SystemDesign.Analyzers.Interpretation;

/// <summary>
/// Reads a <c>Describe(ArchitectureBuilder a)</c> body through IOperation and replays every builder call, with the
/// values of its arguments, on a real <see cref="ArchitectureBuilder"/>, so the model is exactly what the run-time
/// builder makes. It executes what people write around the calls (<see cref="DesignInterpreter"/>'s other parts):
/// locals, arithmetic, string interpolation, <c>if</c>, bounded <c>for</c>/<c>foreach</c> over constant ranges and
/// arrays, local functions and helper methods of the design class, <c>const</c> and <c>static readonly</c> fields.
/// Anything else stops the interpretation with a reason in plain words (SD0021); compile errors stop it silently.
/// </summary>
internal sealed partial class DesignInterpreter
{
    private static readonly object Failed = new();

    /// <summary>
    /// How deeply blocks and expressions may nest (a handle argument, an assignment in an assignment). Chains of calls
    /// do not count: they are read in a loop. Far above any design a person writes, far below the stack's limit.
    /// </summary>
    internal const int MaxDepth = 200;

    private readonly DesignSymbols symbols;
    private readonly CancellationToken cancellationToken;
    private readonly ArchitectureBuilder builder = new();
    private readonly List<ComponentSite> components = new();
    private readonly List<ConnectionSite> connections = new();
    private readonly SemanticModel model;
    private readonly INamedTypeSymbol? designType;
    private string? reason;
    private Location? reasonAt;
    private int depth;
    private int steps;
    private bool beyondLimit;

    private DesignInterpreter(DesignSymbols symbols, IParameterSymbol builderParameter, SemanticModel model, CancellationToken cancellationToken)
    {
        this.symbols = symbols;
        this.model = model;
        this.cancellationToken = cancellationToken;
        designType = builderParameter.ContainingSymbol?.ContainingType;
        frame = new Frame(null);
        frame.Values[builderParameter] = builder;
    }

    /// <summary>Interprets <paramref name="body"/>, the block (or expression body) of <c>Describe</c>.</summary>
    public static InterpretResult Interpret(IOperation body, IParameterSymbol builderParameter, DesignSymbols symbols, CancellationToken cancellationToken)
    {
        // A body with compile errors is being edited: the compiler already speaks, and a grade would flicker.
        if (body.Syntax.ContainsDiagnostics)
        {
            return InterpretResult.Invalid;
        }

        var operations = 0;
        foreach (var operation in body.Descendants())
        {
            if (operation is IInvalidOperation)
            {
                return InterpretResult.Invalid;
            }

            if (++operations > InterpretationLimits.MaxOperations)
            {
                // Counted before any replay, so the work below is bounded whatever the body holds.
                var what = InterpretationLimits.Beyond("a Describe body of more than " + SystemDesign.Engine.NumberText.Count(InterpretationLimits.MaxOperations) + " operations", InterpretationLimits.MaxOperations);
                return InterpretResult.NotStatic(what, operation.Syntax.GetLocation(), beyondLimit: true);
            }
        }

        if (body.SemanticModel is not { } model)
        {
            return InterpretResult.Invalid;
        }

        var interpreter = new DesignInterpreter(symbols, builderParameter, model, cancellationToken);
        if (interpreter.Statement(body) == Flow.Failed)
        {
            return interpreter.reason is { } why && interpreter.reasonAt is { } at
                ? InterpretResult.NotStatic(why, at, interpreter.beyondLimit)
                : InterpretResult.Invalid;
        }

        return InterpretResult.Success(interpreter.Finish());
    }

    // The model holds no positions: the sites (component and connection index → syntax) are the side table.
    private InterpretedDesign Finish() => new(builder.Build(), components, connections);

    private object? Evaluate(IOperation operation) => Nested(operation, Chain, Failed);

    private object? Chain(IOperation operation)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // A knob chain (a.App("x").Instances(2).Zone("z")...) is as deep as it is long, and a design may chain
        // thousands of calls: walk down to the chain's root in a loop, then apply the calls outwards, so the stack
        // never grows with the chain (issue 14: 5,000 calls overflowed the compiler's stack).
        var chain = new Stack<IInvocationOperation>();
        var current = Unwrap(operation);
        while (current is IInvocationOperation invocation && IsApiCall(invocation))
        {
            chain.Push(invocation);
            current = Unwrap(invocation.Instance!);
        }

        var value = Value(current);
        while (chain.Count > 0 && value != Failed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            value = Invoke(chain.Pop(), value);
        }

        return value;
    }

    private bool IsApiCall(IInvocationOperation invocation) =>
        SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingAssembly, symbols.Api)
        && !invocation.TargetMethod.IsStatic
        && invocation.Instance is not null;

    /// <summary>The operation under implicit identity and reference conversions (a handle passed as a <c>Node</c>).</summary>
    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion && conversion.Conversion.IsImplicit && (conversion.Conversion.IsIdentity || conversion.Conversion.IsReference))
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>
    /// Runs <paramref name="step"/> one nesting level deeper: what still recurses (assignments inside assignments,
    /// handle arguments, nested blocks) stops at <see cref="MaxDepth"/> with SD0021 instead of exhausting the stack.
    /// </summary>
    private T Nested<T>(IOperation operation, Func<IOperation, T> step, T failed)
    {
        if (depth >= MaxDepth)
        {
            Fail(operation, "has code nested more than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels deep (blocks, calls inside calls, or helpers calling helpers)");
            return failed;
        }

        if (++steps > InterpretationLimits.MaxSteps)
        {
            Exceed(operation, "a design that takes more than " + SystemDesign.Engine.NumberText.Count(InterpretationLimits.MaxSteps) + " steps to run", InterpretationLimits.MaxSteps);
            return failed;
        }

        depth++;
        try
        {
            return step(operation);
        }
        finally
        {
            depth--;
        }
    }

    private object? Invoke(IInvocationOperation invocation, object? receiver)
    {
        var method = invocation.TargetMethod;
        var parameters = method.Parameters;
        var arguments = new object?[parameters.Length];
        var types = new Type[parameters.Length];
        var locations = new Location?[parameters.Length];
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter || parameter.Ordinal >= parameters.Length || argument.ArgumentKind != ArgumentKind.Explicit)
            {
                return Fail(argument, "passes an argument the analyzer cannot read (a named, default or params argument)");
            }

            var ordinal = parameter.Ordinal;
            locations[ordinal] = Origin(argument.Value);
            if (symbols.IsHandle(parameter.Type))
            {
                types[ordinal] = typeof(Node);
                var target = argument.Value.ConstantValue is { HasValue: true, Value: null } ? null : Evaluate(argument.Value);
                if (target == Failed)
                {
                    return Failed;
                }

                if (target is not null and not Handle)
                {
                    return Fail(argument, "connects to something that is not a component handle");
                }

                arguments[ordinal] = (target as Handle)?.Node;
                continue;
            }

            var type = RuntimeType(parameter.Type);
            if (type is null)
            {
                return Fail(argument, "passes an argument of type '" + parameter.Type.ToDisplayString() + "'");
            }

            var value = Evaluate(argument.Value);
            if (value == Failed)
            {
                return Failed;
            }

            if (value is string { Length: > InterpretationLimits.MaxStringLength } text)
            {
                return Exceed(argument, "a string of " + SystemDesign.Engine.NumberText.Count(text.Length) + " characters", InterpretationLimits.MaxStringLength);
            }

            types[ordinal] = type;
            if (!Values.TryConvert(value, parameter.Type, out arguments[ordinal]))
            {
                return Failed; // a conversion the compiler accepted but we cannot mirror: say nothing rather than guess
            }
        }

        if (Array.IndexOf(types, null) >= 0)
        {
            return Failed; // a parameter no argument was given for
        }

        return receiver switch
        {
            ArchitectureBuilder => Place(invocation, method, arguments, types, locations),
            Handle handle => OnHandle(invocation, handle, method, arguments, types, locations),
            EdgeValue edge => OnEdge(invocation, edge, method, arguments, types, locations),
            _ => Fail(invocation, "calls '" + method.Name + "' on a value the analyzer does not track"),
        };
    }

    private object? Place(IInvocationOperation invocation, IMethodSymbol method, object?[] arguments, Type[] types, Location?[] locations)
    {
        if (!symbols.IsHandle(method.ReturnType))
        {
            return Fail(invocation, "calls ArchitectureBuilder." + method.Name + ", which does not place a component");
        }

        if (components.Count >= InterpretationLimits.MaxComponents)
        {
            return Exceed(invocation, "more than " + SystemDesign.Engine.NumberText.Count(InterpretationLimits.MaxComponents) + " components", InterpretationLimits.MaxComponents);
        }

        if (Call(builder, invocation, method, arguments, types) is not Node node)
        {
            return Failed;
        }

        var site = new ComponentSite(components.Count, method.Name, invocation.Syntax.GetLocation(), At(method, locations, "name"), At(method, locations, "type"));
        components.Add(site);
        return new Handle(node, site);
    }

    private object? OnHandle(IInvocationOperation invocation, Handle handle, IMethodSymbol method, object?[] arguments, Type[] types, Location?[] locations)
    {
        var result = Call(handle.Node, invocation, method, arguments, types);
        switch (result)
        {
            case Edge when connections.Count >= InterpretationLimits.MaxConnections:
                return Exceed(invocation, "more than " + SystemDesign.Engine.NumberText.Count(InterpretationLimits.MaxConnections) + " connections", InterpretationLimits.MaxConnections);
            case Edge edge:
                var site = new ConnectionSite(invocation.Syntax.GetLocation());
                connections.Add(site);
                return new EdgeValue(edge, site);
            case Node when locations.Length > 0 && locations[locations.Length - 1] is { } valueAt:
                // The knob table's key, so the squiggle finds the knob a finding names (Finding.Knob).
                var key = method.Name == Knobs.ParameterMethod
                    ? Finding.ParameterKnob(arguments[0] as string ?? string.Empty)
                    : Knobs.ByMethod(method.Name)?.Key ?? method.Name;
                handle.Site.Knobs[key] = new KnobSite(method.Name, valueAt);
                return handle;
            case Node when locations.Length == 0:
                // A switch such as DeadLetterQueue(): no value to point at, so a finding about it points at the call.
                handle.Site.Knobs[Knobs.ByMethod(method.Name)?.Key ?? method.Name] = new KnobSite(method.Name, invocation.Syntax.GetLocation());
                return handle;
            case null:
                return Failed;
            default:
                return Fail(invocation, "calls '" + method.Name + "', which returns something the analyzer does not track");
        }
    }

    private object? OnEdge(IInvocationOperation invocation, EdgeValue edge, IMethodSymbol method, object?[] arguments, Type[] types, Location?[] locations)
    {
        if (Call(edge.Edge, invocation, method, arguments, types) is not Edge)
        {
            return Failed;
        }

        if (string.Equals(method.Name, "Weight", StringComparison.Ordinal) && locations.Length == 1)
        {
            edge.Site.Weight = locations[0];
        }

        if (EdgeKnobs.ByMethod(method.Name) is { } knob
            && (locations.Length == 1 ? locations[0] : NameOf(invocation)) is { } knobAt)
        {
            edge.Site.Knobs[knob.Key] = knobAt;
        }

        return edge;
    }

    /// <summary>The method name of a member call (<c>Backoff</c> in <c>edge.Backoff()</c>), where a switch's finding goes.</summary>
    private static Location? NameOf(IInvocationOperation invocation) =>
        invocation.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax { Expression: Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax member }
            ? member.Name.GetLocation()
            : invocation.Syntax.GetLocation();

    /// <summary>Calls the API method by reflection on the real object; no overloads exist, so name and types identify it.</summary>
    private object? Call(object target, IInvocationOperation invocation, IMethodSymbol method, object?[] arguments, Type[] types)
    {
        var runtime = ApiMethods.Find(target.GetType(), method.Name, types);
        if (runtime is null)
        {
            // The user's API is newer than the one this analyzer ships with.
            Fail(invocation, "calls '" + method.Name + "', which this version of the analyzer does not know");
            return null;
        }

        try
        {
            return runtime.Invoke(target, arguments);
        }
        catch (TargetInvocationException)
        {
            return null; // the builder never throws; if it ever does, grade at test time rather than crash the compiler
        }
    }

    private static Location? At(IMethodSymbol method, Location?[] locations, string parameterName) =>
        method.Parameters.FirstOrDefault(p => string.Equals(p.Name, parameterName, StringComparison.Ordinal)) is { } parameter ? locations[parameter.Ordinal] : null;

    private static Type? RuntimeType(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_String => typeof(string),
        SpecialType.System_Int32 => typeof(int),
        SpecialType.System_Int64 => typeof(long),
        SpecialType.System_Double => typeof(double),
        SpecialType.System_Single => typeof(float),
        SpecialType.System_Boolean => typeof(bool),
        _ => null,
    };

    /// <summary>Stops at a size limit (<see cref="InterpretationLimits"/>): the design is fine, only too large to grade per keystroke.</summary>
    private object Exceed(IOperation operation, string what, int limit)
    {
        beyondLimit |= reason is null;
        return Fail(operation, InterpretationLimits.Beyond(what, limit));
    }

    private object Fail(IOperation operation, string why)
    {
        if (reason is null)
        {
            reason = why;
            reasonAt = operation.Syntax.GetLocation();
        }

        return Failed;
    }

    private sealed record Handle(Node Node, ComponentSite Site);

    private sealed record EdgeValue(Edge Edge, ConnectionSite Site);
}
