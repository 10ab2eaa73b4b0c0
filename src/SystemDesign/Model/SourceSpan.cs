namespace SystemDesign.Model;

/// <summary>
/// Where a component or connection was declared in source code. Filled in by the static interpreter
/// (the analyzer); a model built at run time by <see cref="ArchitectureBuilder"/> leaves it null.
/// </summary>
/// <param name="Path">The source file path, as the compiler knows it.</param>
/// <param name="Start">Zero-based character offset of the declaring expression in the file.</param>
/// <param name="Length">Length of the declaring expression, in characters.</param>
/// <param name="Line">One-based line of <paramref name="Start"/>.</param>
/// <param name="Column">One-based column of <paramref name="Start"/>.</param>
public sealed record SourceSpan(string Path, int Start, int Length, int Line, int Column);
