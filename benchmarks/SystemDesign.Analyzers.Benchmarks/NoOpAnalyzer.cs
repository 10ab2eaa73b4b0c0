using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SystemDesign.Analyzers.Benchmarks;

/// <summary>
/// Registers what <see cref="DesignAnalyzer"/> registers (a compilation-start action, then operation-block actions)
/// and does nothing in them, so a run with it costs the harness, the binding of the document and the driver's
/// building of operation trees: everything but the analyzer's own work.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class NoOpAnalyzer : DiagnosticAnalyzer
{
    // The driver skips an analyzer none of whose diagnostics can be reported, so it needs one enabled descriptor.
    private static readonly DiagnosticDescriptor Never = new(
        "NOOP001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start => start.RegisterOperationBlockAction(_ => { }));
    }
}
