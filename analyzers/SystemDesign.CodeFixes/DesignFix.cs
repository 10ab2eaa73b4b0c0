using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SystemDesign.CodeFixes;

/// <summary>
/// What the providers share besides <see cref="FixPlan{TChange}"/>: reading a diagnostic's properties, finding its node,
/// and the stable order in which a document's diagnostics are planned.
/// </summary>
internal static class DesignFix
{
    public static string? Property(Diagnostic diagnostic, string key) =>
        diagnostic.Properties.TryGetValue(key, out var value) ? value : null;

    public static string? Site(Diagnostic diagnostic) => Property(diagnostic, SystemDesign.Analyzers.DiagnosticProperties.Site);

    /// <summary>The node the diagnostic marks in <paramref name="root"/>, or null when its location is elsewhere.</summary>
    public static SyntaxNode? NodeOf(SyntaxNode root, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        return diagnostic.Location.IsInSource && root.FullSpan.Contains(span) && !span.IsEmpty
            ? root.FindNode(span, getInnermostNodeForTie: true)
            : null;
    }

    /// <summary>The diagnostics in a stable order (position, then id), so a fix's result never depends on the order they came in.</summary>
    public static IEnumerable<Diagnostic> Ordered(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, System.StringComparer.Ordinal)
            .ThenBy(d => string.Join(";", d.Properties.OrderBy(p => p.Key, System.StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)), System.StringComparer.Ordinal);
}
