using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using SystemDesign.TestSupport;

namespace SystemDesign.Cli.Tests;

/// <summary>
/// Runs <c>sysdesign</c>: in this process through <see cref="CommandLine.Run(string[], TextWriter, TextWriter, string)"/>
/// (the same code Program.Main calls, with the working folder as a parameter), or as a separate process of the built
/// tool, as a user or a CI script does. In-process runs share one JIT-compiled Roslyn and MSBuild registration, so a
/// test that asserts on output or an error path costs the workspace load alone; a few tests keep the process for
/// what only it shows (exit codes and streams as a shell sees them, the environment's culture, Ctrl-C).
/// </summary>
internal static class Sysdesign
{
    /// <summary>
    /// Runs the command in this process as if started in <paramref name="workingDirectory"/> under
    /// <paramref name="culture"/> (the invariant culture when null; the culture flows into the command's tasks).
    /// </summary>
    public static Task<(int Exit, string Out, string Err)> InCultureAsync(string workingDirectory, CultureInfo? culture, params string[] args) =>
        Task.Run(() =>
        {
            CultureInfo.CurrentCulture = culture ?? CultureInfo.InvariantCulture;
            using var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            using var error = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            var exit = CommandLine.Run(args, output, error, workingDirectory);
            return (exit, output.ToString(), error.ToString());
        });

    public static Task<(int Exit, string Out, string Err)> InProcessAsync(string workingDirectory, params string[] args) => InCultureAsync(workingDirectory, null, args);

    /// <summary>The tool's own output folder (same configuration as these tests), where its MSBuild BuildHost lives.</summary>
    public static string Dll { get; } = Path.Combine(RepositoryRoot.Path, "src", "SystemDesign.Cli", "bin", Configuration, "net10.0", "sysdesign.dll");

    /// <summary>The configuration these tests were built in (Debug or Release): the repository's projects were built in it too.</summary>
    public static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

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
