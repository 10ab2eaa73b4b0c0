using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Math;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// Batching (docs/engine.md, "Batching"), on the worked example of seed 000's model-serving question: 10,000
/// predictions/s, 5 ms GPU inference, "batch inference provides 3x throughput improvement". A batch of b is served in
/// one service time, so an instance serves b ÷ s; a request first waits (b − 1) ÷ (2λ) for its batch to fill.
/// </summary>
public sealed class BatchingTests
{
    private static Results.Evaluation Serve(int instances, int? batch, Catalog.Problem? problem = null)
    {
        var a = new ArchitectureBuilder();
        var gpu = a.Worker("GPU Inference").Instances(instances).ServiceTime(5).CapacityPerInstance(200);
        if (batch is { } b)
        {
            gpu.BatchSize(b);
        }

        a.Client("Callers").Calls(gpu);
        return Designs.Evaluate(problem ?? Designs.Problem(rate: 10_000), a.Build());
    }

    [Fact]
    public void A_batch_of_three_triples_an_instances_throughput_and_names_why()
    {
        var gpu = Serve(20, 3).Component("GPU Inference");

        Assert.Equal(600, gpu.CapacityPerInstance!.Value);
        Assert.EndsWith("× 3 per batch (design BatchSize)", gpu.CapacityPerInstance.Source, System.StringComparison.Ordinal);
        Assert.Equal(10_000.0 / (20 * 600), gpu.Utilization!.Value, 12);
        Assert.Empty(Serve(20, 3).Findings(Rules.Overloaded.Id));
        Assert.NotEmpty(Serve(20, null).Findings(Rules.Overloaded.Id)); // 250% of 20 × 200 unbatched
    }

    [Fact]
    public void A_request_waits_for_its_batch_to_fill_on_top_of_the_queue()
    {
        // 500 req/s per instance: 3 servers of 200/s (c = round(600 × 0.005)), and (3 − 1) ÷ (2 × 500) = 2 ms to fill.
        var queue = MmcQueue.TryCreate(500, 200, 3, out _)!;

        Assert.Equal((queue.MeanResponseTime * 1000) + 2, Serve(20, 3).Component("GPU Inference").MeanResponseMs!.Value, 9);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    public void Without_batching_nothing_changes(int? batch)
    {
        var gpu = Serve(60, batch).Component("GPU Inference");

        Assert.Equal(200, gpu.CapacityPerInstance!.Value);
        Assert.Equal(MmcQueue.TryCreate(10_000.0 / 60, 200, 1, out _)!.MeanResponseTime * 1000, gpu.MeanResponseMs!.Value, 9);
    }

    [Fact]
    public void The_fill_wait_shifts_the_path_percentile_by_the_same_constant()
    {
        // The seed's P99 < 100 ms: a constant delay moves every percentile by itself, so the path's P99 is the queue's + 2 ms.
        var problem = Designs.Problem(rate: 10_000, latency: [new LatencyTarget(99, 100, "seed 000: P99 latency under 100ms")]);
        var queue = MmcQueue.TryCreate(500, 200, 3, out _)!;

        var p99 = Serve(20, 3, problem).Latency.First(l => l.Percentile == 99).Milliseconds;

        Assert.Equal((queue.ResponseTimePercentile(0.99) * 1000) + 2, p99, 2);
    }
}
