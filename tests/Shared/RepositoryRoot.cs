using System;
using System.IO;

namespace SystemDesign.TestSupport;

/// <summary>
/// The folder holding SystemDesign.sln, found by walking up from the test binaries. Tests read approved files and docs
/// from there rather than from <c>[CallerFilePath]</c>: CI builds map source paths to <c>/_/</c>
/// (ContinuousIntegrationBuild), so a compile-time path does not exist at test time. Linked into every test project
/// by tests/Directory.Build.props.
/// </summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The repository's root folder.</summary>
    public static string Path => Root.Value;

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "SystemDesign.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("SystemDesign.sln not found above " + AppContext.BaseDirectory);
    }
}
