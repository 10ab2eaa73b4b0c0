using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SystemDesign.Analyzers;
using SystemDesign.TestSupport;

namespace SystemDesign.CodeFixes.Tests.Harness;

/// <summary>
/// Runs a code fix the way an IDE does, without the Roslyn testing packages (not on the mirror): an
/// <see cref="AdhocWorkspace"/> project holds the sources, <see cref="DesignAnalyzer"/> runs through
/// <see cref="CompilationWithAnalyzers"/> for the real diagnostics, the provider registers its actions in a
/// <see cref="CodeFixContext"/>, and the chosen action's operations are applied to the solution.
/// </summary>
public static class CodeFixHarness
{

    /// <summary>A project with one document per source, named /src/Design.cs, /src/Design1.cs...</summary>
    public static Project CreateProject(params string[] sources)
    {
        var workspace = new AdhocWorkspace();
        var id = ProjectId.CreateNewId();
        var info = ProjectInfo.Create(id, VersionStamp.Default, "Designs", "Designs", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: DesignCompilationReferences.All);
        var solution = workspace.CurrentSolution.AddProject(info);
        for (var i = 0; i < sources.Length; i++)
        {
            var name = i == 0 ? "Design.cs" : "Design" + i.ToString(CultureInfo.InvariantCulture) + ".cs";
            solution = solution.AddDocument(DocumentId.CreateNewId(id), name, SourceText.From(sources[i]), filePath: "/src/" + name);
        }

        return solution.GetProject(id)!;
    }

    /// <summary>Asserts that the project compiles without errors and the analyzer does not crash; returns its diagnostics.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project, CancellationToken cancellationToken = default)
    {
        var compilation = (await project.GetCompilationAsync(cancellationToken))!;
        var errors = compilation.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, "The source does not compile:\n" + string.Join("\n", errors.Select(e => e.ToString()))
            + "\n" + string.Join("\n---\n", project.Documents.Select(d => d.GetTextAsync(cancellationToken).Result.ToString())));
        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, diagnostic) =>
            {
                lock (exceptions)
                {
                    exceptions.Add(exception.ToString());
                }
            },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DesignAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync(cancellationToken);
        exceptions.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()));
        Assert.True(exceptions.Count == 0, "The analyzer threw (AD0001):\n" + string.Join("\n", exceptions));
        return diagnostics;
    }

    /// <summary>
    /// The actions <paramref name="provider"/> offers for the first diagnostic with <paramref name="id"/>, given (as an
    /// IDE does) every diagnostic of its fixable ids at that span.
    /// </summary>
    public static async Task<(Document Document, Diagnostic Diagnostic, IReadOnlyList<(CodeAction Action, ImmutableArray<Diagnostic> Diagnostics)> Actions)> ActionsAsync(
        string source, CodeFixProvider provider, string id, Func<Diagnostic, bool>? which = null)
    {
        var project = CreateProject(source);
        var document = project.Documents.Single();
        var diagnostics = await AnalyzeAsync(project);
        var diagnostic = diagnostics.Where(d => d.Id == id && (which is null || which(d))).OrderBy(d => d.Location.SourceSpan.Start).FirstOrDefault();
        Assert.True(diagnostic is not null, "No " + id + " to fix. Diagnostics:\n" + Describe(diagnostics, source));
        var atSpan = diagnostics.Where(d => d.Location.SourceSpan == diagnostic!.Location.SourceSpan && provider.FixableDiagnosticIds.Contains(d.Id)).ToImmutableArray();
        var actions = new List<(CodeAction, ImmutableArray<Diagnostic>)>();
        var context = new CodeFixContext(document, diagnostic!.Location.SourceSpan, atSpan, (action, fixes) => actions.Add((action, fixes)), CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context);
        return (document, diagnostic!, actions);
    }

    /// <summary>Applies the single action <paramref name="provider"/> offers for the first <paramref name="id"/> and returns the new source.</summary>
    public static async Task<string> FixAsync(string source, CodeFixProvider provider, string id, string equivalenceKey, Func<Diagnostic, bool>? which = null)
    {
        // As in an IDE: the actions offered for the chosen diagnostic (several may share its span).
        var (document, diagnostic, actions) = await ActionsAsync(source, provider, id, which);
        var action = Assert.Single(actions, a => a.Diagnostics.Contains(diagnostic)).Action;
        Assert.Equal(equivalenceKey, action.EquivalenceKey);
        var solution = await ApplyAsync(action, document.Project.Solution);
        return (await solution.GetDocument(document.Id)!.GetTextAsync()).ToString();
    }

    /// <summary>Runs the provider's Fix All for <paramref name="equivalenceKey"/> in <paramref name="scope"/>, from the first document; returns every document's new text.</summary>
    public static async Task<string[]> FixAllAsync(Project project, CodeFixProvider provider, FixAllScope scope, string equivalenceKey)
    {
        var fixAll = provider.GetFixAllProvider();
        Assert.NotNull(fixAll);
        Assert.Contains(scope, fixAll!.GetSupportedFixAllScopes());
        var context = new FixAllContext(project.Documents.First(), provider, scope, equivalenceKey, provider.FixableDiagnosticIds,
            new AnalyzerDiagnosticProvider(), CancellationToken.None);
        var action = await fixAll.GetFixAsync(context);
        Assert.NotNull(action);
        var solution = await ApplyAsync(action!, project.Solution);
        var texts = new List<string>();
        foreach (var id in project.DocumentIds)
        {
            texts.Add((await solution.GetDocument(id)!.GetTextAsync()).ToString());
        }

        return texts.ToArray();
    }

    /// <summary>Asserts that <paramref name="sources"/> compile and that the analyzer reports none of <paramref name="ids"/>; returns the diagnostics.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AssertFixedAsync(string[] sources, params string[] ids)
    {
        var diagnostics = await AnalyzeAsync(CreateProject(sources));
        var left = diagnostics.Where(d => ids.Contains(d.Id)).ToArray();
        Assert.True(left.Length == 0, "Still reported after the fix:\n" + Describe(left, sources[0]));
        return diagnostics;
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics, string source) =>
        string.Join("\n", diagnostics.Select(d => d.Id + " '" + source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length) + "' "
            + string.Join(", ", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))
            + ": " + d.GetMessage(CultureInfo.InvariantCulture)));

    private static async Task<Solution> ApplyAsync(CodeAction action, Solution solution)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var apply = Assert.Single(operations.OfType<ApplyChangesOperation>());
        Assert.Equal(solution.Id, apply.ChangedSolution.Id);
        return apply.ChangedSolution;
    }

    /// <summary>Fix All's diagnostics: the analyzer run over the project, as an IDE's diagnostic service would supply them.</summary>
    private sealed class AnalyzerDiagnosticProvider : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return (await AnalyzeAsync(document.Project, cancellationToken)).Where(d => d.Location.SourceTree == tree);
        }

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            (await AnalyzeAsync(project, cancellationToken)).Where(d => !d.Location.IsInSource);

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            await AnalyzeAsync(project, cancellationToken);
    }
}
