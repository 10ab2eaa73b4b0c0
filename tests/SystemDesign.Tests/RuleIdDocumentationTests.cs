using System;
using System.IO;
using System.Linq;
using SystemDesign.Model;

namespace SystemDesign.Tests;

public class RuleIdDocumentationTests
{
    private static readonly string[] Ids = Rules.All.Select(r => r.Id)
        .ToArray();

    [Fact]
    public void Rule_ids_are_unique_and_well_formed()
    {
        Assert.Equal(Ids.Length, Ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Ids, id => Assert.Matches("^SD[0-7][0-9]{3}$", id));
        Assert.Contains("SD0009", Ids);
    }

    // SD0xxx (the DSL) are documented with the design API; SD1xxx and up (the engine's) in docs/engine.md.
    [Fact]
    public void Every_rule_id_has_a_row_in_its_doc()
    {
        var designApi = File.ReadAllText(FindDoc("design-api.md"));
        var engine = File.ReadAllText(FindDoc("engine.md"));

        Assert.All(Ids, id => Assert.Contains("| " + id + " |", id.StartsWith("SD0", StringComparison.Ordinal) ? designApi : engine, StringComparison.Ordinal));
    }

    private static string FindDoc(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "docs", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("docs/" + name + " not found above " + AppContext.BaseDirectory);
    }
}
