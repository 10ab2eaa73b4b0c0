// Drafted by `sysdesign solve l6-ai-agi-training` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.AiInfrastructure;

/// <summary>
/// AGI Training Infrastructure (l6-ai-agi-training).
/// Goal: Build distributed system capable of training artificial general intelligence
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $24,570/month.
/// </summary>
[Design("l6-ai-agi-training")]
public sealed class L6AiAgiTrainingDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 1: SD4002 Optical Interconnect is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.95% available, registry optical_i... → 2
        var opticalInterconnect = a.Component("optical_interconnect", "Optical Interconnect").Instances(2);
        // one instance carries the load and no requirement asks for more → 1
        var exascaleCluster = a.Component("exascale_cluster", "Exascale Cluster").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var gradientAggregator = a.Component("gradient_aggregator", "Gradient Aggregator").Instances(1);
        // at 1: SD4002 Checkpoint Store is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry checkpoint_st... → 2
        var checkpointStore = a.Component("checkpoint_store", "Checkpoint Store").Instances(2);
        // at 1: SD4002 Memory Pool is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry memory_pool: AWS EC... → 2
        var memoryPool = a.Component("memory_pool", "Memory Pool").Instances(2);

        opticalInterconnect.ConnectsTo(exascaleCluster);
        opticalInterconnect.ConnectsTo(gradientAggregator);
        exascaleCluster.Writes(checkpointStore);
        exascaleCluster.Calls(memoryPool);
        gradientAggregator.Writes(checkpointStore);
        gradientAggregator.Calls(memoryPool);
    }
}
