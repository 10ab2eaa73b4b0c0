using Microsoft.CodeAnalysis;

namespace SystemDesign.Analyzers.Interpretation;

/// <summary>The API symbols the analyzer needs, resolved once per compilation.</summary>
/// <param name="designAttribute"><c>SystemDesign.DesignAttribute</c>.</param>
/// <param name="design"><c>SystemDesign.IDesign</c>.</param>
/// <param name="builder"><c>SystemDesign.ArchitectureBuilder</c>.</param>
/// <param name="node"><c>SystemDesign.Node</c>, the base of every handle.</param>
internal sealed class DesignSymbols(INamedTypeSymbol designAttribute, INamedTypeSymbol design, INamedTypeSymbol builder, INamedTypeSymbol node)
{
    private const string ApiAssemblyName = "SystemDesign";
    private const string BuilderName = "SystemDesign.ArchitectureBuilder";

    public INamedTypeSymbol DesignAttribute { get; } = designAttribute;

    public INamedTypeSymbol Design { get; } = design;

    public INamedTypeSymbol Builder { get; } = builder;

    public INamedTypeSymbol Node { get; } = node;

    /// <summary>The referenced SystemDesign API assembly; only its methods are interpreted.</summary>
    public IAssemblySymbol Api => Builder.ContainingAssembly;

    /// <summary>Resolves the symbols, or returns null when the compilation does not reference the API.</summary>
    public static DesignSymbols? Resolve(Compilation compilation)
    {
        // The IDE makes a compilation per keystroke, and a compilation-wide lookup searches every reference (about
        // 0.5 ms for these four names against the framework's ~200 assemblies). When the API is referenced once
        // under its own name and the compilation does not define the types itself, the answer is that assembly's
        // types: look there alone. Anything unusual takes the compilation-wide lookups, as before.
        return FromApiAssembly(compilation) ?? From(compilation.GetTypeByMetadataName);
    }

    private static DesignSymbols? FromApiAssembly(Compilation compilation)
    {
        IAssemblySymbol? api = null;
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.Identity.Name == ApiAssemblyName)
            {
                if (api is not null)
                {
                    return null; // two versions: let the compiler's rules decide
                }

                api = assembly;
            }
        }

        return api is null || compilation.Assembly.GetTypeByMetadataName(BuilderName) is not null
            ? null
            : From(api.GetTypeByMetadataName);
    }

    private static DesignSymbols? From(System.Func<string, INamedTypeSymbol?> lookUp)
    {
        var attribute = lookUp("SystemDesign.DesignAttribute");
        var design = lookUp("SystemDesign.IDesign");
        var builder = lookUp(BuilderName);
        var node = lookUp("SystemDesign.Node");
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
