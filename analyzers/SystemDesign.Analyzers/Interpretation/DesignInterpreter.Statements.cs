using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SystemDesign.Analyzers.Interpretation;

/// <summary>Statements: blocks, declarations, <c>if</c>, bounded loops, <c>return</c>, <c>break</c>, <c>continue</c>.</summary>
internal sealed partial class DesignInterpreter
{
    /// <summary>How a statement ended: on to the next one, out of a loop or a method, or stopped (SD0021 or a compile error).</summary>
    private enum Flow
    {
        Next,
        Break,
        Continue,
        Return,
        Failed,
    }

    private Flow Statement(IOperation operation) => Nested(operation, OneStatement, Flow.Failed);

    private Flow OneStatement(IOperation operation)
    {
        cancellationToken.ThrowIfCancellationRequested();
        switch (operation)
        {
            case IMethodBodyOperation body:
                return (body.BlockBody ?? body.ExpressionBody) is { } inner && body.BlockBody is null != body.ExpressionBody is null
                    ? Statement(inner)
                    : Stop(operation, "has a method without exactly one body");
            case IBlockOperation block:
                foreach (var statement in block.Operations)
                {
                    var flow = Statement(statement);
                    if (flow != Flow.Next)
                    {
                        return flow;
                    }
                }

                return Flow.Next;
            case IVariableDeclarationGroupOperation group:
                return Declarations(group) ? Flow.Next : Flow.Failed;
            case IExpressionStatementOperation expression:
                return Evaluate(expression.Operation) == Failed ? Flow.Failed : Flow.Next;
            case IEmptyOperation or ILocalFunctionOperation:
                return Flow.Next; // a local function runs when it is called
            case IReturnOperation @return:
                return Return(@return);
            case IBranchOperation { BranchKind: BranchKind.Break }:
                return Flow.Break;
            case IBranchOperation { BranchKind: BranchKind.Continue }:
                return Flow.Continue;
            case IConditionalOperation conditional:
                return If(conditional);
            case IForLoopOperation loop:
                return For(loop);
            case IForEachLoopOperation loop:
                return ForEach(loop);
            default:
                return Stop(operation, Unreadable(operation));
        }
    }

    private bool Declarations(IVariableDeclarationGroupOperation group)
    {
        foreach (var declaration in group.Declarations)
        {
            foreach (var declarator in declaration.Declarators)
            {
                var initializer = declarator.GetVariableInitializer();
                var value = initializer is null ? null : Evaluate(initializer.Value);
                if (value == Failed)
                {
                    return false;
                }

                frame.Values[declarator.Symbol] = value;
            }
        }

        return true;
    }

    private Flow Return(IReturnOperation operation)
    {
        if (operation.ReturnedValue is { } returned)
        {
            var value = Evaluate(returned);
            if (value == Failed)
            {
                return Flow.Failed;
            }

            frame.Returned = value;
        }

        return Flow.Return;
    }

    private Flow If(IConditionalOperation conditional)
    {
        var condition = Condition(conditional.Condition);
        if (condition is null)
        {
            return Flow.Failed;
        }

        var branch = condition.Value ? conditional.WhenTrue : conditional.WhenFalse;
        return branch is null ? Flow.Next : Statement(branch);
    }

    private Flow For(IForLoopOperation loop)
    {
        foreach (var before in loop.Before)
        {
            if (Statement(before) == Flow.Failed)
            {
                return Flow.Failed;
            }
        }

        for (var iteration = 0; ; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var condition = loop.Condition is null ? true : Condition(loop.Condition);
            if (condition is null)
            {
                return Flow.Failed;
            }

            if (!condition.Value)
            {
                return Flow.Next;
            }

            if (iteration >= InterpretationLimits.MaxLoopIterations)
            {
                return TooManyIterations(loop);
            }

            if (Iteration(loop) is { } end)
            {
                return end;
            }

            foreach (var bottom in loop.AtLoopBottom)
            {
                if (Statement(bottom) == Flow.Failed)
                {
                    return Flow.Failed;
                }
            }
        }
    }

    private Flow ForEach(IForEachLoopOperation loop)
    {
        if (loop.LoopControlVariable is not IVariableDeclaratorOperation { Symbol: { } variable } || loop.IsAsynchronous)
        {
            return Stop(loop.LoopControlVariable, "takes a `foreach` variable apart (deconstruction); use one variable");
        }

        var collection = Evaluate(loop.Collection);
        if (collection == Failed)
        {
            return Flow.Failed;
        }

        if (collection is not object?[] items)
        {
            return Stop(loop.Collection, "runs `foreach` over something other than an array");
        }

        for (var i = 0; i < items.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (i >= InterpretationLimits.MaxLoopIterations)
            {
                return TooManyIterations(loop);
            }

            if (!Values.TryConvert(items[i], variable.Type, out var item))
            {
                return Stop(loop.LoopControlVariable, "converts an array element to '" + variable.Type.ToDisplayString() + "'");
            }

            frame.Values[variable] = item;
            if (Iteration(loop) is { } end)
            {
                return end;
            }
        }

        return Flow.Next;
    }

    /// <summary>Runs the loop's body once: null to iterate on, or how the loop ends (a <c>break</c> ends only the loop).</summary>
    private Flow? Iteration(ILoopOperation loop) => Statement(loop.Body) switch
    {
        Flow.Failed => Flow.Failed,
        Flow.Return => Flow.Return,
        Flow.Break => Flow.Next,
        _ => null,
    };

    private Flow TooManyIterations(ILoopOperation loop)
    {
        Exceed(loop, "a loop of more than " + SystemDesign.Engine.NumberText.Count(InterpretationLimits.MaxLoopIterations) + " iterations", InterpretationLimits.MaxLoopIterations);
        return Flow.Failed;
    }

    /// <summary>A condition's value, or null when it stopped the interpretation.</summary>
    private bool? Condition(IOperation operation)
    {
        var value = Evaluate(operation);
        if (value == Failed)
        {
            return null;
        }

        if (value is bool condition)
        {
            return condition;
        }

        Fail(operation, "tests a condition the analyzer cannot read");
        return null;
    }

    private Flow Stop(IOperation operation, string why)
    {
        Fail(operation, why);
        return Flow.Failed;
    }
}
