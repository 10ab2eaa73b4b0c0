using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using SystemDesign.TestSupport;

namespace SystemDesign.Generators.Tests;

/// <summary>
/// A generator run checked with the shared <see cref="Snapshot"/>, one approved file per generated source:
/// <c>Snapshots/{TestClass}.{TestMethod}#{HintName}.verified.cs</c>, as Verify.SourceGenerators names them.
/// </summary>
internal static class GeneratorSnapshot
{
    public static void Verify(GeneratorRunResult result, string testClass = "SnapshotTests", [CallerMemberName] string testMethod = "")
    {
        var directory = Path.Combine(RepositoryRoot.Path, "tests", "SystemDesign.Generators.Tests", "Snapshots");
        var prefix = testClass + "." + testMethod + "#";
        var mismatches = result.GeneratedSources
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => Snapshot.CompareText(directory, prefix + Path.GetFileNameWithoutExtension(s.HintName), "cs", s.SourceText.ToString()))
            .Where(m => m is not null)
            .ToList();

        // An approved file the generator no longer produces is a difference too.
        var produced = result.GeneratedSources.Select(s => prefix + Path.GetFileNameWithoutExtension(s.HintName) + ".verified.cs").ToHashSet(StringComparer.Ordinal);
        mismatches.AddRange(Directory.EnumerateFiles(directory, prefix + "*.verified.cs")
            .Select(Path.GetFileName)
            .Where(f => !produced.Contains(f!))
            .Select(f => $"{f} is approved but no longer generated; delete it if that is intended."));

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }
}
