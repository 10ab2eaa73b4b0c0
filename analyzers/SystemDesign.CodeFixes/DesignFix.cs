using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SystemDesign.CodeFixes;

/// <summary>
/// What the three providers share: reading a diagnostic's properties, finding its node, and a Fix All that plans
/// every diagnostic of a document together (so two findings on one call merge instead of conflicting).
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

    /// <summary>
    /// A Fix All that hands each document's diagnostics to <paramref name="fix"/> in one call, for the document,
    /// project and solution scopes. Actions with another equivalence key are not this provider's (none today).
    /// </summary>
    public static FixAllProvider FixAll(string equivalenceKey, System.Func<Document, ImmutableArray<Diagnostic>, CancellationToken, Task<Document>> fix) =>
        FixAllProvider.Create(
            async (context, document, diagnostics) =>
                context.CodeActionEquivalenceKey is { } key && key != equivalenceKey
                    ? document
                    : await fix(document, diagnostics, context.CancellationToken).ConfigureAwait(false),
            ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution));

    /// <summary>The diagnostics in a stable order (position, then id), so a fix's result never depends on the order they came in.</summary>
    public static IEnumerable<Diagnostic> Ordered(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, System.StringComparer.Ordinal)
            .ThenBy(d => string.Join(";", d.Properties.OrderBy(p => p.Key, System.StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)), System.StringComparer.Ordinal);
}
