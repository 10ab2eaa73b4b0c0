using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SystemDesign.TestSupport;

namespace SystemDesign.Analyzers.Benchmarks;

/// <summary>
/// A project of 20 designs (the edited one and 19 blogs), compiled by hand against the framework and the
/// SystemDesign API as the analyzer tests do. <see cref="Edit"/> replaces the edited document's text and returns
/// the new compilation, as the IDE makes one per keystroke.
/// </summary>
internal sealed class DesignProject
{
    public const string EditedPath = "/src/Edited.cs";

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);


    private DesignProject(CSharpCompilation compilation, SyntaxTree edited)
    {
        Compilation = compilation;
        Edited = edited;
    }

    public CSharpCompilation Compilation { get; private set; }

    public SyntaxTree Edited { get; private set; }

    public static DesignProject Create(string editedSource)
    {
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(editedSource, Parse, EditedPath) };
        for (var i = 0; i < 19; i++)
        {
            var name = "Blog" + i.ToString(CultureInfo.InvariantCulture);
            trees.Add(CSharpSyntaxTree.ParseText(DesignSources.Blog(name, 8), Parse, "/src/" + name + ".cs"));
        }

        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
        return new DesignProject(CSharpCompilation.Create("Designs", trees, DesignCompilationReferences.All, options), trees[0]);
    }

    /// <summary>Replaces the edited document's text; the other 19 documents keep their trees (and their bindings' inputs).</summary>
    public CSharpCompilation Edit(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, Parse, EditedPath);
        Compilation = Compilation.ReplaceSyntaxTree(Edited, tree);
        Edited = tree;
        return Compilation;
    }

    /// <summary>Another compilation of the same text, so a second measurement binds from scratch as well.</summary>
    public CSharpCompilation Fresh()
    {
        var tree = CSharpSyntaxTree.ParseText(Edited.GetText(), Parse, EditedPath);
        Compilation = Compilation.ReplaceSyntaxTree(Edited, tree);
        Edited = tree;
        return Compilation;
    }
}
