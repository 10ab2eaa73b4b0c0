
namespace SystemDesign.Catalog;

/// <summary>A named constant of a problem, e.g. <c>app_capacity_per_instance = 150</c>.</summary>
public sealed record Constant(string Key, ConstantValue Value);

/// <summary>A constant's value: a number, a boolean or text, exactly as the catalog states it.</summary>
public sealed record ConstantValue
{
    private ConstantValue(double? number, bool? boolean, string? text)
    {
        Number = number;
        Boolean = boolean;
        Text = text;
    }

    /// <summary>The numeric value, or null when the constant is not a number.</summary>
    public double? Number { get; }

    /// <summary>The boolean value, or null when the constant is not a boolean.</summary>
    public bool? Boolean { get; }

    /// <summary>The text value, or null when the constant is not text.</summary>
    public string? Text { get; }

    /// <summary>A numeric constant.</summary>
    public static ConstantValue Of(double number) => new(number, null, null);

    /// <summary>A boolean constant.</summary>
    public static ConstantValue Of(bool boolean) => new(null, boolean, null);

    /// <summary>A text constant.</summary>
    public static ConstantValue Of(string text) => new(null, null, text);

    /// <inheritdoc />
    public override string ToString() =>
        Number is { } n ? Loading.CatalogNumber.Exact(n)
        : Boolean is { } b ? (b ? "true" : "false")
        : Text ?? string.Empty;
}
