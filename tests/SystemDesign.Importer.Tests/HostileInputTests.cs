using System;
using System.IO;
using System.Linq;
using System.Text;
using SystemDesign.Catalog;

namespace SystemDesign.Importer.Tests;

/// <summary>
/// The cases issue 13 names, one by one (the seeded fuzz in <see cref="ImportFuzzTests"/> covers their kinds):
/// each is refused with one message naming the file, the line (or byte offset, or JSON path) and what was expected.
/// </summary>
public sealed class HostileInputTests
{
    private const string ExportName = "export.txt";

    private static readonly string Sample = MalformedInputTests.Sample;

    private static int LineOf(string text, string line) =>
        text.Split('\n').Select((l, i) => (l, i)).First(x => x.l == line).i + 1;

    /// <summary>Writes <paramref name="bytes"/> as export.txt and parses it the way the importer does.</summary>
    private static ImportException Refusal(byte[] bytes)
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, ExportName);
        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<ImportException>(() => Importer.ParseExport(path));
        Assert.DoesNotContain('\n', e.Message);
        Assert.Contains(ExportName, e.Message, StringComparison.Ordinal);
        return e;
    }

    /// <summary>The clean <paramref name="text"/> as the export holds it (mis-encoded), refused.</summary>
    private static ImportException Refusal(string text) => Refusal(Encoding.UTF8.GetBytes(MalformedInputTests.MisEncode(text)));

    [Theory]
    [InlineData("## 1. 📚 Sample Problem", "## 99999999999. 📚 Sample Problem", "the problem number 99999999999 is too large; expected a whole number from 0 to 2147483647")]
    [InlineData("**T1: ⚡ Fast**", "**T4294967296: ⚡ Fast**", "the tier number 4294967296 is too large")]
    [InlineData("  - Minimum 3 of type: app", "  - Minimum 2147483648 of type: app", "the count 2147483648 is too large")]
    [InlineData("Total Problems: 2", "Total Problems: 99999999999999999999", "the total 99999999999999999999 is too large")]
    [InlineData("## 1. 📚 Sample Problem", "## ١. 📚 Sample Problem", "the problem number '١' has '١' (U+0661), a digit from another script; expected ASCII digits 0-9")]
    [InlineData("  - Minimum 3 of type: app", "  - Minimum ３ of type: app", "the count '３' has '３' (U+FF13), a digit from another script")]
    [InlineData("2. Plain hint", "٢. Plain hint", "the hint number '٢' has '٢' (U+0662)")]
    [InlineData("- **Latency:** P99 < 200ms", "- **Latency:** P99 < ٢٠٠ms", "'٢' (U+0662) is a digit from another script; expected figures in ASCII digits 0-9")]
    [InlineData("- **read_qps:** 1,000", "- **read_qps:** １,０００", "'１' (U+FF11) is a digit from another script")]
    [InlineData("- **read_qps:** 1,000", "- **read_qps:** 1e400", "constant 'read_qps' = '1e400' is too large for a number")]
    [InlineData("- **Latency:** P99 < 200ms", "- **Latency:** P99 < 99999999999999999999999999999ms", "the figure 99999999999999999999999999999 has 29 digits; expected at most 18")]
    public void A_number_that_no_type_holds_or_in_another_script_names_its_line(string line, string replacement, string expected)
    {
        var text = Sample.Replace(line, replacement, StringComparison.Ordinal);
        var e = Refusal(text);
        Assert.Contains($"line {LineOf(text, replacement)} of {ExportName}: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_export_cut_inside_its_last_problem_is_refused()
    {
        var text = Sample[..Sample.LastIndexOf("Only a description.", StringComparison.Ordinal)];
        var e = Refusal(text);
        Assert.Contains("problem #2, line ", e.Message, StringComparison.Ordinal);
        Assert.Contains("the export ends inside this problem (no '---' after it)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_export_cut_between_problems_fails_its_declared_total()
    {
        var text = Sample[..Sample.IndexOf("## 2. Second", StringComparison.Ordinal)];
        var e = Refusal(text);
        Assert.Contains($"line {LineOf(Sample, "Total Problems: 2")} of {ExportName}: the export declares 'Total Problems: 2' but holds 1 problem blocks", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_export_without_its_declared_total_is_refused()
    {
        var e = Refusal(Sample.Replace("Total Problems: 2\n", string.Empty, StringComparison.Ordinal));
        Assert.Contains("no 'Total Problems: <n>' line before the first problem", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_without_its_closing_rule_is_refused()
    {
        var text = Sample.Replace("ignored\n\n---\n", "ignored\n\n", StringComparison.Ordinal);
        var e = Refusal(text);
        Assert.Contains("problem #1, line ", e.Message, StringComparison.Ordinal);
        Assert.Contains("does not end with a '---' line", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("**T1: ⚡ Fast**", "**T2: ⚡ Fast**", "tier T2 is out of sequence; expected T1")]
    [InlineData("2. Plain hint", "3. Plain hint", "hint number 3 is out of sequence; expected 2")]
    public void Numbered_items_out_of_sequence_are_refused(string line, string replacement, string expected)
    {
        var text = Sample.Replace(line, replacement, StringComparison.Ordinal);
        var e = Refusal(text);
        Assert.Contains($"line {LineOf(text, replacement)} of {ExportName}: {expected}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nul_byte_in_a_line_is_refused_with_its_line_and_position()
    {
        var text = Sample.Replace("Goal text", "Goal\0text", StringComparison.Ordinal);
        var e = Refusal(text);
        Assert.Contains($"line {LineOf(text, "Goal\0text")} of {ExportName}: character 5: U+0000 is a control character", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ten_megabyte_line_is_refused_with_its_length()
    {
        var line = new string('x', 10 * 1024 * 1024);
        var text = Sample.Replace("Goal text", line, StringComparison.Ordinal);
        var e = Refusal(text);
        Assert.Contains($"line {LineOf(Sample, "Goal text")} of {ExportName}: the line has 10485760 characters; expected at most 4000", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_names_the_byte_offset_and_line_of_the_first_bad_sequence()
    {
        var good = Encoding.UTF8.GetBytes(MalformedInputTests.MisEncode(Sample));
        var offset = good.AsSpan().IndexOf("Goal text"u8);
        byte[] bytes = [.. good[..offset], 0xC3, 0x28, .. good[offset..]];
        var e = Refusal(bytes);
        Assert.Equal(
            $"{ExportName}: byte offset {offset} (line {LineOf(Sample, "Goal text")}): invalid UTF-8 sequence starting C3 28 47 6F; expected UTF-8 text",
            e.Message);
    }

    [Fact]
    public void A_utf16_export_is_refused_as_such()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Sample)).ToArray();
        Assert.Contains("byte offset 0 (line 1): a UTF-16 byte order mark; expected UTF-8 text", Refusal(bytes).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_mac_roman_repair_still_reads_the_export_also_after_a_utf8_byte_order_mark()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, ExportName);
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(MalformedInputTests.MisEncode(Sample))]);
        var problems = Importer.ParseExport(path);
        Assert.Equal("Desc with → arrow and 10 × 2", problems[0].Description);
    }

    [Fact]
    public void A_line_the_repair_cannot_reverse_names_its_column()
    {
        var raw = MalformedInputTests.MisEncode(Sample).Replace("Only a description.", "Only → a description.", StringComparison.Ordinal);
        var e = Refusal(Encoding.UTF8.GetBytes(raw));
        Assert.Contains($"line {LineOf(Sample, "Only a description.")} of {ExportName}: column 6: U+2192 '→' has no Mac Roman byte", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0x0A, 0xFF, 0xFE, 0x00, 0x01 }, "overrides.json: byte offset 2 (line 2): invalid UTF-8 sequence starting FF FE 00 01")]
    [InlineData(new byte[] { 0x00, 0x01, 0x02, 0x03 }, "overrides.json: line 1: not well-formed JSON")]
    [InlineData(new byte[] { 0x68, 0x65, 0x6C, 0x6C, 0x6F }, "overrides.json: line 1: not well-formed JSON")]
    public void A_binary_or_non_json_override_file_names_the_file_and_place(byte[] bytes, string expected)
    {
        using var dir = new TempDir();
        File.WriteAllBytes(Path.Combine(dir.Path, Importer.OverridesFileName), bytes);
        var e = Assert.Throws<ImportException>(() => Importer.ReadOverrides(dir.Path, out _));
        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void An_override_number_beyond_double_names_its_json_path()
    {
        const string Json = """{ "problems": { "sample": [ { "op": "setRange", "tier": "T1", "type": "cache", "parameter": "hit_rate", "min": 1e400, "source": "s", "reason": "r" } ] } }""";
        var e = Assert.Throws<ImportException>(() => OverrideFile.Parse(Json, Importer.OverridesFileName));
        Assert.Equal("overrides.json: $.problems.sample[0].min: expected a number within ±1.8e308", e.Message);
    }

    /// <summary>
    /// The longest line accepted, a figure then blanks, read as a request rate: this took minutes when three
    /// quantifiers of the rate-fragment pattern shared the blanks (docs/reliability.md has the timings).
    /// </summary>
    [Fact]
    public void A_figure_followed_by_the_longest_run_of_blanks_is_read_as_unparsed_text()
    {
        var text = "1" + new string(' ', TextRepair.MaxLineLength - 20) + "!";
        var workload = WorkloadParser.Parse("p", [new NonFunctionalRequirement("Request Rate", text)], [], []);
        Assert.Null(workload.RequestRate);
        Assert.Equal("requestRate", Assert.Single(workload.Unparsed).Field);
    }
}
