// Drafted by `sysdesign solve l6-ai-infrastructure-18` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD4002 // Model Server is a single point of failure: its load needs 1,800,000 instances and it has 1,000,000, so losing any one stops requests (0% available, registry model_server: AWS EC2 SLA, instance-level: 99.5% per single instance). With 1,809,292 instances it is 99.51%. Every constraint on Model Serv...
namespace SystemDesign.Samples.AiInfrastructure;

/// <summary>
/// Swarm Intelligence Infrastructure (l6-ai-infrastructure-18).
/// Goal: Design next-generation swarm intelligence system achieving self-evolving systems for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $8,522,652,545/month.
/// Not applicable: the capacity gate (infeasible target): The target rate, 270,000,000 req/s (NFR Throughput: 270M operations per second), needs 2,160,000 instances of Model Server at the registry's 150 req/s each with headroom; SD0015 bounds one component at 1,000,000 instances, so no component of this palette carries it. The design holds Model Server ...
/// Not applicable: the latency gate (infeasible target): Follows from the infeasible capacity target: Model Server, held at SD0015's 1,000,000 instances, is saturated at the target rate; its queue grows without bound, so no percentile target can be met.
/// Not applicable: the availability gate (infeasible target): Follows from the infeasible capacity target: Model Server, held at SD0015's 1,000,000 instances, is saturated at the target rate; a saturated component serves no request in the engine's availability model.
/// Not applicable: the resilience gate (infeasible target): Follows from the infeasible capacity target: Model Server, held at SD0015's 1,000,000 instances, is saturated at the target rate; no instance loss, cache loss or burst can be survived by a component already past its capacity.
/// </summary>
[Design("l6-ai-infrastructure-18")]
public sealed class L6AiInfrastructure18Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 270,000,000 req/s × 1.2 headroom ÷ 150 per instance = 2160000; held at 1,000,000, the most SD0015 accepts for one component: the rest is the infeasible target the problem records → 1000000
        var modelServer = a.Component("model_server", "Model Server").Instances(1000000);
        // 270,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 324000 → 324000
        var gPUCluster = a.Component("gpu_cluster", "GPU Cluster").Instances(324000);
        // 540,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 162000 → 162000
        var parameterStore = a.Component("parameter_store", "Parameter Store").Instances(162000);
        // one instance carries the load and no requirement asks for more → 1
        var trainingOrchestrator = a.Component("training_orchestrator", "Training Orchestrator").Instances(1);

        modelServer.Calls(gPUCluster);
        modelServer.Calls(parameterStore);
        gPUCluster.Calls(parameterStore);
        modelServer.ConnectsTo(trainingOrchestrator);
    }
}
