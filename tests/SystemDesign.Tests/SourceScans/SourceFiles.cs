using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SystemDesign.TestSupport;

namespace SystemDesign.Tests.SourceScans;

/// <summary>
/// The repository's shipped C# sources (src/, analyzers/, tools/; not tests, benchmarks or build output), parsed once
/// as syntax trees for the scans that keep a class of mistake from coming back.
/// </summary>
internal static class SourceFiles
{
    private static readonly Lazy<IReadOnlyList<(string Path, SyntaxTree Tree)>> Parsed = new(Parse);

    /// <summary>Each file's path relative to the repository root, with "/" separators, and its syntax tree.</summary>
    public static IReadOnlyList<(string Path, SyntaxTree Tree)> All => Parsed.Value;

    /// <summary>"path:line: text" for a finding of a scan.</summary>
    public static string Describe(string path, SyntaxNode node) =>
        path + ":" + (node.GetLocation().GetLineSpan().StartLinePosition.Line + 1) + ": " + node.ToString();

    private static List<(string Path, SyntaxTree Tree)> Parse()
    {
        var root = RepositoryRoot.Path;
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        return new[] { "src", "analyzers", "tools" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Where(path => !path.Contains("/obj/", StringComparison.Ordinal) && !path.Contains("/bin/", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (path, CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(root, path)), options, path)))
            .ToList();
    }
}
