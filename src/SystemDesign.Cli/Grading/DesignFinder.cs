using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SystemDesign.Analyzers;
using SystemDesign.Analyzers.Interpretation;

namespace SystemDesign.Cli.Grading;

/// <summary>A <c>[Design]</c> class of a compilation, with the symbols the interpreter needs.</summary>
internal sealed record DesignClass(INamedTypeSymbol Type, string ProblemId, AttributeData Attribute, IMethodSymbol? Describe, DesignSymbols Symbols);

/// <summary>
/// Finds <c>[Design]</c> classes by symbol, with the analyzer's own tests (attribute, <c>IDesign</c>, <c>Describe</c>),
/// so the tool grades exactly the classes the IDE grades. Nothing is loaded or run.
/// </summary>
internal static class DesignFinder
{
    public static IReadOnlyList<DesignClass> Find(Compilation compilation, CancellationToken cancellationToken)
    {
        if (DesignSymbols.Resolve(compilation) is not { } symbols)
        {
            return []; // the project does not reference the SystemDesign API
        }

        var found = new List<DesignClass>();
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceOrTypeSymbol container)
                {
                    pending.Push(container);
                }

                if (member is INamedTypeSymbol { TypeKind: TypeKind.Class } type
                    && DesignAnalyzer.DesignAttributeOf(type, symbols.DesignAttribute) is { } attribute)
                {
                    var problemId = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string ?? string.Empty : string.Empty;
                    found.Add(new DesignClass(type, problemId, attribute, DescribeOf(type, symbols), symbols));
                }
            }
        }

        // Namespace member order is the compiler's; the tool's output must not depend on it.
        return [.. found.OrderBy(d => d.Type.ToDisplayString(), StringComparer.Ordinal)];
    }

    /// <summary>The <c>Describe(ArchitectureBuilder)</c> the analyzer grades, or null when the class has none (it is not a design then).</summary>
    private static IMethodSymbol? DescribeOf(INamedTypeSymbol type, DesignSymbols symbols)
    {
        if (!DesignAnalyzer.Implements(type, symbols.Design))
        {
            return null;
        }

        return type.GetMembers().OfType<IMethodSymbol>().FirstOrDefault(m =>
            m is { Parameters.Length: 1, ReturnsVoid: true, IsStatic: false }
            && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type, symbols.Builder)
            && DesignAnalyzer.IsDescribe(m));
    }
}
