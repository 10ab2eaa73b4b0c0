namespace SystemDesign.Generators.Models;

/// <summary>A catalog problem as the typed surface (<c>SystemDesign.Problems.&lt;PascalCaseId&gt;</c>) shows it.</summary>
internal sealed record ProblemModel(
    string ClassName,
    string Id,
    int Number,
    string Title,
    string Category,
    string? Difficulty,
    string Summary,
    string Goal,
    EquatableArray<string> FunctionalRequirements,
    EquatableArray<string> NonFunctionalRequirements,
    EquatableArray<string> Palette,
    EquatableArray<ConstantModel> Constants,
    EquatableArray<TierModel> Tiers,
    EquatableArray<string> Hints);

/// <summary>What a constant holds, so it is emitted with the right C# type.</summary>
internal enum ConstantKind
{
    /// <summary>A number: <c>const double</c>.</summary>
    Number,

    /// <summary>A boolean: <c>const bool</c>.</summary>
    Boolean,

    /// <summary>Text: <c>const string</c>.</summary>
    Text,
}

/// <summary>A problem constant: its catalog key, the member name, the C# literal and the value as the catalog states it.</summary>
internal sealed record ConstantModel(string Key, string MemberName, ConstantKind Kind, string Literal, string Display);

/// <summary>A tier: id, member name, title and its requirements in the catalog's words.</summary>
internal sealed record TierModel(string Id, string MemberName, string Title, EquatableArray<string> Requirements);
