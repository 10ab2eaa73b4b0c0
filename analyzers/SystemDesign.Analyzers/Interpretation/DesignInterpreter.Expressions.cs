using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SystemDesign.Analyzers.Interpretation;

/// <summary>Expressions: constants, locals, assignments, operators, interpolation, arrays, conditionals.</summary>
internal sealed partial class DesignInterpreter
{
    /// <summary>The value of an expression that is not a builder call (chains start here: see <see cref="Chain"/>).</summary>
    private object? Value(IOperation operation)
    {
        if (operation.ConstantValue.HasValue)
        {
            return operation.ConstantValue.Value;
        }

        switch (operation)
        {
            case ILocalReferenceOperation local:
                return Read(local.Local, operation);
            case IParameterReferenceOperation parameter:
                return Read(parameter.Parameter, operation);
            case ISimpleAssignmentOperation { Target: IDiscardOperation } discard:
                return Evaluate(discard.Value);
            case ISimpleAssignmentOperation assignment:
                return Assign(assignment.Target, Evaluate(assignment.Value));
            case ICompoundAssignmentOperation compound:
                return Assign(compound.Target, Operator(compound, compound.OperatorKind, compound.Target, compound.Value, compound.IsChecked));
            case IIncrementOrDecrementOperation step:
                return Step(step);
            case IBinaryOperation binary:
                return Binary(binary);
            case IUnaryOperation unary when Evaluate(unary.Operand) is var operand && operand != Failed:
                return Result(unary, Values.Unary(unary.OperatorKind, operand));
            case IUnaryOperation:
                return Failed;
            case IConversionOperation conversion:
                return Conversion(conversion);
            case IInterpolatedStringOperation interpolated:
                return Interpolate(interpolated);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return Condition(conditional.Condition) is { } condition ? Evaluate(condition ? conditional.WhenTrue : whenFalse) : Failed;
            case IArrayCreationOperation { Initializer: { } initializer, DimensionSizes.Length: 1 }:
                return Elements(initializer.ElementValues);
            case IArrayInitializerOperation initializer:
                return Elements(initializer.ElementValues);
            case ICollectionExpressionOperation { Type: IArrayTypeSymbol } collection:
                return Elements(collection.Elements);
            case IArrayElementReferenceOperation element:
                return Element(element);
            case IPropertyReferenceOperation { Property.Name: "Length", Instance: { } instance } when instance.Type is IArrayTypeSymbol:
                return Evaluate(instance) is object?[] array ? array.Length : Failed;
            case IFieldReferenceOperation field:
                return Field(field);
            case IInvocationOperation invocation:
                return Call(invocation);
            default:
                return Fail(operation, Unreadable(operation));
        }
    }

    /// <summary>A local or parameter, in the current method or (for a local function) a caller it captures from.</summary>
    private object? Read(ISymbol symbol, IOperation at)
    {
        for (var scope = frame; scope is not null; scope = scope.Captures)
        {
            if (scope.Values.TryGetValue(symbol.OriginalDefinition, out var value))
            {
                return value;
            }
        }

        return Fail(at, "reads '" + symbol.Name + "', which the analyzer has no value for");
    }

    private object? Assign(IOperation target, object? value)
    {
        if (value == Failed)
        {
            return Failed;
        }

        ISymbol? symbol = target switch
        {
            ILocalReferenceOperation local => local.Local.OriginalDefinition,
            IParameterReferenceOperation parameter => parameter.Parameter.OriginalDefinition,
            _ => null,
        };
        if (symbol is null)
        {
            return Fail(target, "assigns to something other than a local variable or parameter");
        }

        var owner = frame;
        for (var scope = frame; scope is not null; scope = scope.Captures)
        {
            if (scope.Values.ContainsKey(symbol))
            {
                owner = scope;
                break;
            }
        }

        owner.Values[symbol] = value;
        return value;
    }

