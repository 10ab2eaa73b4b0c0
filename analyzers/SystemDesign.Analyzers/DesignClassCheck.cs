using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SystemDesign.Analyzers.Interpretation;
using SystemDesign.Model;

namespace SystemDesign.Analyzers;

/// <summary>
/// SD0023: a <c>[Design]</c> class no grader can run. <c>dotnet test</c> creates a design with its parameterless
/// constructor (any accessibility) and calls <c>IDesign.Describe</c>; a class that cannot be created that way, or is not
/// an <c>IDesign</c>, would otherwise fail every generated test at run time instead of at compile time.
/// </summary>
internal static class DesignClassCheck
{
    public static void Analyze(SymbolAnalysisContext context, DesignSymbols symbols)
    {
        if (context.Symbol is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } type
            || DesignAnalyzer.DesignAttributeOf(type, symbols.DesignAttribute) is not { } attribute
            || Message(type, symbols) is not { } message)
        {
            return;
        }

        var at = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation()
            ?? (type.Locations.IsEmpty ? Location.None : type.Locations[0]);
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.For(Rules.DesignClassNotGradable), at, ImmutableDictionary<string, string?>.Empty, message));
    }

    /// <summary>SD0023's message for a [Design] class no grader can run, or null when one can (shared with <c>sysdesign grade</c>).</summary>
    internal static string? Message(INamedTypeSymbol type, DesignSymbols symbols) =>
        Problem(type, symbols) is { } problem
            ? type.Name + " has [Design] but " + problem
                + "; the grader creates a design with its parameterless constructor and calls IDesign.Describe(ArchitectureBuilder a)."
            : null;

    private static string? Problem(INamedTypeSymbol type, DesignSymbols symbols)
    {
        if (!DesignAnalyzer.Implements(type, symbols.Design))
        {
            return "does not implement IDesign: add ': IDesign' and a 'public void Describe(ArchitectureBuilder a)' method";
        }

        if (type.IsAbstract)
        {
            return "is abstract: put [Design] on a concrete class that derives from it";
        }

        if (type.IsGenericType)
        {
            return "is generic: put [Design] on a non-generic class (derive one that closes the type arguments)";
        }

        if (type.TypeKind == TypeKind.Class && !type.InstanceConstructors.Any(constructor => constructor.Parameters.IsEmpty))
        {
            return "has no parameterless constructor: add one, or give every parameter a default in a separate parameterless constructor";
        }

        return null;
    }
}
