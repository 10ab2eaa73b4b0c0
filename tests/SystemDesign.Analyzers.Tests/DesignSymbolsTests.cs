using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SystemDesign.Analyzers.Interpretation;
using static SystemDesign.Analyzers.Tests.Harness.AnalyzerHarness;

namespace SystemDesign.Analyzers.Tests;

/// <summary>The API's types are found in its own assembly, and in the compilation-wide way whenever that is not plain.</summary>
public class DesignSymbolsTests
{
    [Fact]
    public void The_referenced_api_gives_the_types_the_compilation_would()
    {
        var compilation = Compile(new[] { Designs.Blog() });
        var symbols = DesignSymbols.Resolve(compilation);

        Assert.NotNull(symbols);
        Assert.Equal(compilation.GetTypeByMetadataName("SystemDesign.ArchitectureBuilder"), symbols.Builder, SymbolEqualityComparer.Default);
        Assert.Equal(compilation.GetTypeByMetadataName("SystemDesign.IDesign"), symbols.Design, SymbolEqualityComparer.Default);
        Assert.Equal(compilation.GetTypeByMetadataName("SystemDesign.DesignAttribute"), symbols.DesignAttribute, SymbolEqualityComparer.Default);
        Assert.Equal(compilation.GetTypeByMetadataName("SystemDesign.Node"), symbols.Node, SymbolEqualityComparer.Default);
        Assert.Equal("SystemDesign", symbols.Api.Identity.Name);
    }

    [Fact]
    public void Without_the_api_there_is_nothing_to_resolve()
    {
        var compilation = CSharpCompilation.Create("NoApi", new[] { CSharpSyntaxTree.ParseText("class C { }") }, References.RemoveAll(r => r.Display?.EndsWith("SystemDesign.dll", System.StringComparison.Ordinal) == true));
        Assert.Null(DesignSymbols.Resolve(compilation));
    }

    [Fact]
    public void Types_the_compilation_defines_itself_win_as_they_do_for_the_compiler()
    {
        var compilation = Compile(new[]
        {
            "namespace SystemDesign { public sealed class ArchitectureBuilder { } }",
        });
        var symbols = DesignSymbols.Resolve(compilation);

        Assert.NotNull(symbols);
        Assert.Equal(compilation.Assembly, symbols.Builder.ContainingAssembly, SymbolEqualityComparer.Default);
    }
}
