using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SystemDesign.Catalog;
using SystemDesign.Generators.Emit;
using SystemDesign.Generators.Models;

namespace SystemDesign.Generators.Tests;

/// <summary>The generated code compiles with no warning against the real API, Testing and xunit assemblies.</summary>
public sealed class CompileTests
{
    [Theory]
    [InlineData(LanguageVersion.Latest)]
    [InlineData(LanguageVersion.CSharp8)]
    public void Generated_code_compiles_without_diagnostics(LanguageVersion version)
    {
        var library = Harness.Library("Lib", Sources.Library);
        var options = Harness.ParseOptions.WithLanguageVersion(version);
        var compilation = Harness.Compilation([.. Harness.TestProject, library], Sources.Blog, Sources.Unrelated, Sources.GradeLibrary);
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions([])).RemoveAllSyntaxTrees()
            .AddSyntaxTrees(compilation.SyntaxTrees.Select(t => t.WithRootAndOptions(t.GetRoot(), options)));

        var driver = CSharpGeneratorDriver.Create([new DesignGenerator().AsSourceGenerator()], parseOptions: options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(5, driver.GetRunResult().GeneratedTrees.Length);
        Assert.Empty(Harness.Problems(output));
        using var image = new System.IO.MemoryStream();
        Assert.True(output.Emit(image).Success);
    }

    [Fact]
    public void Every_catalog_problem_generates_a_surface_and_grading_tests_that_compile()
    {
        var problems = ProblemCatalog.BuiltIn.Problems;
        var sources = problems.SelectMany(p => new[]
        {
            ProblemEmitter.Emit(CatalogModels.Problem(p.Id)!),
            GradingEmitter.Emit(CatalogModels.Grading(new DesignModel("Designs", Names.Pascal(p.Id), "global::Designs." + Names.Pascal(p.Id), "Designs." + Names.Pascal(p.Id), p.Id))!),
            $"namespace Designs {{ /// <summary>A design.</summary>\npublic sealed class {Names.Pascal(p.Id)} {{ }} }}",
        }).ToArray();

        var compilation = Harness.Compilation(Harness.TestProject, sources);

        // Parse and declaration diagnostics cover what varies per problem: identifiers from ids, keys and tier titles,
        // escaped literals, duplicate members, malformed XML docs. (Method bodies are the same call for every problem
        // and are compiled in full by Generated_code_compiles_without_diagnostics.)
        Assert.Equal(618 + 33, problems.Count); // the imported problems and the case studies
        Assert.Equal(problems.Count, problems.Select(p => Names.Pascal(p.Id)).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(compilation.GetParseDiagnostics().Concat(compilation.GetDeclarationDiagnostics()), d => d.Severity >= DiagnosticSeverity.Warning);
    }
}
