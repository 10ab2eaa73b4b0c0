using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>SD0022 names the nearest catalog type for a typo, as SD0019 does for problem ids (docs/rules/SD0022.md).</summary>
public sealed class UnknownTypeSuggestionTests
{
    [Theory]
    [InlineData("db_replika", "db_replica")]
    [InlineData("db_primay", "db_primary")]
    [InlineData("DB_Primary_", "db_primary")]
    [InlineData("lb_", "lb")]
    public void A_typo_of_a_catalog_type_gets_the_type_it_meant(string typed, string meant)
    {
        Assert.Equal(meant, ProblemCatalog.BuiltIn.Components.SuggestType(typed));

        var a = new ArchitectureBuilder();
        a.Client("Readers").Calls(a.Component(typed, "Thing"));
        var finding = Grader.Grade("tutorial-simple-blog", a.Build()).Findings.Single(f => f.RuleId == Rules.UnknownComponentType.Id);
        Assert.Contains("Did you mean '" + meant + "'?", finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("quantum_flux_capacitor")]
    [InlineData("zzzzzz")]
    public void A_name_far_from_every_type_gets_no_guess(string typed)
    {
        Assert.Null(ProblemCatalog.BuiltIn.Components.SuggestType(typed));
    }
}
