// Drafted by `sysdesign solve l6-ai-infrastructure-6` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD4002 // Model Server is a single point of failure: its load needs 1,000,000 of its 1,000,000 instances, so losing any one stops requests (0% available, registry model_server: AWS EC2 SLA, instance-level: 99.5% per single instance). With 1,005,209 instances it is 99.51%. Every constraint on Model Server a...
namespace SystemDesign.Samples.AiInfrastructure;

/// <summary>
/// Agi Training Infrastructure (l6-ai-infrastructure-6).
/// Goal: Design next-generation AGI training system achieving self-evolving systems for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $5,061,198,113/month.
/// Not applicable: the capacity gate (infeasible target): The target rate, 150,000,000 req/s (NFR Throughput: 150M operations per second), needs 1,200,000 instances of Model Server at the registry's 150 req/s each with headroom; SD0015 bounds one component at 1,000,000 instances, so no component of this palette carries it. The design holds Model Server ...
/// Not applicable: the latency gate (infeasible target): Follows from the infeasible capacity target: Model Server, held at SD0015's 1,000,000 instances, is saturated at the target rate; its queue grows without bound, so no percentile target can be met.
/// Not applicable: the availability gate (infeasible target): Follows from the infeasible capacity target: Model Server, held at SD0015's 1,000,000 instances, is saturated at the target rate; a saturated component serves no request in the engine's availability model.
/// Not applicable: the resilience gate (infeasible target): Follows from the infeasible capacity target: Model Server, held at SD0015's 1,000,000 instances, is saturated at the target rate; no instance loss, cache loss or burst can be survived by a component already past its capacity.
/// </summary>
[Design("l6-ai-infrastructure-6")]
public sealed class L6AiInfrastructure6Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 150,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1200000; held at 1,000,000, the most SD0015 accepts for one component: the rest is the infeasible target the problem records → 1000000
        var modelServer = a.Component("model_server", "Model Server").Instances(1000000);
        // 150,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 180000 → 180000
        var gPUCluster = a.Component("gpu_cluster", "GPU Cluster").Instances(180000);
        // 300,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 90000 → 90000
        var parameterStore = a.Component("parameter_store", "Parameter Store").Instances(90000);
        // one instance carries the load and no requirement asks for more → 1
        var trainingOrchestrator = a.Component("training_orchestrator", "Training Orchestrator").Instances(1);

        modelServer.Calls(gPUCluster);
        modelServer.Calls(parameterStore);
        gPUCluster.Calls(parameterStore);
        modelServer.ConnectsTo(trainingOrchestrator);
    }
}
