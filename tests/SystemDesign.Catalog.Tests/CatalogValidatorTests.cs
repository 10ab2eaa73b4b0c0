using System.Linq;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Catalog.Tests;

/// <summary>A catalog that breaks a rule is rejected whole, with every issue listed.</summary>
public sealed class CatalogValidatorTests
{
    private static readonly Problem Tiny = ProblemReader.Read(
        ProblemReaderTests.MinimalProblem.Replace("\"type\": \"cache\"", "\"type\": \"app\"", System.StringComparison.Ordinal), "tiny.json");

    private static ComponentRegistry Registry => ProblemCatalog.BuiltIn.Components;

    [Fact]
    public void A_sound_catalog_is_accepted()
    {
        Assert.Empty(CatalogValidator.Validate([Tiny], Registry));
        Assert.Single(ProblemCatalog.Create([Tiny], Registry).Problems);
    }

    [Fact]
    public void A_duplicate_id_is_rejected()
    {
        var twin = Tiny with { Number = 2 };
        var e = Assert.Throws<CatalogValidationException>(() => ProblemCatalog.Create([Tiny, twin], Registry));
        Assert.Contains(e.Issues, i => i.Message.Contains("duplicate problem id", System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_component_type_in_a_tier_is_rejected()
    {
        var tier = new Tier("T9", "Bad", [new MustIncludeRequirement("flux_capacitor")]);
        var bad = Tiny with { Tiers = [tier] };
        var e = Assert.Throws<CatalogValidationException>(() => ProblemCatalog.Create([bad], Registry));
        var issue = Assert.Single(e.Issues);
        Assert.Equal("tiny", issue.ProblemId);
        Assert.Contains("tier T9: unknown component type 'flux_capacitor'", issue.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_minimum_count_is_rejected()
    {
        var bad = Tiny with { Tiers = [new Tier("T0", "Bad", [new MinimumCountRequirement("app", -3)])] };
        var e = Assert.Throws<CatalogValidationException>(() => ProblemCatalog.Create([bad], Registry));
        Assert.Contains(e.Issues, i => i.Message.Contains("minimum count -3 of app is negative", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_reference_connection_to_a_missing_component_is_rejected()
    {
        var solution = new ReferenceSolution("s", [new ReferenceComponent("App", "app")], [new ReferenceConnection("App", "Ghost")]);
        var e = Assert.Throws<CatalogValidationException>(() => ProblemCatalog.Create([Tiny with { ReferenceSolution = solution }], Registry));
        Assert.Contains("names no component 'Ghost'", e.Issues.Single().Message, System.StringComparison.Ordinal);
    }
}
