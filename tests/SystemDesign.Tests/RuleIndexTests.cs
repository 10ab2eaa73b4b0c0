using System.Text;
using SystemDesign.Model;
using SystemDesign.TestSupport;

namespace SystemDesign.Tests;

/// <summary>
/// docs/rules/README.md's index is generated from the rule table; run with SYSTEMDESIGN_UPDATE_README=1 to rewrite it.
/// </summary>
public sealed class RuleIndexTests
{
    [Fact]
    public void Rules_index_matches_the_rule_table()
    {
        var text = new StringBuilder("| id | severity | title | what it checks |\n| --- | --- | --- | --- |\n");
        foreach (var rule in Rules.All)
        {
            text.Append("| [").Append(rule.Id).Append("](").Append(rule.Id).Append(".md) | ").Append(rule.DefaultSeverity)
                .Append(" | ").Append(Cell(rule.Title)).Append(" | ").Append(Cell(rule.Summary)).Append(" |\n");
        }

        GeneratedSection.AssertCurrent(
            "docs/rules/README.md", "<!-- index:start (generated from SystemDesign.Model.Rules by RuleIndexTests) -->", "<!-- index:end -->", text.ToString());
    }

    [Fact]
    public void Rule_rows_are_named_after_their_property_and_grouped_by_their_id()
    {
        foreach (var rule in Rules.All)
        {
            Assert.Same(rule, typeof(Rules).GetProperty(rule.Name)!.GetValue(null));
            Assert.Equal((int)rule.Group, rule.Id[2] - '0');
            Assert.Same(rule, Rules.Find(rule.Id));
        }

        Assert.Null(Rules.Find("SD9999"));
        Assert.Null(Rules.Find(null));
    }

    private static string Cell(string text) => text.Replace("|", "\\|", System.StringComparison.Ordinal);
}
