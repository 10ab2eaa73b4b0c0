using System.Linq;
using SystemDesign.Catalog;

namespace SystemDesign.Importer.Tests;

/// <summary>
/// The workload is normalised once, at import (docs/workload.md, "Normalisation"): what the engine grades is what the
/// catalog file holds, and the engine, the generator and <c>sysdesign show</c> never re-derive it.
/// </summary>
public sealed class WorkloadNormalizerTests
{
    private static Workload Normalized(string label, string text, params (string Key, object Value)[] constants)
    {
        var list = TestConstants.Of(constants);
        return WorkloadNormalizer.Normalize(WorkloadParser.Parse("test-problem", [new NonFunctionalRequirement(label, text)], list, []), list);
    }

    // Moved from the engine (ReadRatioDefaultTests), which derived this from the source text at grading time.
    [Theory]
    [InlineData("Request Rate", "50k messages/sec", 0.0)]
    [InlineData("Throughput", "1M events per second", 0.0)]
    [InlineData("Request Rate", "10k writes/s", 0.0)]
    [InlineData("Request Rate", "100k requests/sec", 0.9)]
    [InlineData("Request Rate", "5,000 QPS", 0.9)]
    public void An_unstated_read_share_follows_the_unit_of_the_rate(string label, string text, double expected)
    {
        var w = Normalized(label, text);
        Assert.Equal(expected, w.ReadRatio!.Value);
        Assert.StartsWith("default: ", w.ReadRatio.Source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_write_unit_default_names_the_unit()
    {
        Assert.Equal(WorkloadDefaults.AllWrites("messages").Source, Normalized("Request Rate", "50k messages/sec").ReadRatio!.Source);
        Assert.Equal(WorkloadDefaults.AllReads("searches").Source, Normalized("Request Rate", "1k searches/sec").ReadRatio!.Source);
        Assert.Equal(1, Normalized("Request Rate", "50k patient record lookups/sec across hospitals").ReadRatio!.Value);
        Assert.Equal(WorkloadDefaults.ReadRatio.Value, Normalized("Request Rate", "30k queries/sec").ReadRatio!.Value); // a query may write
        Assert.Equal(WorkloadDefaults.ReadRatio.Source, Normalized("Request Rate", "5,000 QPS").ReadRatio!.Source);
    }

    [Fact]
    public void A_stated_read_share_is_kept()
    {
        var w = Normalized("Request Rate", "100k cart operations/sec (70k reads, 30k writes)");
        Assert.Equal(0.7, w.ReadRatio!.Value);
        Assert.Equal("NFR Request Rate: 100k cart operations/sec (70k reads, 30k writes)", w.ReadRatio.Source);
    }

    [Fact]
    public void A_rate_stated_at_peak_is_divided_by_the_peak_multiplier()
    {
        var w = Normalized("Request Rate", "1.2M orders/sec during Prime Day", ("peak_multiplier", 10.0));
        Assert.Equal(120_000, w.RequestRate!.Value);
        Assert.Equal(1_200_000, w.RequestRateStatedAtPeak);
        Assert.Equal("NFR Request Rate: 1.2M orders/sec during Prime Day (stated at peak) ÷ 10", w.RequestRate.Source);
        Assert.Equal(10, w.PeakMultiplier!.Value);
    }

    [Fact]
    public void A_rate_stated_at_peak_without_a_multiplier_is_the_target()
    {
        var w = Normalized("Request Rate", "1M TPS peak");
        Assert.Equal(1_000_000, w.RequestRate!.Value);
        Assert.Equal(1_000_000, w.RequestRateStatedAtPeak);
        Assert.Equal(WorkloadDefaults.RateIsPeak.Source, w.PeakMultiplier!.Source);
        Assert.Equal(1, w.PeakMultiplier.Value);
    }

    [Fact]
    public void An_unstated_peak_is_the_target()
    {
        var w = Normalized("Request Rate", "5k req/s");
        Assert.Null(w.RequestRateStatedAtPeak);
        Assert.Equal(WorkloadDefaults.NoPeak.Source, w.PeakMultiplier!.Source);
    }

    [Fact]
    public void A_peak_below_one_is_not_a_peak_and_is_listed_as_unparsed()
    {
        var w = Normalized("Request Rate", "5k req/s", ("peak_multiplier", 0.3));
        Assert.Equal(1, w.PeakMultiplier!.Value);
        Assert.Contains(new UnparsedText("peakMultiplier", "constant peak_multiplier: 0.3 (below 1: not a peak)"), w.Unparsed);
    }

    [Fact]
    public void Every_catalog_problem_states_its_read_share_and_peak()
    {
        var missing = ProblemCatalog.BuiltIn.Problems.Where(p => p.Workload.ReadRatio is null || p.Workload.PeakMultiplier is null).Select(p => p.Id).ToList();
        Assert.Empty(missing);
        var peakStated = ProblemCatalog.BuiltIn.Find("order-processing-stream")!.Workload;
        Assert.Equal(120_000, peakStated.RequestRate!.Value);
        Assert.Equal(1_200_000, peakStated.RequestRateStatedAtPeak);
    }
}
