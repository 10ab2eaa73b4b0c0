using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SystemDesign.Model;
using SystemDesign.TestSupport;

namespace SystemDesign.Tests;

/// <summary>
/// Every rule id has a page under docs/rules (the analyzer's help links point there) with the same shape,
/// and the index lists it. Severities are checked against the rule tables of docs/design-api.md and docs/engine.md.
/// </summary>
public class RulePagesTests
{
    private static readonly string[] Sections = ["## What it checks", "## Failing design", "## Passing design", "## Code fix", "## Configuration"];

    // The digit after "SD" gives the category.
    private static readonly string[] Categories = ["Design", "Tiers", "Capacity", "Latency", "Availability", "Cost", "Resilience", "Structure"];

    private static readonly string[] Ids = Rules.All.Select(r => r.Id)
        .OrderBy(id => id, StringComparer.Ordinal)
        .ToArray();

    private static readonly Lazy<string> RulesDirectory = new(() => Path.Combine(RepositoryRoot.Path, "docs", "rules"));

    public static TheoryData<string> RuleIdData()
    {
        var data = new TheoryData<string>();
        foreach (var id in Ids)
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIdData))]
    public void Every_rule_id_has_a_page(string id) =>
        Assert.True(File.Exists(PagePath(id)), "docs/rules/" + id + ".md is missing");

    [Theory]
    [MemberData(nameof(RuleIdData))]
    public void Page_starts_with_the_id_and_a_title(string id)
    {
        var first = Lines(id).FirstOrDefault(l => l.Length > 0) ?? string.Empty;
        Assert.Matches("^# " + id + " \u2014 \\S.*$", first);
    }

    [Theory]
    [MemberData(nameof(RuleIdData))]
    public void Page_states_the_documented_severity_and_the_category(string id)
    {
        var expected = "**Severity**: " + DocumentedSeverity(id) + " \u00b7 **Category**: " + Categories[id[2] - '0'];
        Assert.Contains(expected, Lines(id));
    }

    [Theory]
    [MemberData(nameof(RuleIdData))]
    public void Page_has_every_section_in_order(string id)
    {
        var lines = Lines(id);
        var positions = Sections.Select(s => Array.IndexOf(lines, s)).ToArray();
        for (var i = 0; i < Sections.Length; i++)
        {
            Assert.True(positions[i] >= 0, id + ".md has no '" + Sections[i] + "' heading");
            Assert.True(i == 0 || positions[i] > positions[i - 1], id + ".md: '" + Sections[i] + "' is out of order");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIdData))]
    public void Failing_design_is_a_design_class(string id)
    {
        var text = File.ReadAllText(PagePath(id));
        var failing = Between(text, "## Failing design", "## Passing design");
        Assert.Contains("```csharp", failing, StringComparison.Ordinal);
        // SD0023's failing design is the class that forgot IDesign.
        Assert.Matches(
            id == Rules.DesignClassNotGradable.Id ? "\\[Design\\(\"[a-z0-9-]+\"\\)\\]\\s+public sealed class \\w+\\s" : "\\[Design\\(\"[a-z0-9-]+\"\\)\\]\\s+public sealed class \\w+ : IDesign",
            failing);
    }

    [Theory]
    [MemberData(nameof(RuleIdData))]
    public void Configuration_names_the_rule(string id)
    {
        var configuration = Between(File.ReadAllText(PagePath(id)), "## Configuration", null);
        Assert.True(
            configuration.Contains("dotnet_diagnostic." + id + ".severity", StringComparison.Ordinal)
                || (id == Rules.DescribeThrew.Id && configuration.Contains(".editorconfig", StringComparison.Ordinal)),
            id + ".md: the configuration section does not say how to set the rule's severity");
    }

    [Theory]
    [MemberData(nameof(RuleIdData))]
    public void Source_line_names_the_code_that_raises_the_rule(string id)
    {
        var source = Lines(id).SingleOrDefault(l => l.StartsWith("**Source**: ", StringComparison.Ordinal));
        Assert.True(source is not null, id + ".md has no '**Source**: ' line naming the code that decides it");
        var files = Regex.Matches(source, "`([^`]+)`", RegexOptions.None, TimeSpan.FromSeconds(1)).Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(files);
        var name = Rules.Find(id)!.Name;
        foreach (var file in files)
        {
            var path = Path.Combine(RepositoryRoot.Path, file);
            Assert.True(File.Exists(path), id + ".md names " + file + ", which does not exist");
            Assert.True(File.ReadAllText(path).Contains("Rules." + name, StringComparison.Ordinal), id + ".md names " + file + ", which does not raise Rules." + name);
        }
    }

    [Fact]
    public void Index_lists_every_rule_with_its_severity()
    {
        var index = File.ReadAllText(Path.Combine(RulesDirectory.Value, "README.md"));
        Assert.All(Ids, id => Assert.Contains("| [" + id + "](" + id + ".md) | " + DocumentedSeverity(id) + " |", index, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_page_belongs_to_a_rule_id()
    {
        var pages = Directory.GetFiles(RulesDirectory.Value, "SD*.md").Select(Path.GetFileNameWithoutExtension).ToArray();
        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.Contains(page, Ids));
    }

    private static string PagePath(string id) => Path.Combine(RulesDirectory.Value, id + ".md");

    private static string[] Lines(string id) =>
        File.ReadAllText(PagePath(id)).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()).ToArray();

    private static string Between(string text, string start, string? end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, "no '" + start + "'");
        var to = end is null ? -1 : text.IndexOf(end, from, StringComparison.Ordinal);
        return to < 0 ? text[from..] : text[from..to];
    }

    // SD0xxx rows are in docs/design-api.md, the engine's in docs/engine.md: "| SD2001 | Error | ...".
    private static string DocumentedSeverity(string id)
    {
        var doc = id.StartsWith("SD0", StringComparison.Ordinal) ? "design-api.md" : "engine.md";
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", doc));
        var match = Regex.Match(text, "^\\| " + id + " \\| (Error|Warning|Info) \\|", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
        Assert.True(match.Success, "docs/" + doc + " has no row for " + id);
        return match.Groups[1].Value;
    }
}
