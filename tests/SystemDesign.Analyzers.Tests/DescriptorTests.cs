using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using SystemDesign.Model;

namespace SystemDesign.Analyzers.Tests;

public class DescriptorTests
{
    private static readonly string RepositoryRoot = typeof(DescriptorTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    private static readonly string[] RuleIdValues = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).OrderBy(x => x, StringComparer.Ordinal).ToArray();

    [Fact]
    public void Every_rule_id_has_exactly_one_descriptor_and_id_constant()
    {
        Assert.Equal(RuleIdValues, Descriptors.All.Select(d => d.Id).ToArray());
        var constants = typeof(DiagnosticIds).GetFields().Select(f => (string)f.GetRawConstantValue()!).OrderBy(x => x, StringComparer.Ordinal);
        Assert.Equal(RuleIdValues, constants);
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
            var page = Descriptors.RulePageFormat.Replace("{0}", descriptor.Id, StringComparison.Ordinal);
            Assert.Equal(Descriptors.RepositoryUrl + page, descriptor.HelpLinkUri);
            Assert.True(File.Exists(Path.Combine(RepositoryRoot, page)), "missing rule page " + page);
        }
    }

    [Fact]
    public void Default_severities_are_the_ones_the_rule_pages_and_RuleIds_state()
    {
        // RuleIds documents each severity as "SD#### (error): ..."; the descriptor must agree.
        var source = File.ReadAllText(Path.Combine(RepositoryRoot, "src/SystemDesign/Model/RuleIds.cs"));
        foreach (var descriptor in Descriptors.All)
        {
            var expected = descriptor.DefaultSeverity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "info",
            };
            Assert.Contains(descriptor.Id + " (" + expected, source, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_rule_is_tracked_in_the_unshipped_release()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot, "analyzers/SystemDesign.Analyzers/AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in Descriptors.All)
        {
            var row = lines.SingleOrDefault(l => l.StartsWith(descriptor.Id + " |", StringComparison.Ordinal));
            Assert.NotNull(row);
            var cells = row.Split('|').Select(c => c.Trim()).ToArray();
            Assert.Equal(descriptor.Category, cells[1]);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), cells[2]);
        }
    }
}
