using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using SystemDesign.Model;
using SystemDesign.TestSupport;

namespace SystemDesign.Analyzers.Tests;

public class DescriptorTests
{
    private static readonly string RepositoryRoot = typeof(DescriptorTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    private static readonly string[] RuleIdValues = Rules.All.Select(r => r.Id).OrderBy(x => x, StringComparer.Ordinal).ToArray();

    [Fact]
    public void Every_rule_of_the_table_has_exactly_one_descriptor()
    {
        Assert.Equal(RuleIdValues, Descriptors.All.Select(d => d.Id).ToArray());
        Assert.Equal(RuleIdValues.Length, RuleIdValues.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(RuleIdValues, new DesignAnalyzer().SupportedDiagnostics.Select(d => d.Id).OrderBy(x => x, StringComparer.Ordinal));
        Assert.All(RuleIdValues, id => Assert.Equal(id, Descriptors.For(id)!.Id));
        Assert.Null(Descriptors.For("SD9999"));
    }

    [Fact]
    public void Every_descriptor_is_complete_and_links_its_rule_page()
    {
        foreach (var descriptor in Descriptors.All)
        {
            Assert.Equal("{0}", descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture));
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString(CultureInfo.InvariantCulture)));
            Assert.EndsWith(".", descriptor.Description.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.StartsWith("SystemDesign.", descriptor.Category, StringComparison.Ordinal);
            Assert.True(descriptor.IsEnabledByDefault);
            var rule = Rules.Find(descriptor.Id)!;
            Assert.Equal(rule.Title, descriptor.Title.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(rule.Description, descriptor.Description.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(rule.Category, descriptor.Category);
            Assert.Equal(Rule.RepositoryUrl + "docs/rules/" + descriptor.Id + ".md", descriptor.HelpLinkUri);
            Assert.True(File.Exists(Path.Combine(RepositoryRoot, rule.PagePath)), "missing rule page " + rule.PagePath);
        }
    }

    [Fact]
    public void Default_severities_are_the_ones_the_rule_table_states()
    {
        // Each row's doc comment says "SD#### (error): ..."; the comment, the row and the descriptor must agree.
        var source = File.ReadAllText(Path.Combine(RepositoryRoot, "src/SystemDesign/Model/Rules.cs"));
        foreach (var descriptor in Descriptors.All)
        {
            var expected = descriptor.DefaultSeverity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "info",
            };
            Assert.Contains(descriptor.Id + " (" + expected, source, StringComparison.Ordinal);
            Assert.Equal(expected, Rules.Find(descriptor.Id)!.DefaultSeverity.ToString().ToLowerInvariant());
        }
    }

    [Fact]
    public void The_release_files_track_exactly_the_rules_of_the_table()
    {
        // Roslyn's release-tracking analyzer cannot see ids that come from the table (the analyzer project says why),
        // so this test is the check: every rule once, with its category, severity and title, and nothing else.
        // The unshipped rows are the table's rules not yet shipped, written by SYSTEMDESIGN_UPDATE_README=1 like the README's.
        var shipped = File.ReadAllLines(Path.Combine(RepositoryRoot, "analyzers/SystemDesign.Analyzers/AnalyzerReleases.Shipped.md"))
            .Where(l => l.StartsWith("SD", StringComparison.Ordinal)).Select(l => l.Split('|')[0].Trim()).ToHashSet(StringComparer.Ordinal);
        GeneratedSection.AssertCurrent(
            "analyzers/SystemDesign.Analyzers/AnalyzerReleases.Unshipped.md",
            "--------|----------|----------|-------",
            "; end of the rows generated from SystemDesign.Model.Rules by DescriptorTests",
            string.Concat(Descriptors.All.Where(d => !shipped.Contains(d.Id))
                .Select(d => $"{d.Id} | {d.Category} | {d.DefaultSeverity} | {d.Title.ToString(CultureInfo.InvariantCulture)}\n")));
        var lines = new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .SelectMany(name => File.ReadAllLines(Path.Combine(RepositoryRoot, "analyzers/SystemDesign.Analyzers", name)))
            .Where(l => l.StartsWith("SD", StringComparison.Ordinal))
            .ToArray();
        Assert.Equal(RuleIdValues, lines.Select(l => l.Split('|')[0].Trim()).OrderBy(x => x, StringComparer.Ordinal));
        foreach (var descriptor in Descriptors.All)
        {
            var cells = lines.Single(l => l.StartsWith(descriptor.Id + " |", StringComparison.Ordinal)).Split('|').Select(c => c.Trim()).ToArray();
            Assert.Equal(descriptor.Category, cells[1]);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), cells[2]);
            Assert.Equal(descriptor.Title.ToString(CultureInfo.InvariantCulture), cells[3]);
        }
    }
}
