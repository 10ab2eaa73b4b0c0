using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using SystemDesign.TestSupport;

namespace SystemDesign.Analyzers.Tests;

/// <summary>
/// The README's rule table is generated from the descriptors: this test renders it and fails when the README
/// differs. Run it with SYSTEMDESIGN_UPDATE_README=1 to write the table into the README instead.
/// </summary>
public sealed class ReadmeRuleTableTests
{
    private const string Start = "<!-- rules:start (generated from the analyzer's descriptors by ReadmeRuleTableTests) -->";
    private const string End = "<!-- rules:end -->";

    [Fact]
    public void Readme_rule_table_matches_the_descriptors() =>
        GeneratedSection.AssertCurrent("README.md", Start, End, Table());

    private static string Table()
    {
        var text = new StringBuilder();
        text.Append("| id | severity | rule | category |\n| --- | --- | --- | --- |\n");
        foreach (var d in Descriptors.All.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var title = d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture).Replace("|", "\\|", StringComparison.Ordinal);
            text.Append("| [").Append(d.Id).Append("](docs/rules/").Append(d.Id).Append(".md) | ")
                .Append(Severity(d.DefaultSeverity)).Append(" | ").Append(title).Append(" | ").Append(d.Category).Append(" |\n");
        }

        return text.ToString();
    }

    private static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
