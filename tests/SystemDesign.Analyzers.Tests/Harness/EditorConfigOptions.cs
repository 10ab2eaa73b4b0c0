using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace SystemDesign.Analyzers.Tests.Harness;

/// <summary>
/// Applies an <c>.editorconfig</c> the way the compiler does: parsed by <see cref="AnalyzerConfig"/>, resolved per tree
/// by <see cref="AnalyzerConfigSet"/>, and handed to the compilation as its syntax-tree options (severity overrides).
/// </summary>
internal sealed class EditorConfigOptions : SyntaxTreeOptionsProvider
{
    private readonly Dictionary<SyntaxTree, ImmutableDictionary<string, ReportDiagnostic>> byTree = new();

    public EditorConfigOptions(string editorConfig, IEnumerable<SyntaxTree> trees)
    {
        var set = AnalyzerConfigSet.Create(new[] { AnalyzerConfig.Parse(editorConfig, "/src/.editorconfig") });
        foreach (var tree in trees)
        {
            byTree[tree] = set.GetOptionsForSourcePath(tree.FilePath).TreeOptions;
        }
    }

    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
    {
        severity = ReportDiagnostic.Default;
        return byTree.TryGetValue(tree, out var options) && options.TryGetValue(diagnosticId, out severity);
    }

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
    {
        severity = ReportDiagnostic.Default;
        return false;
    }
}
