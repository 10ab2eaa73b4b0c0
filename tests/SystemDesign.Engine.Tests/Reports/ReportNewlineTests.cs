using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SystemDesign.TestSupport;

namespace SystemDesign.Engine.Tests.Reports;

/// <summary>
/// Same input, same bytes on every platform: the reports end their lines with "\n" (<c>ReportFormat.Line</c>), never
/// the platform's newline. On Linux the two are the same bytes, so no output comparison here can see a report that
/// uses the platform's; the sources can. The runner's checklist text used <c>AppendLine</c> until this test.
/// </summary>
public sealed partial class ReportNewlineTests
{
    [GeneratedRegex(@"\bAppendLine\s*\(|Environment\.NewLine|\bWriteLine\s*\(")]
    private static partial Regex PlatformNewline();

    [Fact]
    public void No_report_writes_the_platform_newline()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "src", "SystemDesign.Reports");
        var sources = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToList();
        Assert.Contains(sources, f => f.EndsWith("ChecklistReport.cs", StringComparison.Ordinal)); // the scan sees the reports

        var offenders = sources
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line.Trim())))
            .Where(l => !l.Text.StartsWith("//", StringComparison.Ordinal) && !l.Text.StartsWith("///", StringComparison.Ordinal) && PlatformNewline().IsMatch(l.Text))
            .Select(l => $"{l.File}({l.Line}): {l.Text}")
            .ToList();
        Assert.True(offenders.Count == 0, "end report lines with ReportFormat.Line (\"\\n\"):\n" + string.Join("\n", offenders));
    }
}
