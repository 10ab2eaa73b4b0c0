using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SystemDesign.Analyzers.Benchmarks;

/// <summary>
/// What one edit costs, measured three ways on three fresh compilations of the same text (each binds from scratch):
/// the IDE's request (<see cref="CompilationWithAnalyzers"/> on the edited document's semantic model) with the real
/// analyzer, with its own callbacks' time from the driver's telemetry; the same request with
/// <see cref="NoOpAnalyzer"/> (the harness, binding and operation trees without the analyzer's work); and the
/// analyzer's stages called one by one (<see cref="Stages"/>).
/// </summary>
internal static class Reanalysis
{
    private static readonly DiagnosticAnalyzer Design = new DesignAnalyzer();
    private static readonly DiagnosticAnalyzer NoOp = new NoOpAnalyzer();

    public static async Task<EditTimes> MeasureAsync(DesignProject project, Scenario scenario, int edit)
    {
        var compilation = project.Edit(scenario.Source(edit));
        var (request, diagnostics, callbacks) = await RequestAsync(compilation, project.Edited, Design).ConfigureAwait(false);
        if (scenario.Check(edit, diagnostics) is { } wrong)
        {
            throw new InvalidOperationException(scenario.Name + ", edit " + edit + ": " + wrong);
        }

        var (baseline, _, _) = await RequestAsync(project.Fresh(), project.Edited, NoOp).ConfigureAwait(false);
        var stages = Stages.Measure(project.Fresh(), project.Edited);
        return new EditTimes(request, callbacks, baseline, stages);
    }

    private static async Task<(double Milliseconds, ImmutableArray<Diagnostic> Diagnostics, double Callbacks)> RequestAsync(
        Compilation compilation, SyntaxTree tree, DiagnosticAnalyzer analyzer)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: null,
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: true);
        var watch = Stopwatch.StartNew();
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options);
        var diagnostics = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, CancellationToken.None).ConfigureAwait(false);
        var elapsed = watch.Elapsed.TotalMilliseconds;
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
        return (elapsed, diagnostics, telemetry.ExecutionTime.TotalMilliseconds);
    }
}

/// <summary>The times of one edit, in milliseconds.</summary>
/// <param name="Request">The IDE's request with the analyzer: new <see cref="CompilationWithAnalyzers"/>, binding, the analyzer.</param>
/// <param name="Callbacks">The analyzer's own callbacks during <paramref name="Request"/> (driver telemetry).</param>
/// <param name="Baseline">The same request with <see cref="NoOpAnalyzer"/>.</param>
/// <param name="Stages">The analyzer's stages, timed one by one.</param>
internal sealed record EditTimes(double Request, double Callbacks, double Baseline, StageTimes Stages);