    private object? Step(IIncrementOrDecrementOperation step)
    {
        var before = Evaluate(step.Target);
        if (before == Failed)
        {
            return Failed;
        }

        var one = before switch { long => 1L, double => 1.0, _ => (object)1 };
        var kind = step.Kind == OperationKind.Increment ? BinaryOperatorKind.Add : BinaryOperatorKind.Subtract;
        var after = Result(step, Values.Binary(kind, before, one, step.Type, step.IsChecked));
        return Assign(step.Target, after) == Failed ? Failed : step.IsPostfix ? before : after;
    }

    private object? Binary(IBinaryOperation binary)
    {
        if (binary.OperatorMethod is not null)
        {
            return Fail(binary, "uses the operator '" + binary.OperatorMethod.ToDisplayString() + "', which is user-defined");
        }

        if (binary.OperatorKind is BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr)
        {
            // Short-circuit as C# does: the right side may not be readable, or meant to run, when the left decides.
            var left = Condition(binary.LeftOperand);
            return left is null ? Failed
                : left.Value == (binary.OperatorKind == BinaryOperatorKind.ConditionalOr) ? left.Value
                : Condition(binary.RightOperand) is { } right ? right : Failed;
        }

        return Operator(binary, binary.OperatorKind, binary.LeftOperand, binary.RightOperand, binary.IsChecked);
    }

    private object? Operator(IOperation at, BinaryOperatorKind kind, IOperation leftOperand, IOperation rightOperand, bool isChecked)
    {
        var left = Evaluate(leftOperand);
        var right = left == Failed ? Failed : Evaluate(rightOperand);
        return right == Failed ? Failed : Result(at, Values.Binary(kind, left, right, at.Type, isChecked));
    }

    private object? Conversion(IConversionOperation conversion)
    {
        var operand = Evaluate(conversion.Operand);
        if (operand == Failed)
        {
            return Failed;
        }

        var kind = conversion.Conversion;
        if (kind.IsUserDefined)
        {
            return Fail(conversion, "converts with the user-defined operator '" + kind.MethodSymbol?.ToDisplayString() + "'");
        }

        if (conversion.Type is not { } type || kind.IsIdentity || kind.IsReference || (kind.IsImplicit && type.IsReferenceType))
        {
            return operand; // identity, reference or boxing: the value is unchanged
        }

        return kind.IsNumeric && Values.TryConvert(operand, type, out var converted, conversion.IsChecked)
            ? converted
            : Fail(conversion, "converts a value to '" + type.ToDisplayString() + "' in a way the analyzer does not compute");
    }

    private object? Interpolate(IInterpolatedStringOperation interpolated)
    {
        var text = new StringBuilder();
        foreach (var part in interpolated.Parts)
        {
            if (part is IInterpolatedStringTextOperation { Text.ConstantValue.Value: string literal })
            {
                text.Append(literal);
                continue;
            }

            if (part is not IInterpolationOperation interpolation)
            {
                return Fail(part, Unreadable(part));
            }

            var value = Evaluate(interpolation.Expression);
            if (value == Failed)
            {
                return Failed;
            }

            var written = interpolation.FormatString is { ConstantValue.Value: string format }
                ? Formatted(value, format)
                : Values.Text(value);
            if (written is null)
            {
                return Fail(interpolation, interpolation.FormatString is null ? Values.Unformattable(value) : "formats a value with a format whose text may depend on the culture");
            }

            if (interpolation.Alignment is { ConstantValue.Value: int width })
            {
                written = width < 0 ? written.PadRight(-width) : written.PadLeft(width);
            }

            text.Append(written);
            if (text.Length > InterpretationLimits.MaxStringLength)
            {
                return Exceed(interpolated, "a string of more than " + SystemDesign.Engine.NumberText.Count(InterpretationLimits.MaxStringLength) + " characters", InterpretationLimits.MaxStringLength);
            }
        }

        return text.ToString();
    }

