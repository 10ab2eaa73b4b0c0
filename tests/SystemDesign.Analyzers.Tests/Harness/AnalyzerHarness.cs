using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SystemDesign.TestSupport;

namespace SystemDesign.Analyzers.Tests.Harness;

/// <summary>
/// Compiles test sources against the framework and the SystemDesign API, fails on compile errors in the test source,
/// runs <see cref="DesignAnalyzer"/> through <see cref="CompilationWithAnalyzers"/> and records analyzer exceptions
/// (what the compiler reports as AD0001), so a test fails on a crash as on a wrong answer.
/// </summary>
public static class AnalyzerHarness
{
    public const string SourcePath = "/src/Design.cs";


    public static ImmutableArray<MetadataReference> References => DesignCompilationReferences.All;

    public static CSharpCompilation Compile(IEnumerable<string> sources, string? editorConfig = null, string assemblyName = "Designs")
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parse, i == 0 ? SourcePath : "/src/Design" + i + ".cs")).ToArray();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
        if (editorConfig is not null)
        {
            options = options.WithSyntaxTreeOptionsProvider(new EditorConfigOptions(editorConfig, trees));
        }

        return CSharpCompilation.Create(assemblyName, trees, References, options);
    }

    /// <summary>Compiles <paramref name="source"/>, asserts it has no compile errors, and returns the analyzer's diagnostics.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source, string? editorConfig = null, CancellationToken cancellationToken = default)
    {
        var compilation = Compile(new[] { source }, editorConfig);
        var errors = compilation.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, "The test source does not compile:\n" + string.Join("\n", errors.Select(e => e.ToString())));
        var (diagnostics, exceptions) = await RunAsync(compilation, cancellationToken: cancellationToken);
        Assert.True(exceptions.Count == 0, "The analyzer threw (AD0001):\n" + string.Join("\n", exceptions));
        return diagnostics;
    }

    /// <summary>
    /// Runs the analyzer (by default one sharing the process-wide evaluation cache, as the compiler's does) without
    /// checking the source; returns its diagnostics (with <paramref name="withCompilerDiagnostics"/>, the compiler's too,
    /// from the same binding) and any exception it threw.
    /// </summary>
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<string> Exceptions)> RunAsync(Compilation compilation, bool withCompilerDiagnostics = false, DesignAnalyzer? analyzer = null, CancellationToken cancellationToken = default)
    {
        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, diagnostic) =>
            {
                lock (exceptions)
                {
                    exceptions.Add(diagnostic.ToString() + "\n" + exception);
                }
            },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer ?? new DesignAnalyzer()), options);
        var diagnostics = withCompilerDiagnostics
            ? await withAnalyzers.GetAllDiagnosticsAsync(cancellationToken)
            : await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken);
        exceptions.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()));
        return (diagnostics, exceptions);
    }

    /// <summary>
    /// Asserts that the analyzer reports exactly the marked diagnostics at exactly the marked spans. With
    /// <paramref name="only"/>, diagnostics with other ids are ignored (for designs whose other findings a test is not about).
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> VerifyAsync(string markup, string[]? only = null, string? editorConfig = null)
    {
        var (source, expected) = Markup.Parse(markup);
        var diagnostics = await AnalyzeAsync(source, editorConfig);
        var actual = diagnostics
            .Where(d => only is null || only.Contains(d.Id))
            .Select(d => new ExpectedDiagnostic(d.Id, d.Location.SourceSpan))
            .OrderBy(d => d.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToArray();
        var wanted = expected.OrderBy(d => d.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToArray();
        if (!actual.SequenceEqual(wanted))
        {
            Assert.Fail("Expected:\n" + Show(source, wanted) + "\nActual:\n" + Show(source, actual) + "\nMessages:\n"
                + string.Join("\n", diagnostics.Select(d => d.Id + " " + d.Severity + " '" + source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length) + "': " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))));
        }

        return diagnostics;
    }

    private static string Show(string source, IEnumerable<ExpectedDiagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => "  " + d.Id + " at " + d.Span + " '" + source.Substring(d.Span.Start, d.Span.Length) + "'"));
}
