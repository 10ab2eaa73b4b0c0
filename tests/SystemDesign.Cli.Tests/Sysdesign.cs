using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using SystemDesign.TestSupport;

namespace SystemDesign.Cli.Tests;

/// <summary>Runs the built <c>sysdesign</c> as a separate process, as a user or a CI script does.</summary>
internal static class Sysdesign
{
    /// <summary>The tool's own output folder (same configuration as these tests), where its MSBuild BuildHost lives.</summary>
    public static string Dll { get; } = Path.Combine(
        RepositoryRoot.Path, "src", "SystemDesign.Cli", "bin", new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name, "net10.0", "sysdesign.dll");

    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    public static async Task<(int Exit, string Out, string Err)> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var process = Start(workingDirectory, environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    public static Task<(int Exit, string Out, string Err)> RunAsync(string workingDirectory, params string[] args) => RunAsync(workingDirectory, null, args);
}
