using System;
using System.Diagnostics;
using System.IO;

namespace SystemDesign.Importer.Tests;

/// <summary>The command line: exit codes and messages (no stack traces).</summary>
public sealed class ProgramTests
{
    private static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SystemDesign.Importer.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }

    [Fact]
    public void A_missing_export_exits_2_with_a_clear_message()
    {
        using var dir = new TempDir();
        var (code, _, error) = Run(Path.Combine(dir.Path, "missing.txt"), dir.Path);
        Assert.Equal(2, code);
        Assert.Contains("export file not found", error, StringComparison.Ordinal);
        Assert.Contains("missing.txt", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_arguments_print_usage_and_exit_2()
    {
        var (code, _, error) = Run();
        Assert.Equal(2, code);
        Assert.Contains("usage:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_input_exits_1_naming_the_place_without_a_stack_trace()
    {
        using var dir = new TempDir();
        var export = Path.Combine(dir.Path, "export.txt");
        var text = MalformedInputTests.Sample.Replace("- Users → App (Primary)", "- Users => App (Primary)", StringComparison.Ordinal);
        File.WriteAllText(export, MalformedInputTests.MisEncode(text));
        var (code, _, error) = Run(export, dir.Path);
        Assert.Equal(1, code);
        Assert.StartsWith("error: problem #1 (sample), line ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "problems")));
    }

    [Fact]
    public void A_good_export_exits_0_and_reports_the_count()
    {
        using var dir = new TempDir();
        var export = Path.Combine(dir.Path, "export.txt");
        File.WriteAllText(export, MalformedInputTests.MisEncode(MalformedInputTests.Sample));
        var (code, output, _) = Run(export, dir.Path);
        Assert.Equal(0, code);
        Assert.Contains("imported 2 problems in 1 categories", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir.Path, "problems", "tutorial", "sample.json")));
    }
}
