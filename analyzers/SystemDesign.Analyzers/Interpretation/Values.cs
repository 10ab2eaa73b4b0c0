using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SystemDesign.Analyzers.Interpretation;

/// <summary>
/// C#'s built-in operators and conversions on the values a design computes with (int, long, double, bool, string),
/// exactly as the run time computes them. Where the run time's answer depends on something the compiler cannot see
/// (the culture a number is formatted in, an exception), the operation is refused with a reason for SD0021.
/// </summary>
internal static class Values
{
    /// <summary>The result of an operator, or the reason it is refused (a verb phrase: "divides by zero").</summary>
    public readonly record struct Result(object? Value, string? Refused)
    {
        public static Result Of(object? value) => new(value, null);

        public static Result Refuse(string why) => new(null, why);
    }

    public static Result Binary(BinaryOperatorKind kind, object? left, object? right, ITypeSymbol? type, bool isChecked)
    {
        if (kind == BinaryOperatorKind.Add && type?.SpecialType == SpecialType.System_String)
        {
            return Text(left) is { } l && Text(right) is { } r ? Result.Of(l + r) : Result.Refuse(Unformattable(Text(left) is null ? left : right));
        }

        return (left, right) switch
        {
            (int l, int r) => Integer(kind, l, r, isChecked, int.MinValue, int.MaxValue, v => (int)v),
            (long l, long r) => Integer(kind, l, r, isChecked, long.MinValue, long.MaxValue, v => v),
            (double l, double r) => Real(kind, l, r),
            (bool l, bool r) => Logical(kind, l, r),
            (string or null, string or null) when kind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals =>
                Result.Of(string.Equals((string?)left, (string?)right, StringComparison.Ordinal) == (kind == BinaryOperatorKind.Equals)),
            _ => Result.Refuse("uses the operator '" + kind.ToString() + "' on values the analyzer does not compute with"),
        };
    }

    public static Result Unary(UnaryOperatorKind kind, object? operand) => (kind, operand) switch
    {
        (UnaryOperatorKind.Plus, int or long or double) => Result.Of(operand),
        (UnaryOperatorKind.Minus, int i) => Result.Of(unchecked(-i)),
        (UnaryOperatorKind.Minus, long l) => Result.Of(unchecked(-l)),
        (UnaryOperatorKind.Minus, double d) => Result.Of(-d),
        (UnaryOperatorKind.Not, bool b) => Result.Of(!b),
        _ => Result.Refuse("uses the operator '" + kind.ToString() + "' on a value the analyzer does not compute with"),
    };

    /// <summary>A numeric conversion as C# does it (unchecked unless <paramref name="isChecked"/>); null if refused.</summary>
    public static bool TryConvert(object? value, ITypeSymbol type, out object? converted, bool isChecked = false)
    {
        converted = value;
        var target = type.SpecialType;
        if (value is null || target is SpecialType.System_Object or SpecialType.None || Same(value, target))
        {
            return value is not null || !type.IsValueType;
        }

        converted = null;
        switch (value)
        {
            case int or long:
                var whole = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                switch (target)
                {
                    case SpecialType.System_Int32 when !isChecked || whole is >= int.MinValue and <= int.MaxValue:
                        converted = unchecked((int)whole);
                        return true;
                    case SpecialType.System_Int64:
                        converted = whole;
                        return true;
                    case SpecialType.System_Double:
                        converted = (double)whole;
                        return true;
                    case SpecialType.System_Single:
                        converted = (float)whole;
                        return true;
                    default:
                        return false;
                }

            case double or float:
                var real = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                switch (target)
                {
                    case SpecialType.System_Double:
                        converted = real;
                        return true;
                    case SpecialType.System_Single:
                        converted = (float)real;
                        return true;
                    case SpecialType.System_Int32 when real > int.MinValue - 1.0 && real < int.MaxValue + 1.0:
                        converted = (int)real;
                        return true;
                    case SpecialType.System_Int64 when real > -9.2233720368547758E18 && real < 9.2233720368547758E18:
                        converted = (long)real;
                        return true;
                    default:
                        return false; // NaN or out of range: C# leaves the result unspecified
                }

            default:
                return false;
        }
    }

    /// <summary>
    /// A value as string concatenation and interpolation write it, when that text is the same in every culture:
    /// strings, booleans and non-negative whole numbers (a minus sign differs by culture, as do decimals).
    /// </summary>
    public static string? Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "True" : "False",
        int i when i >= 0 => i.ToString(CultureInfo.InvariantCulture),
        long l when l >= 0 => l.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>Why <paramref name="value"/> cannot be written into a string the same way in every culture.</summary>
    public static string Unformattable(object? value) => value switch
    {
        int or long => "writes a negative number into a string (its minus sign depends on the culture)",
        double or float => "writes a fractional number into a string (its decimal separator depends on the culture)",
        _ => "writes a value the analyzer does not track into a string",
    };

