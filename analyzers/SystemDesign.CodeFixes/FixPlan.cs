using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SystemDesign.CodeFixes;

/// <summary>
/// The plan-then-apply skeleton every provider shares: plan the changes of a document's diagnostics in a stable order,
/// offer an action that re-plans and applies them, and a Fix All that plans a document's diagnostics together (so two
/// findings on one call merge instead of conflicting). A provider supplies only how one diagnostic is planned and how
/// the planned changes edit the tree.
/// </summary>
/// <typeparam name="TChange">One planned edit.</typeparam>
internal sealed class FixPlan<TChange>
{
    private readonly string equivalenceKey;
    private readonly Func<SemanticModel, CancellationToken, Func<Diagnostic, SyntaxNode, IEnumerable<TChange>>> plannerFor;
    private readonly Func<SyntaxNode, IReadOnlyList<TChange>, SyntaxNode> apply;

    /// <param name="equivalenceKey">The provider's key (<see cref="EquivalenceKeys"/>).</param>
    /// <param name="plannerFor">
    /// Makes the planner of one document: the changes that fix a diagnostic at the node it marks. Made once per document,
    /// so it may remember what it looked up for an earlier diagnostic.
    /// </param>
    /// <param name="apply">The tree with the planned changes made (none of them empty).</param>
    public FixPlan(
        string equivalenceKey,
        Func<SemanticModel, CancellationToken, Func<Diagnostic, SyntaxNode, IEnumerable<TChange>>> plannerFor,
        Func<SyntaxNode, IReadOnlyList<TChange>, SyntaxNode> apply)
    {
        this.equivalenceKey = equivalenceKey;
        this.plannerFor = plannerFor;
        this.apply = apply;
    }

    /// <summary>
    /// A Fix All that hands each document's diagnostics to one plan, for the document, project and solution scopes.
    /// Actions with another equivalence key are not this provider's (none today).
    /// </summary>
    public FixAllProvider FixAll() =>
        FixAllProvider.Create(
            async (context, document, diagnostics) =>
                context.CodeActionEquivalenceKey is { } key && key != equivalenceKey
                    ? document
                    : await ApplyAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false),
            ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution));

    /// <summary>Each diagnostic's changes, the diagnostics in <see cref="DesignFix.Ordered"/>'s order.</summary>
    public async Task<List<(Diagnostic Diagnostic, TChange Change)>> PlanAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var planned = new List<(Diagnostic, TChange)>();
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return planned;
        }

        var plan = plannerFor(model, cancellationToken);
        foreach (var diagnostic in DesignFix.Ordered(diagnostics))
        {
            if (DesignFix.NodeOf(root, diagnostic) is { } node)
            {
                planned.AddRange(plan(diagnostic, node).Select(change => (diagnostic, change)));
            }
        }

        return planned;
    }

    /// <summary>Registers an action titled <paramref name="title"/> that applies the plan of <paramref name="diagnostics"/>.</summary>
    public void Offer(CodeFixContext context, string title, ImmutableArray<Diagnostic> diagnostics)
    {
        var document = context.Document;
        context.RegisterCodeFix(
            CodeAction.Create(title, cancellationToken => ApplyAsync(document, diagnostics, cancellationToken), equivalenceKey),
            diagnostics);
    }

    private async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var planned = await PlanAsync(document, diagnostics, cancellationToken).ConfigureAwait(false);
        if (planned.Count == 0 || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root)
        {
            return document;
        }

        return document.WithSyntaxRoot(apply(root, planned.Select(p => p.Change).ToList()));
    }
}
