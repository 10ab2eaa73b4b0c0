using SystemDesign.Catalog.Loading;

namespace SystemDesign.Catalog.Tests;

/// <summary>catalog/cheapest-designs.json: read into the problems, and a malformed file says where and what was expected.</summary>
public sealed class CheapestDesignReaderTests
{
    private const string Good = """
        { "source": "s", "designs": [
          { "problem": "tiny", "monthlyCostUsd": 2575.5, "topology": "reference", "design": "samples/X/TinyDesign.cs" }
        ] }
        """;

    [Fact]
    public void An_entry_gives_the_cost_topology_and_design()
    {
        var design = CheapestDesignReader.Read(Good, "cheapest-designs.json")["tiny"];

        Assert.Equal(new CheapestDesign(2575.5, TopologyOrigin.Reference, "samples/X/TinyDesign.cs"), design);
    }

    [Theory]
    [InlineData("\"topology\": \"reference\"", "\"topology\": \"guess\"", "$.designs[0].topology", "\"reference\" or \"palette\"")]
    [InlineData("\"monthlyCostUsd\": 2575.5", "\"monthlyCostUsd\": -1", "$.designs[0].monthlyCostUsd", "a monthly budget in USD")]
    [InlineData("\"problem\": \"tiny\", ", "", "$.designs[0].problem", "a value (the field is missing)")]
    public void A_malformed_entry_names_the_place(string good, string bad, string path, string expected)
    {
        var e = Assert.Throws<CatalogFormatException>(() => CheapestDesignReader.Read(Good.Replace(good, bad, System.StringComparison.Ordinal), "cheapest-designs.json"));

        Assert.Contains("cheapest-designs.json", e.Message, System.StringComparison.Ordinal);
        Assert.Contains(path, e.Message, System.StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_listed_twice_is_refused()
    {
        var twice = Good.Replace("] }", ", { \"problem\": \"tiny\", \"monthlyCostUsd\": 1, \"topology\": \"palette\", \"design\": \"d\" }] }", System.StringComparison.Ordinal);

        var e = Assert.Throws<CatalogFormatException>(() => CheapestDesignReader.Read(twice, "cheapest-designs.json"));

        Assert.Contains("$.designs[1].problem", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_in_catalog_knows_what_the_tutorial_blog_costs_at_its_cheapest()
    {
        var blog = ProblemCatalog.BuiltIn.Find("tutorial-simple-blog")!;

        Assert.NotNull(blog.CheapestPassing);
        Assert.Equal(TopologyOrigin.Reference, blog.CheapestPassing!.Topology);
        Assert.EndsWith("Tutorial/TutorialSimpleBlogDesign.cs", blog.CheapestPassing.Source, System.StringComparison.Ordinal);
    }
}