    private static bool Same(object value, SpecialType target) => target switch
    {
        SpecialType.System_Int32 => value is int,
        SpecialType.System_Int64 => value is long,
        SpecialType.System_Double => value is double,
        SpecialType.System_Single => value is float,
        SpecialType.System_Boolean => value is bool,
        SpecialType.System_String => value is string,
        _ => false,
    };

    private static Result Integer<T>(BinaryOperatorKind kind, long l, long r, bool isChecked, long min, long max, Func<long, T> narrow)
    {
        switch (kind)
        {
            case BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder when r == 0:
                return Result.Refuse("divides by zero");
            case BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder when l == min && r == -1:
                return Result.Refuse("divides the smallest number by -1, which overflows");
            case BinaryOperatorKind.Add:
                return Wrap(unchecked(l + r), Outside((decimal)l + r, min, max), isChecked, narrow, min);
            case BinaryOperatorKind.Subtract:
                return Wrap(unchecked(l - r), Outside((decimal)l - r, min, max), isChecked, narrow, min);
            case BinaryOperatorKind.Multiply:
                return Wrap(unchecked(l * r), Outside((decimal)l * r, min, max), isChecked, narrow, min);
            case BinaryOperatorKind.Divide:
                return Result.Of(narrow(l / r));
            case BinaryOperatorKind.Remainder:
                return Result.Of(narrow(l % r));
            default:
                return Compare(kind, l.CompareTo(r));
        }
    }

    // The exact result, in decimal, outside the type's range: the operation overflows.
    private static bool Outside(decimal exact, long min, long max) => exact < min || exact > max;

    private static Result Wrap<T>(long value, bool overflows, bool isChecked, Func<long, T> narrow, long min)
    {
        if (overflows && isChecked)
        {
            return Result.Refuse("overflows in a checked context");
        }

        // An int operation wraps at 32 bits: narrowing the 64-bit result gives the same bits.
        return Result.Of(min == long.MinValue ? narrow(value) : narrow(unchecked((int)value)));
    }

    private static Result Real(BinaryOperatorKind kind, double l, double r) => kind switch
    {
        BinaryOperatorKind.Add => Result.Of(l + r),
        BinaryOperatorKind.Subtract => Result.Of(l - r),
        BinaryOperatorKind.Multiply => Result.Of(l * r),
        BinaryOperatorKind.Divide => Result.Of(l / r),
        BinaryOperatorKind.Remainder => Result.Of(l % r),
        BinaryOperatorKind.Equals => Result.Of(l == r),
        BinaryOperatorKind.NotEquals => Result.Of(l != r),
        BinaryOperatorKind.LessThan => Result.Of(l < r),
        BinaryOperatorKind.LessThanOrEqual => Result.Of(l <= r),
        BinaryOperatorKind.GreaterThan => Result.Of(l > r),
        BinaryOperatorKind.GreaterThanOrEqual => Result.Of(l >= r),
        _ => Result.Refuse("uses the operator '" + kind.ToString() + "' on numbers"),
    };

    private static Result Logical(BinaryOperatorKind kind, bool l, bool r) => kind switch
    {
        BinaryOperatorKind.And or BinaryOperatorKind.ConditionalAnd => Result.Of(l & r),
        BinaryOperatorKind.Or or BinaryOperatorKind.ConditionalOr => Result.Of(l | r),
        BinaryOperatorKind.ExclusiveOr or BinaryOperatorKind.NotEquals => Result.Of(l ^ r),
        BinaryOperatorKind.Equals => Result.Of(l == r),
        _ => Result.Refuse("uses the operator '" + kind.ToString() + "' on booleans"),
    };

    private static Result Compare(BinaryOperatorKind kind, int order) => kind switch
    {
        BinaryOperatorKind.Equals => Result.Of(order == 0),
        BinaryOperatorKind.NotEquals => Result.Of(order != 0),
        BinaryOperatorKind.LessThan => Result.Of(order < 0),
        BinaryOperatorKind.LessThanOrEqual => Result.Of(order <= 0),
        BinaryOperatorKind.GreaterThan => Result.Of(order > 0),
        BinaryOperatorKind.GreaterThanOrEqual => Result.Of(order >= 0),
        _ => Result.Refuse("uses the operator '" + kind.ToString() + "' on whole numbers"),
    };
}
