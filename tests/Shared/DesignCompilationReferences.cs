using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SystemDesign.TestSupport;

/// <summary>
/// What a compilation of design source needs to bind: the running framework's <c>System.*</c>, mscorlib and netstandard
/// assemblies, and SystemDesign.dll. Shared by the analyzer and code-fix test harnesses and the re-analysis benchmark
/// (linked into each project that references Roslyn).
/// </summary>
internal static class DesignCompilationReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(Load);

    /// <summary>The references, loaded once per process.</summary>
    public static ImmutableArray<MetadataReference> All => References.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        var paths = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(ArchitectureBuilder).Assembly.Location)
            .Distinct(StringComparer.Ordinal);
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    }
}
