using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SystemDesign.Testing;
using Xunit.Abstractions;

namespace SystemDesign.Generators.Tests;

/// <summary>
/// Builds CSharpCompilations by hand (the Roslyn testing packages are not on the mirror): the runtime's framework
/// assemblies from TRUSTED_PLATFORM_ASSEMBLIES plus the real SystemDesign, Engine, Catalog, Testing and xunit dlls.
/// </summary>
internal static class Harness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>The framework only: what a compilation has before it references anything of ours.</summary>
    public static readonly ImmutableArray<MetadataReference> Framework =
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.Contains("Microsoft.NETCore.App", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => MetadataReference.CreateFromFile(p))];

    /// <summary>The design API alone: a design library.</summary>
    public static readonly ImmutableArray<MetadataReference> DesignLibrary = [.. Framework, Reference(typeof(DesignAttribute))];

    /// <summary>A test project: the API, the engine and catalog, SystemDesign.Testing and xunit.</summary>
    public static readonly ImmutableArray<MetadataReference> TestProject =
    [
        .. DesignLibrary,
        Reference(typeof(SystemDesign.Engine.Grader)),
        Reference(typeof(SystemDesign.Catalog.ProblemCatalog)),
        Reference(typeof(DesignGrader)),
        Reference(typeof(FactAttribute)),
        Reference(typeof(Assert)),
        Reference(typeof(ITestOutputHelper)),
    ];

    public static CSharpCompilation Compilation(IEnumerable<MetadataReference> references, params string[] sources) =>
        CSharpCompilation.Create(
            "UserProject",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"File{i}.cs")),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver() =>
        CSharpGeneratorDriver.Create(
            [new DesignGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once; fails on generator exceptions or diagnostics.</summary>
    public static (GeneratorRunResult Result, Compilation Output) Run(CSharpCompilation compilation)
    {
        var driver = Driver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        var result = Assert.Single(driver.GetRunResult().Results);
        Assert.Null(result.Exception);
        return (result, output);
    }

    /// <summary>Compiles a library of designs in memory and returns it as a metadata reference.</summary>
    public static MetadataReference Library(string name, string source)
    {
        var compilation = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(source, ParseOptions)],
            DesignLibrary,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    /// <summary>Warnings and errors: the generated code must compile without any.</summary>
    public static string[] Problems(Compilation compilation) =>
        [.. compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString())];

    private static PortableExecutableReference Reference(Type type) => MetadataReference.CreateFromFile(type.Assembly.Location);
}
