using System.Linq;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SystemDesign.Analyzers;
using SystemDesign.Model;

namespace SystemDesign.CodeFixes.Tests.Official;

/// <summary>
/// A code fix under Microsoft.CodeAnalysis.Testing, the framework analyzer authors know: the source marks every
/// diagnostic it expects (<c>{|SD7005:3|}</c>), the fix is applied, and the fixed source must compile and carry exactly
/// the diagnostics it marks. The framework also runs Fix All in document, project and solution scope and checks it
/// gives the same text. Checked: the fix's rules and every error rule, so a fix that trades its finding for a new
/// error fails; warnings and information of other rules are the design's, not the fix's (the blog raises some).
/// References come from Basic.Reference.Assemblies.Net100, so nothing is downloaded.
/// </summary>
internal static class CodeFixTest
{
    public static Task VerifyAsync<TProvider>(string source, string fixedSource, string equivalenceKey, params string[] rules)
        where TProvider : CodeFixProvider, new() =>
        VerifyAsync<TProvider>(source, fixedSource, equivalenceKey, rules, ignoring: []);

    /// <summary>
    /// As above, with error rules the design raises before and after the fix (not its concern) left unchecked, the
    /// number of fix passes (one per diagnostic unless a fix uncovers a finding that the next pass fixes), the title
    /// the applied action must have, and whether a fixed finding sits on the <c>[Design]</c> argument (non-local).
    /// </summary>
    public static Task VerifyAsync<TProvider>(string source, string fixedSource, string equivalenceKey, string[] rules, string[] ignoring, int? passes = null, string? title = null, bool onAttribute = false)
        where TProvider : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<DesignAnalyzer, TProvider, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
            // No reference pack: the net10.0 references and SystemDesign.dll are given directly.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        if (onAttribute)
        {
            // Findings about the whole design sit on the [Design] argument, outside the Describe body whose operation
            // block reports them: Roslyn calls such a diagnostic non-local, and the framework refuses to fix one unless told.
            test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
        }

        if (title is not null)
        {
            test.CodeActionVerifier = (action, verifier) => verifier.Equal(title, action.Title, "the action's title");
        }

        if (passes is { } count)
        {
            test.NumberOfIncrementalIterations = count;
            test.NumberOfFixAllIterations = count;
        }

        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.AdditionalReferences.AddRange(Net100.References.All);
            state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(ArchitectureBuilder).Assembly.Location));
        }

        test.DisabledDiagnostics.AddRange(Rules.All.Where(r => (r.DefaultSeverity != Severity.Error && !rules.Contains(r.Id)) || ignoring.Contains(r.Id)).Select(r => r.Id));
        return test.RunAsync();
    }
}
