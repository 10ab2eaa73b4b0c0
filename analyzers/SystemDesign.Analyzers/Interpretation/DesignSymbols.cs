using Microsoft.CodeAnalysis;

namespace SystemDesign.Analyzers.Interpretation;

/// <summary>The API symbols the analyzer needs, resolved once per compilation.</summary>
internal sealed class DesignSymbols
{
    private DesignSymbols(INamedTypeSymbol designAttribute, INamedTypeSymbol design, INamedTypeSymbol builder, INamedTypeSymbol node)
    {
        DesignAttribute = designAttribute;
        Design = design;
        Builder = builder;
        Node = node;
    }

    /// <summary><c>SystemDesign.DesignAttribute</c>.</summary>
    public INamedTypeSymbol DesignAttribute { get; }

    /// <summary><c>SystemDesign.IDesign</c>.</summary>
    public INamedTypeSymbol Design { get; }

    /// <summary><c>SystemDesign.ArchitectureBuilder</c>.</summary>
    public INamedTypeSymbol Builder { get; }

    /// <summary><c>SystemDesign.Node</c>, the base of every handle.</summary>
    public INamedTypeSymbol Node { get; }

    /// <summary>The referenced SystemDesign API assembly; only its methods are interpreted.</summary>
    public IAssemblySymbol Api => Builder.ContainingAssembly;

    /// <summary>Resolves the symbols, or returns null when the compilation does not reference the API.</summary>
    public static DesignSymbols? Resolve(Compilation compilation)
    {
        var attribute = compilation.GetTypeByMetadataName("SystemDesign.DesignAttribute");
        var design = compilation.GetTypeByMetadataName("SystemDesign.IDesign");
        var builder = compilation.GetTypeByMetadataName("SystemDesign.ArchitectureBuilder");
        var node = compilation.GetTypeByMetadataName("SystemDesign.Node");
        return attribute is null || design is null || builder is null || node is null
            ? null
            : new DesignSymbols(attribute, design, builder, node);
    }

    /// <summary>Whether <paramref name="type"/> is a handle type (<c>Node</c> or derived from it).</summary>
    public bool IsHandle(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, Node))
            {
                return true;
            }
        }

        return false;
    }
}
