using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace SystemDesign.Cli.Tests;

/// <summary>
/// Debian's headless <c>chromium</c>. Where it is missing, the test setup installs it with apt-get (as root, or through
/// passwordless sudo) once per test run; where that cannot be done the render test is skipped with the reason and the
/// command to run. <c>SYSTEMDESIGN_NO_BROWSER_INSTALL=1</c> turns the install off.
/// </summary>
internal static class Chromium
{
    private static readonly string[] Names = { "chromium", "chromium-browser" };

    private static readonly Lazy<(string? Path, string? Missing)> Installed = new(Locate);

    /// <summary>The browser's path, or null when it is not installed and could not be.</summary>
    public static string? Path => Installed.Value.Path;

    /// <summary>Why the browser is absent, with the command that installs it; null when it is present.</summary>
    public static string? Missing => Installed.Value.Missing;

    /// <summary>Runs chromium headless with console logging on standard error; returns standard output and error.</summary>
    public static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException(Missing))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    private static (string? Path, string? Missing) Locate()
    {
        if (Find() is { } found)
        {
            return (found, null);
        }

        const string Command = "apt-get install -y chromium";
        if (Environment.GetEnvironmentVariable("SYSTEMDESIGN_NO_BROWSER_INSTALL") == "1")
        {
            return (null, $"chromium is not on PATH and SYSTEMDESIGN_NO_BROWSER_INSTALL=1: install it ({Command}) to run the headless render test");
        }

        if (!OperatingSystem.IsLinux() || Find("apt-get") is null)
        {
            return (null, $"chromium is not on PATH and this machine has no apt-get: install chromium to run the headless render test");
        }

        // Root installs directly; anyone else only through sudo that asks no password (a test must never prompt).
        var root = Environment.UserName == "root";
        if (!root && (Find("sudo") is null || Run("sudo", "-n", "true").Exit != 0))
        {
            return (null, $"chromium is not on PATH and installing needs root: run `sudo {Command}` to run the headless render test");
        }

        var apt = root ? "apt-get" : "sudo";
        string[] Elevated(params string[] args) => root ? args : new[] { "-n", "apt-get" }.Concat(args).ToArray();
        var install = Elevated("install", "-y", "--no-install-recommends", "chromium");
        var attempt = Run(apt, install);
        if (attempt.Exit != 0)
        {
            // A fresh machine may have no package lists yet.
            Run(apt, Elevated("update"));
            attempt = Run(apt, install);
        }

        return Find() is { } installed
            ? (installed, null)
            : (null, $"chromium is not on PATH and `{Command}` failed (exit {attempt.Exit}: {LastLine(attempt.Output)}); install it to run the headless render test");
    }

    private static string? Find(params string[] names) =>
        (names.Length == 0 ? Names : names)
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator).Select(dir => System.IO.Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);

    private static (int Exit, string Output) Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
            {
                process.Kill(entireProcessTree: true);
                return (-1, "timed out after 10 minutes");
            }

            return (process.ExitCode, output + error.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no output";
}

/// <summary>A fact that runs where chromium is installed or can be installed, and says why and how where it cannot.</summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null)
        {
            Skip = Chromium.Missing;
        }
    }
}