    /// <summary>Zero-padded or hexadecimal whole numbers ("D3", "X2"), which read the same in every culture.</summary>
    private static string? Formatted(object? value, string format)
    {
        var plain = format.Length is >= 1 and <= 3 && "DdXx".IndexOf(format[0]) >= 0;
        for (var i = 1; plain && i < format.Length; i++)
        {
            plain = format[i] is >= '0' and <= '9';
        }

        return plain && value is int or long && System.Convert.ToInt64(value, CultureInfo.InvariantCulture) >= 0
            ? ((System.IFormattable)value).ToString(format, CultureInfo.InvariantCulture)
            : null;
    }

    private object? Elements(System.Collections.Immutable.ImmutableArray<IOperation> operations)
    {
        var items = new object?[operations.Length];
        for (var i = 0; i < items.Length; i++)
        {
            if (operations[i] is ISpreadOperation)
            {
                return Fail(operations[i], "spreads a collection into an array");
            }

            items[i] = Evaluate(operations[i]);
            if (items[i] == Failed)
            {
                return Failed;
            }
        }

        return items;
    }

    private object? Element(IArrayElementReferenceOperation element)
    {
        if (element.Indices.Length != 1)
        {
            return Fail(element, "reads a multi-dimensional array");
        }

        var array = Evaluate(element.ArrayReference);
        var index = array == Failed ? Failed : Evaluate(element.Indices[0]);
        if (index == Failed)
        {
            return Failed;
        }

        return array is object?[] items && index is int i
            ? i >= 0 && i < items.Length ? items[i] : Fail(element, "reads outside the array (index " + i.ToString(CultureInfo.InvariantCulture) + " of " + items.Length.ToString(CultureInfo.InvariantCulture) + " elements)")
            : Fail(element, "reads an array element the analyzer cannot follow");
    }

    /// <summary>An operator's value; a string is held to the argument limit, so doubling one in a loop cannot exhaust memory.</summary>
    private object? Result(IOperation at, Values.Result result) =>
        result.Refused is { } why ? Fail(at, why)
        : result.Value is string { Length: > InterpretationLimits.MaxStringLength } text
            ? Exceed(at, "a string of " + SystemDesign.Engine.NumberText.Count(text.Length) + " characters", InterpretationLimits.MaxStringLength)
            : result.Value;

    /// <summary>Where a value was written, for the squiggle: through helper parameters, back to the caller's argument.</summary>
    private Location Origin(IOperation argument)
    {
        var operation = argument;
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        if (operation is IParameterReferenceOperation parameter)
        {
            for (var scope = frame; scope is not null; scope = scope.Captures)
            {
                if (scope.Origins.TryGetValue(parameter.Parameter.OriginalDefinition, out var origin))
                {
                    return origin;
                }
            }
        }

        return argument.Syntax.GetLocation();
    }

    /// <summary>What the interpreter cannot read, in plain words, as "line N …" continues.</summary>
    private static string Unreadable(IOperation operation) => operation switch
    {
        IObjectCreationOperation => "creates an object with `new`",
        IWhileLoopOperation => "has a `while` or `do` loop (the analyzer reads `for` and `foreach`)",
        ILoopOperation => "has a loop the analyzer does not read",
        ISwitchOperation or ISwitchExpressionOperation => "has a `switch`",
        ITryOperation => "has a `try` statement",
        IAnonymousFunctionOperation or IDelegateCreationOperation => "has a lambda",
        IPropertyReferenceOperation property => "reads the property '" + property.Property.ContainingType?.Name + "." + property.Property.Name + "'",
        IFieldReferenceOperation field => "reads the field '" + field.Field.Name + "'",
        IArrayCreationOperation => "creates an array without listing its elements",
        IConditionalOperation => "has a conditional without an `else`",
        _ => "has an expression the analyzer does not read (" + operation.Kind.ToString() + ")",
    };
}
