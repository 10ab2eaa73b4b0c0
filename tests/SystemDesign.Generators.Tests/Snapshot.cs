using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using SystemDesign.TestSupport;

namespace SystemDesign.Generators.Tests;

/// <summary>
/// Approved-file snapshots with Verify's conventions, so moving to Verify.SourceGenerators later is mechanical:
/// <c>Snapshots/{TestClass}.{TestMethod}#{HintName}.verified.cs</c> holds the approved output; on a difference the
/// actual text is written next to it as <c>.received.cs</c> and the test fails. Approve by renaming received to
/// verified (or run with <c>VERIFY_AUTOVERIFY=true</c>), then review the diff like code. Scrubbing: line ends → \n.
/// </summary>
internal static class Snapshot
{
    // The folder comes from the repository root, not [CallerFilePath]: CI builds map source paths to /_/
    // (ContinuousIntegrationBuild), so the compile-time path of this file does not exist at test time.
    public static void Verify(GeneratorRunResult result, string testClass = "SnapshotTests", [CallerMemberName] string testMethod = "")
    {
        var directory = Path.Combine(RepositoryRoot.Path, "tests", "SystemDesign.Generators.Tests", "Snapshots");
        var prefix = testClass + "." + testMethod + "#";
        var mismatches = result.GeneratedSources
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => Compare(directory, prefix + Path.GetFileNameWithoutExtension(s.HintName), s.SourceText.ToString()))
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

    private static string? Compare(string directory, string name, string actual)
    {
        actual = Scrub(actual);
        var verified = Path.Combine(directory, name + ".verified.cs");
        var received = Path.Combine(directory, name + ".received.cs");
        if (File.Exists(verified) && Scrub(File.ReadAllText(verified)) == actual)
        {
            File.Delete(received);
            return null;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("VERIFY_AUTOVERIFY"), "true", StringComparison.OrdinalIgnoreCase))
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return null;
        }

        File.WriteAllText(received, actual);
        return File.Exists(verified)
            ? $"{name}: generated code differs from the approved file; compare {received} with {verified}."
            : $"{name}: no approved file; review {received} and rename it to .verified.cs.";
    }

    private static string Scrub(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
