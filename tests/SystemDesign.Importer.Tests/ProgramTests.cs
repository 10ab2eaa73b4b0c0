using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

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

    [Theory]
    [InlineData("## 1. 📚 Sample Problem", "## 99999999999. 📚 Sample Problem")]
    [InlineData("  - Minimum 3 of type: app", "  - Minimum ３ of type: app")]
    [InlineData("Goal text", "Goal\0text")]
    public void Hostile_input_exits_1_with_one_line_and_leaves_the_catalog(string line, string replacement)
    {
        using var dir = new TempDir();
        var export = Path.Combine(dir.Path, "export.txt");
        var problems = Path.Combine(dir.Path, "problems");
        Directory.CreateDirectory(problems);
        File.WriteAllText(Path.Combine(problems, "keep.json"), "{}");
        File.WriteAllText(export, MalformedInputTests.MisEncode(MalformedInputTests.Sample.Replace(line, replacement, StringComparison.Ordinal)));
        var (code, _, error) = Run(export, dir.Path);
        Assert.Equal(1, code);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains(" of export.txt: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Equal(["keep.json"], Directory.EnumerateFiles(problems).Select(Path.GetFileName));
    }

    [Fact]
    public void A_binary_override_file_exits_1_naming_it_and_the_byte_offset()
    {
        using var dir = new TempDir();
        var export = Path.Combine(dir.Path, "export.txt");
        File.WriteAllText(export, MalformedInputTests.MisEncode(MalformedInputTests.Sample));
        File.WriteAllBytes(Path.Combine(dir.Path, "overrides.json"), [0x7B, 0xC0, 0xAF, 0x00]);
        var (code, _, error) = Run(export, dir.Path);
        Assert.Equal(1, code);
        Assert.Equal("error: overrides.json: byte offset 1 (line 1): invalid UTF-8 sequence starting C0 AF 00; expected UTF-8 text\n", error.Replace("\r", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void A_catalog_that_cannot_be_written_exits_3_and_keeps_what_was_there()
    {
        using var dir = new TempDir();
        var export = Path.Combine(dir.Path, "export.txt");
        File.WriteAllText(export, MalformedInputTests.MisEncode(MalformedInputTests.Sample));
        File.WriteAllText(Path.Combine(dir.Path, "problems"), "a file where the folder must go");
        var (code, _, error) = Run(export, dir.Path);
        Assert.Equal(3, code);
        Assert.StartsWith("error: could not write ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal("a file where the folder must go", File.ReadAllText(Path.Combine(dir.Path, "problems")));
    }
}
