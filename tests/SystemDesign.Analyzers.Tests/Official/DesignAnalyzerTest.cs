using System.Linq;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SystemDesign.Model;

namespace SystemDesign.Analyzers.Tests.Official;

/// <summary>
/// <see cref="DesignAnalyzer"/> under Microsoft.CodeAnalysis.Testing, the framework analyzer authors know: markup
/// (<c>{|SD0013:-1|}</c>) in the source, compile errors fail the test, and the reference assemblies come from
/// Basic.Reference.Assemblies.Net100 (nothing is downloaded). Only the rules a test names are checked: the blog under
/// its problem raises engine findings a DSL test is not about.
/// </summary>
internal static class DesignAnalyzerTest
{
    public static Task VerifyAsync(string source, params string[] only)
    {
        var test = new CSharpAnalyzerTest<DesignAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            // No reference pack: the net10.0 references and SystemDesign.dll are given directly.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(Net100.References.All);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(ArchitectureBuilder).Assembly.Location));
        test.DisabledDiagnostics.AddRange(Rules.All.Select(r => r.Id).Where(id => !only.Contains(id)));
        return test.RunAsync();
    }
}
