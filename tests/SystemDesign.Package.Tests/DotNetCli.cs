using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace SystemDesign.Package.Tests;

/// <summary>The outcome of one dotnet CLI run: exit code, the interleaved stdout/stderr text, and how long it took.</summary>
public sealed record CliResult(string CommandLine, int ExitCode, bool TimedOut, TimeSpan Elapsed, string Output)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>Everything a failure message needs: the command, how it ended, and the full output.</summary>
    public string Describe() =>
        "$ " + CommandLine + Environment.NewLine
        + (TimedOut ? "TIMED OUT" : "exit code " + ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture))
        + " after " + Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s" + Environment.NewLine
        + Output;
}

/// <summary>
/// Runs the dotnet CLI as a child process with a timeout; a run that overruns is killed with its whole process tree.
/// The child gets no MSBuild state from the test host (a nested build must resolve the SDK by itself), no node reuse,
/// no build server and no shared compiler, so it leaves no process behind.
/// </summary>
internal static class DotNetCli
{
    private static readonly string[] InheritedMSBuildVariables =
    [
        "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly",
        "MSBuildStartupDirectory", "_MSBUILDTLENABLED",
    ];

    public static string Executable =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public static CliResult Run(string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        RunProgram(Executable, "dotnet", workingDirectory, timeout, environment, arguments);

    /// <summary>
    /// Runs another program (an installed dotnet tool) the same way; <paramref name="displayName"/> starts the command
    /// line in failure messages. The dotnet that runs the tests is its runtime (DOTNET_ROOT).
    /// </summary>
    public static CliResult RunTool(string program, string displayName, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var withRoot = new Dictionary<string, string>(environment, StringComparer.Ordinal);
        if (Path.GetDirectoryName(Executable) is { Length: > 0 } root)
        {
            withRoot["DOTNET_ROOT"] = root;
        }

        return RunProgram(program, displayName, workingDirectory, timeout, withRoot, arguments);
    }

    private static CliResult RunProgram(string program, string displayName, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string> environment, string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in InheritedMSBuildVariables)
        {
            start.Environment.Remove(name);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        // The compiler server (as in Directory.Build.props, where our CI's environment turns it off): the consumers'
        // compilations go to the server the solution's build left running instead of a new csc each, which JIT-compiles
        // Roslyn again (this project alone: 38.6 s → 28.5 s, 51 → 40 CPU-s, docs/test-suite.md). The server does not
        // hold a caller's output pipe; .ci/run stops it when the tests end.
        start.Environment["UseSharedCompilation"] = "true";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // Short-lived builds and test hosts: profile-guided JIT instrumentation never pays back (docs/test-suite.md).
        start.Environment["DOTNET_TieredPGO"] = "0";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        void Append(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }
            }
        }

        var commandLine = string.Join(" ", new[] { displayName }.Concat(arguments.Select(Quote)));
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += Append;
        process.ErrorDataReceived += Append;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExit(timeout);
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        // Drains the asynchronous readers (after a kill, too).
        process.WaitForExit();
        stopwatch.Stop();
        string text;
        lock (output)
        {
            text = output.ToString();
        }

        return new CliResult(commandLine, exited ? process.ExitCode : -1, !exited, stopwatch.Elapsed, text);
    }

    private static string Quote(string argument) => argument.Contains(' ', StringComparison.Ordinal) ? "\"" + argument + "\"" : argument;
}
