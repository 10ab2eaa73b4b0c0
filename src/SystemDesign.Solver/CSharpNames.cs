using System;
using System.Collections.Generic;
using System.Linq;
using SystemDesign.Shared;

namespace SystemDesign.Solver;

/// <summary>C# identifiers from catalog names: PascalCase classes and folders, camelCase locals, keywords escaped.</summary>
public static class CSharpNames
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while", "a",
    };

    /// <summary>"tutorial-simple-blog" → "TutorialSimpleBlog"; a leading digit gets a "P" (for problem) in front.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>A PascalCase identifier.</returns>
    public static string Pascal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var name = CSharpIdentifiers.Pascal(text);
        return name.Length == 0 ? "Design" : char.IsDigit(name[0]) ? "P" + name : name;
    }

    /// <summary>"Load Balancer" → "loadBalancer"; a keyword or the builder's own name <c>a</c> gets a trailing underscore.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>A camelCase identifier.</returns>
    public static string Camel(string text)
    {
        var pascal = Pascal(text);
        var name = char.ToLowerInvariant(pascal[0]) + pascal[1..];
        return Keywords.Contains(name) ? name + "_" : name;
    }

    /// <summary>A C# string literal.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The quoted, escaped literal.</returns>
    public static string Literal(string text) => CSharpIdentifiers.Literal(text ?? throw new ArgumentNullException(nameof(text)));

    /// <summary>Makes each name unique by a numeric suffix, in order.</summary>
    /// <param name="names">Names that may repeat.</param>
    /// <returns>Unique names, same order.</returns>
    public static IReadOnlyList<string> Unique(IEnumerable<string> names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. names.Select(n => CSharpIdentifiers.FirstFree(n, seen.Add))];
    }
}
