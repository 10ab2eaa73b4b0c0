using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace SystemDesign.Cli.Tests;

/// <summary>Debian's headless <c>chromium</c>, when installed (<c>apt-get install -y chromium</c>).</summary>
internal static class Chromium
{
    public static string? Path { get; } = new[] { "chromium", "chromium-browser" }
        .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator).Select(dir => System.IO.Path.Combine(dir, name)))
        .FirstOrDefault(File.Exists);

    /// <summary>Runs chromium headless with console logging on standard error; returns standard output and error.</summary>
    public static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException("chromium is not installed"))
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
}

/// <summary>A fact that runs only where chromium is installed, and says how to install it where it is not.</summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null)
        {
            Skip = "chromium is not on PATH: install it (apt-get install -y chromium) to run the headless render test";
        }
    }
}
