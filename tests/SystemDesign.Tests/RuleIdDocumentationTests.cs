using System;
using System.IO;
using System.Linq;
using System.Reflection;
using SystemDesign.Model;

namespace SystemDesign.Tests;

public class RuleIdDocumentationTests
{
    private static readonly string[] Ids = typeof(RuleIds)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Rule_ids_are_unique_and_well_formed()
    {
        Assert.Equal(Ids.Length, Ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Ids, id => Assert.Matches("^SD0[0-9]{3}$", id));
        Assert.Contains("SD0009", Ids);
    }

    [Fact]
    public void Every_rule_id_has_a_row_in_the_design_api_doc()
    {
        var doc = File.ReadAllText(FindDoc());

        Assert.All(Ids, id => Assert.Contains("| " + id + " |", doc, StringComparison.Ordinal));
    }

    private static string FindDoc()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "docs", "design-api.md");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("docs/design-api.md not found above " + AppContext.BaseDirectory);
    }
}
