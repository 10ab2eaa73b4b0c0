using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Locator;

namespace SystemDesign.Cli.Grading;

/// <summary>
/// Finds the .NET SDK and registers its MSBuild with the locator. Must run before any MSBuild type is loaded, so
/// nothing here touches one, and the workspace code lives in other classes that are JIT-compiled later.
/// </summary>
internal static class Sdk
{
    // In-process callers (the tests) grade several paths at once; the locator registers only once per process.
    private static readonly System.Threading.Lock Registration = new();

    /// <summary>Registers the newest SDK (once per process) and returns the path of its <c>dotnet</c> host.</summary>
    public static string Register()
    {
        VisualStudioInstance? instance;
        lock (Registration)
        {
            instance = MSBuildLocator.IsRegistered
                ? MSBuildLocator.QueryVisualStudioInstances().FirstOrDefault()
                : RegisterDefaults();
        }

        var root = instance is null ? null : Path.GetFullPath(Path.Combine(instance.MSBuildPath, "..", ".."));
        var host = root is null ? null : Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return host is not null && File.Exists(host) ? host : "dotnet";
    }

    private static VisualStudioInstance RegisterDefaults()
    {
        try
        {
            return MSBuildLocator.RegisterDefaults();
        }
        catch (InvalidOperationException e)
        {
            throw new GradeException("no .NET SDK found (" + e.Message + "): install the .NET 10 SDK, or set DOTNET_ROOT to where it is.");
        }
    }
}
