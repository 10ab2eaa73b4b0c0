using System.Linq;
using SystemDesign.Catalog;

namespace SystemDesign.Importer.Tests;

/// <summary>
/// Availability (issue 8): the overall figure is the design's target and a subset's is kept with its scope; a
/// percentage of something else (utilization, coverage, delivery rate) is another objective, not an availability.
/// </summary>
public sealed class AvailabilityObjectiveTests
{
    private static Workload Availability(string text) => WorkloadParser.Parse("p", [new NonFunctionalRequirement("Availability", text)], [], []);

    [Fact]
    public void The_overall_figure_is_the_target_and_the_subset_is_kept_with_its_scope()
    {
        var w = Availability("99.999% for top 1000 titles, 99.99% overall");
        Assert.Equal(0.9999, w.AvailabilityTarget!.Value);
        var subset = Assert.Single(w.OtherObjectives);
        Assert.Equal(new ServiceObjective("availability of a subset", 0.99999, "for top 1000 titles", "NFR Availability: 99.999% for top 1000 titles, 99.99% overall"), subset);
    }

    [Theory]
    [InlineData("99.9% GPU utilization", "utilization", 0.999)]
    [InlineData("99.99999% coverage with satellites", "coverage", 0.9999999)]
    [InlineData("99.9% delivery rate", "delivery rate", 0.999)]
    public void A_percentage_of_something_else_is_another_objective_not_an_availability(string text, string kind, double value)
    {
        var w = Availability(text);
        Assert.Null(w.AvailabilityTarget);
        Assert.Empty(w.Unparsed);
        var o = Assert.Single(w.OtherObjectives);
        Assert.Equal((kind, value), (o.Kind, o.Value));
    }

    [Fact]
    public void An_accuracy_after_the_uptime_is_another_objective()
    {
        var w = Availability("99.95% uptime, 99.99% quota enforcement accuracy");
        Assert.Equal(0.9995, w.AvailabilityTarget!.Value);
        Assert.Equal("accuracy", Assert.Single(w.OtherObjectives).Kind);
    }

    [Fact]
    public void Per_operation_figures_without_an_overall_one_keep_the_first_as_the_target()
    {
        var w = Availability("99.999% for messaging, 99.99% for feed");
        Assert.Equal(0.99999, w.AvailabilityTarget!.Value);
    }

    [Fact]
    public void The_catalog_objectives_that_are_not_availability_targets_are_these()
    {
        var listed = ProblemCatalog.BuiltIn.Problems.SelectMany(p => p.Workload.OtherObjectives.Select(o => p.Id + ": " + o.Kind))
            .OrderBy(s => s, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(
            [
                "api-routing-gateway: correct routing", "fraud-detection-gateway: false positive rate", "fraud-detection-gateway: fraud detection",
                "global-content-delivery: availability of a subset", "l5-migration-zoom-webrtc: packet loss", "l5-ml-platform-meta: utilization",
                "l6-protocol-6g-architecture: coverage", "quota-gateway: accuracy", "video-streaming-cache: availability of a subset", "webhook-gateway: delivery rate",
            ],
            listed);
    }
}
